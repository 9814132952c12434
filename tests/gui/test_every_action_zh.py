"""Every entry of every menu of the Chinese window, used once, and every panel of the View menu
opened: no English where a Chinese word belongs.

``test_no_english_zh`` follows the main flows; this test walks the menus instead, so an entry added
later is scanned without anyone listing it. The project holds spans of all four labels (suggested,
accepted by two coders "ann" and "bo", and a gold layer), links between them, and the suggestions
Run suggestions (F5) makes with their reasons. Each entry of the menu bar (its submenus too) is
triggered with every modal dialog, message box, question and file chooser shown without its loop
(``exec`` patched): each is shown, its texts recorded, and it is cancelled. After each entry the
texts of every window are recorded, hidden pages of tabs and stacked pages included: labels,
buttons, group boxes, tabs, combo boxes' items, placeholders, tooltips, window titles, tables'
headers and first cells; the status bar's messages after the review keys, too.

The allowlist is ``test_no_english_zh``'s (:data:`ALLOWED`: names of formats and programs, key
names, the label codes) and a few of this test's own (:data:`NAMES`: doccano, Stata, pandas, BIO,
Markdown, the workbook's sheet About), the coders' and the gold layer's names (data the user chose),
the home folder the file chooser lists and the patterns of its filters (*.html). A Chinese sentence
followed by a space (sentences joined as English joins them: "…打开。 再按回车") is flagged too.
"""
from __future__ import annotations

import os
import re
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from annotator.core.store import Store
from annotator.gui.main_window import MainWindow
from tests.gui.conftest import DOCS, add_document
from tests.gui.menus import menu_finder
from tests.gui.test_no_english_zh import Seen

