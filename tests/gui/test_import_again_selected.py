"""Project › Import the selected documents again…: a researcher who upgraded annotator for its better
reader had to open each of 300 documents and choose Import the open document again… on each. Now the
rows selected in the document list (clicks with Ctrl or Shift, Shift+arrows) are read again one after
another in the background, with a bar and Cancel; each is replaced in its own write, its spans moved
with their text; those that would lose accepted spans are named in ONE question at the end (No leaves
them as they were); a file missing is named, not asked for; what was done is said; Cancel stops between
documents, those replaced before staying so."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from annotator.core.imports.documents import import_files
from annotator.gui import messages, tasks
from tests.core.test_import_again_moved import ADDED, EDITED, TEXT

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SIMING = TEXT.replace("湖里区", "思明区")
NAMES = ("huli_2024.txt", "siming_2024.txt", "haicang_2024.txt")


def _imported(window, store, qtbot, tmp_path) -> list[int]:
    """Three reports imported (Ctrl+R: the window reads them in), each with 湖里区 (思明区 …) and
    松元产业园二期 linked to it and 15亿元 accepted; the first marked done (a step to undo)."""
    paths = []
    for name, text in zip(NAMES, (TEXT, SIMING, TEXT.replace("湖里区", "海沧区")), strict=True):
        (path := tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(path)
    ids = [doc.id for doc in import_files(store, paths).imported]
    for doc_id, district in zip(ids, ("湖里区", "思明区", "海沧区"), strict=True):
        text = store.document(doc_id).text
        for words, label in ((district, "DISTRICT"), ("松元产业园二期", "PROJECT"), ("15亿元", "AMOUNT")):
            store.add_annotation(doc_id, text.index(words), text.index(words) + len(words), label, annotator="li")
        place, project, _amount = store.annotations(doc_id)
        store.add_link(project.id, "district", place.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(ids[0])
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Ctrl)  # Mark document done
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    window.settings.suggest_on_import = False
    return ids


def _click_row(window, qtbot, doc_id, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    panel = window.panel
    index = panel.proxy.mapFromSource(window.doc_model.index(window.doc_model.row_of(doc_id), 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier, panel.view.visualRect(index).center())


def _choose_in_menu(window, qtbot, text="Import the selected doc&uments again…") -> None:
    """Project › Import the selected documents again…, named so for the rows selected, chosen with its &U."""
    menu = window.window_actions.menus["menu_project"]
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    assert window.window_actions["import_again"].text() == text
    qtbot.keyClick(menu, Qt.Key.Key_U)


def _answer(qtbot, key) -> list[str]:
    """The window's question (a real Yes / No box) answered with ``key`` when it shows; its text kept."""
    asked: list[str] = []
    timer = QTimer(interval=10)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not asked:
            asked.append(box.text())
            timer.stop()
            qtbot.keyClick(box, key)

    timer.timeout.connect(look)
    timer.start()
    return asked


def _store_holds(store, name):
    doc = store.document_id_by_name(name)
    return doc, store.document(doc).text, [(a.text, a.start) for a in store.annotations(doc)], len(store.links(doc))


def test_two_documents_selected_with_clicks_are_read_again_after_one_question(window, store, qtbot, tmp_path,
                                                                              monkeypatch):
    huli, siming, _haicang = _imported(window, store, qtbot, tmp_path)
    monkeypatch.setattr(tasks, "SYNC", True)
    monkeypatch.setattr(window, "confirm", window._ask_yes_no)  # the real question, answered below
    (tmp_path / NAMES[0]).write_text(ADDED + TEXT, encoding="utf-8")  # a line added at the top: all kept, moved
    (tmp_path / NAMES[1]).write_text(EDITED.replace("湖里区", "思明区"), encoding="utf-8")  # 15亿元 now 18亿元
    _click_row(window, qtbot, huli)
    _click_row(window, qtbot, siming, Ctrl)
    asked = _answer(qtbot, Qt.Key.Key_Y)
    listed = window.doc_model.doc_ids()
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: "imported again" in window.statusBar().currentMessage())

    assert asked == ["1 document(s) would lose accepted spans: their text changed in the file. Importing them again "
                     "keeps the accepted spans whose text the new reading still holds and removes the others, with "
                     "their links, as well as their open suggestions and the rejected ones whose text changed:\n\n"
                     "siming_2024.txt: 1 of its 3 accepted span(s) would be lost\n\nReplace them anyway?"]
    new_huli, text, spans, links = _store_holds(store, NAMES[0])
    assert new_huli == huli and text == ADDED + TEXT and links == 1  # in place
    assert spans == [(w, len(ADDED) + TEXT.index(w)) for w in ("湖里区", "松元产业园二期", "15亿元")]
    new_siming, text, spans, links = _store_holds(store, NAMES[1])
    assert text == EDITED.replace("湖里区", "思明区") and links == 1
    assert spans == [("思明区", TEXT.index("湖里区")), ("松元产业园二期", TEXT.index("松元"))]
    assert window.statusBar().currentMessage() == (
        "2 document(s) imported again (5 of 6 accepted span(s) kept), 0 read the same, 0 with the source file "
        "missing, 0 left as they were. The undo history was cleared; the automatic backup keeps what was there before.")
    assert window.undo_stack.count() == 0 and window.ops.history.steps == ()
    assert new_siming == siming and window.doc_id == siming  # the open document, as it is now
    assert window.doc_model.doc_ids() == listed and window.text_view.text == EDITED.replace("湖里区", "思明区")
    assert window.errors == []


