"""The reading export (HTML): nested and partly overlapping spans as well-formed markup, each span's
text whole; nothing of the project makes markup; the exports' filters; file names Windows takes."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from annotator.core.export import html_page
from annotator.core.export.formats import export, format_for
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

A = "厦门市计划投资5亿元。\n湖里区 新增80家企业。\n第三行"
B = '<script>alert("x")</script> & 集美区 <b>粗</b>'
VOID = {"meta", "br", "hr", "img", "link", "input"}


class Checked(HTMLParser):
    """Every element closed where it was opened; the text of each piece under a span, by span id; the
    attributes and elements seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.by_id: dict[int, str] = {}
        self.pieces: list[list[int]] = []  # the ids of the open pieces
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text_parts: list[str] = []  # the text of div.text, marks left out, a line break between its lines
        self.in_text = 0
        self.lines = 0  # the lines (div.line) of the div.text open
        self.in_tag = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag in VOID:
            return
        self.stack.append(tag)
        d = dict(attrs)
        ids = [int(i) for i in (d.get("data-ids") or "").split()]
        self.pieces.append(ids)
        if "text" in (d.get("class") or "").split():
            self.in_text, self.lines = len(self.stack), 0
        if self.in_text and "line" in (d.get("class") or "").split():
            self.text_parts.append("\n" if self.lines else "")
            self.lines += 1
        if "tag" in (d.get("class") or "").split():
            self.in_tag += 1

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        d_ids = self.pieces.pop()
        if self.in_text == len(self.stack):
            self.in_text = 0
        self.stack.pop()
        if self.in_tag and tag == "span" and not d_ids and self.in_tag:
            self.in_tag = max(0, self.in_tag - 1)

    def handle_data(self, data):
        ids = self.pieces[-1] if self.pieces else []
        for i in ids:
            self.by_id[i] = self.by_id.get(i, "") + data
        if self.in_text and not self.in_tag:
            self.text_parts.append(data)


def parse(html: str) -> Checked:
    p = Checked()
    p.feed(html)
    p.close()
    assert p.stack == []
    return p


def add(store, doc_id, text, needle, label, value=None, status="accepted", annotator=""):
    start = text.index(needle)
    store.add_annotation(doc_id, start, start + len(needle), label, value=value or {}, status=status,
                         annotator=annotator)


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "proj")
    ids = [s.add_document(Document(None, name, title, t, sha256(t), char_count=len(t))).id
           for name, title, t in (("a.txt", "厦门 报告", A), ("b.txt", 'B "<i>x</i>"', B))]
    add(s, ids[0], A, "厦门市", "DISTRICT", {"name": "厦门市", "code": "350200"})
    add(s, ids[0], A, "计划投资5亿元", "TARGET", {"quantity": 5, "unit": "亿元"})
    add(s, ids[0], A, "5亿元", "AMOUNT", {"yuan": 500_000_000})  # inside the TARGET
    add(s, ids[0], A, "湖里区 新增", "PROJECT")
    add(s, ids[0], A, "新增80家企业", "TARGET", {"quantity": 80, "unit": "家"})  # overlaps the PROJECT partly
    add(s, ids[0], A, "第三", "PROJECT", status="suggested")
    add(s, ids[0], A, "三行", "DISTRICT", status="rejected", annotator="li")
    add(s, ids[1], B, '<script>alert("x")</script>', "PROJECT", annotator="wang")
    add(s, ids[1], B, "集美区", "DISTRICT", {"name": '集美区<"&>', "code": "350211"})
    yield s
    s.close()


def spans_of(store, statuses=("accepted",)):
    return [a for a in store.iter_annotations(statuses=list(statuses))]


def test_nested_and_partly_overlapping_spans_are_well_formed_and_each_span_reads_its_text(store, tmp_path):
    out = tmp_path / "all.html"
    said = export(store, out, statuses=["accepted", "suggested", "rejected"])
    assert said.startswith(f"wrote 2 document(s), 9 span(s) to {out}")
    page = out.read_text(encoding="utf-8")
    p = parse(page)
    for a in spans_of(store, ("accepted", "suggested", "rejected")):
        assert p.by_id[a.id] == a.text, a
    assert "".join(p.text_parts) == A + B  # the text whole, its line breaks kept, nothing added but the marks
    assert p.tags.count("h1") == 2
    assert page.count("page-break-before: always") == 1  # the second document starts a page
    assert "print-color-adjust: exact" in page
    # the inner AMOUNT is marked where it starts and ends, its tooltip names both spans, innermost first
    assert 'title="AMOUNT: 500,000,000 · accepted&#10;TARGET: 5 亿元 · accepted"' in page
    assert ">\u2009AMOUNT\u2009</span>" in page and 'class="tag end"' in page
    assert 'title="DISTRICT: 厦门市 350200 · accepted"' in page


