"""A label moved to another place of the project's order (``Store.move_label``): one undoable
ChangeSet, its key its own; the workbook's label sheets, Documents columns and Codebook follow it."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from annotator.core.errors import ValidationError
from annotator.core.export import xlsx
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.undo import UndoHistory, describe

TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。"


def test_a_moved_label_takes_its_place_keeps_its_key_and_is_undone_in_one_step(tmp_path):
    with Store.create(tmp_path / "proj") as store:
        store.add_label("POLICY", shortcut="5")
        keys = {label.name: label.shortcut for label in store.labels()}
        history = UndoHistory(store)
        moved = store.move_label("POLICY", 2)
        history.push(moved)
        assert describe(moved) == "move label POLICY to place 2"
        assert moved.label_changes[-1].after.name == "POLICY"  # the step is named after it
        assert store.label_names() == ["DISTRICT", "POLICY", "PROJECT", "AMOUNT", "TARGET"]
        assert {label.name: label.shortcut for label in store.labels()} == keys  # keys stay with their labels
        with Store.open(tmp_path / "proj") as other:  # stored at once
            assert other.label_names() == store.label_names()
        assert not store.move_label("POLICY", 2)  # there already: nothing to undo
        history.undo()
        assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "POLICY"]
        history.redo()
        assert store.label_names()[1] == "POLICY"


@pytest.mark.parametrize("place", [0, 6, -1])
def test_a_place_outside_the_labels_is_refused_naming_the_label_and_the_range(tmp_path, place):
    with Store.create(tmp_path / "proj") as store:
        store.add_label("POLICY")
        with pytest.raises(ValidationError, match=r"label POLICY can go to a place from 1 to 5 in .*nothing"):
            store.move_label("POLICY", place)
        assert store.label_names()[-1] == "POLICY"


def test_the_workbook_follows_the_labels_order(tmp_path):
    out = tmp_path / "out.xlsx"
    with Store.create(tmp_path / "proj") as store:
        store.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT), char_count=len(TEXT)))
        store.add_label("POLICY")
        store.move_label("TARGET", 1)
        store.move_label("POLICY", 2)
        store.move_label("AMOUNT", 3)
        xlsx.write(store, out, statuses=["accepted"])
    wb = load_workbook(out, read_only=True)
    sheets = [name for name in wb.sheetnames if name in {"Districts", "Projects", "Amounts", "Targets"}]
    assert sheets == ["Targets", "Amounts", "Districts", "Projects"]
    header = next(wb["Documents"].iter_rows(values_only=True))
    assert [c for c in header if c.startswith("n_")][:5] == ["n_target", "n_policy", "n_amount", "n_district",
                                                             "n_project"]
    codebook = [row[0] for row in wb["Codebook"].iter_rows(min_row=2, values_only=True)]
    firsts = [codebook.index(name) for name in sheets]
    assert firsts == sorted(firsts)  # the Codebook explains them in that order
