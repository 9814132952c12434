"""A colleague's workbook imported through the window (Project › Import annotations…): a sum typed as
a report writes it (5.51亿) and a row typed in with its document, label and text alone come into the
store as `annotator import-annotations` takes them (core/imports/xlsx.py, xlsx_rows.py)."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.store import Store
from annotator.gui import tasks
from tests.gui.test_project_io import Answers, fill_options, ok


def test_a_workbook_with_typed_values_and_a_typed_row_is_imported_through_the_window(window, store, qtbot,
                                                                                      tmp_path, monkeypatch):
    # 5.51亿 was refused ("yuan must be a number") and the typed row ("start and end are needed")
    monkeypatch.setattr(tasks, "SYNC", True)
    book = tmp_path / "colleague.xlsx"
    with Store.open(window.store.folder) as s:
        export(s, book, statuses=("accepted", "suggested"))
    wb = load_workbook(book)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[header.index("text")].value == "55.1亿元":
            row[header.index("yuan")].value = "5.51亿"
    ws.append([{"document": "a.txt", "label": "DISTRICT", "text": "集美区"}.get(name) for name in header])
    wb.save(book)
    seen = []
    with Answers(fill_options("accepted", "tester"), lambda box: (seen.append(box.text()), ok(box))):
        window.commands.io.import_annotation_files([str(book)])
    qtbot.waitUntil(lambda: seen != [])
    assert "colleague.xlsx: 1 annotation(s) changed, 1 added" in seen[0] and "refused" in seen[0]
    assert "0 row(s) refused" in seen[0] and window.errors == []
    spans = {a.text: a for a in store.iter_annotations(store.document_id_by_name("a.txt"))}
    assert spans["55.1亿元"].value == {"yuan": 551_000_000}
    jimei = spans["集美区"]
    assert (jimei.label, jimei.status, jimei.value) == ("DISTRICT", "accepted", {"name": "集美区", "code": "350211"})
