"""The project's model settings on the command line: ``annotator model-settings P`` shows and sets
them, and ``annotator suggest`` / ``evaluate --cross-validate`` follow them unless a flag says
otherwise."""
from __future__ import annotations

import json

from annotator.core.store import Store
from annotator.core.store.model_settings import KEY, ModelSettings
from annotator.core.store.trained import load_scores
from annotator.core.suggest.model.training import MODEL_NAME
from tests import test_cli_model
from tests.core.conftest import build_project
from tests.test_cli_model import open_suggestions, run

trained = test_cli_model.trained  # the made-up project, trained (a fixture of its own in this module)


def model_spans(capsys, folder, *flags: str) -> tuple[str, list]:
    code, out, _ = run(capsys, "suggest", folder, "--doc", "new.txt", "--replace", "--no-links", *flags)
    assert code == 0
    return out, [a for a in open_suggestions(folder) if a.origin == "model"]


def test_model_settings_prints_and_sets_the_projects_values(tmp_path, capsys):
    folder = build_project(tmp_path / "p", "湖里区建设。")
    code, out, _ = run(capsys, "model-settings", folder)
    assert code == 0
    assert out == ("model: project (none trained yet: the shipped seed suggests until annotator train)\n"
                   "min confidence: 0\nretrain: after 200 new accepted span(s) (in the window)\n")  # it said "project"
    code, out, _ = run(capsys, "model-settings", folder, "--model", "seed", "--min-confidence", "0.55",
                       "--retrain-after", "0")
    assert code == 0 and "model: seed\nmin confidence: 0.55\nretrain: only when asked" in out
    with Store.open(folder) as store:
        assert store.model_settings() == ModelSettings("seed", 0.55, 0)
    code, _, err = run(capsys, "model-settings", folder, "--min-confidence", "3", "--model", "none")
    assert code == 1 and "from 0 to 1" in err and err.count("\n") == 1
    with Store.open(folder) as store:  # refused whole: the model stays too
        assert store.model_settings() == ModelSettings("seed", 0.55, 0)


def test_suggest_follows_the_projects_minimum_confidence_unless_a_flag_overrides(trained, capsys):
    _, everything = model_spans(capsys, trained)
    assert everything and min(a.confidence for a in everything) < 0.999
    with Store.open(trained) as store:
        store.set_model_settings(min_confidence=0.999)
    try:
        _, confident = model_spans(capsys, trained)
        assert len(confident) < len(everything) and all(a.confidence >= 0.999 for a in confident)
        _, overridden = model_spans(capsys, trained, "--min-confidence", "0")
        assert len(overridden) == len(everything)
    finally:
        with Store.open(trained) as store:
            store.set_model_settings(min_confidence=0.0)


def test_suggest_follows_the_projects_model_choice_unless_model_is_given(trained, capsys):
    with Store.open(trained) as store:
        store.set_model_settings(model="none")
    try:
        out, spans = model_spans(capsys, trained)
        assert out.startswith("model: none") and not spans
        out, spans = model_spans(capsys, trained, "--model", "project")
        assert out.startswith("model: the project's") and spans
    finally:
        with Store.open(trained) as store:
            store.set_model_settings(model="project")


def test_cross_validate_uses_the_projects_minimum_confidence(trained, capsys):
    with Store.open(trained) as store:
        store.set_model_settings(min_confidence=0.8)
    try:
        assert run(capsys, "evaluate", trained, "--cross-validate", "--iterations", "10")[0] == 0
        with Store.open(trained) as store:
            assert load_scores(store, MODEL_NAME)["min_confidence"] == 0.8
        assert run(capsys, "evaluate", trained, "--cross-validate", "--iterations", "10",
                   "--min-confidence", "0.2")[0] == 0
        with Store.open(trained) as store:
            assert load_scores(store, MODEL_NAME)["min_confidence"] == 0.2
    finally:
        with Store.open(trained) as store:
            store.set_model_settings(min_confidence=0.0)


def test_a_number_out_of_range_is_echoed_as_typed(tmp_path, capsys):
    """``model-settings P --min-confidence 2`` said "… not 2.0" (and suggest, --c1 the same)."""
    folder = build_project(tmp_path / "p", "湖里区建设。")
    for command, option, typed in (("model-settings", "--min-confidence", "2"), ("suggest", "--min-confidence", "2.50"),
                                   ("model-settings", "--min-confidence", "1e1"), ("train", "--c1", "-1")):
        code, out, err = run(capsys, command, folder, option, typed)
        assert (code, out) == (1, "") and err.endswith(f" not {typed}\n") and err.count("\n") == 1, err
        assert err.startswith(f"annotator: error: {option} takes "), err
    with Store.open(folder) as store:
        assert store.model_settings() == ModelSettings()
    code, out, _ = run(capsys, "model-settings", folder, "--min-confidence", "0.35")  # kept as a number
    assert code == 0 and "min confidence: 0.35\n" in out
    with Store.open(folder) as store:
        assert type(store.model_settings().min_confidence) is float


def test_stored_settings_that_cannot_be_read_fall_back_to_the_defaults_and_say_so_once(tmp_path, capsys):
    """A settings row a newer version wrote (an unknown model) or one edited by hand (a minimum confidence
    out of range) read as the defaults, as before, but no longer silently: one warning line on standard
    error naming the project and the value, the output as ever."""
    folder = build_project(tmp_path / "p", "湖里区建设。")
    with Store.open(folder) as store, store.transaction():  # as a newer version or a hand edit left it
        store._set_meta(KEY, json.dumps({"model": "transformer", "min_confidence": 1.5, "retrain_after": 50}))
    code, out, err = run(capsys, "model-settings", folder)
    assert code == 0
    assert out == ("model: project (none trained yet: the shipped seed suggests until annotator train)\n"
                   "min confidence: 0\nretrain: after 50 new accepted span(s) (in the window)\n")
    assert err.count("\n") == 1 and err.startswith(f"annotator: warning: {folder}: the stored model setting model = "
                                                   '"transformer" cannot be read: unknown model'), err
    assert "the default project is used instead; the stored model setting min_confidence = 1.5 cannot be read" in err
    assert err.endswith("the default 0 is used instead\n")
    code, out, err = run(capsys, "suggest", folder, "--no-links")  # the same project again: said once
    assert code == 0 and "warning" not in err


def test_model_settings_says_the_seed_suggests_until_the_project_trains_its_model(trained, capsys):
    """A new project showed "model: project" where `annotator suggest` said "model: the shipped seed"."""
    code, out, _ = run(capsys, "model-settings", trained)
    assert code == 0 and out.startswith("model: project\nmin confidence: ")  # trained: its own model