CODERS = ("ann", "bo")
# besides test_no_english_zh's ALLOWED: programs and formats named by their own names in the export
# formats' titles and the guide's (doccano, Label Studio's JSON, Stata, pandas, BIO tags, Markdown); the sheet of the
# workbook named About and the command ``annotator methods`` (the Methods dialog names both)
NAMES = {"doccano", "Label", "Studio", "JSON", "Stata", "pandas", "BIO", "Markdown", "About", "methods"}
GLOB = re.compile(r"\*\.\w+")  # a file chooser's filter: *.html
# Qt's own file chooser before 6.10 writes its Date Modified column in the system's locale (C here: 1 Dec
# 2026 16:30:13), not the application's; 6.10 and later write it in Chinese
QT_DATE = re.compile(r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b") \
    if tuple(int(n) for n in qVersion().split(".")[:2]) < (6, 10) else re.compile(r"(?!)")


class Scan(Seen):
    """:class:`Seen`, reading hidden pages, combo boxes, tabs and plain texts as well."""

    def english(self, text: str) -> list[str]:
        return [word for word in super().english(QT_DATE.sub(" ", GLOB.sub(" ", text))) if word not in NAMES]

    def sweep(self, area: str) -> None:
        super().sweep(area)
        for top in QApplication.topLevelWidgets():
            if not top.isVisible() or isinstance(top, QMenu):
                continue
            for widget in top.findChildren(QWidget):
                if widget.window() is not top:  # a dialog of the window's, shown or not: swept when shown
                    continue
                if isinstance(widget, QTabBar):
                    for i in range(widget.count()):
                        self.add(f"{area}: tab", widget.tabText(i))
                        self.add(f"{area}: tooltip", widget.tabToolTip(i))
                elif isinstance(widget, QComboBox):
                    for i in range(widget.count()):
                        self.add(f"{area}: choice", widget.itemText(i))
                        self.add(f"{area}: tooltip", widget.itemData(i, Qt.ItemDataRole.ToolTipRole))
                elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
                    self.add(f"{area}: placeholder", widget.placeholderText())
                elif isinstance(widget, QDockWidget):
                    self.add(f"{area}: panel title", widget.windowTitle())
                if widget.isVisible():
                    continue
                # a page not shown now (another tab, a hidden row): what it says when it is
                self.add(f"{area}: hidden tooltip", widget.toolTip())
                if isinstance(widget, QAbstractButton) or type(widget).__name__ == "QLabel":
                    self.add(f"{area}: hidden", widget.text())
                elif isinstance(widget, QLineEdit):
                    self.add(f"{area}: hidden", widget.placeholderText())
            self.add(f"{area}: status bar", top.statusBar().currentMessage() if isinstance(top, MainWindow) else "")


@pytest.fixture
def project(tmp_path):
    """conftest's documents and suggestions; two coders' spans of all four labels with links between
    them, and a gold layer taking "ann"'s."""
    folder = tmp_path / "团队"
    with Store.create(folder) as store:
        for name, text, suggestions in DOCS:
            doc = add_document(store, name, text)
            store.add_suggestions(doc, [_suggestion(text, label, piece) for label, piece in suggestions])
        doc = store.document_id_by_name("a.txt")
        text = DOCS[0][1]
        for layer in (*CODERS, "gold"):
            ids = {}
            target = "新增80家国家级高新技术企业" if layer != "bo" else "80家国家级高新技术企业"  # bo differs
            for label, piece in (("DISTRICT", "湖里区"), ("AMOUNT", "55.1亿元"), ("PROJECT", "松元产业园"),
                                 ("TARGET", target)):
                start = text.index(piece)
                [change] = store.add_annotation(doc, start, start + len(piece), label, annotator=layer).changes
                ids[label] = change.after.id
            store.add_link(ids["PROJECT"], "district", ids["DISTRICT"], annotator=layer)
            store.add_link(ids["AMOUNT"], "project", ids["PROJECT"], annotator=layer)
    return folder


def _suggestion(text, label, piece):
    from annotator.core.models import Suggestion

    start = text.index(piece)
    return Suggestion(start, start + len(piece), label, piece, value={}, confidence=0.8,
                      reason="", origin="gazetteer")


@pytest.fixture
def settings(settings):
    settings.annotator_name = "李明"
    return settings


def _modal_free(monkeypatch, scan: Scan, area: list[str]) -> None:
    """Every modal dialog, box, question and file chooser shown, swept and cancelled, without its loop."""

    def shown(dialog: QWidget) -> None:
        dialog.show()
        QApplication.processEvents()
        scan.sweep(f"{area[0]} › {dialog.windowTitle() or type(dialog).__name__}")
        dialog.close()

    def exec_(dialog) -> int:
        shown(dialog)
        return QDialog.DialogCode.Rejected

    def box(icon, default):
        def static(parent, title, text, *_rest, **_kw):
            message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
            shown(message)
            message.deleteLater()
            return default
        return static

    def chooser(empty):
        def static(parent=None, caption="", folder="", kinds="", *_rest, **_kw):
            dialog = QFileDialog(parent, caption, folder or str(scan.paths[0]), kinds)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            shown(dialog)
            dialog.deleteLater()
            return empty
        return static

    def text_asked(parent, title, label, *_rest, **_kw):
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        shown(dialog)
        dialog.deleteLater()
        return "", False

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)  # Qt's own, in its words
    No, Ok = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Ok
    for name, icon, default in (("information", QMessageBox.Icon.Information, Ok),
                                ("warning", QMessageBox.Icon.Warning, Ok),
                                ("critical", QMessageBox.Icon.Critical, Ok),
                                ("question", QMessageBox.Icon.Question, No)):
        monkeypatch.setattr(QMessageBox, name, box(icon, default))
    monkeypatch.setattr(QMessageBox, "about", lambda p, t, x: box(QMessageBox.Icon.Information, None)(p, t, x))
    for name, empty in (("getOpenFileName", ("", "")), ("getOpenFileNames", ([], "")),
                        ("getSaveFileName", ("", "")), ("getExistingDirectory", "")):
        monkeypatch.setattr(QFileDialog, name, chooser(empty))
    monkeypatch.setattr(QInputDialog, "getText", text_asked)


def _entries(window: MainWindow) -> list[tuple[str, QAction]]:
    """(menu path, action) of every entry of the menu bar and its submenus, in the menus' order."""
    found: list[tuple[str, QAction]] = []
    menu_of = menu_finder()

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # (Recent projects fills itself then)
        for action in menu.actions():
            if action.isSeparator():
                continue
            where = f"{path} › {action.text()}"
            if (submenu := menu_of(action)) is not None:
                walk(submenu, where)
            else:
                found.append((where, action))

    for top in window.menuBar().actions():
        if (menu := menu_of(top)) is not None:
            walk(menu, top.text())
    return found


