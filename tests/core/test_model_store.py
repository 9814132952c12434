"""The project keeps its trained model in its database (schema 4, table ``models``)."""
from __future__ import annotations

import pytest

from annotator.core.errors import ValidationError
from annotator.core.store import Store, backup, migrations
from annotator.core.store.trained import delete_model, load_model, model_info, save_model
from tests.core.conftest import old_project


def test_a_model_persists_across_reopening_and_is_replaced_whole(tmp_path):
    with Store.create(tmp_path / "p") as store:
        assert load_model(store, "sequence") is None
        save_model(store, "sequence", b"\x00model-1", {"spans": 3})
        save_model(store, "sequence", b"\x00model-2\xff", {"spans": 5, "labels": ["PROJECT"]})
    with Store.open(tmp_path / "p") as store:
        kept = load_model(store, "sequence")
        assert kept is not None and kept.data == b"\x00model-2\xff"
        assert kept.info == {"spans": 5, "labels": ["PROJECT"]} and kept.trained_at
        info = model_info(store, "sequence")
        assert info is not None and info.data == b"" and info.info["spans"] == 5
        assert delete_model(store, "sequence") and load_model(store, "sequence") is None
        assert not delete_model(store, "sequence")


def test_a_model_needs_a_name(tmp_path):
    with Store.create(tmp_path / "p") as store, pytest.raises(ValidationError):
        save_model(store, "", b"x")


def test_v3_project_migrates_to_v4_with_a_models_table_and_a_backup(tmp_path):
    folder = tmp_path / "old"
    old_project(folder, 3, "INSERT INTO documents(name, title, text, sha256, char_count) "
                           "VALUES ('a.txt', 't', '湖里区', 'x', 3)")
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 4
        assert [d.name for d in store.documents()] == ["a.txt"]
        save_model(store, "sequence", b"m")
        assert store.integrity_check() == "ok"
    assert any("before-migration-v3" in p.name for p in backup.list_backups(folder))


def test_a_v3_database_that_already_has_a_models_table_is_refused_untouched(tmp_path):
    folder = tmp_path / "odd"
    old_project(folder, 3, "CREATE TABLE models (name TEXT)")
    with pytest.raises(Exception, match="models exists although schema 3"):
        Store.open(folder)
