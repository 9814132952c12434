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

Within :func:`read_as` (``annotator import-annotations --encoding NAME``) every file is read in the
encoding chosen, as ``annotator import --encoding`` reads documents: one that does not decode in it,
or reads as characters unusual in Chinese or Latin text (a GBK file read as UTF-16), is an
ImportFileError naming the file, the encoding and the one it reads as, if any; nothing of it is stored.
"""
from __future__ import annotations

import codecs
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from annotator.core.errors import ImportFileError
from annotator.core.imports.plausibility import PLAUSIBLE_SHARE, plausibility
from annotator.core.imports.text import check_encoding, decode, shown

UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # (also the UTF-32 marks' first bytes)
_CHOSEN: ContextVar[str | None] = ContextVar("annotation_encoding", default=None)  # read_as's


@contextmanager
def read_as(encoding: str | None) -> Iterator[None]:
    """Within it, annotation files are read in ``encoding`` (checked: an AnnotatorError for no text
    encoding) rather than as told by their bytes; None: told, as outside it."""
    token = _CHOSEN.set(encoding and check_encoding(encoding))
    try:
        yield
    finally:
        _CHOSEN.reset(token)


def decoded(data: bytes, name: str) -> str | None:
    """The text of an annotation file's bytes (the module's docstring); None when it is not text in
    one encoding. A file marked as UTF-16 or UTF-32 that is not valid there is an ImportFileError, and so
    is one that does not read in the encoding chosen (:func:`read_as`)."""
    chosen = _CHOSEN.get()
    if chosen is not None:
        return _as_chosen(data, name, chosen)
    told = _told(data, name)
    return None if told is None else told[0]


def _told(data: bytes, name: str) -> tuple[str, str] | None:
    """(text, encoding) of the bytes as they tell their encoding; None when they are no one encoding's text."""
    if b"\x00" not in data:  # (UTF-16 of ASCII alone is valid UTF-8, its every other byte a NUL)
        try:
            return data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
    try:
        return decode(data, name)
    except ImportFileError:
        if data.startswith(UTF16_MARKS):
            raise
        return None


def _as_chosen(data: bytes, name: str, chosen: str) -> str:
    """The bytes read in the encoding the user chose; an ImportFileError when they are not its text."""
    text = decode(data, name, chosen)[0]  # an ImportFileError naming the file, the encoding and the one it reads as
    share = _plausible(text)
    if share >= PLAUSIBLE_SHARE:
        return text
    try:
        told = _told(data, name)
    except ImportFileError:
        told = None
    hint = f"; it reads as {shown(told[1])}: leave out --encoding" if told is not None and _plausible(
        told[0]) >= PLAUSIBLE_SHARE else ""
    raise ImportFileError(f"{name}: is not {shown(chosen)} text (--encoding {chosen}): {100 - 100 * share:.0f}% of its "
                          f"characters other than ASCII read as characters unusual in Chinese or Latin text{hint}")


def _plausible(text: str) -> float:
    """How plausible ``text``'s characters other than ASCII are (a JSON file's keys and figures read alike
    in most encodings); 1 when it has none."""
    other = "".join(c for c in text if not c.isascii())
    return plausibility(other) if other else 1.0


def line_not_text(byte: int) -> str:
    """Why a line (of a file :func:`decoded` gives None for) is not read: the first of its bytes that is
    not UTF-8 (1 for its first byte), and what to do."""
    return (f"not text in any encoding tried (UTF-8, GB18030, Big5, UTF-16; byte {byte} of the line is not "
            "UTF-8): open the file in a text editor, save it as UTF-8 and try again")


def line_of(data: bytes, at: int) -> tuple[int, int]:
    """(line, byte of that line), both from 1, of the byte at offset ``at`` of ``data``."""
    start = data.rfind(b"\n", 0, at) + 1
    return data.count(b"\n", 0, at) + 1, at - start + 1
