"""A .docx's footnotes and endnotes: the lines the import puts after the report's text, as the PDF and OFD
imports put a page's footnotes (``pdf_layout.footnotes``): a blank line after the text, then each note
as one line, its number parted from its text by an ideographic space (1　按可比价格计算。).

Word keeps a note's text in word/footnotes.xml (endnotes.xml) and only its reference in the body, which
shows as a raised number and gives no text; python-docx reads neither part, so a note (the 统计口径 of a
growth rate, a source) was lost. The notes are read in the order the body refers to them (the footnotes,
then the endnotes), those of a deleted passage or a compatibility fallback left out; each is numbered
as Word numbers it: on from the start (settings.xml or the last section's w:numStart), in the format set
there (footnotes 1 2 3, endnotes i ii iii unless set otherwise; one restarting on each page or section
is numbered on through the document); a note with a mark of its own (w:customMarkFollows: * or 注) by
that mark, which the body shows as text.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from annotator.core.imports.word_numbers import written

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_GONE = {f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback"}  # a reference inside these is not shown
_KINDS = (("footnote", "decimal"), ("endnote", "lowerRoman"))  # Word's default formats


def note_lines(document: Any, lines: Callable[[Any], Iterable[str]]) -> list[str]:
    """The footnotes, then the endnotes, of a python-docx ``document``, each a line ("1\u3000…"), in the
    order its body refers to them; ``lines`` gives the lines of a note's element (``word.py``)."""
    from docx.oxml import parse_xml

    body = document.element.body
    out: list[str] = []
    for kind, default in _KINDS:
        part = next((rel.target_part for rel in document.part.rels.values()
                     if not rel.is_external and rel.reltype == _RELS + f"{kind}s"), None)
        if part is None:
            continue
        notes = {note.get(f"{_W}id"): note for note in parse_xml(part.blob).iter(f"{_W}{kind}")}
        fmt, number = _numbering(document, body, kind, default)
        for ref in body.iter(f"{_W}{kind}Reference"):
            if any(up.tag in _GONE for up in ref.iterancestors()):
                continue
            custom = ref.get(f"{_W}customMarkFollows") in ("1", "true", "on")
            mark = _custom_mark(ref) if custom else written(number, fmt)
            number += 0 if custom else 1
            note = notes.get(ref.get(f"{_W}id"))
            text = "" if note is None else " ".join(line.strip() for line in lines(note) if line.strip())
            if custom and mark and text.startswith(mark):  # the note shows its mark as text too
                text = text[len(mark):].strip()
            if text:
                out.append(f"{mark}\u3000{text}" if mark else text)
    return out


def _numbering(document: Any, body: Any, kind: str, default: str) -> tuple[str, int]:
    """(format, first number) of the ``kind`` notes: the last section's, else the document settings'."""
    fmt, start = None, None
    for props in (body.find(f"{_W}sectPr/{_W}{kind}Pr"), _settings(document, kind)):
        if props is None:
            continue
        fmt = fmt or _val(props, "numFmt")
        start = start or _val(props, "numStart")
    try:
        first = int(start) if start else 1
    except ValueError:
        first = 1
    return fmt or default, first


def _settings(document: Any, kind: str) -> Any:
    try:
        return document.settings.element.find(f"{_W}{kind}Pr")
    except (KeyError, AttributeError, NotImplementedError):
        return None


def _val(props: Any, name: str) -> str | None:
    child = props.find(f"{_W}{name}")
    return None if child is None else child.get(f"{_W}val")


def _custom_mark(reference: Any) -> str:
    """The mark of a note that brings its own (the text of the run after its reference: *, 注)."""
    run = reference.getparent()
    following = run.getnext() if run is not None else None
    return "" if following is None else "".join(t.text or "" for t in following.iter(f"{_W}t")).strip()