DUMP = os.environ.get("ANNOTATOR_ZH_SCAN_DUMP")  # a file to write every text seen to, for reading them all
# closing the window; the language itself; another project opened (the demo: tests/gui/test_first_hour.py)
SKIPPED = {"quit", "english", "chinese", "open_demo"}


def test_every_menu_entry_and_panel_of_the_chinese_window(window, qtbot, monkeypatch, tmp_path, sync_tasks):
    w = window
    scan = Scan()
    scan.paths += [str(tmp_path), str(w.store.folder), str(Path.home())]  # (the file chooser starts at home)
    scan.data.add(Path.home().name)
    scan.data |= {*CODERS, "gold"}  # the coders' names and the gold layer's, as they were chosen
    monkeypatch.setattr(w, "show_error", types.MethodType(MainWindow.show_error, w))  # the real ones
    monkeypatch.setattr(w, "confirm", w._ask_yes_no)
    w.statusBar().messageChanged.connect(lambda text: scan.add("status bar", text))
    w.commands.set_language("zh_CN")
    qtbot.waitUntil(lambda: w.window_actions.menus["menu_project"].title() == "标注工程(&P)")
    area = ["main window"]
    _modal_free(monkeypatch, scan, area)
    scan.sweep("main window")
    # the review keys, said in the status bar
    w.open_document(w.store.document_id_by_name("a.txt"))
    w.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.text_view)
    for key, modifier in ((Qt.Key.Key_N, None), (Qt.Key.Key_A, None), (Qt.Key.Key_Z, "Ctrl"), (Qt.Key.Key_Y, "Ctrl"),
                          (Qt.Key.Key_N, None), (Qt.Key.Key_X, None), (Qt.Key.Key_L, None), (Qt.Key.Key_D, "Ctrl"),
                          (Qt.Key.Key_P, None), (Qt.Key.Key_D, "Ctrl")):
        mods = Qt.KeyboardModifier.ControlModifier if modifier else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(w.text_view, key, mods)
        scan.sweep("review keys")
    used: list[str] = []
    tried: set[str] = set()
    while True:  # the menus are read again after each entry (the labels' entries are made anew)
        acts = w.window_actions
        steps = {id(acts.undo): "undo", id(acts.redo): "redo"}  # named after the step: once each
        path, action = next(((p, a) for p, a in _entries(w) if steps.get(id(a), p) not in tried), ("", None))
        if action is None:
            break
        tried.add(steps.get(id(action), path))
        name = next((n for n, a in w.window_actions.by_name.items() if a is action), "")
        if name in SKIPPED or not action.isEnabled():
            continue
        before = {id(t) for t in QApplication.topLevelWidgets() if t.isVisible()}
        area[0] = path
        action.trigger()
        QApplication.processEvents()
        scan.sweep(path)
        used.append(path)
        for top in QApplication.topLevelWidgets():  # what it opened without a loop (Search, Methods …)
            if top.isVisible() and id(top) not in before and top is not w:
                top.close()
        w.activateWindow()
    # the panels' buttons that open more: the coders' agreement, the model's scores
    w.adjudication.coders.setText("ann、bo")
    w.adjudication.coders.returnPressed.emit()
    area[0] = "adjudication"
    w.adjudication.agreement_button.click()
    qtbot.waitUntil(lambda: any(t.isVisible() and t is not w and not isinstance(t, QMenu)
                                for t in QApplication.topLevelWidgets()))
    scan.sweep("adjudication › agreement")
    paths = " | ".join(used)
    for expected in ("导出", "统计", "裁定", "关于", "标签", "模型设置", "搜索全部文档"):
        assert expected in paths, paths
    assert len(used) > 40, used
    flagged: dict[str, str] = {}
    for area, text in scan.texts:  # each text once, with the first place it was seen
        if scan.english(text):
            flagged.setdefault(text, area)
    if DUMP:
        Path(DUMP).write_text("\n".join(f"{area}\t{text!r}" for area, text in scan.texts), encoding="utf-8")
    assert flagged == {}, "\n".join(f"{area}: {text!r}" for text, area in flagged.items())
    # Chinese puts no space after its sentences' full-width punctuation (sentences joined for English)
    gaps = {text for _area, text in scan.texts if re.search(r"[。？！；] +\S", text)}
    assert not gaps, gaps
