"""Project › Import the open document again…: a document could be read again only from the encoding dialog
after a text import, and only its spans at the same offsets were kept; a researcher whose PDF or Word file
was fixed, or read better by a newer annotator, had to remove it and import it again, every span lost. Now
the open document is read again from its file (asked for when it is no longer there), in the background
as an import is; the window asks before accepted spans go, naming how many; the spans whose text moved
move with it, with their links; the undo history is cleared as before; a reading that gives the same text
says so and changes nothing."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from annotator.core.imports.documents import import_files
from annotator.gui import tasks
from tests.core.test_import_again_moved import ADDED, EDITED, TEXT


def _choose_in_menu(window, qtbot) -> None:
    """Project › Import the open document again… chosen with the keyboard in the open menu (its &U)."""
    menu = window.window_actions.menus["menu_project"]
    assert window.window_actions["import_again"] in menu.actions()
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: not menu.isVisible())


def _opened(window, store, qtbot, path) -> int:
    """``path`` imported, the window reading it in (Ctrl+R) and opening its document; its spans: 湖里区 and
    松元产业园二期 linked to it, 15亿元 (edited below), accepted; the document marked done (a step to undo)."""
    (doc,) = import_files(store, [path]).imported
    for text, label in (("湖里区", "DISTRICT"), ("松元产业园二期", "PROJECT"), ("15亿元", "AMOUNT")):
        start = TEXT.index(text)
        store.add_annotation(doc.id, start, start + len(text), label, annotator="li")
    district, project, _amount = store.annotations(doc.id)
    store.add_link(project.id, "district", district.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list, read by a worker
    window.open_document(doc.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Mark document done
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    return doc.id


def _asked(window, monkeypatch, answer: bool) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(window, "confirm", lambda question: asked.append(question) or answer)
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    return asked


def test_the_open_document_is_read_again_from_its_file_its_spans_moved(window, store, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "huli_2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    old = _opened(window, store, qtbot, path)
    asked = _asked(window, monkeypatch, True)
    path.write_text(ADDED + EDITED, encoding="utf-8")  # a line added at the top, 15亿元 now 18亿元
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: "imported again" in window.statusBar().currentMessage())

    (question,) = asked
    assert question.startswith("Importing huli_2024.txt again from its file keeps 2 of its 3 accepted span(s)")
    assert "The other 1 accepted span(s) would be removed" in question
    new = store.document_id_by_name("huli_2024.txt")
    assert new == old and store.document(new).text == ADDED + EDITED and window.doc_id == new  # in place
    spans = store.annotations(new)
    assert [(a.text, a.start, a.annotator) for a in spans] == [("湖里区", len(ADDED) + TEXT.index("湖里区"), "li"),
                                                              ("松元产业园二期", len(ADDED) + TEXT.index("松元"), "li")]
    (link,) = store.links(new)
    assert (link.source_id, link.target_id) == (spans[1].id, spans[0].id)
    said = window.statusBar().currentMessage()
    assert said.startswith("huli_2024.txt imported again from its file: 2 accepted span(s) kept, 1 span(s) "
                           "removed.") and "The undo history was cleared" in said
    assert window.undo_stack.count() == 0


def test_no_keeps_the_document_and_a_reading_that_gives_its_text_changes_nothing(window, store, qtbot, tmp_path,
                                                                                monkeypatch):
    path = tmp_path / "huli_2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    old = _opened(window, store, qtbot, path)
    asked = _asked(window, monkeypatch, True)
    _choose_in_menu(window, qtbot)  # the file as it was imported
    qtbot.waitUntil(lambda: "reads the same" in window.statusBar().currentMessage())
    # named once where the file has the document's name (it said "huli_2024.txt reads the same from huli_2024.txt")
    assert window.statusBar().currentMessage() == "huli_2024.txt reads the same from its file: nothing was changed."
    assert asked == [] and window.undo_stack.count() == 1 and window.errors == []

    asked = _asked(window, monkeypatch, False)
    path.write_text(EDITED, encoding="utf-8")
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: bool(asked))
    assert store.document_id_by_name("huli_2024.txt") == old and store.document(old).text == TEXT
    assert len(store.annotations(old)) == 3 and window.undo_stack.count() == 1


def test_a_word_file_no_longer_where_it_was_is_asked_for(window, store, qtbot, tmp_path, monkeypatch):
    import pytest

    docx = pytest.importorskip("docx")

    def save(paragraphs, path):
        document = docx.Document()
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        document.save(path)
        return path

    first = save(TEXT.rstrip("\n").split("\n"), tmp_path / "huli_2024.docx")
    (doc,) = import_files(store, [first]).imported
    text = store.document(doc.id).text
    start = text.index("松元产业园二期")
    store.add_annotation(doc.id, start, start + 7, "PROJECT")
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list, read by a worker
    window.open_document(doc.id)
    first.unlink()
    (tmp_path / "fixed").mkdir()
    fixed = save((ADDED + TEXT).rstrip("\n").split("\n"), tmp_path / "fixed" / "huli_2024.docx")
    offered: list[str] = []

    def dialog(_parent, title, _folder, _kinds):
        offered.append(title)
        return str(fixed), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    _asked(window, monkeypatch, True)
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: "imported again" in window.statusBar().currentMessage())
    assert offered == [f"huli_2024.docx was imported from {first}, which is no longer there: choose its file"]
    new = store.documents()[-1]
    assert new.id == doc.id and new.name == "huli_2024.docx" and new.source_path == str(fixed.resolve())
    (span,) = store.annotations(new.id)
    assert span.text == "松元产业园二期" and span.start == start + len(ADDED)


def test_the_document_read_again_stays_in_its_row_and_open(window, store, qtbot, tmp_path, monkeypatch):
    """It took a new id: its row jumped to the end of the list (ordered by id), below the reports imported
    after it, and every id exported before named nothing. Now its row, id and selection stay."""
    path = tmp_path / "huli_2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    later = tmp_path / "siming_2024.txt"
    later.write_text(TEXT.replace("湖里区", "思明区"), encoding="utf-8")
    old = _opened(window, store, qtbot, path)
    import_files(store, [later])
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # read in: below huli
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list, read by a worker
    listed, row = window.doc_model.doc_ids(), window.doc_model.row_of(old)
    assert listed[-1] != old and window.doc_id == old
    _asked(window, monkeypatch, True)
    path.write_text(ADDED + TEXT, encoding="utf-8")
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: "imported again" in window.statusBar().currentMessage())

    assert window.doc_model.doc_ids() == listed and window.doc_model.row_of(old) == row
    assert window.doc_id == old and window.text_view.text == ADDED + TEXT
    panel = window.panel
    assert panel.proxy.mapToSource(panel.view.currentIndex()).row() == row  # its row marked as the open one
    assert [d.id for d in store.documents()] == listed and store.document(old).done  # its done mark kept


def test_a_file_that_reads_the_same_is_named_once_in_chinese(window, store, qtbot, qapp, tmp_path, monkeypatch):
    """It said "从 huli_2024.txt 读取的 huli_2024.txt 与原来相同", the file and the document by one name twice."""
    from annotator.gui.i18n import install_translator

    path = tmp_path / "huli_2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    _opened(window, store, qtbot, path)
    _asked(window, monkeypatch, True)
    assert install_translator(qapp, "zh_CN")
    try:
        window.window_actions["import_again"].trigger()
        qtbot.waitUntil(lambda: "与原来相同" in window.statusBar().currentMessage())
        assert window.statusBar().currentMessage() == "重新读取 huli_2024.txt 的结果与原来相同：没有任何更改。"
    finally:
        install_translator(qapp, "en")
