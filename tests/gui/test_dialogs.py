"""Dialogs, settings, background tasks and translations, offscreen."""
from __future__ import annotations

import json
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QMainWindow, QPushButton, QSplitter, QTextEdit  # noqa: E402

from annotator.core.errors import ValidationError  # noqa: E402
from annotator.core.imports.documents import import_files  # noqa: E402
from annotator.core.imports.text import sha256, title_of  # noqa: E402
from annotator.core.models import Document  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.gui import i18n, tasks  # noqa: E402
from annotator.gui.dialogs import errors  # noqa: E402
from annotator.gui.dialogs.export_dialog import ExportDialog  # noqa: E402
from annotator.gui.dialogs.label_editor import LabelEditorDialog  # noqa: E402
from annotator.gui.dialogs.search_dialog import SearchDialog  # noqa: E402
from annotator.gui.settings import Settings  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch):
    """Temporary QSettings, errors collected instead of shown, English afterwards."""
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda *a: shown.append(a)])
    yield shown
    app = QCoreApplication.instance()
    if app is not None:
        i18n.install_translator(app, "en")


@pytest.fixture
def shown(_isolated):
    return _isolated


def add_doc(store: Store, name: str, text: str) -> int:
    return store.add_document(Document(None, name, title_of(text), text, sha256(text))).id


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "project")
    yield s
    s.close()


# ------------------------------------------------------------------ labels
def test_label_editor_adds_renames_recolours_and_rekeys(qtbot, store):
    dialog = LabelEditorDialog(store)
    qtbot.addWidget(dialog)
    changes = []
    dialog.labels_changed.connect(lambda: changes.append(1))
    before = len(store.labels())
    assert dialog.table.rowCount() == before

    label = dialog.add_label("POLICY", "#123456")
    assert label is not None and store.label("POLICY").color == "#123456"
    assert dialog.table.rowCount() == before + 1
    row = dialog.table.rowCount() - 1

    dialog.table.item(row, 0).setText("政策")  # editing the name cell renames at once
    assert "政策" in store.label_names() and "POLICY" not in store.label_names()

    dialog.pick_color = lambda initial: QColor("#ff0000")
    assert dialog.choose_color(row)
    assert store.label("政策").color == "#ff0000"
    assert dialog.table.item(row, 1).text() == "#ff0000"

    dialog.table.cellWidget(row, 2).setCurrentText("9")
    assert store.label("政策").shortcut == "9"
    dialog.table.item(row, 3).setText("policies named in the report")
    assert store.label("政策").description == "policies named in the report"
    assert len(changes) == 5


def test_label_editor_shows_refusals_and_rereads_the_store(qtbot, store, shown):
    dialog = LabelEditorDialog(store)
    qtbot.addWidget(dialog)
    first, second = store.label_names()[:2]
    dialog.table.item(1, 0).setText(first)  # a duplicate name is refused
    assert shown and "exists" in shown[-1][1]
    assert dialog.table.item(1, 0).text() == second
    assert store.label_names()[:2] == [first, second]
    assert dialog.add_label(first) is None


def test_label_editor_default_new_label_gets_a_free_name(qtbot, store):
    dialog = LabelEditorDialog(store)
    qtbot.addWidget(dialog)
    a, b = dialog.add_label(), dialog.add_label()
    assert a.name != b.name and a.color != b.color


# ------------------------------------------------------------------ search
def test_search_dialog_lists_hits_with_context(qtbot, store):
    add_doc(store, "a.txt", "集美区推进软件园三期建设。集美区新增就业。")
    add_doc(store, "b.txt", "海沧区没有这个词")
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.search("集美区") == 2
    assert dialog.results.topLevelItem(0).text(0) == "a.txt"
    first = dialog.results.topLevelItem(0)
    assert [first.text(1), first.text(2), first.text(3)] == ["", "集美区", "推进软件园三期建设。集美区新增就业。"]
    second = dialog.results.topLevelItem(1)
    assert (second.text(1), second.text(2)) == ("集美区推进软件园三期建设。", "集美区")
    assert "2" in dialog.count.text()
    assert dialog.search("不存在") == 0


def test_search_context_is_one_line_with_ellipses():
    from annotator.gui.dialogs.search_dialog import context, snippet

    text = "甲" * 30 + "\n\n海沧区  推进\n" + "乙" * 30
    start = text.index("海沧区")
    before, after = context(text, start, start + 3, width=5)
    assert before == "…甲甲甲 " and after == " 推进…"
    assert snippet("海沧区", 0, 3) == "【海沧区】"


