"""The text of an annotation file (gold and doccano JSON Lines, Label Studio's JSON; the gold files
``annotator evaluate`` scores against): decoded as documents are, so that a gold file saved in GBK,
GB18030, Big5 or UTF-16 reads as its UTF-8 twin does, every offset the same (offsets count code
points of the decoded text).

UTF-8, with a byte-order mark or none, is read as it is (the usual file; each line decoded on its own
when one is broken, so the others are read: :func:`annotator.core.imports.jsonl_lines.read_lines`).
Any other file is read by the documents' own reading (``text.decode``: a byte-order mark, else
GB18030, Big5 or UTF-16 told by how plausible each reading is); a file that reads as no encoding
whole (a line of broken bytes in a UTF-8 file, lines of two encodings pasted together) is None here,
and its lines that are not UTF-8 are each said by :func:`line_not_text`.
"""
from __future__ import annotations

import codecs

from annotator.core.errors import ImportFileError
from annotator.core.imports.text import decode

UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # (also the UTF-32 marks' first bytes)


def decoded(data: bytes, name: str) -> str | None:
    """The text of an annotation file's bytes (the module's docstring); None when it is not text in
    one encoding. A file marked as UTF-16 or UTF-32 that is not valid there is an ImportFileError."""
    if b"\x00" not in data:  # (UTF-16 of ASCII alone is valid UTF-8, its every other byte a NUL)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    try:
        return decode(data, name)[0]
    except ImportFileError:
        if data.startswith(UTF16_MARKS):
            raise
        return None


def line_not_text(byte: int) -> str:
    """Why a line (of a file :func:`decoded` gives None for) is not read: the first of its bytes that is
    not UTF-8 (1 for its first byte), and what to do."""
    return (f"not text in any encoding tried (UTF-8, GB18030, Big5, UTF-16; byte {byte} of the line is not "
            "UTF-8): open the file in a text editor, save it as UTF-8 and try again")


def line_of(data: bytes, at: int) -> tuple[int, int]:
    """(line, byte of that line), both from 1, of the byte at offset ``at`` of ``data``."""
    start = data.rfind(b"\n", 0, at) + 1
    return data.count(b"\n", 0, at) + 1, at - start + 1
