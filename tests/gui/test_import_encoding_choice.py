"""A file whose encoding cannot be told was refused with advice to use --encoding, which the window
has no way to give: now the window offers its readings (each with its first line as it would read)
and imports the one chosen through the same import with that encoding."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from annotator.core.imports.readings import readings
from annotator.gui import tasks
from annotator.gui.dialogs.encoding_dialog import EncodingDialog

LATIN = "caf\xe9 na\xefve r\xe9sum\xe9 " * 20


def answering(qtbot, act, choose) -> list[str]:
    """Run ``act``; each message box is closed with OK (its text kept), each encoding dialog is
    handed to ``choose`` (which clicks in it)."""
    seen: list[str] = []

    def look() -> None:
        top = QApplication.activeModalWidget()
        if isinstance(top, QMessageBox) and top.isVisible():
            seen.append(top.text())
            top.button(QMessageBox.StandardButton.Ok).click()
        elif isinstance(top, EncodingDialog) and top.isVisible():
            seen.append("dialog: " + top.note.text())
            choose(top)

    timer = QTimer(interval=20)
    timer.timeout.connect(look)
    timer.start()
    try:
        act()
    finally:
        timer.stop()
    return seen


def pick(name: str):
    def choose(dialog: EncodingDialog) -> None:
        rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        row = next(i for i, text in enumerate(rows) if text.startswith(name + ":"))
        dialog.list.setFocus()
        for _ in range(dialog.list.count()):  # to the top, then down to the row by keys
            QTest.keyClick(dialog.list, Qt.Key.Key_Up)
        for _ in range(row):
            QTest.keyClick(dialog.list, Qt.Key.Key_Down)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return choose


def test_a_latin1_file_refused_is_imported_with_the_encoding_chosen_in_the_window(window, store, qtbot, tmp_path,
                                                                                  monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    path = tmp_path / "western.txt"
    path.write_bytes(LATIN.encode("latin-1"))
    seen = answering(qtbot, lambda: window.commands.import_paths([str(path)]), pick("Windows-1252"))
    assert seen and "--encoding" not in seen[0] and "does not read as Chinese or Latin text" in seen[0]
    assert seen[1].startswith("dialog: ") and str(path) in seen[1]
    doc_id = store.document_id_by_name("western.txt")
    assert doc_id is not None
    assert store.document(doc_id).text == LATIN
    assert store.document(doc_id).encoding == "cp1252"


def test_the_readings_show_each_first_line_and_skip_imports_nothing(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    path = tmp_path / "western.txt"
    path.write_bytes(LATIN.encode("latin-1"))
    shown = {r.name: r.first_line for r in readings(path)}
    assert shown["Windows-1252"].startswith("café naïve résumé")
    assert shown["Windows-1252"].endswith("…")  # cut to the preview's length
    before = len(store.documents())

    def skip(dialog: EncodingDialog) -> None:
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())][0].count(":") >= 1
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    answering(qtbot, lambda: window.commands.import_paths([str(path)]), skip)
    assert len(store.documents()) == before


def test_several_undecided_files_take_the_encoding_chosen_for_the_first(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    folder = tmp_path / "western"
    folder.mkdir()
    for i in range(3):
        (folder / f"w{i}.txt").write_bytes((f"{i} " + LATIN).encode("latin-1"))
    dialogs = []

    def rest(dialog: EncodingDialog) -> None:
        dialogs.append(dialog.rest.text())
        qtbot.mouseClick(dialog.rest, Qt.MouseButton.LeftButton)
        pick("Windows-1252")(dialog)

    answering(qtbot, lambda: window.commands.import_paths([str(folder)]), rest)
    assert len(dialogs) == 1 and "2 file(s)" in dialogs[0]
    for i in range(3):
        doc_id = store.document_id_by_name(f"w{i}.txt")
        assert doc_id is not None and store.document(doc_id).text == f"{i} " + LATIN


def test_a_hong_kong_big5_file_is_imported_as_big5_hkscs_in_the_window_asking_nothing(window, store, qtbot, tmp_path,
                                                                                     monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    text = "呢啲係香港嘅報告：政府投資３億元興建新嘅醫院。\n" * 3  # 啲 嘅: Hong Kong's characters, not in Big5
    path = tmp_path / "hk.txt"
    path.write_bytes(text.encode("big5hkscs"))
    seen = answering(qtbot, lambda: window.commands.import_paths([str(path)]), pick("Big5-HKSCS"))
    assert seen == []  # it was refused, then read with Big5-HKSCS picked among the readings
    doc_id = store.document_id_by_name("hk.txt")
    assert doc_id is not None
    assert (store.document(doc_id).text, store.document(doc_id).encoding) == (text, "big5hkscs")
