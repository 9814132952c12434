"""A researcher using the window in Chinese never meets an English sentence: a scan, not a click-through.

The window, in Chinese, is driven through its main flows (importing articles, good and bad — empty,
binary, in GBK, a broken JSONL line of annotations —, suggesting, accepting and rejecting, an undo
refused because a second writer changed the span, exporting, merging a coder's project, a read-only
project, training and cross-validating the model, a table of metadata, the coders' agreement), and
every text shown to the user is recorded: message and error boxes (``gui/messages``,
``gui/dialogs/errors.HOOKS``), questions, the status bar's messages, and after each flow the texts of
every visible widget (labels, buttons, window titles, tooltips, table headers) and of the menus.

A text is flagged when it holds a run of three or more Latin letters that is not allowed. Allowed
(:data:`ALLOWED`): the paths the flows made (file and folder names), a word with a file suffix
(``a.txt``), the schema's label codes where the window shows them as codes by design, the names of
file formats and programs (SQLite, Excel, CSV, JSONL, Word …), ``annotator`` itself (the program and
its commands: ``annotator restore …``), units and codes (GDP, sha256), Qt's key names. What SQLite
says of a damaged database stays under Show Details, which is not scanned.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import types
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from annotator.core.store import Store
from annotator.gui import messages
from annotator.gui.dialogs import annotation_import_dialog as aid
from annotator.gui.dialogs import errors
from annotator.gui.dialogs.agreement_dialog import show_agreement
from annotator.gui.dialogs.encoding_dialog import EncodingDialog
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.label_editor import LabelEditorDialog
from annotator.gui.dialogs.merge_dialog import MergeDialog
from annotator.gui.main_window import MainWindow
from tests.gui.conftest import DOCS, add_document, build_policy_project
from tests.gui.menus import menu_finder
from tests.gui.test_bad_inputs_zh import export_through_the_menu

# words of three or more Latin letters a Chinese text may hold (besides paths and file names)
ALLOWED = {
    # the schema's label codes, shown as codes where the window names the stored label (the test's own label too)
    "DISTRICT", "PROJECT", "AMOUNT", "TARGET", "POLICY",
    # file formats, programs and encodings named by their own names
    "SQLite", "Excel", "HTML", "CSV", "csv", "JSON", "JSONL", "jsonl", "Lines", "xlsx", "docx", "txt", "conll", "CoNLL",
    "NUL", "Big5", "Word", "WPS", "LibreOffice", "PDF", "PDFs", "OFD", "ofd", "mht", "mhtml", "RTF", "ZIP", "zip",
    "UTF", "GBK", "GB18030", "WAL",
    "Windows", "Latin",  # Windows-1252, Latin-1: the readings offered for a file whose encoding could not be told
    # the program and its commands (annotator restore P, annotator merge, annotator documents P …)
    "annotator", "restore", "merge", "import", "annotations", "documents", "meta",
    # codes and units
    "GDP", "sha256", "CRF", "CRFsuite",
    # the language menu names each language in its own words
    "English",
    # key names of shortcuts shown beside menu entries
    "Ctrl", "Shift", "Alt", "Del", "Delete", "Esc", "Enter", "Return",
}
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")
FILE_NAME = re.compile(r"[\w.-]*\.(?:txt|md|text|docx|jsonl|xlsx|csv|conll|zip|sqlite|db|odt|rtf|xls|pdf)\b")


# a colour (#4e79a7), a command-line option (--encoding), an encoding's name (utf-16-be), a field of a
# JSON Lines file by its key (缺少字段 'text')
CODES = re.compile(r"#[0-9a-fA-F]{6}\b|--[\w-]+|\butf-\d+(?:-[bl]e)?\b|字段 '?\w+'?", re.IGNORECASE)


class Seen:
    """Every text shown, by area: (area, text)."""

    def __init__(self) -> None:
        self.texts: dict[tuple[str, str], None] = {}
        self.paths: list[str] = []
        self.data: set[str] = set()  # what the user typed (an annotator's name, a label's description)

    def add(self, area: str, text: str | None) -> None:
        if isinstance(text, str) and text.strip():
            self.texts.setdefault((area, text), None)

    def english(self, text: str) -> list[str]:
        rest = text
        for path in sorted(self.paths, key=len, reverse=True):  # a path, and a file or folder under it
            rest = re.sub(re.escape(path) + r"[^\s；：，'（）“”]*", " ", rest)
        for pattern in (FILE_NAME, CODES):
            rest = pattern.sub(" ", rest)
        for data in self.data:
            rest = re.sub(rf"\b{re.escape(data)}\b", " ", rest)
        return [w for w in LATIN.findall(rest) if w not in ALLOWED]

    def flagged(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for area, text in self.texts:
            if self.english(text):
                found[area].append(text)
        return dict(found)

    def sweep(self, area: str) -> None:
        """The texts of every visible widget of every top-level window, and the window's menus."""
        for top in QApplication.topLevelWidgets():
            if not top.isVisible() or isinstance(top, QMenu):
                continue
            self.add(f"{area}: window title", top.windowTitle())
            for widget in [top, *top.findChildren(QWidget)]:
                if not widget.isVisible():
                    continue
                self.add(f"{area}: tooltip", widget.toolTip())
                if isinstance(widget, (QLabel, QAbstractButton)):
                    self.add(f"{area}: label", widget.text())
                elif isinstance(widget, QGroupBox):
                    self.add(f"{area}: label", widget.title())
                elif isinstance(widget, QLineEdit):
                    self.add(f"{area}: label", widget.placeholderText())
                elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                    self._cells(area, widget.model())
        for menu in self._menus():
            self.add("menu", menu.title())
            for action in menu.actions():
                self.add("menu", action.text())
                if action.toolTip() != action.text().replace("&", ""):
                    self.add("menu: tooltip", action.toolTip())

    def _cells(self, area: str, model) -> None:
        """A table's or a list's headers and the texts of its first rows (statuses, origins, reasons)."""
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model (its columnCount is private)
            columns = 1
        for c in range(min(columns, 30)):
            self.add(f"{area}: table", model.headerData(c, Qt.Orientation.Horizontal))
        for r in range(min(model.rowCount(QModelIndex()), 50)):
            for c in range(min(columns, 30)):
                index = model.index(r, c)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        self.add(f"{area}: table", value)

    def _menus(self) -> list[QMenu]:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        menu_of = menu_finder()
        menus, todo = [], [menu_of(a) for a in window.menuBar().actions() if menu_of(a) is not None]
        while todo:
            menu = todo.pop()
            menus.append(menu)
            todo += [menu_of(a) for a in menu.actions() if menu_of(a) is not None]
        return menus


