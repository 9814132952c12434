"""What Word shows of a .docx body: its blocks (paragraphs and tables) and each paragraph's text.

python-docx's own text reads the runs of a paragraph and of its hyperlinks only, and a body's or a
cell's paragraphs and tables only where they stand directly in it; what a report holds elsewhere
was lost, or read twice:

- a tracked insertion (w:ins, w:moveTo) shows in Word and is read; a tracked deletion (w:del,
  w:moveFrom) does not and is not; text formatted hidden (w:vanish, its own or its style's:
  ``word_hidden.py``) is not read either; a paragraph
  whose mark is a tracked deletion (two paragraphs joined with changes tracked) runs on into the next
  (:func:`mark_deleted`; ``word.py`` joins them), as Word shows it;
- the runs inside a simple field (w:fldSimple: a DATE, a cross-reference), a smart tag (the dates
  and places Word 2003 tagged), a content control (w:sdt: a template's title and date) and custom
  XML are read, in place; of a field, its result (what Word shows), never its instruction, nor the
  result of a field nested in that instruction (the PAGE an IF tests);
- a content control or custom XML around whole paragraphs or tables (a cover page, a template's
  body) gives them, in order; one still showing its placeholder (a template's prompt, grey in Word) gives nothing;
- a table of contents (a TOC field, and the content control Word and LibreOffice put it in) is left
  out: its lines repeat the report's headings, with page numbers;
- a table cell merged down over several rows (w:vMerge) gives its text once, in its first row; the
  rows below hold an empty cell in its place. A cell merged across columns is one w:tc: read once;
- a symbol inserted from Symbol or Wingdings (w:sym), or typed in such a font, is read as the Unicode
  character it shows (• × ≤ ✓ ●: ``word_symbols.py``), one of unknown meaning as nothing.

Only the Choice of mc:AlternateContent is read (its Fallback is the same content for old readers),
and text boxes are left to the paragraph holding them (``word.py``).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from annotator.core.imports.word_hidden import NONE_HIDDEN, HiddenStyles, vanish
from annotator.core.imports.word_symbols import drawn, symbol

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, R = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}r"
ALT_CHUNK = f"{_W}altChunk"  # content in another format, which Word converts on opening (``word_chunks.py``)
_FLD_CHAR, _INSTR, _SDT = f"{_W}fldChar", f"{_W}instrText", f"{_W}sdt"
# wrappers whose content stands in place of them: a content control, custom XML, the Choice of mc
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_MC}AlternateContent", f"{_MC}Choice"}
# inside a paragraph, besides those: what is read through (an insertion, a link, a field, a smart tag …)
_INLINE = _WRAPPERS | {f"{_W}{name}" for name in ("ins", "moveTo", "hyperlink", "fldSimple", "smartTag", "dir", "bdo")}


def blocks(container: Any) -> Iterator[Any]:
    """The w:p, w:tbl and w:altChunk elements of a body, cell or text box, in order, those inside a content
    control or custom XML included; a table of contents left out (its lines repeat the headings)."""
    yield from _blocks(container, [0])


def _blocks(container: Any, toc: list[int]) -> Iterator[Any]:
    """``toc``: how deep in the fields of a table of contents the blocks are (0: outside one)."""
    for child in container:
        if child.tag == P:
            inside = toc[0] > 0
            _toc_fields(child, toc)
            if not inside and not toc[0]:
                yield child
        elif child.tag in (TBL, ALT_CHUNK) and not toc[0]:
            yield child
        elif child.tag in _WRAPPERS and not placeholder(child) and child.find(
                f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery[@{_W}val='Table of Contents']") is None:
            yield from _blocks(child, toc)


def placeholder(element: Any) -> bool:
    """A content control showing its placeholder (w:showingPlcHdr: 单击或点击此处输入文字。, Click or tap here to
    enter text., grey in Word): a template's prompt left unfilled, no text of the report."""
    if element.tag != _SDT:
        return False
    shown = element.find(f"{_W}sdtPr/{_W}showingPlcHdr")
    return shown is not None and shown.get(f"{_W}val", "true").lower() not in ("0", "false", "off")


