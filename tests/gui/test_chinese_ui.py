"""The Chinese interface has no English left: every visible text of the window — menus and their
actions, the form, the annotation table (headers; label, status and origin cells; tooltips with
the suggesters' reasons), the filters, the docks (guide, statistics, adjudication), the status
bar, the undo step names — and of the dialogs one opens from it, walked widget by widget on the
demo project with suggestions, links and an adjudicated span. Back in English, no Chinese is
left in the chrome (data — article text, file names, span texts — aside)."""
from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QTabBar,
    QWidget,
)

from annotator.core.labels import QUALIFIERS
from annotator.core.store import Store
from annotator.core.suggest.amount import CURRENCIES
from annotator.demo import ensure_demo
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.label_editor import LabelEditorDialog
from annotator.gui.dialogs.model_settings import ModelSettingsDialog
from annotator.gui.dialogs.new_project import NewProjectDialog
from annotator.gui.dialogs.search_dialog import SearchDialog
from tests.gui.menus import menu_finder

Display, ToolTip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
CODERS = ("张三", "李四")
ENGLISH = re.compile(r"[A-Za-z]{3,}")
CHINESE = re.compile(r"[\u3400-\u9fff]")
FILE_NAME = re.compile(r"[^\s/\\—]+\.(?:txt|md|docx|jsonl|xlsx|csv|conll|zip)\b")
# English words the Chinese interface may show
ALLOWED = {
    "annotator",  # the program's name
    "English",  # the language menu names each language in itself (中文 in the English one)
    "DOCX", "Excel", "CSV", "JSONL", "CoNLL", "BIO", "doccano", "xlsx", "Stata", "pandas", "Markdown",  # formats, tools
    "Label", "Studio", "JSON", "HTML",  # Label Studio's JSON, the reading export: export formats
    "Ctrl", "Shift", "Alt", "Del", "Enter", "Esc",  # keys
    "demo",  # data: the demo's reviewer, an annotator's name
    *CURRENCIES.values(),  # data: an amount's currency in its value, an ISO 4217 code (USD)
}
# The suggesters' reasons are stored in English; the window translates their phrases
# (gui/reasons.py), so the demo's reasons need no entry here. A reason no rule knows (an imported
# file's, a new suggester's) would show as stored.


def _model_texts(model: QAbstractItemModel, cells: bool) -> Iterable[tuple[str, str]]:
    """(".header" or ".cell[row,column]" / ".cell.tip[…]", text) of a model's headers and cells."""
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps it private: one column
        columns = 1
    for section in range(columns):
        yield ".header", str(model.headerData(section, Qt.Orientation.Horizontal, Display) or "")
    for row in range(model.rowCount(QModelIndex()) if cells else 0):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Display, ToolTip):
                value = index.data(role)
                if isinstance(value, str):
                    yield f".cell{'.tip' if role == ToolTip else ''}[{row},{column}]", value


def widget_texts(root: QWidget, skip_cells: Iterable[QWidget] = ()) -> list[tuple[str, str]]:
    """(where, text) of everything ``root`` and its children show: titles, captions, button and
    action texts, combo items, placeholders, tooltips, item views' headers and cells."""
    found: list[tuple[str, str]] = []
    no_cells = set(map(id, skip_cells))
    menu_of = menu_finder()
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}({w.objectName()})"
        texts = [w.toolTip()]
        if w.isWindow() or isinstance(w, QDockWidget):
            texts.append(w.windowTitle())
        if isinstance(w, QLabel):  # an elided one's whole text (a document's name cut off is no longer data)
            texts.append(w.whole_text() if hasattr(w, "whole_text") else w.text())
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QMenu):
            texts.append(w.title())
        if isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QProgressBar):
            texts.append(w.text())
        texts += [t for a in QWidget.actions(w)
                  for t in (a.text(), a.toolTip(), menu_of(a) and menu_of(a).title() or "")]
        found += [(where, t) for t in texts if t]
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            found += [(where + part, t) for part, t in _model_texts(w.model(), id(w) not in no_cells) if t]
    return found


