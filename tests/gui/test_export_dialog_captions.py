"""At an 18-pt interface font the Export dialog's captions sat ~10 px below their fields: QFormLayout
gives the caption of a tall field (the labels' list, the annotators' list, the documents' radio buttons)
up to 7/4 of its own height, and the caption centred its text in that, "Labels" beside the gap between
DISTRICT and PROJECT. Each caption's text now lies level with the first line of its field, in Chinese too
(whose line, in the program's fallback font Noto Sans CJK, is taller than the font's metrics say)."""
from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontDatabase
from pytestqt.exceptions import TimeoutError

from tests.gui.app_start import LAPTOP, large_font_on
from tests.gui.conftest import show_active


def text_middle(caption, dialog) -> int:
    """Where the caption draws the middle of its (one line of) text, in the dialog."""
    rect = caption.contentsRect()
    height = caption.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), 0, caption.text()).height()  # as drawn
    align = caption.alignment()
    if align & Qt.AlignmentFlag.AlignTop:
        y = rect.top() + height // 2
    elif align & Qt.AlignmentFlag.AlignBottom:
        y = rect.bottom() - height // 2
    else:
        y = rect.center().y()
    return caption.mapTo(dialog, QPoint(0, y)).y()


def first_line_middle(widget, dialog) -> int:
    """The middle of the field's first line in the dialog: a list's first row, else the widget's middle."""
    if hasattr(widget, "visualRect"):
        row = widget.visualRect(widget.model().index(0, 0))
        return widget.viewport().mapTo(dialog, row.center()).y()
    return widget.mapTo(dialog, widget.rect().center()).y()


@pytest.fixture(params=["en", "zh_CN", "zh_CN, the system's fallback"])
def language(request, qapp):
    """English, then Chinese as the program starts it (its Chinese fallback font, ``app.run``), then in the
    system's own fallback for Chinese characters: its line 35 px tall where the font's metrics say 28."""
    from annotator.gui.i18n import install_translator

    if request.param != "en":
        if "Noto Sans CJK SC" not in QFontDatabase.families():
            pytest.skip("needs the Noto Sans CJK SC font (fonts-noto-cjk)")
        if request.param == "zh_CN":
            font = QFont(qapp.font())
            font.setFamilies([font.family(), "Noto Sans CJK SC"])
            qapp.setFont(font)  # (font and language put back after the test: conftest's application_as_before)
        assert install_translator(qapp, "zh_CN")
    return request.param


def test_at_18_pt_each_caption_is_level_with_its_field_s_first_line(language, window, qtbot, monkeypatch):
    from annotator.gui.dialogs.export_dialog import ExportDialog

    doc = window.store.document_id_by_name("a.txt")
    for coder in ("ann", "bo"):  # a team: the annotators' list and its caption
        window.store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    with large_font_on(monkeypatch, LAPTOP):
        dialog = show_active(qtbot, ExportDialog(window.store, window))
        qtbot.waitUntil(lambda: dialog.annotators.count() > 0 and dialog.annotators.isVisible())
        fields = (dialog.format, dialog.status_boxes["accepted"], dialog.labels, dialog.annotators,
                  dialog.all_docs, dialog.path)
        assert all(caption.isVisible() for caption in dialog.field_labels)

        def below() -> dict[str, int]:  # each caption's text below its field's first line, in px
            return {caption.text(): text_middle(caption, dialog) - first_line_middle(field, dialog)
                    for caption, field in zip(dialog.field_labels, fields, strict=True)}

        with contextlib.suppress(TimeoutError):  # (the layout settled)
            qtbot.waitUntil(lambda: all(abs(px) <= 2 for px in below().values()), timeout=2000)
        assert all(abs(px) <= 2 for px in below().values()), below()