def _toc_fields(paragraph: Any, toc: list[int]) -> None:
    """Follows a paragraph's field marks: a TOC field's begin opens a table of contents, which its end
    (after those of the fields inside it: PAGEREF, HYPERLINK) closes."""
    opened = False  # a field begun, its instruction not read yet
    for mark in paragraph.iter(_FLD_CHAR, _INSTR):
        if mark.tag == _INSTR:
            if opened and (mark.text or "").split()[:1] == ["TOC"]:
                toc[0] = 1
            opened = False
            continue
        kind = mark.get(f"{_W}fldCharType")
        if kind == "begin" and toc[0]:
            toc[0] += 1
        elif kind == "begin":
            opened = True
        elif kind == "end" and toc[0]:
            toc[0] -= 1


def rows(table: Any) -> Iterator[list[Any | None]]:
    """The rows of a w:tbl, each its w:tc elements in order; None for a cell continuing a cell merged
    down from the row above (its text is that cell's, read there)."""
    for row in _within(table, TR):
        yield [None if _continues(cell) else cell for cell in _within(row, TC)]


def _within(element: Any, tag: str) -> Iterator[Any]:
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _within(child, tag)


def _continues(cell: Any) -> bool:
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def mark_deleted(paragraph: Any) -> bool:
    """True when the paragraph mark of a w:p is a tracked deletion (w:pPr/w:rPr/w:del or w:moveFrom)."""
    props = paragraph.find(f"{_W}pPr/{_W}rPr")
    return props is not None and (props.find(f"{_W}del") is not None or props.find(f"{_W}moveFrom") is not None)


def paragraph_text(paragraph: Any, styles: HiddenStyles = NONE_HIDDEN) -> str:
    """The text Word shows of a w:p: tab as \\t, a line break (Shift+Enter) as \\n, a page or column break
    as nothing; text boxes and fields' instructions left out, with the results of the fields nested in an
    instruction (the PAGE an IF tests, the IF a QUOTE quotes): Word shows only the outer field's result."""
    out: list[str] = []
    _inline(paragraph, out, [], (styles.characters, styles.paragraph(paragraph)))
    return "".join(out)


def _inline(element: Any, out: list[str], fields: list[bool], hiding: tuple[frozenset[str], bool]) -> None:
    """``fields``: the fields begun and not ended, innermost last, each True while in its instruction;
    ``hiding``: the character styles that hide their text, and whether the paragraph's style hides it."""
    for child in element:
        if child.tag == R:
            _run(child, out, fields, hiding)
        elif child.tag in _INLINE and not placeholder(child):
            _inline(child, out, fields, hiding)


def _run(run: Any, out: list[str], fields: list[bool], hiding: tuple[frozenset[str], bool]) -> None:
    mark = run.find(_FLD_CHAR)
    if mark is not None:
        kind = mark.get(f"{_W}fldCharType")
        if kind == "begin":
            fields.append(True)
        elif kind == "separate" and fields:
            fields[-1] = False
        elif kind == "end" and fields:
            fields.pop()
    props = run.find(f"{_W}rPr")
    hidden = vanish(props)
    if hidden is None:
        style = None if props is None else props.find(f"{_W}rStyle")
        hidden = (style is not None and style.get(f"{_W}val") in hiding[0]) or hiding[1]
    if any(fields) or hidden:
        return
    fonts = None if props is None else props.find(f"{_W}rFonts")
    font = None if fonts is None else fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")
    for child in run:
        tag = child.tag[len(_W):] if child.tag.startswith(_W) else ""
        if tag == "t":
            out.append(drawn(font, child.text or ""))
        elif tag == "sym":
            out.append(symbol(child.get(f"{_W}font"), child.get(f"{_W}char")))
        elif tag in ("tab", "ptab"):
            out.append("\t")
        elif tag == "cr" or (tag == "br" and child.get(f"{_W}type", "textWrapping") == "textWrapping"):
            out.append("\n")
        elif tag == "noBreakHyphen":
            out.append("-")
