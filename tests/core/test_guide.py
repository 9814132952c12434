"""Each label's guide (the project's codebook): shipped from the annotation guide, written per
project in the meta table, undone and redone like any edit, carried by renames and deletes."""
from __future__ import annotations

import re

import pytest
from shared_data import shared_dir

from annotator.core import guide
from annotator.core.errors import ValidationError
from annotator.core.labels import defaults
from annotator.core.models import GuideChange, Label
from annotator.core.undo import UndoHistory


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project())


@pytest.mark.parametrize("language", ["", "zh_CN"])
def test_every_default_label_ships_a_guide_with_examples_and_its_value(language):
    headings = ("## A span", "## Not a span", "## Value") if not language else ("## 标注", "## 不标注", "## 取值")
    for spec in defaults():
        text = guide.shipped(spec.name, language)
        assert text is not None and text.startswith(f"# {spec.name}")
        assert all(h in text for h in headings), spec.name
        assert re.search(r"[\u4e00-\u9fff]", text)  # the Chinese examples


def test_the_shipped_english_guide_is_the_annotation_guides_text():
    source = shared_dir() / "ANNOTATION_GUIDE.md"
    if not source.is_file():
        pytest.skip(f"no {source}")
    words = " ".join(source.read_text(encoding="utf-8").split())
    for spec in defaults():
        text = guide.shipped(spec.name)
        assert text is not None
        intro = " ".join(text.split("\n\n")[1].split())  # the paragraph under the title
        assert intro in words, spec.name


def test_a_label_without_a_shipped_guide_shows_its_description_and_odd_names_read_no_file():
    assert guide.shipped("FACILITY") is None
    assert guide.shipped("../labels") is None
    shown = guide.guide_of(Label("FACILITY", description="A building that serves the public"), "")
    assert shown.source == guide.DESCRIPTION and "A building that serves the public" in shown.text
    assert guide.guide_of(Label("AMOUNT"), "").source == guide.SHIPPED
    assert guide.shipped("AMOUNT", "xx_YY") == guide.shipped("AMOUNT")  # no translation: English
    written = guide.guide_of(Label("AMOUNT"), "Our rule: 亿元 only")
    assert (written.source, written.text) == (guide.PROJECT, "Our rule: 亿元 only")


def test_a_written_guide_is_in_the_project_and_blank_text_removes_it(store, make_project, open_store):
    assert store.label_guide("AMOUNT") == ""
    change = store.set_label_guide("AMOUNT", "## 亿元\n55.1亿元 → 5510000000")
    assert change.changes == (GuideChange("AMOUNT", None, "## 亿元\n55.1亿元 → 5510000000"),)
    assert not store.set_label_guide("AMOUNT", "## 亿元\n55.1亿元 → 5510000000")  # the same: nothing
    other = open_store(store.folder)
    assert other.label_guide("AMOUNT") == "## 亿元\n55.1亿元 → 5510000000"
    assert other.label_guides() == {"AMOUNT": "## 亿元\n55.1亿元 → 5510000000"}
    store.set_label_guide("AMOUNT", "  \n")
    assert other.label_guide("AMOUNT") == "" and other.label_guides() == {}


def test_a_guide_is_refused_for_an_unknown_label_or_unstorable_text(store):
    with pytest.raises(ValidationError) as refused:  # the project's one wording, not "unknown label 'NOPE'"
        store.set_label_guide("NOPE", "text")
    assert str(refused.value) == store.no_label("NOPE") and str(refused.value).startswith("no label 'NOPE' in ")
    with pytest.raises(ValidationError, match="surrogate"):
        store.set_label_guide("AMOUNT", "bad \ud800")
    assert store.label_guides() == {}


def test_guide_edits_undo_and_redo_and_a_guide_changed_meanwhile_is_not_overwritten(store, open_store):
    history = UndoHistory(store)
    history.push(store.set_label_guide("TARGET", "first"))
    history.push(store.set_label_guide("TARGET", "second"))
    assert history.undo().ok and store.label_guide("TARGET") == "first"
    assert history.undo().ok and store.label_guide("TARGET") == ""
    assert history.redo().ok and store.label_guide("TARGET") == "first"
    open_store(store.folder).set_label_guide("TARGET", "another program's")
    outcome = history.undo()
    assert not outcome.ok and "changed in the meantime" in outcome.error
    assert store.label_guide("TARGET") == "another program's"



def test_a_guide_written_from_an_older_text_is_refused_once_another_program_saved_one(store, open_store):
    open_store(store.folder).set_label_guide("TARGET", "another window's")
    with pytest.raises(ValidationError, match="changed in the meantime"):
        store.set_label_guide("TARGET", "mine", expected="")  # written from the shipped text
    assert store.label_guide("TARGET") == "another window's"
    assert store.set_label_guide("TARGET", "mine", expected="another window's")
    assert store.label_guide("TARGET") == "mine"

def test_a_renamed_label_keeps_its_guide_and_a_deleted_one_takes_it_along(store):
    store.add_label("SECTOR")  # a label the project added: the schema's keep their names
    store.set_label_guide("SECTOR", "named things")
    rename = store.update_label("SECTOR", new_name="SECT")
    assert store.label_guide("SECT") == "named things" and store.label_guide("SECTOR") == ""
    store.revert(rename)
    assert store.label_guide("SECTOR") == "named things" and store.label_guide("SECT") == ""
    store.add_label("FACILITY")
    store.set_label_guide("FACILITY", "a building")
    delete = store.delete_label("FACILITY")
    assert store.label_guides() == {"SECTOR": "named things"}
    store.revert(delete)  # the label first, then its guide
    assert store.label_guide("FACILITY") == "a building"
    store.reapply(delete)
    assert "FACILITY" not in store.label_guides()


def test_document_stats_have_the_projects_shape_and_add_up_to_it(make_project, open_store):
    folder = make_project({"a.txt": "厦门市湖里区投资55.1亿元。", "b.txt": "集美区投资3亿元。"},
                          [("a.txt", 0, 3, "DISTRICT"), ("a.txt", 3, 6, "DISTRICT", {"status": "suggested"}),
                           ("a.txt", 8, 14, "AMOUNT"), ("b.txt", 0, 3, "DISTRICT")])
    store = open_store(folder)
    a, b = (store.document_id_by_name(n) for n in ("a.txt", "b.txt"))
    source = next(x for x in store.annotations(a) if x.label == "AMOUNT")
    store.add_link(source.id, "district", store.annotations(a)[0].id)
    store.set_document_done(b, True)
    project, first, second = store.stats(), store.document_stats(a), store.document_stats(b)
    assert first == {"documents": 1, "characters": 15, "done": 0, "links": {"district/accepted": 1},
                     "annotations": {"AMOUNT/accepted": 1, "DISTRICT/accepted": 1, "DISTRICT/suggested": 1}}
    assert second["done"] == 1 and second["annotations"] == {"DISTRICT/accepted": 1} and second["links"] == {}
    for key in ("documents", "characters", "done"):
        assert first[key] + second[key] == project[key]
    for key in ("annotations", "links"):
        summed = {k: first[key].get(k, 0) + second[key].get(k, 0) for k in {*first[key], *second[key]}}
        assert summed == project[key]
    with pytest.raises(ValidationError, match="not in the project"):
        store.document_stats(9999)
