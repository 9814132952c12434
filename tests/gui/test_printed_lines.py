"""Project › Print… lays the document's page out with Qt's rich text. The reading export's text became
one block a line (``<div class="line">``, so that LibreOffice and Word keep its paragraphs apart) where
it was one ``white-space: pre-wrap`` block of newlines: Qt must draw it as before. An empty line's
``<br>`` drew two lines in Qt until the page's ``div.empty`` rule told it the ``<br>`` only holds the
line open (``-qt-paragraph-type: empty``)."""
from __future__ import annotations

from html import escape

import pytest
from PySide6.QtGui import QTextDocument
from shared_data import require

from annotator.core.export.html_page import PAGE_END, STYLE, page_head
from annotator.core.export.html_spans import Look, text_html

TEXT = "　　厦门市计划投资5亿元。\n\n湖里区  新增80家\n企业。\n\n\n第三行\n"


def height(text_block: str, style: str = STYLE) -> float:
    page = QTextDocument()
    page.setTextWidth(500)
    head = page_head("t", screen=False).replace(STYLE, style)
    page.setHtml(f'{head}<div class="text">{text_block}</div>{PAGE_END}')
    return page.size().height()


@pytest.mark.parametrize("which", ["short", "report"])
def test_qt_draws_the_lines_as_tall_as_the_pre_wrap_text_was(qapp, which):
    text = TEXT if which == "short" else require("reports", "hechi_2015.txt")[0].read_text(encoding="utf-8")
    lines = text_html(text, [], Look({}))
    assert height(lines) == height(escape(text, quote=True))  # the pre-wrap text of before
    assert height(lines, STYLE.replace("div.empty", "div.not-this")) > height(lines)  # the rule does it
