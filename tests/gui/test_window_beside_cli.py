"""The window open while the command line works on the same project, in another process: the
command's suggestions are stored (one statement a document, ids from the sequence) while the
window holds its connection and the open document's text, and the window's next label key is
checked against the text and stored beside them; nothing is lost or duplicated."""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from annotator.core.store import Store
from annotator.gui.models.document_list import DOC_ID_ROLE


def test_a_label_key_after_the_command_line_suggested_into_the_open_project(window, project, qtbot):
    view = window.text_view
    doc_id = window.doc_id
    text = view.text
    before = {a.id for a in window.store.annotations()}
    done = subprocess.run([sys.executable, "-m", "annotator", "suggest", str(project), "--model", "none"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with Store.open(project) as other:
        suggested = {a.id: a for a in other.annotations()}
    new = {i: a for i, a in suggested.items() if i not in before}
    assert new, done.stdout  # the rules found something in the three documents
    for a in new.values():  # each id names the row written for it
        assert other_text(project, a.document_id)[a.start:a.end] == a.text
    piece = next(p for p in ("新增10家", "规上工业企业", "国家级") if p in text)
    start = text.index(piece)
    view.select_range(start, start + len(piece))
    qtbot.keyClick(view, Qt.Key.Key_4)  # TARGET
    with Store.open(project) as other:
        stored = other.annotations(doc_id)
        assert other.integrity_check() == "ok"
    mine = [a for a in stored if a.origin == "manual"]
    assert [(a.start, a.end, a.label, a.text) for a in mine] == [(start, start + len(piece), "TARGET", piece)]
    assert {a.id for a in stored} >= {i for i, a in new.items() if a.document_id == doc_id}
    assert len({a.id for a in stored}) == len(stored)
    assert window.errors == []


def other_text(project, doc_id: int) -> str:
    with Store.open(project) as store:
        return store.document(doc_id).text


def test_a_key_on_a_span_the_command_line_removed_says_what_happened(window, project, qtbot, agree, store):
    """`annotator suggest --replace` drops the open suggestions the window still shows; Enter on one
    said only 'no annotation with id 1' (a developer's words, in a box titled 'Not saved')."""
    shown = next(a for a in window.ann_model.annotations() if a.status == "suggested")
    store.update_annotation(shown.id, origin="gazetteer")  # a rule's: --replace drops it (another tool's stays)
    window.select_annotation(shown.id)
    done = subprocess.run([sys.executable, "-m", "annotator", "suggest", str(project), "--replace", "--model", "none"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    before = {(a.id, a.status) for a in store.annotations()}
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)  # accept it
    (message,) = window.errors
    assert "another program" in message and "Ctrl+R" in message and "id " not in message
    assert {(a.id, a.status) for a in store.annotations()} == before  # nothing written
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list, read by a worker
    agree(window)


def test_keys_on_a_document_the_command_line_removed_say_what_happened(window, project, qtbot, agree, store):
    """`annotator remove` while the window shows the document: a label key or the done mark said
    'no document with id 1'."""
    shown = window.doc_id
    name = store.document(shown).name
    done = subprocess.run([sys.executable, "-m", "annotator", "remove", str(project), "--doc", name],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    start = window.text_view.text.index("集美区")
    window.text_view.select_range(start, start + 3)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    window.editing.toggle_done()
    assert len(window.errors) == 2
    assert all("no longer in the project" in m and "Ctrl+R" in m and "id " not in m for m in window.errors)
    assert store.document_id_by_name(name) is None and store.annotations(shown) == []
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list, read by a worker
    assert window.doc_id != shown and shown not in window.doc_model.doc_ids()
    agree(window)


def test_a_document_clicked_after_another_program_removed_it_is_said_not_boxed(window, qtbot, agree, store):
    """`annotator remove` in a terminal, then a click on that document in the window's list (the click
    back into the window holds the mouse button while the window would look): a box 'Cannot open the
    document' said 'no document with id 2', a developer's words; now the list is read again and the
    status bar says why it was not opened."""
    shown = window.doc_id
    view, proxy = window.panel.view, window.panel.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(DOC_ID_ROLE) != shown)
    gone = proxy.index(row, 0).data(DOC_ID_ROLE)
    name = store.document(gone).name
    store.delete_documents([gone])  # as `annotator remove P --doc NAME` does, in another process
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(proxy.index(row, 0)).center())
    assert window.errors == []
    assert window.doc_id == shown and gone not in window.doc_model.doc_ids()
    said = window.statusBar().currentMessage()
    assert "another program removed" in said and name in said, said
    agree(window)
