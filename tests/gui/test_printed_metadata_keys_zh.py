"""Project › Print… in the Chinese window wrote the document's metadata keys as stored, "date" and "year"
(and "source", "jurisdiction") in English beside Chinese values, while the window's form calls the
jurisdiction 辖区 and the document list the date 日期. Every metadata key the printed page, the form and
the document list show is now named by one function (``gui/display.py: metadata_key_text``); a key of the
user's own stays as they wrote it. (The worktree's .qm is read: its new words, 年份 and 来源.)"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.gui import i18n
from annotator.gui.models.document_list import DATE, TITLE

ROOT = Path(__file__).resolve().parents[2]
META = {"date": "2024-01-25", "year": "2024", "source": "厦门日报", "jurisdiction": "厦门市", "主编": "王某"}
CHINESE = {"date": "日期", "year": "年份", "source": "来源", "jurisdiction": "辖区", "主编": "主编"}


def printed_keys(page: str) -> dict[str, str]:
    """The printed page's metadata table: each value and the key named beside it."""
    return {value: key for key, value in re.findall(r"<tr><th>(.*?)</th><td>(.*?)</td></tr>", page)}


def test_the_printed_page_names_the_metadata_keys_as_the_chinese_window_does(window, qapp, qtbot, monkeypatch):
    from annotator.gui.printing import page_of

    monkeypatch.setattr(i18n, "TRANSLATIONS", ROOT / "resources" / "translations")
    doc = window.store.document_id_by_name("a.txt")
    for key, value in META.items():
        window.store.set_document_metadata(doc, key, value)
    window.open_document(doc)
    assert i18n.install_translator(qapp, "zh_CN")
    shown = printed_keys(page_of(window))
    assert {key: shown[value] for key, value in META.items()} == CHINESE
    from annotator.gui.display import metadata_key_text  # (the one source of their names)

    assert all(metadata_key_text(key) == name for key, name in CHINESE.items())
    # the window names them alike: the form's jurisdiction, the document list's title and date
    caption = window.form._captions["jurisdiction"]
    qtbot.waitUntil(lambda: caption.text() == CHINESE["jurisdiction"])  # (retranslated as the language changed)
    names = window.doc_model
    assert names.headerData(TITLE, Qt.Orientation.Horizontal) == metadata_key_text("title") == "标题"
    assert names.headerData(DATE, Qt.Orientation.Horizontal) == CHINESE["date"]
