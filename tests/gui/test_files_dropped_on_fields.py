"""Report files dragged from the file manager and let go over a text field of the window (the
jurisdiction, the document filter, the table's filter, a panel's field) are imported as anywhere else
on it: the file manager offers them as text too, and the field had typed ``file:///…/报告.txt`` into
itself (the jurisdiction saved it with the next Enter) and imported nothing. The drags go through
the window's QWindow, as the platform sends them (gui/file_drops.py)."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from annotator.gui import messages, tasks

REPORT = "思明区计划投资5亿元建设软件园四期。\n集美区新增10家规上工业企业。\n"


def let_go_over(window, widget, data: QMimeData) -> bool:
    """The pointer moved over ``widget`` twice and let go there, as the platform sends it (a move
    accepted before is sent accepted): whether the drop was taken."""
    handle, at = window.windowHandle(), widget.mapTo(window, widget.rect().center())
    accepted = False
    for step in (QPoint(0, 0), QPoint(1, 1)):
        move = QDragMoveEvent(at + step, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
        move.setAccepted(accepted)
        QApplication.sendEvent(handle, move)
        accepted = move.isAccepted()
    if not accepted:
        QApplication.sendEvent(handle, QDragLeaveEvent())
        return False
    drop = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, drop)
    return drop.isAccepted()


def files(*paths) -> QMimeData:
    """Files as a file manager offers them: their addresses, and the same as text."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    data.setText("\n".join(QUrl.fromLocalFile(str(p)).toString() for p in paths))
    return data


def report(tmp_path, name: str, amount: int):
    path = tmp_path / name
    path.write_bytes(REPORT.replace("5亿元", f"{amount}亿元").encode("gbk"))  # a report saved by a Chinese Windows
    return path


def quiet(window, monkeypatch) -> None:
    monkeypatch.setattr(tasks, "SYNC", True)
    monkeypatch.setattr(messages, "information", lambda *_a: None)
    monkeypatch.setattr(messages, "warning", lambda *_a: None)
    window.settings.suggest_on_import = False


def test_a_report_let_go_over_a_field_is_imported_not_typed_into_it(window, store, qtbot, tmp_path, monkeypatch):
    quiet(window, monkeypatch)
    fields = {"jurisdiction": window.form.jurisdiction_edit, "documents' filter": window.panel.filter_edit,
              "table's filter": window.table_filter.text_edit}
    for amount, (name, field) in enumerate(fields.items(), start=5):
        path = report(tmp_path, f"{name}报告.txt", amount)
        assert let_go_over(window, field, files(path)), name
        doc_id = store.document_id_by_name(path.name)
        assert doc_id is not None, name
        assert store.document(doc_id).text == REPORT.replace("5亿元", f"{amount}亿元")  # read as GBK
        assert field.text() == "", name
    field = window.form.jurisdiction_edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert all("jurisdiction" not in store.document_metadata(d.id) for d in store.documents())
    assert window.errors == []


def test_a_report_let_go_over_a_panel_made_later_is_imported(window, store, qtbot, tmp_path, monkeypatch):
    quiet(window, monkeypatch)
    panel = window.adjudication  # made when first asked for, after the window
    panel.show()
    qtbot.waitUntil(panel.coders.isVisible)
    path = report(tmp_path, "报告.txt", 7)
    assert let_go_over(window, panel.coders, files(path))
    assert store.document_id_by_name("报告.txt") is not None and panel.coders.text() == ""


def test_text_dragged_from_a_browser_still_lands_in_the_field(window, store, tmp_path, monkeypatch):
    quiet(window, monkeypatch)
    data = QMimeData()
    data.setText("集美区")
    assert let_go_over(window, window.panel.filter_edit, data)
    assert window.panel.filter_edit.text() == "集美区" and len(store.documents()) == 3