def test_search_dialog_emits_code_point_offsets_after_an_emoji(qtbot, store):
    text = "开头😀说明\n𠀋村和翔安区的项目"  # two characters outside the BMP before the hit
    doc_id = add_doc(store, "emoji.txt", text)
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.query.setText("翔安区")
    with qtbot.waitSignal(dialog.hit_activated, timeout=3000) as blocker:
        dialog.query.returnPressed.emit()  # Enter searches at once …
        dialog.query.returnPressed.emit()  # … and a second Enter opens the current hit
    start = text.index("翔安区")
    assert blocker.args == [doc_id, start, start + 3]
    assert text[blocker.args[1]:blocker.args[2]] == "翔安区"


def test_search_dialog_double_click_activates(qtbot, store):
    doc_id = add_doc(store, "a.txt", "一二三翔安区")
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.search("翔安")
    item = dialog.results.topLevelItem(0)
    with qtbot.waitSignal(dialog.hit_activated) as blocker:
        dialog.results.itemActivated.emit(item, 0)
    assert blocker.args == [doc_id, 3, 5]


# ------------------------------------------------------------------ export
@pytest.fixture
def sync_tasks(monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)


def _annotated(store: Store) -> tuple[int, int]:
    a = add_doc(store, "a.txt", "集美区投资5亿元建设软件园。")
    b = add_doc(store, "b.txt", "海沧区新增就业1万人。")
    store.add_annotation(a, 0, 3, "DISTRICT")
    store.add_annotation(a, 5, 8, "AMOUNT", status="suggested", origin="suggester")
    store.add_annotation(b, 0, 3, "DISTRICT")
    return a, b


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "thread"])
def test_export_dialog_writes_jsonl(qtbot, store, tmp_path, monkeypatch, sync):
    monkeypatch.setattr(tasks, "SYNC", sync)
    a, _b = _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    out = tmp_path / "out.jsonl"
    dialog.pick_path = lambda suggested: str(out)
    dialog.browse.click()
    dialog.some_docs.setChecked(True)
    dialog.documents.item(0).setCheckState(dialog.documents.item(0).checkState().Checked)
    summary = dialog.export()
    assert summary == f"wrote 1 line(s) to {out}"
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "集美区", "value": {}}]
    assert dialog.result.text() == summary


def test_export_dialog_doccano_with_suggestions(qtbot, store, tmp_path, sync_tasks):
    _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.set_format("doccano")
    assert dialog.path.text().endswith(".jsonl")
    dialog.path.setText(str(tmp_path / "d.jsonl"))
    dialog.status_boxes["suggested"].setChecked(True)
    assert dialog.export().startswith("wrote 2 line(s)")
    first = json.loads((tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["label"] == [[0, 3, "DISTRICT"], [5, 8, "AMOUNT"]]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "conll"])
def test_export_dialog_writes_every_format(qtbot, store, tmp_path, sync_tasks, fmt):
    pytest.importorskip(f"annotator.core.export.{fmt}")
    _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.jsonl"))
    dialog.set_format(fmt)
    out = tmp_path / f"out.{fmt}"
    assert dialog.path.text() == str(out)  # the suffix follows the format
    summary = dialog.export()
    assert summary is not None and summary.startswith("wrote") and out.stat().st_size > 0


def test_export_dialog_refuses_an_empty_choice(qtbot, store, tmp_path, shown, sync_tasks):
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.status_boxes["accepted"].setChecked(False)
    assert dialog.export() is None
    assert shown and shown[-1][0] == "Nothing exported"


def test_export_dialog_reports_a_failed_write(qtbot, store, tmp_path, shown, sync_tasks):
    _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "no-such-folder" / "x" / "out.jsonl"))
    (tmp_path / "no-such-folder").write_text("a file, not a folder")
    assert dialog.export() is None
    assert shown


# ------------------------------------------------------- small dialogs, errors
def test_name_dialog_strips_and_cancels(qapp, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from annotator.gui.dialogs.name_dialog import ask_annotator_name

    answers = iter([("  李雷 ", True), ("ignored", False)])
    seen = []
    monkeypatch.setattr(QInputDialog, "getText", lambda parent, title, label, mode, text: (
        seen.append(text), next(answers))[1])
    assert ask_annotator_name(None, "old") == "李雷"
    assert ask_annotator_name(None) is None
    assert seen == ["old", ""]


def test_import_dialog_files_or_a_folder(qapp, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from annotator.gui.dialogs.import_dialog import choose_import_paths

    filters = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda parent, title, folder, kinds: (
        filters.append(kinds), (["/a.txt", "/b.docx"], kinds))[1])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda parent, title: "/articles")
    assert choose_import_paths(None, folders=False) == ["/a.txt", "/b.docx"]
    assert "*.docx" in filters[0] and "*.md" in filters[0]
    assert choose_import_paths(None, folders=True) == ["/articles"]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda parent, title: "")
    assert choose_import_paths(None, folders=True) == []