def test_no_leaves_the_document_that_would_lose_spans_and_a_missing_file_is_named(window, store, qtbot, tmp_path,
                                                                                  monkeypatch):
    huli, siming, haicang = _imported(window, store, qtbot, tmp_path)
    monkeypatch.setattr(tasks, "SYNC", True)
    looked: list[str] = []  # the offer to look in another folder (gui/test_import_again_from.py): No
    monkeypatch.setattr(window, "confirm", lambda q: False if "another folder" in q and not looked.append(q)
                        else window._ask_yes_no(q))
    shown: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: shown.append(text))
    (tmp_path / NAMES[0]).write_text(ADDED + TEXT, encoding="utf-8")
    (tmp_path / NAMES[1]).write_text(EDITED.replace("湖里区", "思明区"), encoding="utf-8")
    (tmp_path / NAMES[2]).unlink()
    before = _store_holds(store, NAMES[1])
    _click_row(window, qtbot, huli)
    _click_row(window, qtbot, haicang, Shift)  # the three rows
    asked = _answer(qtbot, Qt.Key.Key_N)
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: bool(shown))

    assert len(looked) == 1 and looked[0].startswith("1 of the 3 documents' files are not where")
    assert len(asked) == 1 and "siming_2024.txt: 1 of its 3 accepted span(s) would be lost" in asked[0]
    assert _store_holds(store, NAMES[1]) == before  # No: as it was, its spans and link there
    assert store.document_id_by_name(NAMES[0]) == huli and store.document(huli).text == ADDED + TEXT  # replaced
    assert store.document_id_by_name(NAMES[2]) == haicang
    (said,) = shown
    assert said.splitlines() == [
        "1 document(s) imported again (3 of 3 accepted span(s) kept), 0 read the same, 1 with the source file missing, "
        "1 left as they were. The undo history was cleared; the automatic backup keeps what was there before.",
        "", "Source file missing:", f"  haicang_2024.txt ({(tmp_path / NAMES[2]).resolve()})",
        "Left as they were (accepted spans would have been lost):", "  siming_2024.txt: 1 of its 3 accepted span(s)"]
    assert window.statusBar().currentMessage() == said.splitlines()[0]


def test_cancel_after_the_first_document_keeps_it_replaced_and_reads_no_more(window, store, qtbot, tmp_path,
                                                                             monkeypatch):
    huli, siming, _haicang = _imported(window, store, qtbot, tmp_path)
    monkeypatch.setattr(tasks, "SYNC", True)  # each report of progress reaches the dialog before the next document
    shown: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: shown.append(text))
    titles: list[str] = []

    def cancel_at_the_second(dialog, done, total, _current):  # Cancel clicked as the second document starts
        titles.append(dialog.windowTitle())
        if (done, total) == (1, 2) and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [cancel_at_the_second])
    for name in NAMES[:2]:
        (tmp_path / name).write_text(ADDED + (tmp_path / name).read_text(encoding="utf-8"), encoding="utf-8")
    before = _store_holds(store, NAMES[1])
    _click_row(window, qtbot, huli)
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Down, Shift)  # the row below selected too, with the keys
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: bool(shown))

    assert titles[0] == "Importing 2 documents again"
    new_huli, text, spans, _links = _store_holds(store, NAMES[0])
    assert new_huli == huli and text.startswith(ADDED) and len(spans) == 3
    assert _store_holds(store, NAMES[1]) == before and before[0] == siming
    (said,) = shown
    assert said == ("1 document(s) imported again (3 of 3 accepted span(s) kept), 0 read the same, 0 with the source "
                    "file missing, 0 left as they were. Cancelled: 1 document(s) not imported again; those replaced "
                    "before stay replaced. The undo history was cleared; the automatic backup keeps what was there "
                    "before.")
    assert window.undo_stack.count() == 0 and window.doc_model.row_of(huli) >= 0


def test_the_menu_names_the_open_document_while_one_row_is_selected(window, store, qtbot):
    menu = window.window_actions.menus["menu_project"]
    one, several = "Import the open doc&ument again…", "Import the selected doc&uments again…"
    for selected, text in ((["a.txt"], one), ([], one), (["a.txt", "b.txt"], several)):
        window.panel.view.clearSelection()
        for i, name in enumerate(selected):
            _click_row(window, qtbot, store.document_id_by_name(name), Ctrl if i else Qt.KeyboardModifier.NoModifier)
        menu.popup(window.mapToGlobal(QPoint(10, 10)))
        qtbot.waitUntil(menu.isVisible)
        assert window.window_actions["import_again"].text() == text
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not menu.isVisible())
    window.commands.set_language("zh_CN")  # two rows still selected
    try:
        menu.popup(window.mapToGlobal(QPoint(10, 10)))
        qtbot.waitUntil(menu.isVisible)
        assert window.window_actions["import_again"].text() == "重新导入选中的文档(&U)…"
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
    finally:
        window.commands.set_language("en")
