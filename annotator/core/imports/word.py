"""Reading Word documents (.docx): the text of their paragraphs and tables, in document order.

A paragraph is a line; a soft line break (Shift+Enter) inside one of its sentences is layout and
goes (``soft_breaks``), one after a sentence's end stays a line. A table row is a line too, its
cells joined by a tab (a cell merged
across columns counts once, one merged down over rows is read in its first; a cell's own paragraphs
and nested tables are joined by spaces), so
a project and its sum in one row stay in one line, as a sentence would hold them. A paragraph of
a list Word numbers keeps the number shown before it, （一） or 1. (``word_numbers.py``).
A text box (a title block with the date line, a sidebar) gives its lines after the paragraph it
is anchored in, once, though Word saves it twice (a shape and its VML fallback). What is read of
each is what Word shows (``word_text.py``): tracked insertions in, deletions and hidden text out,
fields, smart tags and content controls in place; text hidden by its style too (``word_hidden.py``).
The footnotes and endnotes follow the text, after a blank line, each a line (``word_notes.py``), as
the PDF import puts a page's footnotes. Content in another format (w:altChunk) is read in place where
it is a .docx or plain text, else refused (``word_chunks.py``).

The zip is checked before python-docx sees it (``zip_package.py``): parts that unpack to more than
``MAX_DOCX_UNCOMPRESSED`` in all, or a main part (word/document.xml) over ``MAX_DOCX_XML``, are
refused as a possible zip bomb. A part missing or broken is named (``word_parts.py``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFileError, said
from annotator.core.imports.reflow import ITEM
from annotator.core.imports.text import TextFile, normalise, sha256
from annotator.core.imports.word_chunks import ChunkError, chunk_document, chunk_lines, load_chunks_as_bytes
from annotator.core.imports.word_hidden import HiddenStyles
from annotator.core.imports.word_notes import note_lines
from annotator.core.imports.word_numbers import Numbering
from annotator.core.imports.word_parts import REPAIR, damaged_part
from annotator.core.imports.word_text import ALT_CHUNK, TBL, blocks, mark_deleted, paragraph_text, rows
from annotator.core.imports.zip_package import open_zip, zip_bomb

MAX_DOCX_UNCOMPRESSED = 128 * 2**20  # all parts of a .docx together, unpacked
MAX_DOCX_XML = 32 * 2**20  # its main part, word/document.xml, unpacked
_LOCKED = ("is a password-protected Word document, or an old .doc named .docx; open it in Word or WPS, save it as "
           ".docx without a password and import that")
_DAMAGED = ("is a damaged .docx: its zip archive is cut off or corrupt; open it in Word or WPS (they can often repair "
            "it), save it again and import that")


def read_word_file(path: Path, size: int, encoding: str | None = None) -> TextFile:
    """The reader of the docx import format (``size`` and ``encoding`` do not matter to it)."""
    text = read_docx(path)
    return TextFile(text, "docx", "", sha256(text))


def read_docx(path: Path) -> str:
    """Paragraphs of a .docx joined with newlines; refuses non-zips, damaged zips and zip bombs."""
    with open_zip(path, damaged=_DAMAGED, not_a_zip="is not a valid .docx (not a zip archive)",
                  compound=_LOCKED) as z:  # Word's password protection wraps the zip in a compound file; so is a .doc
        infos = z.infolist()
        total = sum(info.file_size for info in infos)
        main = next((info.file_size for info in infos if info.filename == "word/document.xml"), None)
    if total > MAX_DOCX_UNCOMPRESSED or (main or 0) > MAX_DOCX_XML:
        raise zip_bomb(path, max(total, main or 0), MAX_DOCX_UNCOMPRESSED, MAX_DOCX_XML)
    if main is None:
        raise ImportFileError(f"{path}: is a zip file but not a Word .docx document")
    import docx  # python-docx; imported here so plain-text imports never pay for it

    load_chunks_as_bytes()
    try:
        document = docx.Document(str(path))
        numbers, styles = Numbering(document), HiddenStyles(document)
        notes = note_lines(document, lambda note: _lines(note, numbers, document, styles))
        text = normalise("\n".join(_lines(document.element.body, numbers, document, styles))
                         + ("\n\n" + "\n".join(notes) if notes else ""))
    except ChunkError as e:
        raise ImportFileError(f"{path}: {e}") from e
    except Exception as e:  # python-docx and zipfile raise many kinds for broken parts
        part = damaged_part(path, e)
        if part is not None:
            raise ImportFileError(f"{path}: is a damaged .docx: {part}; {REPAIR}") from e
        raise ImportFileError(f"{path}: cannot read this .docx ({said(e)})") from e
    if not text.strip():
        raise ImportFileError(f"{path}: the document holds no text")
    return text


_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# a soft line break (w:br, Shift+Enter) inside a sentence: after a hanzi or a comma-like mark, before a hanzi,
# a closing mark or a digit (增长 / 6%)
_MID_SENTENCE = re.compile(f"(?<=[{_HAN}，、“‘（《])\n(?=[{_HAN}”’）》0-9])")


def soft_breaks(text: str) -> str:
    """A paragraph's text with the soft line breaks (w:br) that fall inside a sentence removed: in a
    Chinese report they are layout (a line broken to fit, a paragraph pasted from a PDF), and a line
    break would split a name or a sentence that the suggesters and the model read line by line. A break
    after the end of a sentence (。！？；：…, a closing quote after them), before an item or heading
    (一、 （二） 3.) or beside a Latin word stays a line break."""
    if "\n" not in text:
        return text
    return _MID_SENTENCE.sub(lambda m: "" if not ITEM.match(text, m.end()) else "\n", text)


def _lines(container: Any, numbers: Numbering, document: Any, styles: HiddenStyles) -> Iterator[str]:
    """The lines of a body, table cell or text box (an lxml element): each paragraph, each table row, in
    order (``word_text.py``: what Word shows of them)."""
    from docx.text.paragraph import Paragraph

    joined = None  # a paragraph whose mark is a tracked deletion: Word shows it run on into the next one
    for block in blocks(container):
        if block.tag == ALT_CHUNK:
            if joined is not None:
                yield joined
                joined = None
            chunk = chunk_document(block, document)
            yield from (chunk_lines(block, document) if chunk is None
                        else _lines(chunk.element.body, Numbering(chunk), chunk, HiddenStyles(chunk)))
        elif block.tag == TBL:
            if joined is not None:
                yield joined
                joined = None
            for row in rows(block):
                cells = ["" if cell is None else " ".join(line for line in _lines(cell, numbers, document, styles)
                                                          if line.strip()) for cell in row]
                if any(c.strip() for c in cells):
                    yield "\t".join(cells)
        else:
            boxes = list(_text_boxes(block, numbers, document, styles))
            text = soft_breaks(paragraph_text(block, styles))
            hidden = styles.mark(block)  # its number is hidden with it
            label = numbers.label(Paragraph(block, document))
            line = text if joined is not None or hidden else label + text
            line, joined = (joined or "") + line, None
            if mark_deleted(block) or hidden:
                joined = line
            elif line or not boxes:
                yield line
            yield from boxes
    if joined is not None:
        yield joined


def _text_boxes(paragraph: Any, numbers: Numbering, document: Any, styles: HiddenStyles) -> Iterator[str]:
    """The lines of the text boxes anchored in ``paragraph`` (a w:p: a title block, a sidebar), which
    its text leaves out: each box once (Word writes it twice, as a DrawingML shape and as its VML
    fallback for old readers), a box inside a box with the outer one."""
    for box in paragraph.iter(_TXBX):
        if any(up.tag in (_FALLBACK, _TXBX) for up in box.iterancestors()):
            continue
        yield from _lines(box, numbers, document, styles)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TXBX = f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
