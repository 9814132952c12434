"""Project › Print… (Ctrl+P): the open document as the reading export draws it
(:func:`annotator.core.export.html_page.document_page`: its title and metadata, a legend of the labels
with their counts, its text with the spans the window shows in their labels' colours, nested ones
marked where they start and end), laid out by a QTextDocument and printed through Qt's print dialog
(a PDF file is one of its printers)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from annotator.gui.display import label_text, metadata_key_text

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def ask(parent: QWidget, printer: QPrinter) -> bool:
    """Qt's print dialog for ``printer``: whether to print (tests replace it)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_t("Print the document"))
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def page_of(window: MainWindow) -> str:
    """The open document's page: its accepted spans and open suggestions, and the rejected ones while
    the window shows them, its words and metadata keys in the interface's language."""
    from annotator.core.export.html_page import document_page

    assert window.store is not None and window.doc_id is not None
    rejected = bool(window.settings.show_rejected)
    statuses = ["accepted", "suggested", *(["rejected"] if rejected else [])]
    shows = (_t("accepted spans, open suggestions (underlined) and rejected spans (struck through)") if rejected
             else _t("accepted spans and open suggestions (underlined)"))
    words = {"document": _t("document"), "characters": _t("characters"), "spans shown": _t("spans shown"),
             "empty": _t("(empty document)")}
    return document_page(window.store, window.doc_id, statuses, shown=label_text, words=words, shows=shows,
                         key_text=metadata_key_text)  # date, year … as the window names them


def print_document(window: MainWindow, printer: QPrinter | None = None) -> bool:
    """Print the open document (asking where and how first); whether it was printed."""
    if window.store is None or window.doc_id is None:
        window.statusBar().showMessage(_t("Open a document to print it."), 5000)
        return False
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(window.doc_model.name_of(window.doc_id) or "annotator")
    if not ask(window, printer):
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a long report takes a moment
    try:
        page = QTextDocument()
        page.setHtml(page_of(window))
        page.print_(printer)
    finally:
        QGuiApplication.restoreOverrideCursor()
    window.statusBar().showMessage(_t("Printed {0}.").format(printer.docName()), 5000)
    return True
