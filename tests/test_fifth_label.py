"""Adding a label is one entry in the label schema (annotator/core/labels.py).

A fifth label, DATE with two value fields, is added to the schema here and nowhere else; a new
project starts with it, the window's form edits its values, every export writes it (jsonl,
doccano, csv, conll, and an xlsx sheet of its own), the importers read it back (gold JSON Lines,
workbook corrections) and evaluation compares its value.
"""
from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from annotator.core import labels
from annotator.core.evaluate import value_key
from annotator.core.export.formats import export
from annotator.core.fields import NUMBER, TEXT
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.labels import LabelSpec, ValueField
from annotator.core.models import Document
from annotator.core.store import Store

DATE = LabelSpec("DATE", "#e15759", "5", "A calendar date (2024年1月5日)",
                 fields=(ValueField("date", TEXT, "date", "Date (ISO)"), ValueField("year", NUMBER, "year")),
                 sheet="Dates", compare=(("date",),))
ARTICLE = "2024年1月5日，湖里区投资55.1亿元建设松元产业园。"
DAY = "2024年1月5日"


@pytest.fixture(autouse=True)
def fifth_label(monkeypatch):
    monkeypatch.setattr(labels, "LABELS", (*labels.LABELS, DATE))


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "a", ARTICLE, sha256(ARTICLE), char_count=len(ARTICLE)))
        store.add_annotation(doc.id, 0, len(DAY), "DATE", value={"date": "2024-01-05", "year": 2024})
        start = ARTICLE.index("湖里区")
        store.add_annotation(doc.id, start, start + 3, "DISTRICT", value={"name": "湖里区", "code": "350206"})
        yield store


def test_a_new_project_starts_with_it(store):
    assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "DATE"]
    date = store.label("DATE")
    assert (date.color, date.shortcut, date.description) == (DATE.color, "5", DATE.description)


def test_the_form_edits_its_values(store, qtbot):
    from annotator.gui.widgets.form import AnnotationForm

    form = AnnotationForm()
    qtbot.addWidget(form)
    form.set_labels(store.labels())
    assert form.label_button("DATE").text() == "5  DATE"
    (date,) = [a for a in store.annotations() if a.label == "DATE"]
    form.show_annotation(date)
    shown = {key for key, edit in form._value_edits.items() if form._form.isRowVisible(edit)}
    assert shown == {"date", "year"}
    assert form._value_edits["date"].text() == "2024-01-05" and form._value_edits["year"].text() == "2024"
    assert form._captions["date"].text() == "Date (ISO)" and form._captions["year"].text() == "Year"
    with qtbot.waitSignal(form.edited) as edited:
        form._value_edits["year"].setText("2025")
        form._value_edits["year"].editingFinished.emit()
    assert edited.args == [date.id, {"value": {"date": "2024-01-05", "year": 2025},
                                     "expected": {"value": {"date": "2024-01-05", "year": 2024}}}, None]
    form._value_edits["year"].setText("soon")
    form._value_edits["year"].editingFinished.emit()
    assert "ffd6d6" in form._value_edits["year"].styleSheet()  # not a number: refused in place


def test_every_export_writes_it(store, tmp_path):
    export(store, tmp_path / "gold.jsonl")
    gold = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert gold[0] == {"doc": "a.txt", "start": 0, "end": len(DAY), "label": "DATE", "text": DAY,
                       "value": {"date": "2024-01-05", "year": 2024}}
    export(store, tmp_path / "doccano.jsonl", "doccano")
    assert [0, len(DAY), "DATE"] in json.loads((tmp_path / "doccano.jsonl").read_text(encoding="utf-8"))["label"]
    export(store, tmp_path / "spans.conll")
    assert (tmp_path / "spans.conll").read_text(encoding="utf-8").splitlines()[1] == "2 B-DATE"

    export(store, tmp_path / "spans.csv")
    with open(tmp_path / "spans.csv", encoding="utf-8-sig", newline="") as f:
        header, first, _ = list(csv.reader(f))
    assert header.index("date") == header.index("unit") + 1 and header.index("year") == header.index("date") + 1
    assert (first[header.index("label")], first[header.index("date")], first[header.index("year")]) == \
        ("DATE", "2024-01-05", "2024")

    summary = export(store, tmp_path / "book.xlsx")
    assert summary.endswith("0 target(s), 1 DATE span(s)")
    wb = load_workbook(tmp_path / "book.xlsx")
    assert wb.sheetnames == ["About", "Facts", "Annotations", "Districts", "Projects", "Amounts", "Targets", "Dates",
                             "Links", "Documents", "Codebook"]
    dates = [[c.value for c in row] for row in wb["Dates"].iter_rows()]
    assert dates == [["document", "text", "date", "year", "sentence", "status", "start_offset", "end_offset", "id",
                      "title", "doc_date", "doc_year", "source", "jurisdiction"],
                     ["a.txt", DAY, "2024-01-05", 2024, ARTICLE, "accepted", 0, len(DAY), 1, "a", None, None, None,
                      None]]
    assert wb["Dates"]["D2"].number_format == "General"
    annotations = [[c.value for c in row] for row in wb["Annotations"].iter_rows(max_row=2)]
    assert annotations[1][annotations[0].index("year")] == 2024
    documents = [c.value for c in next(wb["Documents"].iter_rows(max_row=1))]
    assert "n_date" in documents and "doc_date" in documents


def test_the_importers_read_it(store, tmp_path):
    gold = tmp_path / "more.jsonl"
    start = ARTICLE.index("1月5日")
    gold.write_text(json.dumps({"doc": "a.txt", "start": start, "end": start + 4, "label": "DATE", "text": "1月5日",
                                "value": {"date": "--01-05"}}, ensure_ascii=False) + "\n", encoding="utf-8")
    (refused,) = import_annotations(store, [gold]).rejected  # the store's rules hold for it too
    assert "overlaps DATE" in refused[2]

    store.delete_annotation(1)
    assert import_annotations(store, [gold]).added == 1
    (date,) = [a for a in store.annotations() if a.label == "DATE"]
    assert date.value == {"date": "--01-05"}

    book = tmp_path / "book.xlsx"
    export(store, book)
    wb = load_workbook(book)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[header.index("label")].value == "DATE":
            row[header.index("date")].value = "2024-01-05"
            row[header.index("year")].value = "2,024"
    wb.save(book)
    report = import_annotations(store, [book])
    assert report.changed == 1 and not report.rejected
    assert store.annotation(date.id).value == {"date": "2024-01-05", "year": 2024}

    for row in ws.iter_rows(min_row=2):
        if row[header.index("label")].value == "DATE":
            row[header.index("year")].value = "next year"
    wb.save(book)
    report = import_annotations(store, [book])
    assert [why for _f, _n, why in report.rejected] == [
        "Annotations sheet: year must be a number: 80, 6.5, 1,200 or 80万, not 'next year'"]


def test_evaluation_compares_its_value():
    assert value_key("DATE", {"date": "2024-01-05", "year": 2024}) == (("date", "2024-01-05"),)
    assert value_key("DATE", {"year": 2024}) is None