@pytest.fixture
def project(tmp_path) -> Path:
    """(Overrides conftest's.) conftest's documents without their made-up suggestions (F5 makes real
    ones, with real reasons), in a folder of a Chinese name."""
    with Store.create(tmp_path / "工程") as store:
        for name, text, _suggestions in DOCS:
            add_document(store, name, text)
    return tmp_path / "工程"


@pytest.fixture
def settings(settings):
    settings.annotator_name = "李明"
    return settings


@pytest.fixture
def seen(window, monkeypatch, sync_tasks, tmp_path, qtbot):
    s = Seen()
    s.paths += [str(tmp_path), str(window.store.folder)]
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, _details: (
        s.add("error box", title), s.add("error box", message))])
    monkeypatch.setattr(window, "show_error", types.MethodType(MainWindow.show_error, window))  # the real one

    def box(area):
        def shown(_parent, title, text):
            s.add(area, title)
            s.add(area, text)
            s.sweep(area)
        return shown

    monkeypatch.setattr(messages, "information", box("message box"))
    monkeypatch.setattr(messages, "warning", box("message box"))
    monkeypatch.setattr(messages, "about", box("message box"))
    monkeypatch.setattr(messages, "confirmed", lambda _p, title, question: (box("question")(_p, title, question),
                                                                            True)[1])
    window.confirm = lambda question: (s.add("question", question), True)[1]
    window.statusBar().messageChanged.connect(lambda text: s.add("status bar", text))
    window.commands.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() == "标注工程(&P)")
    yield s
    window.commands.set_language("en")


def dialog_shown(monkeypatch, seen: Seen, cls, area: str, fill=None, accept: bool = True) -> None:
    """``cls.exec`` shows the dialog, records its texts, lets ``fill`` set it up, and accepts it."""
    def exec_(dialog):
        dialog.show()
        QApplication.processEvents()
        seen.sweep(area)
        if fill is not None:
            fill(dialog)
        seen.sweep(area)
        if accept:
            dialog.accept()
            return QDialog.DialogCode.Accepted
        dialog.reject()
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(cls, "exec", exec_)


