"""Content a .docx brings in another format (w:altChunk): a report an office system assembled by
pasting a web page, a text or another .docx into a template. Word converts each such chunk into the
document when it opens the file, and shows its text in place; python-docx sees only the reference, so
the chunk's text was lost without a word (a report of one chunk: "holds no text").

A chunk that is a .docx (merging tools put whole documents in) is read in place as a .docx is, a plain
text chunk as its lines; a chunk of another kind (HTML, a web archive, RTF) is refused, naming the file
and what to do: Word or WPS, opening it, converts the chunks, and the .docx it saves holds them as text.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
MAX_CHUNK_UNCOMPRESSED = 128 * 2**20  # a .docx chunk's parts together, unpacked (as for a .docx: zip bombs)


class ChunkError(ValueError):
    """A chunk that cannot be read: its words finish a sentence that begins with the file's name."""


def load_chunks_as_bytes() -> None:
    """Have python-docx keep each chunk's part as bytes: a .docx chunk has the content type of a document's
    main part, which it would parse as XML, and refuse the whole file (XMLSyntaxError)."""
    from docx.opc.part import Part, PartFactory

    chosen = PartFactory.part_class_selector
    if getattr(chosen, "keeps_chunks", False):
        return

    def selector(content_type: str, reltype: str) -> type[Part] | None:
        if reltype == _CHUNK:
            return Part
        return chosen(content_type, reltype) if chosen is not None else None

    selector.keeps_chunks = True  # type: ignore[attr-defined]
    PartFactory.part_class_selector = selector


def chunk_document(element: Any, document: Any) -> Any | None:
    """The python-docx Document of a .docx chunk (a w:altChunk of ``document``), or None for a text chunk."""
    part = _part(element, document)
    if part.blob[:2] != b"PK":
        return None
    with zipfile.ZipFile(io.BytesIO(part.blob)) as z:
        if sum(info.file_size for info in z.infolist()) > MAX_CHUNK_UNCOMPRESSED:
            raise ChunkError("holds a Word document inside it (altChunk) that unpacks to too much to read")
    import docx

    return docx.Document(io.BytesIO(part.blob))


def chunk_lines(element: Any, document: Any) -> Iterator[str]:
    """The lines of a plain text chunk (its part's content type text/plain)."""
    part = _part(element, document)
    kind = part.content_type.split(";")[0].strip().lower()
    if kind != "text/plain":
        raise ChunkError(f"holds content in another format (altChunk: {kind}) that Word converts when it opens "
                         "the file; open it in Word or WPS, save it as .docx and import that")
    data = part.blob
    text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig", "replace")
    yield from text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _part(element: Any, document: Any) -> Any:
    rid = element.get(f"{_R}id")
    try:
        return document.part.related_parts[rid]
    except KeyError:
        raise ChunkError(f"is damaged: a part it refers to (altChunk {rid}) is missing; open it in Word or WPS, "
                         "save it again and import that") from None