def test_the_legend_counts_each_label_and_the_metadata_heads_the_document(store, tmp_path):
    out = tmp_path / "a.html"
    export(store, out, doc_ids=[1])
    page = out.read_text(encoding="utf-8")
    assert '<h1 id="doc-a-txt">厦门 报告</h1>' in page and "<td>a.txt</td>" in page
    legend = page[page.index('<p class="legend">'):page.index('<div class="text">')]
    for label, n in (("DISTRICT", 1), ("PROJECT", 1), ("AMOUNT", 1), ("TARGET", 2)):
        assert f'>\u2009{label}\u2009</span>&nbsp;<span class="count">{n}</span>' in legend


def test_nothing_from_the_project_makes_markup(store, tmp_path):
    store.add_label('X"><script>', color='red;}</style><script>alert(1)</script>')
    add(store, 2, B, "<b>粗</b>", 'X"><script>')
    out = tmp_path / "b.html"
    export(store, out, doc_ids=[2])
    page = out.read_text(encoding="utf-8")
    p = parse(page)
    assert "script" not in p.tags and "b" not in p.tags and "i" not in p.tags
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'DISTRICT: 集美区&lt;&quot;&amp;&gt; 350211 · accepted' in page
    assert '<h1 id="doc-b-txt">B &quot;&lt;i&gt;x&lt;/i&gt;&quot;</h1>' in page
    assert "red;" not in page and "#888888" in page  # a colour that is no #rrggbb is grey
    styles = [v for k, v in p.attrs if k == "style"]
    assert all("<" not in s and "}" not in s for s in styles)
    assert p.by_id[max(p.by_id)] == "<b>粗</b>"


def test_the_exports_filters_choose_the_spans(store, tmp_path):
    out = tmp_path / "f.html"

    def ids(**filters):
        export(store, out, **filters)
        return set(parse(out.read_text(encoding="utf-8")).by_id)

    by = {(a.text, a.status): a.id for a in spans_of(store, ("accepted", "suggested", "rejected"))}
    accepted = {i for (_t, s), i in by.items() if s == "accepted"}
    assert ids() == accepted  # by default, as every export: the accepted spans
    assert ids(statuses=["suggested"]) == {by[("第三", "suggested")]}
    assert ids(statuses=["accepted"], labels=["TARGET"]) == {by[("计划投资5亿元", "accepted")],
                                                            by[("新增80家企业", "accepted")]}
    assert ids(statuses=["accepted", "rejected"], annotators=["li", "wang"]) == {
        by[("三行", "rejected")], by[('<script>alert("x")</script>', "accepted")]}
    assert "accepted and rejected spans of li, wang" in out.read_text(encoding="utf-8")


def test_html_and_htm_choose_the_format():
    assert format_for("a.html") == "html" and format_for("B.HTM") == "html"


def test_one_file_per_document_with_names_windows_takes(store, tmp_path):
    taken: set[str] = set()
    names = [html_page.file_name(n, taken) for n in
             ("hechi_2015.txt", "HECHI_2015.docx", "con.txt", 'a<b>:"c"|?*.txt', "2015/hechi.txt", "end. .txt",
              "LPT1", "...", "x" * 300 + ".txt")]
    assert names[:4] == ["hechi_2015.html", "HECHI_2015-2.html", "_con.html", "a_b___c____.html"]
    assert names[4] == "2015_hechi.html" and names[5] == "end.html" and names[6] == "_LPT1.html"
    assert names[7] == "document.html" and names[8] == "x" * 100 + ".html"
    folder = tmp_path / "each"
    said = export(store, folder, "html", each=True)
    assert said.startswith(f"wrote 2 document(s), 7 span(s) to {folder}, one file per document")
    assert sorted(p.name for p in folder.iterdir()) == ["a.html", "b.html"]
    page = (folder / "a.html").read_text(encoding="utf-8")
    assert "<title>厦门 报告</title>" in page and "page-break-before" not in page
    parse(page)