def test_show_error_box_carries_details(qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(errors, "HOOKS", [])
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(
        (box.windowTitle(), box.text(), box.detailedText(), box.icon())) or 0)
    errors.show_error(None, "Title", "One sentence.", "Traceback …")
    assert boxes == [("Title", "One sentence.", "Traceback …", QMessageBox.Icon.Warning)]


# ---------------------------------------------------------------- settings
def test_settings_round_trip(tmp_path):
    path = str(tmp_path / "s.ini")
    s = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert s.font_size == 14 and s.language == "" and s.recent_projects == [] and s.snap_to_words is False
    s.annotator_name = "李雷"
    s.font_size = 18
    s.language = "zh_CN"
    s.snap_to_words = True
    s.show_rejected = True
    s.suggest_on_import = False
    s.last_position = 1234
    for i in range(12):
        s.add_recent(f"/p/{i}")
    s.add_recent("/p/5")
    s.sync()
    t = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert (t.annotator_name, t.font_size, t.language) == ("李雷", 18, "zh_CN")
    assert t.snap_to_words is True and t.show_rejected is True and t.suggest_on_import is False
    assert t.last_position == 1234
    assert t.recent_projects[:3] == ["/p/5", "/p/11", "/p/10"] and len(t.recent_projects) == 10
    t.recent_projects = [f"/q/{i % 3}" for i in range(30)]
    assert t.recent_projects == ["/q/0", "/q/1", "/q/2"]
    t.recent_projects = ["/only"]  # a one-element list survives the INI file
    t.sync()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).recent_projects == ["/only"]
    with pytest.raises(AttributeError):
        t.no_such_option  # noqa: B018


def test_settings_default_location_is_redirected():
    s = Settings()
    assert s.q.organizationName() == "annotator"
    s.font_size = 20
    assert Settings().font_size == 20


def test_window_geometry_and_splitters_round_trip(qtbot, tmp_path):
    path = str(tmp_path / "w.ini")

    def window():
        w = QMainWindow()
        splitter = QSplitter(objectName="mainSplitter")
        splitter.addWidget(QTextEdit())
        splitter.addWidget(QTextEdit())
        w.setCentralWidget(splitter)
        qtbot.addWidget(w)
        return w, splitter

    w, splitter = window()
    w.resize(700, 500)  # inside the offscreen screen (800x600), so no clamping
    w.show()
    splitter.setSizes([100, 700])
    sizes = splitter.sizes()
    s = Settings(QSettings(path, QSettings.Format.IniFormat))
    s.save_window(w)
    s.sync()
    w2, splitter2 = window()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).restore_window(w2)
    w2.show()
    assert w2.size() == w.size()
    assert splitter2.sizes() == sizes


# ------------------------------------------------------------------- tasks
def _articles(tmp_path, n=6):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(f"第{i}篇文章。" + "集美区推进项目建设。" * (200 + i), encoding="utf-8")
    return folder


def press_cancel(dialog):
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button, as a user would


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "thread"])
def test_cancel_midway_leaves_only_whole_documents(qtbot, store, tmp_path, monkeypatch, sync):
    monkeypatch.setattr(tasks, "SYNC", sync)
    folder = _articles(tmp_path)
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS",
                        [lambda dialog, done, total, current: done >= 3 and press_cancel(dialog)])
    def job(job_store, progress, cancelled):
        assert job_store is not store  # a connection of its own

        def step(done, total, current):
            progress(done, total, current)
            pause = threading.Event()
            while done >= 3 and not cancelled() and not pause.wait(0.002):  # thread mode: the GUI presses Cancel
                pass

        return import_files(job_store, [folder], progress=step, cancelled=cancelled)

    report = tasks.run_task(None, "Importing", store.folder, job)
    assert report is not None and report.cancelled
    docs = store.documents()
    assert 3 <= len(docs) < 6
    for doc in docs:
        text = store.document(doc.id).text
        assert text == (tmp_path / "articles" / doc.name).read_text(encoding="utf-8")


