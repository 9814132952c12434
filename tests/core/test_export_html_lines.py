"""The reading export's text opened in LibreOffice Writer (and Word, which researchers use to make a
.docx of it) ran together as one paragraph, while a browser showed its paragraphs apart: the text's
line breaks were only newline characters in a ``white-space: pre-wrap`` block, and LibreOffice ignores
``pre-wrap``. Each line of the text is now a block of its own (``<div class="line">``, an empty line
``<div class="line empty"><br></div>``), still in the ``pre-wrap`` block, so browsers draw it as before
and LibreOffice makes each line a paragraph. Checked on the markup everywhere, and, where LibreOffice is
installed (not in CI), on what it makes of a real report with its gold spans."""
from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser

import pytest
from libreoffice_found import soffice_or_skip
from shared_data import require

from annotator.core.export import html_page
from annotator.core.export.html_spans import Look, text_html
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.models import Annotation
from annotator.core.store import Store

# an indent, spaces, one and two empty lines, a span across a line break, a line break at the end
TEXT = "　　厦门市计划投资5亿元。\n\n湖里区  新增80家\n企业。\n\n\n第三行\n"
REPORT = "hechi_2015"


class Lines(HTMLParser):
    """div.text's lines: each direct child's tag and classes, its text (marks left out), the span ids in
    it; and any text that is not inside a line (a line break LibreOffice would not see)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[bool] = []  # inside div.text: each open element, whether it is a mark
        self.children: list[tuple[str, list[str]]] = []
        self.texts: list[str] = []
        self.ids: list[list[int]] = []
        self.loose: list[str] = []  # text directly in div.text
        self.raw_breaks = 0  # newline characters anywhere in div.text

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        classes = (d.get("class") or "").split()
        if not self.open:
            if tag == "div" and "text" in classes:
                self.open.append(False)
            return
        if tag == "br":
            return
        if len(self.open) == 1:
            self.children.append((tag, classes))
            self.texts.append("")
            self.ids.append([])
        self.open.append("tag" in classes)
        self.ids[-1].extend(int(i) for i in (d.get("data-ids") or "").split())

    def handle_endtag(self, tag):
        if self.open:
            self.open.pop()

    def handle_data(self, data):
        if not self.open:
            return
        self.raw_breaks += data.count("\n")
        if len(self.open) == 1:
            self.loose.append(data)
        elif not any(self.open):
            self.texts[-1] += data


def lines_of(page: str) -> Lines:
    p = Lines()
    p.feed(page)
    p.close()
    return p


def span(doc_id: int, text: str, needle: str, label: str, span_id: int) -> Annotation:
    start = text.index(needle)
    return Annotation(span_id, doc_id, start, start + len(needle), label, needle, {}, "accepted")


def test_each_line_of_the_text_is_a_block_of_its_own_empty_lines_too():
    spans = [span(1, TEXT, "厦门市计划投资5亿元", "TARGET", 1), span(1, TEXT, "5亿元", "AMOUNT", 2),
             span(1, TEXT, "新增80家\n企业", "PROJECT", 3)]  # nested; across a line break
    look = Look({"TARGET": "#b07aa1", "AMOUNT": "#f28e2b", "PROJECT": "#59a14f"})
    page = f'<div class="text">{text_html(TEXT, spans, look)}</div>'
    p = lines_of(page)
    assert p.loose == [] and p.raw_breaks == 0, (p.loose, p.raw_breaks)  # no line break left to pre-wrap
    assert p.texts == TEXT.removesuffix("\n").split("\n")  # a line break that ends the text starts no line
    assert all(tag == "div" and "line" in classes for tag, classes in p.children), p.children
    empty = [i for i, t in enumerate(p.texts) if not t]
    assert [i for i, (_t, classes) in enumerate(p.children) if "empty" in classes] == empty == [1, 4, 5]
    assert page.count('<div class="line empty"><br></div>') == 3
    # the span across the line break: a piece in each line, both with its id
    assert [i for i, ids in enumerate(p.ids) if 3 in ids] == [2, 3]
    assert "5亿元" in p.texts[0] and 2 in p.ids[0] and 1 in p.ids[0]


def test_the_browsers_style_of_the_text_is_as_before(tmp_path):
    """The text block keeps its pre-wrap (its spaces, its indents) and line height; a line adds no margin
    or padding to it; the empty line's one rule is for Qt's rich text (browsers know no such property)."""
    rules = dict(re.findall(r"^([^{@\s][^{]*?)\s*\{([^}]*)\}", html_page.STYLE, re.M))
    assert rules["div.text"].strip() == "white-space: pre-wrap; line-height: 1.9; font-size: 110%;"
    assert rules["div.empty"].strip() == "-qt-paragraph-type: empty;"
    assert not any("line" in selector for selector in rules)


def exported_report(tmp_path):
    """(the page, the text) of the shared report imported with its gold spans and exported."""
    text_file, = require("reports", f"{REPORT}.txt")
    gold, = require("reports", f"{REPORT}.gold.jsonl")
    out = tmp_path / f"{REPORT}.html"
    with Store.create(tmp_path / "project") as store:
        assert not import_files(store, [text_file]).failed
        import_annotations(store, [gold])
        assert html_page.write(store, out).spans > 100
    return out, text_file.read_text(encoding="utf-8")


def test_a_report_exported_with_its_gold_spans_has_one_block_a_line(tmp_path):
    out, text = exported_report(tmp_path)
    p = lines_of(out.read_text(encoding="utf-8"))
    assert p.loose == [] and p.raw_breaks == 0
    assert p.texts == text.removesuffix("\n").split("\n")


@pytest.fixture
def soffice(monkeypatch):
    return soffice_or_skip(monkeypatch, "each line of the HTML export being a block of its own is checked on the "
                                        "markup above")


def test_libreoffice_reads_each_line_of_the_report_as_a_paragraph(soffice, tmp_path):
    """LibreOffice's plain text of the exported page (one line a paragraph): after the heading, the
    metadata and the legend, the report's lines exactly, once the marks of nested spans are left out
    (each a label's name or ``]`` between thin spaces). Before, the report was one line there."""
    out, text = exported_report(tmp_path)
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path / "txt"), str(out)],
                   check=True, capture_output=True, timeout=300)
    read = (tmp_path / "txt" / f"{REPORT}.txt").read_text(encoding="utf-8-sig").rstrip("\n").split("\n")
    read = [re.sub("\u2009[^\u2009]*\u2009", "", line) for line in read]
    want = text.removesuffix("\n").split("\n")
    assert len(want) > 50
    assert read[-len(want):] == want, read[-len(want):][:3]
