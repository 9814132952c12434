"""The learning model's settings are the project's (its meta table): defaults when it set none,
validated, committed at once, carried by a team package, kept by the target of a merge."""
from __future__ import annotations

import json

import pytest

from annotator.core.errors import ValidationError
from annotator.core.store import Store, migrations
from annotator.core.store.model_settings import DEFAULTS, KEY, ModelSettings, from_text, read
from annotator.core.team.merge import merge
from annotator.core.team.package import export_package, open_package
from tests.core.conftest import old_project


def test_a_new_project_reads_the_defaults_the_window_used(make_project, open_store):
    store = open_store(make_project())
    assert store.model_settings() == ModelSettings("project", 0.0, 200) == DEFAULTS
    assert not store.has_model_settings()


def test_the_settings_round_trip_and_are_committed_at_once(make_project, open_store):
    folder = make_project()
    store = open_store(folder)
    kept = store.set_model_settings(model="seed", min_confidence=0.65, retrain_after=50)
    assert kept == ModelSettings("seed", 0.65, 50)
    with Store.open(folder) as other:  # another connection sees it without the first closing
        assert other.model_settings() == kept and other.has_model_settings()
    assert store.set_model_settings(retrain_after=0) == ModelSettings("seed", 0.65, 0)  # only the field given
    assert store.set_model_settings(DEFAULTS) == DEFAULTS


@pytest.mark.parametrize("change", [{"model": "mine"}, {"min_confidence": 1.5}, {"min_confidence": -0.1},
                                    {"min_confidence": float("nan")}, {"retrain_after": -1},
                                    {"retrain_after": 2.5}, {"retrain_after": 2_000_000}])
def test_a_value_out_of_range_is_refused_and_nothing_changes(make_project, open_store, change):
    store = open_store(make_project())
    store.set_model_settings(min_confidence=0.3)
    with pytest.raises(ValidationError):
        store.set_model_settings(**change)
    assert store.model_settings() == ModelSettings(min_confidence=0.3)


def test_a_hand_edited_value_reads_as_the_default_field_by_field():
    assert from_text(json.dumps({"model": "none", "min_confidence": "high", "retrain_after": 7})) == \
        ModelSettings("none", 0.0, 7)
    assert from_text("not json") == from_text("[1]") == from_text("") == DEFAULTS


def test_what_could_not_be_read_is_named_with_the_default_used_and_warned_of_once(make_project, open_store, caplog):
    settings, bad = read(json.dumps({"model": "transformer", "min_confidence": 1.5, "retrain_after": 7, "new": 1}))
    assert settings == ModelSettings("project", 0.0, 7)  # a field this version does not know: passed over
    assert [(b.name, b.stored, b.default) for b in bad] == [("model", '"transformer"', "project"),
                                                            ("min_confidence", "1.5", "0")]
    assert read("not json")[1][0].said() == ("the stored model settings not json cannot be read: not a JSON object; "
                                             "the default model project, min_confidence 0, retrain_after 200 is "
                                             "used instead")
    assert read("")[1] == read(json.dumps({"model": "seed"}))[1] == ()
    store = open_store(make_project())
    with store.transaction():
        store._set_meta(KEY, json.dumps({"model": "none", "retrain_after": -5}))
    assert store.model_settings() == store.model_settings() == ModelSettings("none", 0.0, 200)
    warned = [r.getMessage() for r in caplog.records if r.name.startswith("annotator.core")]
    assert warned == [f"{store.folder}: the stored model setting retrain_after = -5 cannot be read: train again after "
                      "a whole number of accepted spans from 0 (only when asked) to 1,000,000, not -5; the default "
                      "200 is used instead"]
    assert [b.name for b in store.model_settings_unreadable()] == ["retrain_after"]
    store.set_model_settings(model="seed")  # a change writes the settings whole, as read: nothing left to say
    assert store.model_settings_unreadable() == () and store.model_settings() == ModelSettings("seed", 0.0, 200)


def test_a_project_of_an_older_schema_opens_with_the_defaults_and_can_set_them(tmp_path):
    folder = tmp_path / "old"
    old_project(folder, 4)
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert store.model_settings() == DEFAULTS and not store.has_model_settings()
        store.set_model_settings(min_confidence=0.8)
    with Store.open(folder) as store:
        assert json.loads(store.get_meta(KEY))["min_confidence"] == 0.8


def test_a_package_carries_the_leads_settings_and_a_merge_keeps_the_targets(make_project, tmp_path):
    lead = make_project(name="lead")
    with Store.open(lead) as store:
        store.set_model_settings(model="seed", min_confidence=0.7, retrain_after=30)
        export_package(store, tmp_path / "li.zip")
    coder = tmp_path / "li"
    open_package(tmp_path / "li.zip", coder)
    with Store.open(coder) as store:
        assert store.model_settings() == ModelSettings("seed", 0.7, 30)
        store.set_model_settings(model="none", min_confidence=0.1)  # the coder's own choice, in their copy
    with Store.open(lead) as store:
        merge(store, [coder])
        assert store.model_settings() == ModelSettings("seed", 0.7, 30)