def test_run_task_returns_the_result_and_uses_its_own_store(qtbot, store):
    add_doc(store, "a.txt", "文本")
    seen = []

    def job(s, progress, cancelled):
        seen.append(threading.get_ident())
        assert tasks.busy()
        for i in range(500):
            progress(i, 500, f"step {i}")
        return [d.name for d in s.documents()]

    assert tasks.run_task(None, "Reading", store.folder, job) == ["a.txt"]
    assert seen and seen[0] != threading.get_ident()
    assert not tasks.busy()


def test_a_second_task_waits_for_the_first(qtbot, store, monkeypatch):
    """Started while the first runs (say, from a click during its progress), it queues behind it."""
    log: list[str] = []

    def second(s, progress, cancelled):
        log.append("second")
        return "second done"

    nested = []

    def start_second(dialog, done, total, current):
        if not nested:
            nested.append(tasks.run_task(None, "Second", store.folder, second))

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [start_second])

    def first(s, progress, cancelled):
        log.append("first starts")
        progress(0, 2, "a")
        for i in range(200):  # keep the worker busy for a while
            s.documents()
        log.append("first ends")
        return "first done"

    assert tasks.run_task(None, "First", store.folder, first) == "first done"
    assert nested == ["second done"]
    assert log == ["first starts", "first ends", "second"]


def test_run_task_shows_errors(qtbot, store, shown):
    def annotator_error(s, progress, cancelled):
        raise ValidationError("a clear sentence")

    def bug(s, progress, cancelled):
        return 1 / 0

    assert tasks.run_task(None, "Checking", store.folder, annotator_error) is None
    assert shown[-1][:2] == ("Checking", "a clear sentence")
    assert tasks.run_task(None, "Checking", store.folder, bug) is None
    assert "ZeroDivisionError" in shown[-1][2] and "ZeroDivisionError" not in shown[-1][1]
    assert tasks.run_task(None, "Opening", store.folder / "missing", annotator_error) is None
    assert "no such project folder" in shown[-1][1]


# -------------------------------------------------------------------- i18n
def test_chinese_translation_is_installed(qapp):
    assert ("zh_CN", "简体中文") in i18n.available_languages()
    assert i18n.install_translator(qapp, "zh_CN")
    assert QCoreApplication.translate("LabelEditorDialog", "Labels") == "标签"
    assert QCoreApplication.translate("SearchDialog", "Search all documents") == "搜索全部文档"
    assert QCoreApplication.translate("Tasks", "Cancel") == "取消"  # marked through a _tr helper


def test_every_gui_string_has_a_chinese_translation(qapp):
    """The .ts holds every (context, text) the sources ask for, also those lupdate misreads."""
    import importlib.util
    import xml.etree.ElementTree as ET
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "translate_ts", Path(__file__).resolve().parents[2] / "scripts" / "translate_ts.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    literal_pairs = script.literal_pairs

    ts = i18n.TRANSLATIONS / "annotator_zh_CN.ts"
    messages = {(c.findtext("name"), m.findtext("source")): m.find("translation")
                for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    unfinished = [key for key, t in messages.items() if t is None or t.get("type") == "unfinished" or not t.text]
    assert unfinished == []
    missing = [pair for pair in literal_pairs(ts.parent) if pair not in messages]
    assert missing == []
    assert i18n.install_translator(qapp, "zh_CN")
    assert all(QCoreApplication.translate(c, t) != t for c, t in literal_pairs(ts.parent))


def test_dialogs_speak_chinese(qtbot, qapp, store):
    assert i18n.install_translator(qapp, "zh_CN")
    dialog = LabelEditorDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "标签"
    assert dialog.table.horizontalHeaderItem(1).text() == "颜色"
    i18n.install_translator(qapp, "en")


def test_open_dialogs_follow_a_language_switch(qtbot, qapp, store):
    search, export = SearchDialog(store), ExportDialog(store)
    for dialog in (search, export):
        qtbot.addWidget(dialog)
    assert search.windowTitle() == "Search all documents"
    i18n.install_translator(qapp, "zh_CN")
    qtbot.waitUntil(lambda: search.windowTitle() == "搜索全部文档" and export.windowTitle() == "导出标注")
    assert export.all_docs.text() == "全部文档"
    assert [label.text() for label in export.field_labels] == ["格式", "标注", "标签", "文档", "文件"]
    i18n.install_translator(qapp, "en")
    qtbot.waitUntil(lambda: export.windowTitle() == "Export annotations")
    assert i18n.install_translator(qapp, "en")
    assert QCoreApplication.translate("LabelEditorDialog", "Labels") == "Labels"


def test_system_language_falls_back_to_a_file_we_have():
    assert i18n.resolve("zh_TW") == "zh_CN"
    assert i18n.resolve("fr_FR") == "en"