def focus_text(window, qtbot) -> None:
    """The window active again (a task's progress dialog took it) and the keys in the article."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)


def test_no_english_in_the_chinese_window(window, seen, qtbot, tmp_path, monkeypatch):
    w = window
    seen.sweep("project open")
    # -- importing articles, good and bad
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / "gbk.txt").write_bytes("厦门市湖里区计划投资55.1亿元建设松元产业园。".encode("gbk"))
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("caf\xe9 na\xefve r\xe9sum\xe9 ".encode("latin-1") * 20)
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    seen.data |= {"café", "naïve", "résumé"}  # latin1.txt's first line, as its readings show it
    dialog_shown(monkeypatch, seen, EncodingDialog, "import: its encoding", accept=False)  # skipped
    w.window_actions["import_folder"].trigger()
    seen.sweep("import")
    # -- suggesting, reviewing
    w.window_actions["suggest"].trigger()
    seen.sweep("suggest")
    w.open_document(w.store.document_id_by_name("a.txt"))
    focus_text(w, qtbot)
    qtbot.keyClick(w.text_view, Qt.Key.Key_N)
    seen.sweep("review")
    span = w.selected_id
    assert span is not None
    qtbot.keyClick(w.text_view, Qt.Key.Key_A)
    # -- an undo refused: a second writer rejected the span accepted here meanwhile
    with Store.open(w.store.folder) as other:
        other.set_status([span], "rejected", "王芳")
    qtbot.keyClick(w.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    seen.sweep("undo")
    qtbot.keyClick(w.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    qtbot.keyClick(w.text_view, Qt.Key.Key_N)
    qtbot.keyClick(w.text_view, Qt.Key.Key_X)
    qtbot.keyClick(w.text_view, Qt.Key.Key_N)
    qtbot.keyClick(w.text_view, Qt.Key.Key_A)
    seen.sweep("review")
    # -- annotations: a broken JSONL line
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT"}) + "\n{broken\n",
                    encoding="utf-8")
    monkeypatch.setattr(aid, "choose_annotation_files", lambda _p: [str(gold)])
    dialog_shown(monkeypatch, seen, aid.AnnotationImportDialog, "import annotations")
    w.window_actions["import_annotations"].trigger()
    # -- a metadata table, bad then good
    table = tmp_path / "meta.csv"
    table.write_text("document,year\nnone.txt,2020\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(table), ""))
    w.window_actions["import_metadata"].trigger()
    table.write_text("document,year\na.txt,2020\n", encoding="utf-8")
    w.window_actions["import_metadata"].trigger()
    # -- export
    for out in (tmp_path / "out.xlsx", tmp_path / "out.jsonl", tmp_path / "nowhere" / "out.xlsx"):
        seen.add("export dialog", export_through_the_menu(w, qtbot, out))
    # -- the export dialog itself, the labels, the model's settings
    for dialog in (ExportDialog(w.store, w), LabelEditorDialog(w.store, w, ops=w.ops)):
        qtbot.addWidget(dialog)
        dialog.show()
        seen.sweep(type(dialog).__name__)
        dialog.close()
    # -- merging a coder's project, then the agreement of the two coders
    coder = tmp_path / "编码员"
    with Store.create(coder) as other:
        for name, text, _suggestions in DOCS:
            doc = add_document(other, name, text)
            start = text.index("区") - 2
            other.add_annotation(doc, start, start + 3, "DISTRICT", status="accepted", annotator="王芳")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(coder))

    def add_folder(dialog):
        dialog.add_folder.click()
        seen.sweep("merge")
        dialog.buttons.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(MergeDialog, "exec", add_folder)
    w.team.merge_action.trigger()
    w.team.merge_action.trigger()  # again: nothing more
    agreement = show_agreement(w, [])
    assert agreement is not None
    qtbot.addWidget(agreement)
    seen.sweep("agreement")
    agreement.close()
    w.adjudication.show()
    seen.sweep("adjudication")
    # -- a read-only project: opened, an edit refused
    read_only = tmp_path / "只读"
    shutil.copytree(w.store.folder, read_only)
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: (
        access(path, mode, *a, **k) and not (mode & os.W_OK and Path(path) == read_only)))
    assert w.open_project(read_only) and w.store.read_only
    w.open_document(w.doc_model.doc_ids()[0])
    focus_text(w, qtbot)
    qtbot.keyClick(w.text_view, Qt.Key.Key_N)
    qtbot.keyClick(w.text_view, Qt.Key.Key_A)
    seen.sweep("read-only")
    monkeypatch.setattr(os, "access", access)
    # -- the model: trained, cross-validated
    policy = build_policy_project(tmp_path / "策略")
    seen.data |= {"ann", "a strategy the report names"}  # its annotator and its label's description
    assert w.open_project(policy)
    focus_text(w, qtbot)
    w.window_actions["train"].trigger()
    seen.sweep("model")
    qtbot.keyClick(w.text_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    part = w.statistics.model
    qtbot.mouseClick(part.evaluate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not part.table.isHidden())
    seen.sweep("model")
    w.window_actions["suggest"].trigger()
    seen.sweep("model")
    w.window_actions["model_settings"].trigger()
    qtbot.waitUntil(w.commands.model.dialog.isVisible)
    seen.sweep("model settings")
    w.commands.model.dialog.reject()
    said = [text for area, text in seen.texts if area == "error box"]
    # the second writer's status is named as the window names it, the broken lines said in Chinese
    assert any("其状态已在另一个窗口或程序中改为 '已拒绝'" in text for text in said), said
    assert any("第 2 行：不是有效的 JSON（第 2 列有误）" in text for text in said), said
    areas = {area.split(":")[0] for area, _text in seen.texts}
    assert {"error box", "message box", "status bar", "question", "menu", "agreement", "model"} <= areas
    assert seen.flagged() == {}
