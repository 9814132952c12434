"""A document could not be renamed: the name it was imported as (dup/x.txt, 2020/report.docx) was what
exports, gold files, ``--doc`` and the window's list named it by for good. ``Store.rename_document`` now
renames it in one write, an undo step; its spans, links, id and file (what *Import again* reads) stay."""
from __future__ import annotations

import json
import re

import pytest

from annotator.core.errors import ValidationError
from annotator.core.export.formats import export
from annotator.core.imports.again import import_again, read_source
from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from annotator.core.undo import UndoHistory

TEXT = "湖里区2024年政府工作报告\n\n松元产业园二期开工建设，总投资15亿元。\n"


def _project(tmp_path):
    """a.txt with two accepted spans linked; b.txt."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(TEXT + name, encoding="utf-8")
    store = Store.create(tmp_path / "p")
    a, _b = import_files(store, [tmp_path / "a.txt", tmp_path / "b.txt"]).imported
    for text, label in (("湖里区", "DISTRICT"), ("松元产业园二期", "PROJECT")):
        start = TEXT.index(text)
        store.add_annotation(a.id, start, start + len(text), label)
    district, project = store.annotations(a.id)
    store.add_link(project.id, "district", district.id)
    return store, a.id


def test_a_document_renamed_keeps_its_spans_links_and_id_and_undo_names_it_back(tmp_path):
    store, doc_id = _project(tmp_path)
    with store:
        spans, links = store.annotations(doc_id), store.links(doc_id)
        mark = store.counts_mark()
        history = UndoHistory(store)
        step = store.rename_document(doc_id, "  厦门_湖里_2023.txt ")  # white space around it dropped
        history.push(step)
        assert store.counts_mark() != mark  # another window's Ctrl+R reads the list again
        assert store.document_id_by_name("厦门_湖里_2023.txt") == doc_id
        assert store.document_id_by_name("a.txt") is None
        assert store.document(doc_id).name == "厦门_湖里_2023.txt"
        assert (store.annotations(doc_id), store.links(doc_id)) == (spans, links)
        assert store.search("松元产业园")[0][:2] == (doc_id, "厦门_湖里_2023.txt")
        history.undo()
        assert store.document(doc_id).name == "a.txt"
        history.redo()
        assert store.document(doc_id).name == "厦门_湖里_2023.txt"
        assert not store.rename_document(doc_id, "厦门_湖里_2023.txt")  # named so already: no step


@pytest.mark.parametrize("name,said", [("b.txt", "another document of the project (titled "
                                                 "'湖里区2024年政府工作报告') is named so already"),
                                       ("  ", "cannot be empty"),
                                       ("a\nb.txt", "control character"),
                                       ("a\tb.txt", "control character")])
def test_a_name_taken_empty_or_with_a_control_character_is_refused(tmp_path, name, said):
    store, doc_id = _project(tmp_path)
    with store:
        with pytest.raises(ValidationError, match=re.escape(said)):
            store.rename_document(doc_id, name)
        assert [d.name for d in store.documents()] == ["a.txt", "b.txt"]


def test_undo_is_refused_when_another_program_renamed_it_meanwhile(tmp_path):
    store, doc_id = _project(tmp_path)
    with store:
        step = store.rename_document(doc_id, "c.txt")
        with Store.open(tmp_path / "p") as other:
            other.rename_document(doc_id, "d.txt")
        with pytest.raises(ValidationError, match="changed meanwhile"):
            store.revert(step)
        assert store.document(doc_id).name == "d.txt"


def test_import_again_reads_the_renamed_document_from_its_file_and_keeps_the_new_name(tmp_path):
    store, doc_id = _project(tmp_path)
    with store:
        store.rename_document(doc_id, "湖里_2024.txt")
        (tmp_path / "a.txt").write_text("（2024年1月5日）\n\n" + TEXT + "a.txt", encoding="utf-8")
        replaced = import_again(store, read_source(store, doc_id))
        assert replaced.kept == 2
        doc = store.document(doc_id)
        assert doc.name == "湖里_2024.txt" and doc.text.startswith("（2024年1月5日）")


def test_an_export_names_the_document_by_its_new_name(tmp_path):
    store, doc_id = _project(tmp_path)
    with store:
        store.rename_document(doc_id, "厦门_湖里_2023.txt")
        export(store, tmp_path / "out.jsonl")
    names = {json.loads(line)["doc"] for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()}
    assert "厦门_湖里_2023.txt" in names and "a.txt" not in names