def english_in(texts: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    bad = []
    for where, text in texts:
        words = [w for w in ENGLISH.findall(FILE_NAME.sub("", text)) if w not in ALLOWED]
        if words:
            bad.append((where, text, words))
    return bad


@pytest.fixture
def demo(tmp_path):
    """The demo project (it carries link suggestions) and two coders' versions of one district."""
    folder = ensure_demo(tmp_path / "示例")
    with Store.open(folder) as store:
        doc = store.documents()[0]
        district = next(a for a in store.annotations(doc.id) if a.label == "DISTRICT" and len(a.text) >= 3)
        store.add_annotation(doc.id, district.start, district.end, "DISTRICT", annotator=CODERS[0])
        store.add_annotation(doc.id, district.start, district.end - 1, "DISTRICT", annotator=CODERS[1])
    return folder


@pytest.fixture
def zh_window(qtbot, demo, settings, monkeypatch):
    from annotator.gui.main_window import MainWindow

    settings.annotator_name = "审核员"
    w = MainWindow(settings)
    monkeypatch.setattr(w, "show_error", lambda title, message: pytest.fail(f"{title}: {message}"))
    w.confirm = lambda question: True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(demo)
    try:
        w.commands.set_language("zh_CN")
        qtbot.waitUntil(lambda: w.window_actions.menus["menu_project"].title() == "标注工程(&P)")
        yield w
    finally:
        w.commands.set_language("en")
        if w.store is not None:
            w.store.close()


def review_a_little(w, qtbot) -> None:
    """Adjudicate a district, accept one suggestion and undo it (so Undo and Redo name steps),
    then select an open suggestion with a link: the form shows status, origin, reason, links."""
    for dock in (w.guide, w.statistics, w.adjudication):
        dock.show()
    panel = w.adjudication
    panel.coders.setText(",".join(CODERS))
    panel.coders.editingFinished.emit()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert any(a.origin == "adjudicated" for a in w.ann_model.annotations())
    qtbot.keyClick(w.text_view, Qt.Key.Key_N)
    qtbot.keyClick(w.text_view, Qt.Key.Key_A)
    w.window_actions.undo.trigger()
    linked = {k.source_id for k in w.store.links(w.doc_id)}
    chosen = next(a for a in w.ann_model.annotations() if a.status == "suggested" and a.id in linked)
    w.select_annotation(chosen.id)
    assert w.form.reason_label.text() and w.form.links_label.text()


def test_the_chinese_interface_shows_no_english(zh_window, qtbot):
    w = zh_window
    review_a_little(w, qtbot)
    # A with the panel open took the suggestion into the gold layer: named so ("接受 … 进入标注层 gold")
    acts = w.window_actions
    assert acts.undo.text().startswith("撤销 裁定") and acts.redo.text().startswith("重做 接受 ")
    assert w.form.label_button("DISTRICT").text() == "1  地区" and w.form.status_label.text() == "待审"
    assert {w.ann_model.index(r, 0).data() for r in range(w.ann_model.rowCount())} <= {"地区", "项目", "金额", "目标"}
    # the annotator filter offers the coders' names (data: "gold" is the adjudicated layer's
    # default name, which the user may change), as the export dialog does
    names = {a.annotator for a in w.ann_model.annotations()}
    listing = ("QComboBox(annotatorFilter)", "QListView().cell")  # the box, and the list it pops up
    texts = [(where, t) for where, t in widget_texts(w) if not (where.startswith(listing) and t in names)]
    texts += [("TextView.tip", w.text_view._tip(a)) for a in w.ann_model.annotations()]
    dialogs = [ExportDialog(w.store, w), LabelEditorDialog(w.store, w, ops=w.ops), NewProjectDialog(w),
               SearchDialog(w.store, w), ModelSettingsDialog(w.commands.model.settings(), w)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        # the label editor's table holds the project's stored names and descriptions: data it edits;
        # the export dialog's annotators are names (the adjudicated layer's is "gold")
        skip = ([dialog.table] if isinstance(dialog, LabelEditorDialog)
                else [dialog.annotators] if isinstance(dialog, ExportDialog) else [])
        texts += widget_texts(dialog, skip_cells=skip)
    shown = {text for _where, text in texts}
    assert "标注工程(&P)" in shown and "接受整个标注工程中的全部(&I)" in shown and "项目(&P)" not in shown
    # the export dialog's line on the annotators ticked names the layers (只勾选了金标准层（gold）): data too
    assert [found for found in english_in(texts) if not set(found[2]) <= names] == []


def test_switching_back_to_english_leaves_no_chinese(zh_window, qtbot):
    w = zh_window
    review_a_little(w, qtbot)
    w.commands.set_language("en")
    qtbot.waitUntil(lambda: w.window_actions.menus["menu_project"].title() == "&Project")
    assert w.form.label_button("DISTRICT").text() == "1  DISTRICT" and w.form.status_label.text() == "suggested"
    assert w.window_actions.undo.text().startswith("&Undo Adjudicate")
    # data in the chrome: span and document texts, names, the project folder, the labels' examples
    data = {"示例", "中文", "审核员", *CODERS, *QUALIFIERS}
    for a in w.store.annotations(w.doc_id):
        data |= {a.text, *map(str, a.value.values())}
    data |= {d.name for d in w.store.documents()} | {d.title for d in w.store.documents()}
    data |= {label.description for label in w.store.labels()}
    skipped = {label.text() for label in (w.form.text_label, w.form.reason_label, w.form.links_label)}
    leftovers = []
    for where, text in widget_texts(w, skip_cells=[w.adjudication.table, w.panel.view]):
        # the span, its reason and links, the table's text and value cells and tooltips: data
        if text in skipped or ".cell" in where and (".tip" in where or not where.endswith((",0]", ",2]", ",4]"))):
            continue
        for piece in sorted(data, key=len, reverse=True):
            text = text.replace(piece, "") if piece else text
        if CHINESE.search(text):
            leftovers.append((where, text))
    assert leftovers == []


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" (Alt+letter in an open menu), lowercased; None without one."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(zh_window, qtbot, language):
    """Alt+V then R must reach one entry: "&Reload from disk" and "Show &rejected spans" shared R,
    "&Larger text" and "&Language" L, "&Delete span" and "Mark document &done" D, "&Next open
    suggestion" and "Annotator &name…" N, "&Import files…" and "Suggest on &import" I."""
    w = zh_window
    w.docks.get("adjudication"), w.docks.get("statistics"), w.docks.get("guide")  # their View entries made
    w.commands.set_language(language)
    title = {"en": "&Project", "zh_CN": "标注工程(&P)"}[language]
    qtbot.waitUntil(lambda: w.window_actions.menus["menu_project"].title() == title)
    clashes = []
    for menu in [w.menuBar(), *w.window_actions.menus.values()]:
        seen: dict[str, str] = {}
        for action in menu.actions():
            letter = _mnemonic(action.text()) if action.isVisible() and not action.isSeparator() else None
            if letter in seen:
                clashes.append((menu.title(), seen[letter], action.text()))
            elif letter:
                seen[letter] = action.text()
    assert clashes == []


def test_the_agreement_table_names_the_labels_in_chinese(zh_window, qtbot):
    """The agreement of two coders: its Label column said DISTRICT, PROJECT… beside 总体."""
    from annotator.core.team.agreement import project_agreement
    from annotator.gui.dialogs.agreement_dialog import AgreementDialog

    dialog = AgreementDialog(project_agreement(zh_window.store, annotators=list(CODERS)), zh_window)
    qtbot.addWidget(dialog)
    labels = {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert labels == {"总体", "地区", "项目", "金额", "目标"}
    texts = [(where, t.replace("、".join(CODERS), "")) for where, t in widget_texts(dialog)]
    assert english_in(texts) == []
    assert "张三、李四" in dialog.note.text() and ", " not in dialog.note.text()  # the enumeration comma


def test_the_agreement_note_lists_the_coders_as_the_language_writes_a_list(zh_window, qtbot):
    """张三、李四 in Chinese; back in English, "张三, 李四"."""
    from annotator.core.team.agreement import project_agreement
    from annotator.gui.dialogs.agreement_dialog import AgreementDialog

    result = project_agreement(zh_window.store, annotators=list(CODERS))
    chinese = AgreementDialog(result, zh_window)
    qtbot.addWidget(chinese)
    assert "：张三、李四。" in chinese.note.text()
    zh_window.commands.set_language("en")
    qtbot.waitUntil(lambda: zh_window.window_actions.menus["menu_project"].title() == "&Project")
    english = AgreementDialog(result, zh_window)
    qtbot.addWidget(english)
    assert english.note.text().startswith("Coders: 张三, 李四. ")


def test_the_statistics_the_progress_and_the_training_line_list_with_the_enumeration_comma(zh_window, qtbot,
                                                                                           monkeypatch):
    """A bar's tooltip (3 已接受、5 待审核…), a suggesting step's labels (地区、项目…) and what the model
    learned from (地区 2、金额 1, now in the Statistics panel) were written with ", " in Chinese."""
    from annotator.gui import tasks
    from annotator.gui.widgets.counts_table import CHART_COLUMN

    w = zh_window
    w.statistics.show()
    qtbot.waitUntil(lambda: w.statistics.project_table.rowCount() > 1)
    tip = w.statistics.project_table.item(0, CHART_COLUMN).toolTip()
    assert tip.count("、") == 2 and ", " not in tip
    steps: list[str] = []
    monkeypatch.setattr(tasks, "SYNC", True)
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [lambda dialog, *_a: steps.append(dialog.labelText())])
    qtbot.keyClick(w.text_view, Qt.Key.Key_F5)  # suggestions: document i of n, the labels being suggested
    labels = [s for s in steps if "地区" in s and "项目" in s]
    assert labels and all("、" in s and ", " not in s for s in labels)
    with qtbot.waitSignal(w.commands.model.trained):
        qtbot.keyClick(w.text_view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "（" in w.statistics.model.model_line.text())  # the spans it learned from, per label
    learned = w.statistics.model.model_line.text()  # the demo's accepted spans: every label, in the project's order
    assert re.search(r"（地区 \d+、项目 \d+、金额 \d+、目标 \d+）", learned) and ", " not in learned, learned


def test_the_question_for_a_folder_that_is_not_empty_lists_its_files_with_the_enumeration_comma(
        zh_window, qtbot, tmp_path):
    from tests.gui.test_new_project import run_dialog, type_path

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("hechi_2015.txt", "binzhou_2024.txt"):
        (folder / name).write_text("河池市", encoding="utf-8")
    asked: list[str] = []
    zh_window.confirm = lambda question: asked.append(question) and False

    def drive(dialog):
        type_path(qtbot, dialog, folder)
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # asked; "No"

    run_dialog(zh_window, qtbot, drive)
    assert len(asked) == 1 and "binzhou_2024.txt、hechi_2015.txt" in asked[0], asked


def _drop(window, paths) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


def test_what_an_import_read_and_suggesting_added_are_said_in_chinese(zh_window, qtbot, tmp_path, monkeypatch):
    """The core's report: 'imported 1 document(s) / skipped …: the same text is already in the project'
    in the box, '3 document(s): 4 new suggestion(s) (AMOUNT 2, DISTRICT 2)' in the status bar."""
    from annotator.gui import messages

    w = zh_window
    w.settings.suggest_on_import = False
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: shown.append((title, text)))
    (tmp_path / "dup.txt").write_text(w.store.document(w.doc_id).text, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "new.txt").write_text("河池市计划投资5亿元。", encoding="utf-8")
    _drop(w, [tmp_path / "dup.txt", tmp_path / "empty.txt", tmp_path / "new.txt"])
    assert shown and shown[0][0] == "导入"
    text = shown[0][1].replace(str(tmp_path), "")
    assert text.splitlines() == ["已导入 1 篇文档", "已跳过 /dup.txt：标注工程中已有相同的文本",
                                 "未能导入 /empty.txt：文件是空的"]
    (tmp_path / "more.txt").write_text("柳州市投资6亿元。", encoding="utf-8")
    _drop(w, [tmp_path / "more.txt"])  # nothing to check: the status bar says it
    assert w.statusBar().currentMessage() == "已导入 1 篇文档"
    qtbot.keyClick(w.text_view, Qt.Key.Key_F5)
    said = w.statusBar().currentMessage()
    assert re.match(r"\d+ 篇文档：新增 \d+ 条建议（.*地区 \d+.*）；新增 \d+ 条关联建议", said), said  # documents once
    assert english_in([("status", said)]) == []


@pytest.mark.parametrize("fmt", ["xlsx", "conll", "facts"])
def test_what_an_export_wrote_is_said_in_chinese(zh_window, qtbot, tmp_path, fmt):
    """'wrote …xlsx: 42 annotation(s) in 1 document(s); 19 fact(s); 7 district(s), …' under the form."""
    dialog = ExportDialog(zh_window.store, zh_window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.path.setText(str(tmp_path / f"out.{'csv' if fmt == 'facts' else fmt}"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    shown = dialog.result_line.text().replace(str(tmp_path), "")
    assert shown.startswith("已") and "写入 /out." in shown and english_in([("result", shown)]) == [], shown
    assert dialog.summary.startswith("wrote ")  # the core's line, as the command line prints it


def test_the_agreement_button_says_in_chinese_why_it_cannot_compute(zh_window, qtbot, monkeypatch):
    """One coder named: the box was titled 'Agreement' (window.tr looked in the window's context) and
    said 'agreement needs two coders; the spans (accepted) in … are by …'."""
    from annotator.gui.dialogs import errors

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, _details: said.append((title, message))])
    panel = zh_window.adjudication
    panel.show()
    panel.coders.setText(CODERS[0])  # typed through an input method: QTest types ASCII only
    panel.agreement_button.setFocus()
    qtbot.keyClick(panel.agreement_button, Qt.Key.Key_Space)
    assert len(said) == 1 and said[0][0] == "一致性", said
    assert said[0][1].startswith("计算一致性需要两名编码员") and "张三、李四" in said[0][1], said
    assert english_in([("box", said[0][1].replace(str(zh_window.store.folder), ""))]) == []
