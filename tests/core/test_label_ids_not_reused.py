"""A label added after the project's newest label was deleted gets an id no label had: the model's
layers, the kept cross-validation and the workbook's ``n_label_<id>`` column follow a label by its
id, and SQLite gave the deleted label's id again (the highest plus one), so the new label took the
deleted one's trained layer and the model proposed its spans (strategies) under the new name."""
from __future__ import annotations

import sqlite3

from annotator.core.store import Store
from annotator.paths import DB_FILENAME
from tests.core.test_renamed_label_model import proposed, workshop_project


def drop_workshops(store: Store) -> None:
    for a in store.annotations(labels=["WORKSHOP"]):
        store.delete_annotation(a.id)


def test_a_label_added_after_the_newest_was_deleted_does_not_take_its_layer(tmp_path):
    with Store.open(workshop_project(tmp_path / "p")) as store:
        gone = store.label("WORKSHOP").id
        drop_workshops(store)
        store.delete_label("WORKSHOP")
        sector = store.add_label("SECTOR", "#123456").label_changes[0].after
        assert sector.id != gone and store.label("SECTOR").id == sector.id
        found, _ = proposed(store)
        assert "SECTOR" not in found.values()  # it proposed 紫藤坊 and the other workshops as SECTOR


def test_an_id_an_older_annotator_gave_back_is_found_where_the_model_recorded_it(tmp_path):
    folder = workshop_project(tmp_path / "p")
    with Store.open(folder) as store:
        drop_workshops(store)
    with sqlite3.connect(folder / DB_FILENAME) as conn:  # deleted as an older annotator did: no record kept
        conn.execute("DELETE FROM labels WHERE name = 'WORKSHOP'")
    conn.close()
    with Store.open(folder) as store:
        store.add_label("SECTOR", "#123456")
        found, _ = proposed(store)
        assert "SECTOR" not in found.values()


def test_undo_of_a_delete_after_another_program_added_a_label(tmp_path):
    with Store.open(workshop_project(tmp_path / "p")) as store, Store.open(tmp_path / "p") as other:
        drop_workshops(store)
        deleted = store.delete_label("WORKSHOP")
        other.add_label("SECTOR", "#123456")  # annotator labels P --add SECTOR, the window open
        assert store.revert(deleted)  # it failed on the id SECTOR had taken
        assert store.label_names()[-2:] == ["WORKSHOP", "SECTOR"]
        found, _ = proposed(store)
        assert set(found.values()) == {"WORKSHOP"}


def test_ids_a_kept_cross_validation_recorded_count_and_unreadable_figures_stop_nothing(tmp_path):
    with Store.create(tmp_path / "p") as store:
        store._set_meta("scores:sequence", '{"label_ids": {"POLICY": 9, "odd": "x"}}')  # POLICY deleted long ago
        store._set_meta("scores:other", "not JSON")
        assert store.add_label("SECTOR", "#123456").label_changes[0].after.id == 10
