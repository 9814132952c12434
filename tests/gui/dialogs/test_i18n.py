"""Translations: Chinese installed and complete, dialogs follow a language switch."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui import i18n
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.label_editor import LabelEditorDialog
from annotator.gui.dialogs.search_dialog import SearchDialog


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

    checkout = Path(__file__).resolve().parents[3]
    spec = importlib.util.spec_from_file_location("translate_ts", checkout / "scripts" / "translate_ts.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    literal_pairs = script.literal_pairs

    # the checkout's .ts (a wheel ships only the .qm, which install_translator below reads)
    ts = checkout / "resources" / "translations" / "annotator_zh_CN.ts"
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
    assert [label.text() for label in export.field_labels] == ["格式", "标注", "标签", "标注者", "文档", "文件"]
    i18n.install_translator(qapp, "en")
    qtbot.waitUntil(lambda: export.windowTitle() == "Export annotations")
    assert i18n.install_translator(qapp, "en")
    assert QCoreApplication.translate("LabelEditorDialog", "Labels") == "Labels"


def test_system_language_falls_back_to_a_file_we_have():
    assert i18n.resolve("zh_TW") == "zh_CN"
    assert i18n.resolve("fr_FR") == "en"
