"""The annotated document for reading and printing, from the window: the Export dialog writes the HTML
page (a file named .html chooses it), and Project › Print… (Ctrl+P) prints the open document through
Qt's print dialog: here to a PDF file, whose text is read back with pdftotext."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from tests.core.test_export_html import parse


def test_the_export_dialog_writes_the_annotated_documents_as_html(window, store, qtbot, tmp_path, sync_tasks):
    from annotator.gui.dialogs.export_dialog import ExportDialog

    a = store.document_id_by_name("a.txt")
    first = next(s for s in store.annotations(a) if s.text == "厦门市")
    store.set_status([first.id], "accepted")
    dialog = ExportDialog(window.store, window)
    qtbot.addWidget(dialog)
    out = tmp_path / "读者.html"
    dialog.pick_path = lambda _suggested: str(out)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)  # Choose…: the name's ending chooses the format
    assert dialog.format.currentData() == "html"
    dialog.status_boxes["suggested"].setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.startswith(f"wrote 3 document(s), 5 span(s) to {out}")
    page = parse(out.read_text(encoding="utf-8"))
    spans = [s for s in store.iter_annotations(statuses=["accepted", "suggested"])]
    assert len(spans) == 5 and {s.id: s.text for s in spans} == page.by_id  # 3245.7万元 after 𠀀 too
    assert "accepted and suggested spans" in out.read_text(encoding="utf-8")


def test_ctrl_p_prints_the_open_document_to_a_pdf(window, store, qtbot, tmp_path, monkeypatch):
    from annotator.gui import printing

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    pdf = tmp_path / "printed.pdf"
    asked = []

    def to_pdf(_parent, printer):  # the print dialog, its PDF printer chosen
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return True

    monkeypatch.setattr(printing, "ask", to_pdf)
    window.open_document(store.document_id_by_name("b.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked and pdf.is_file()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    squeezed = "".join(text.split())
    assert "同安区推进" in squeezed and "3245.7万元" in squeezed  # the text, its spans (open suggestions)
    assert "b.txt" in squeezed and "AMOUNT" in squeezed and "DISTRICT" in squeezed  # name, legend
    assert window.statusBar().currentMessage() == "Printed b.txt."


def test_print_is_greyed_without_a_project(window):
    window.window_actions.set_project_open(False)
    assert not window.window_actions["print"].isEnabled()
    assert window.window_actions["print"].shortcut().toString() == "Ctrl+P"
