"""A reviewer's session of every kind of edit, in a child process, for test_window_kill_edits.py
(run as a script, offscreen):

    python edit_session.py PROJECT WORKDIR

The window opens PROJECT (tests/gui/conftest.py's three documents) and, by keys and its widgets:
accepts and rejects suggestions (N, Enter, X), labels selected text (1), types a value and a note
in the form, links an amount (L), moves a boundary (Alt+→), undoes and redoes, marks the document
done (Ctrl+D), types the jurisdiction, adds and recolours a label in the label editor. After each
edit it prints ``shown <json>``: what the window shows of the project (its table's spans of each
document, the links it lists, the done marks, the jurisdiction, the labels); then ``done``, and it
waits to be killed.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def shown(window) -> dict:
    """The project as the window shows it: the open document's spans (its table's rows) and links
    (as the form lists them), every document's done mark (the list's), its jurisdiction, the labels."""
    rows = window.ann_model.annotations()
    docs = {}
    for doc_id in window.doc_model.doc_ids():
        document = window.doc_model.document(window.doc_model.row_of(doc_id))
        docs[document.name] = {"done": document.done}
    docs[window.store.document(window.doc_id).name].update(
        spans=sorted([a.start, a.end, a.label, a.status, a.value, a.note] for a in rows),
        links=sorted([a.text, k.kind, k.target_id is not None, k.status] for a in rows
                     for k in window.store.links_from(a.id)),
        jurisdiction=window.form.jurisdiction_edit.text())
    return {"documents": docs, "labels": sorted([label.name, label.color] for label in window.store.labels())}


def report(window) -> None:
    if window.errors:
        raise SystemExit(f"an edit was not saved: {window.errors}")
    print("shown " + json.dumps(shown(window), ensure_ascii=False), flush=True)


def key(window, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or window.text_view, k, mod)


def to_article(window) -> None:
    """The keys to the article again (a reviewer's Esc), waited for as qtbot.waitUntil does."""
    window.activateWindow()
    window.text_view.setFocus()
    deadline = QDeadlineTimer(5000)
    while QApplication.focusWidget() is not window.text_view:
        if deadline.hasExpired():
            raise SystemExit("the article never got the focus")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def type_into(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def main(project: str, workdir: str) -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(workdir) / "settings"))
    app = QApplication(sys.argv[:1])
    from annotator.gui.dialogs.label_editor import LabelEditorDialog
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    settings = Settings()
    settings.annotator_name = "session"
    window = MainWindow(settings)
    window.errors = []
    window.show_error = lambda title, message: window.errors.append(f"{title}: {message}")
    window.confirm = lambda question: True
    window.resize(1200, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    if not window.open_project(project):
        raise SystemExit(f"cannot open {project}: {window.errors}")
    view = window.text_view
    to_article(window)
    key(window, Qt.Key.Key_N)
    key(window, Qt.Key.Key_Return)  # accepted
    report(window)
    key(window, Qt.Key.Key_N)
    key(window, Qt.Key.Key_X)  # rejected
    report(window)
    start = view.text.index("湖里区")
    view.select_range(start, start + 3)
    key(window, Qt.Key.Key_1)  # a district by its key
    report(window)
    amount = next(a.id for a in window.ann_model.annotations() if a.label == "AMOUNT")
    window.select_annotation(amount)
    key(window, Qt.Key.Key_A)  # the rejected amount accepted after all
    report(window)
    type_into(window.form._value_edits["yuan"], "5510000000")  # a value typed in the form
    type_into(window.form.note_edit, "checked")
    report(window)
    to_article(window)
    key(window, Qt.Key.Key_L)  # the amount linked to its nearest district
    report(window)
    key(window, Qt.Key.Key_Right, Alt)  # its end one character on
    report(window)
    key(window, Qt.Key.Key_Z, Ctrl)
    key(window, Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    key(window, Qt.Key.Key_Z, Ctrl)  # the move undone, redone, undone
    report(window)
    key(window, Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)  # and redone: the end one on
    report(window)
    key(window, Qt.Key.Key_D, Ctrl)  # the document done
    type_into(window.form.jurisdiction_edit, "350206")
    report(window)
    dialog = LabelEditorDialog(window.store, window, ops=window.ops)
    dialog.add_label("POLICY", "#123456")
    dialog.pick_color = lambda initial: QColor("#ff0000")
    dialog.choose_color(0)  # the first label recoloured
    dialog.close()
    report(window)
    print("done", flush=True)
    app.exec()  # until killed


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
