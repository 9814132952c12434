"""A project's doccano lines, Label Studio tasks or gold JSONL, imported into a colleague's project, said what
came (spans, links, metadata) and nothing of what such a file cannot bring: a doccano file's spans all came in
accepted in one layer, a Label Studio file kept no origin of an accepted span, none kept a span's note or a done
mark, and the colleague took the project for whole. The report now says so once a file (not a line), naming only
what that file lacks, and the way that keeps it (``core/imports/not_carried.py``); the guide's own gold lines and
doccano's own lines, which never held any of it, are told nothing."""
from __future__ import annotations

import json

import pytest

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

TEXTS = {"a.txt": "厦门市湖里区政府工作报告\n全年投资55.1亿元建设松元产业园。\n",
         "b.txt": "福州市鼓楼区政府工作报告\n思明区、集美区同步推进。\n"}
PACKAGE = "annotator export-package --with annotations keeps all but done marks"
SAID = {
    "doccano": "a doccano file has no status, coder, origin, link, span note or done mark: its spans came in with "
               f"one status, in one layer; {PACKAGE}",
    "doccano-relations": "a doccano file has no status, coder, origin, span note or done mark: its spans and links "
                         f"came in with one status, in one layer; {PACKAGE}",
    "label-studio": "a Label Studio file has no rejected span or link, span note or done mark, nor the origin, "
                    f"confidence or reason of an accepted span; {PACKAGE}",
    "jsonl": "a gold JSONL file has no span note or done mark; annotator export-package --with annotations keeps "
             "the notes",
}
SUFFIX = {"label-studio": ".json"}


def _files(tmp_path):
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


def _project(tmp_path):
    """Two reports, each with spans (one with a note, one a rule's), a link, a document done."""
    with Store.create(tmp_path / "P") as store:
        docs = import_files(store, _files(tmp_path)).imported
        for doc in docs:
            text = store.document(doc.id).text
            start = text.index("区") - 2
            store.add_annotation(doc.id, start, start + 3, "DISTRICT", note="checked", annotator="li")
        a = docs[0].id
        text = store.document(a).text
        store.add_annotation(a, text.index("松元"), text.index("松元") + 5, "PROJECT", annotator="li")
        project, district = (next(s for s in store.annotations(a) if s.label == label)
                             for label in ("PROJECT", "DISTRICT"))
        store.add_link(project.id, "district", district.id, annotator="li")
        store.set_document_done(a, True)
    return tmp_path / "P"


def _imported(tmp_path, fmt, statuses=("accepted",)):
    folder = _project(tmp_path)
    out = tmp_path / f"out{SUFFIX.get(fmt, '.jsonl')}"
    with Store.open(folder) as store:
        export(store, out, fmt, statuses=statuses)
    with Store.create(tmp_path / "Q") as fresh:
        import_files(fresh, _files(tmp_path))
        report = import_annotations(fresh, [out])
        assert report.added >= 3 and not report.rejected
    return out, report


@pytest.mark.parametrize("fmt", list(SAID))
def test_what_the_file_could_not_bring_is_said_once(tmp_path, fmt):
    out, report = _imported(tmp_path, fmt)
    said = [line for line in report.notes if "done mark" in line]
    assert said == [f"{out.name}: {SAID[fmt]}"]  # once, though the file holds two documents (gold: three lines)
    assert said[0] in report.lines()


def test_a_label_studio_file_of_suggestions_alone_has_no_accepted_origin_to_lose(tmp_path):
    folder = tmp_path / "P"
    with Store.create(folder) as store:
        (doc,) = import_files(store, _files(tmp_path)[:1]).imported
        store.add_annotation(doc.id, 3, 6, "DISTRICT", status="suggested", origin="gazetteer", confidence=0.9)
        export(store, tmp_path / "s.json", "label-studio", statuses=["suggested"])
    with Store.create(tmp_path / "Q") as fresh:
        report = import_annotations(fresh, [tmp_path / "s.json"])
    assert [line for line in report.notes if "done mark" in line] == [
        f"s.json: a Label Studio file has no rejected span or link, span note or done mark; {PACKAGE}"]


def test_files_our_exports_did_not_write_are_told_nothing(tmp_path):
    """The guide's gold lines, doccano's own lines and a model's proposals never held a note or done mark."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": 3, "end": 6, "label": "DISTRICT", "text": "湖里区",
                                "value": {"name": "湖里区", "code": "350206"}}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    doccano = tmp_path / "doccano.jsonl"
    doccano.write_text(json.dumps({"id": 1, "text": TEXTS["b.txt"], "label": [[0, 3, "DISTRICT"]]},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    model = tmp_path / "model.jsonl"  # a model's proposals, as README's import of proposals reads them
    model.write_text(json.dumps({"doc": "b.txt", "start": 3, "end": 6, "label": "DISTRICT", "text": "鼓楼区",
                                 "status": "suggested", "origin": "model", "confidence": 0.8, "reason": "crf"},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    with Store.create(tmp_path / "Q") as fresh:
        import_files(fresh, _files(tmp_path))
        report = import_annotations(fresh, [gold, doccano, model])
    assert report.added == 3 and not [line for line in report.lines() if "done mark" in line]
