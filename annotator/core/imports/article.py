"""The article of a web page: its paragraphs, its heading, the date it was published and by whom.

A small rule, readable and tested on pages laid out as gov.cn sites lay theirs out
(``tests/data/html``), on lxml's HTML parser (python-docx's own dependency; it reads broken markup
as browsers do). A general extractor (trafilatura) was tried on the same pages and left out: it kept
the heading and the navigation of a table layout, joined a table layout's paragraphs, read GB2312 as
GB2312 (―― for ——), put a space where a paragraph's source line broke between two hanzi, returned text
for a login page, and brings some 58 MB of packages (dateparser, babel, justext …).

1. What is never text goes: scripts, styles, comments, forms' fields, frames, ``<head>``,
   ``<nav>``/``<header>``/``<footer>``/``<aside>``, hidden elements, and the blocks whose class or id
   names the page's furniture (nav, menu, breadcrumb, position, share, print, footer, copyright,
   related …) — unless such a block holds half the page's hanzi (a site that calls its article's
   block "print-area" keeps it).
2. Each block (a ``<p>``, ``<div>``, ``<td>`` …) counts the hanzi of its own text, outside its
   links and its inner blocks; a block's score is its count and its child blocks' counts (the
   paragraphs credit the block that holds them). The block with the highest score holds the
   article (or the outermost block around it that adds no hanzi outside links); its sibling blocks
   holding at least ``SIBLING_SHARE`` of its hanzi outside links are part of it too (an article split
   in two parts).
   Under ``MIN_HANZI`` hanzi in all: no article (a login page, a list of links).
3. Its text, in order: each block, ``<br>``, list item and table row ends a line, and so does each
   line of a ``<pre>``; a row's cells are joined by a tab (a cell's lines by a space; a table whose
   cells hold a table or several paragraphs is read as paragraphs). White space is collapsed as a
   browser does, except that a line break of the source between two hanzi (or CJK punctuation) goes
   entirely; ``&nbsp;`` is a space; the full-width spaces that indent a paragraph (　　) are kept, as a
   .txt's are, and so is one of the ``&nbsp;``s that indent a line (``webpage.unindented`` takes them off,
   telling the re-flow the lines they opened) but in a table's cells. Lines of links only (【打印本页】),
   the page's own lines (来源：…, 发布时间：…, 责任编辑：…), empty lines and the page's heading (the title) go.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import lxml.html
from lxml import etree

MIN_HANZI = 50  # an article's block holds at least this many hanzi outside links
SIBLING_SHARE = 0.2
TITLE_LIMIT = 120
_DROPPED = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
            "canvas", "select", "option", "textarea", "button", "input", "head", "nav", "header", "footer",
            "aside", "map", "audio", "video", "title", "meta", "link"}
_FURNITURE = {"nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "dqwz",
              "share", "bdshare", "bdsharebuttonbox", "jiathis", "fenxiang", "print", "tools", "toolbar", "footer",
              "foot", "copyright", "banquan", "sidebar", "related", "xgwz", "comment", "comments", "login", "search",
              "advert", "ads", "pages", "pagination", "header", "weather", "logo", "banner"}
_INLINE = {"a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "img", "kbd", "label", "q", "s", "samp",
           "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr", "time", "mark", "ins", "del",
           "nobr", "o:p"}
_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201d\u2026"
_SOURCE_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t\n\r\f]+")
# control characters a page's text cannot hold (lxml parses them, then refuses them when text is moved: a page
# with one, pasted into a CMS, was "cannot be read (ValueError: All strings must be XML compatible …)")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_PAGE_LINE = re.compile(r"[\s\u3000]*(?:来源|信息来源|文章来源|发布时间|发布日期|发表时间|浏览次数|点击数|"
                        r"阅读次数|字号|责任编辑|编辑|供稿)[:：]")
_DATE_LINE = re.compile(r"(?:发布时间|发布日期|发表时间|发布于|成文日期)[:：]?\s*(\d{4})\s*[-/.年]\s*"
                        r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_SOURCE_LINE = re.compile(r"(?:信息来源|文章来源|来源)[:：][ \t\xa0\u3000]*([^\s|｜:：【\[]{2,40})")
_ISO_DAY = re.compile(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_DATE_METAS = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "og:release_date")
_TITLE_METAS = ("articletitle", "og:title")
_SITE_PART = re.compile(r"\s*(?:_|\||｜|--| - | — )\s*")
_SITE_NAMES = ("人民政府", "政府网", "门户网站", "网站", "网", "首页")  # a <title>'s part that names the site
_CELL = "\ue000"  # between a row's cells until the line is tidied (its white space collapsed), then a tab
_WORDLESS = re.compile(r"[\W_]*")  # no letter, digit or hanzi: the 【】 around a link


@dataclass
class Page:
    """A parsed page: its body (after step 1 above) and its head's metas."""

    root: Any  # lxml.html.HtmlElement
    metas: dict[str, str]
    head_title: str
    everything: str  # the whole page's text, before step 1

    @classmethod
    def parse(cls, markup: str) -> Page:
        markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)  # lxml refuses a str that declares its encoding
        markup = _CONTROLS.sub("", markup).replace("\f", " ")  # (a form feed is white space in HTML)
        try:
            root = lxml.html.document_fromstring(markup)
        except (etree.ParserError, ValueError):  # "Document is empty": nothing but white space or comments
            root = lxml.html.document_fromstring("<html><body></body></html>")
        metas = {(m.get("name") or m.get("property") or "").lower(): (m.get("content") or "").strip()
                 for m in root.iter("meta")}
        head_title = _collapse(" ".join(t.text_content() for t in root.iter("title")))
        everything = root.text_content()  # a 发布时间 line in a block that goes below still dates the page
        _clean(root)
        return cls(root, metas, head_title, everything)

    def text(self) -> str:
        """The article's lines joined by an empty line, or '' when the page holds none."""
        blocks = article_blocks(self.root)
        title = self.title
        heading = next((h for block in blocks for h in block.iter("h1", "h2", "h3")), None)
        if heading is not None and title and _collapse(heading.text_content()) == title:
            _drop(heading)  # the page's heading inside the article's block: the document's title, not a paragraph
        return "\n\n".join(line for block in blocks for line in _lines(block))

    @cached_property
    def title(self) -> str:
        """The article's heading: the CMS's meta, else the first <h1>, else the <title> less the site's name."""
        for key in _TITLE_METAS:
            if self.metas.get(key):
                return _collapse(self.metas[key])[:TITLE_LIMIT]
        for h1 in self.root.iter("h1"):
            if heading := _collapse(h1.text_content()):
                return heading[:TITLE_LIMIT]
        parts = [p for p in _SITE_PART.split(self.head_title) if not p.endswith(_SITE_NAMES)]
        return max(parts, key=len, default="")[:TITLE_LIMIT]  # '' : the text's first line is the title

    def date(self) -> str:
        """The day the page was published as YYYY-MM-DD (its meta, else a 发布时间 line), or ''."""
        found = [_ISO_DAY.match(self.metas[k]) for k in _DATE_METAS if self.metas.get(k)]
        found.append(_DATE_LINE.search(self.everything))
        for match in found:
            if match is not None:
                try:
                    return date(*map(int, match.groups())).isoformat()
                except ValueError:  # 2024-13-45
                    continue
        return ""

    def source(self) -> str:
        """Who published the article: the CMS's ContentSource meta, else the name after 来源：, or ''."""
        line = _SOURCE_LINE.search(self.everything)
        named = _collapse(self.metas.get("contentsource") or (line.group(1) if line else ""))
        return named[:TITLE_LIMIT] if _HANZI.search(named) else ""


def _tag(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _is_block(el: Any) -> bool:
    return isinstance(el.tag, str) and _tag(el) not in _INLINE and _tag(el) != "br"


def _clean(root: Any) -> None:
    """Step 1: what is never the article's text goes (its tail, the text after it, stays)."""
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction, etree.Entity)):
        _drop(el)
    for el in list(root.iter()):
        if _tag(el) in _DROPPED or el.get("hidden") is not None or \
                re.search(r"display\s*:\s*none", el.get("style") or "", re.I):
            _drop(el)
    total = _hanzi_in(root)
    for el in list(root.iter()):
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if el.getparent() is not None and set(re.split(r"[^a-z0-9]+", names)) & _FURNITURE \
                and _hanzi_in(el) * 2 < total:
            _drop(el)


def _drop(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def _hanzi_in(el: Any) -> int:
    return len(_HANZI.findall(el.text_content()))


def _unlinked_hanzi(el: Any) -> int:
    return _hanzi_in(el) - sum(_hanzi_in(a) for a in el.iter("a") if next(a.iterancestors("a"), None) is None)


def _own_hanzi(el: Any) -> int:
    """The hanzi of a block's own text: outside its links and its inner blocks."""
    count = len(_HANZI.findall(el.text or "")) if _tag(el) != "a" else 0
    for child in el:
        if isinstance(child.tag, str) and not _is_block(child) and _tag(child) != "a":
            count += _own_hanzi(child)
        count += len(_HANZI.findall(child.tail or ""))
    return count


def article_blocks(root: Any) -> list[Any]:
    """Step 2: the block holding the article and its siblings that score near it ([] when none)."""
    scores: dict[Any, int] = {}
    for el in root.iter():
        if not _is_block(el) or _tag(el) in ("html", "body"):
            continue
        own = _own_hanzi(el)
        scores[el] = scores.get(el, 0) + own
        parent = el.getparent()
        if parent is not None and _tag(parent) not in ("html", "body"):
            scores[parent] = scores.get(parent, 0) + own
    body_own = sum(_own_hanzi(b) for b in root.iter("body"))
    best = max(scores, key=scores.__getitem__, default=None)  # the first of equals: the outer block
    if best is not None:  # of equals, the innermost (a layout table's row and its one cell)
        best = [el for el in scores if scores[el] == scores[best]][-1]
    if best is None or scores[best] < body_own:  # the text stands in the body itself, lines parted by <br>
        chosen, hanzi = list(root.iter("body")), body_own
    else:
        held = _unlinked_hanzi(best)
        while _tag(best.getparent()) != "body" and _unlinked_hanzi(best.getparent()) == held:
            best = best.getparent()  # a wrapper that adds no text: its siblings are the article's parts
        unlinked = {el: _unlinked_hanzi(el) for el in best.getparent() if _is_block(el) or el is best}  # (a link
        # wrapping the article's block, when neither holds text outside links, is climbed to as well)
        least = max(1.0, SIBLING_SHARE * unlinked[best])
        chosen = [el for el in best.getparent() if el is best or unlinked.get(el, 0) >= least]
        hanzi = sum(unlinked.get(el, 0) for el in chosen)
    return chosen if hanzi >= MIN_HANZI else []


# ------------------------------------------------------------------- step 3: lines
class _Line:
    """A line being collected: all its text, and whether it has any outside links."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.linked = False
        self.plain: list[str] = []

    def add(self, text: str | None, link: bool) -> None:
        if text:
            self.parts.append(text)
            self.linked |= link
            if not link:
                self.plain.append(text)


def _lines(block: Any) -> Iterator[str]:
    lines: list[_Line] = [_Line()]
    _walk(block, lines, False, top=True)
    for line in lines:
        text = _tidy("".join(line.parts)).replace(_CELL, "\t")
        links_only = line.linked and _WORDLESS.fullmatch("".join(line.plain))
        if text.strip(" \u3000\xa0") and not links_only and not _PAGE_LINE.match(text):
            yield text


def _walk(el: Any, lines: list[_Line], outer: bool, top: bool = False) -> None:
    """Adds ``el``'s text to ``lines`` (``outer``: inside a link); its tail too unless ``top``."""
    tag = _tag(el)
    link = outer or tag == "a"
    if tag == "br":
        lines.append(_Line())
    elif tag == "pre":  # text laid out by its own line breaks
        for line in el.text_content().split("\n"):
            lines.append(_Line())
            lines[-1].add(line, link)
        lines.append(_Line())
    elif tag == "table" and _data_table(el):
        lines.append(_Line())
        for row in _rows(el):
            lines[-1].add(_CELL.join(" ".join(line.lstrip("\xa0") for line in _lines(cell)) for cell in row), link)
            lines.append(_Line())
    elif tag:
        block = _is_block(el)
        if block:
            lines.append(_Line())
        lines[-1].add(el.text, link)
        for child in el:
            _walk(child, lines, link)
        if block:
            lines.append(_Line())
    if not top:
        lines[-1].add(el.tail, outer)


def _rows(table: Any) -> Iterator[list[Any]]:
    """A table's rows (not those of tables inside its cells), each as its cells."""
    for row in table.iter("tr"):
        if next(row.iterancestors("table"), None) is table:
            yield [cell for cell in row if _tag(cell) in ("td", "th")]


def _data_table(table: Any) -> bool:
    """A table of figures, not a page's layout: no cell holds a table or more than one paragraph or
    line (a table pasted from Word has a <p> in each cell)."""
    for row in _rows(table):
        for cell in row:
            inner = [_tag(el) for el in cell.iterdescendants()]
            if "table" in inner or sum(tag in ("p", "div", "br", "li") for tag in inner) > 1:
                return False
    return True


def _tidy(text: str) -> str:
    """White space as a browser shows it: a source line break between two CJK characters goes, other
    runs become one space, &nbsp; a space, the line's ends lose spaces (full-width ones stay); &nbsp;s
    opening the line, its indentation, stay as one (a page hard-wrapped by <br> opens its paragraphs so)."""
    text = _SPACES.sub(" ", _SOURCE_BREAK.sub("", text.replace("\u200b", "").replace("\ufeff", "")))
    bare = text.replace("\xa0", " ").strip(" ")
    indented = "\xa0" in text[:len(text) - len(text.lstrip(" \xa0"))]
    return "\xa0" + bare if indented and bare else bare


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\xa0", " ")).strip()
