"""Reading text files into normalised text: encodings, line ends, titles.

Text is decoded in ``CHUNK_BYTES`` pieces, so importing a file at the size limit
(``documents.MAX_FILE_BYTES``) needs about twice its text in memory, not many copies.

Encodings: a byte-order mark decides; otherwise valid UTF-8 without control characters is UTF-8;
otherwise the file is read as GB18030, Big5 (as Windows writes it, else Hong Kong's Big5-HKSCS:
``hong_kong.py``) and UTF-16 (both byte orders; UTF-16 is taken only when
the file holds the control bytes of UTF-16 text, ``_utf16_signs``) and each reading is scored by the
share of characters plausible in Chinese or Latin text (``plausibility``: common hanzi, ASCII, Latin
letters, CJK and full-width punctuation count fully, rare hanzi, kana and symbols half, Hangul,
private-use and control characters not at all). The best reading must reach ``PLAUSIBLE_SHARE`` or
the file is refused, naming the best guess. When another reading is nearly as plausible (short
files), the file is imported with a warning that names the guess and the alternatives (a Western file read
as rare hanzi is read as Windows-1252: ``western``); ``encoding=``
(``annotator import --encoding``) then chooses one, and is always obeyed.

``normalise``, ``sha256`` and ``title_of`` are what every imported text goes through, whatever
its format.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.errors import AnnotatorError, EncodingUnknown, ImportFileError
from annotator.core.imports.hong_kong import HKSCS as HKSCS  # for webpage.py
from annotator.core.imports.hong_kong import as_best, one_big5
from annotator.core.imports.plausibility import PLAUSIBLE_SHARE, Tally, common_runs
from annotator.core.imports.plausibility import plausibility as plausibility  # for callers of text.plausibility
from annotator.core.imports.titles import MARKDOWN
from annotator.core.imports.titles import title_of as title_of  # the title read from a text: titles.py
from annotator.core.imports.western import WESTERN, reads_western

NEARLY_AS_PLAUSIBLE = 0.15  # another reading this close to the best one: warn about the guess
SHORT_FILE_BYTES = 1024  # UTF-8 files up to this size are also checked for other readings
CHUNK_BYTES = 2**20
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_GUESSES = ("gb18030", "big5", HKSCS, "utf-16-le", "utf-16-be")  # ties go to the earlier one
# Big5 as Windows (code page 950) and iconv write it: Python's own big5 codec lacks the ETEN characters
# every Big5 font has (恒 裏 碁 銹 墻 粧 嫺, F9D6–F9FE: a file holding one was refused) and reads ～ (A1E3,
# 3～5年) as the math sign ∼; the documents keep the name big5 (--encoding big5 reads the same way)
_CODECS = {"big5": "cp950"}
# Hong Kong's Big5 (Big5-HKSCS) is guessed only where Big5 as Windows writes it does not read the file, and only
# as the most plausible reading (``hong_kong.py``)
_UTF16_SIGNS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # see _utf16_signs
_UTF8_CJK_RUN = re.compile(rb"(?:[\xe3-\xe9\xef][\x80-\xbf]{2}){3,}")
Chunks = Callable[[], Iterable[bytes]]  # gives the file's bytes in pieces, afresh at each call


def codec(encoding: str) -> str:
    """The codec that reads text of ``encoding`` as import reads it (big5: code page 950)."""
    return _CODECS.get(encoding, encoding)


@dataclass(frozen=True)
class TextFile:
    """What reading one input file gives: normalised text, how it was read, and a warning or ''."""

    text: str
    encoding: str
    warning: str = ""
    sha256: str = ""
    title: str = ""  # the document's title when the file names one (a web page's heading); else its first line
    metadata: dict[str, str] = field(default_factory=dict, hash=False)  # what the file says of itself (a page's date)
    wrapped: frozenset[int] = frozenset()  # lines (by index) a PDF draws to their column's right edge (reflow.py)
    opens: frozenset[int] = frozenset()  # lines (by index) a PDF draws indented: each opens a paragraph (reflow.py)
    parts: frozenset[int] = frozenset()  # lines (by index) opening a document after the first in the file (OFD)
    places: dict[int, tuple[float, float]] = field(default_factory=dict, hash=False)  # a PDF line: (height, size)


def normalise(text: str) -> str:
    """The one normalisation applied on import: CRLF and CR become LF, a leading BOM goes."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# ----------------------------------------------------------------- decoding
@dataclass
class _Reading:
    """One encoding's reading of a whole file, chunk by chunk: normalised pieces, still valid?
    how plausible? (its digest tells readings that give the same text apart from others)"""

    encoding: str
    decoder: codecs.IncrementalDecoder = field(init=False)
    tally: Tally = field(default_factory=Tally)
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)
    error: UnicodeError | None = None
    reason: str = ""
    error_at: int = 0
    error_end: int = 0  # the byte after the invalid ones: the file's size when its end is half a character
    started: bool = False
    carry: str = ""  # a trailing \r waits for the next piece: it may be half of \r\n

    def __post_init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder(codec(self.encoding))("strict")
        self.tally.cantonese = self.encoding == HKSCS  # (the names --encoding takes: check_encoding's)

    def feed(self, chunk: bytes, offset: int, final: bool) -> str | None:
        """The next normalised piece of text, or None at the first byte that is not valid."""
        try:
            piece = self.carry + self.decoder.decode(chunk, final)
        except UnicodeDecodeError as e:  # e.object: the bytes held back before and this chunk (less a mark)
            at = offset + len(chunk) - len(e.object)
            self.error, self.error_at, self.error_end, self.reason = e, max(0, at + e.start), at + e.end, e.reason
            return None
        except UnicodeError as e:  # utf-16 and utf-32 without a byte-order mark: no bytes to point at
            self.error, self.error_at, self.error_end, self.reason = e, offset, offset, str(e)
            return None
        if not self.started and piece:
            self.started = True
            piece = piece.removeprefix("\ufeff")
        self.carry = "\r" if not final and piece.endswith("\r") else ""
        if self.carry:
            piece = piece[:-1]
        piece = piece.replace("\r\n", "\n").replace("\r", "\n")
        self.tally.add(piece)
        self.digest.update(piece.encode("utf-8", "surrogatepass"))
        return piece


def _read_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            yield chunk


def _run(chunks: Chunks, encodings: Iterable[str], keep: bool = False) -> tuple[list[_Reading], list[str]]:
    """Read the file once with each encoding (dropping one at its first invalid byte); the text
    pieces are kept only when ``keep`` (then give one encoding)."""
    readings = [_Reading(e) for e in encodings]
    live = list(readings)
    pieces: list[str] = []
    offset = 0
    source = iter(chunks())
    chunk = next(source, b"")
    while live:
        following = next(source, None)
        final = following is None
        for r in list(live):
            piece = r.feed(chunk, offset, final)
            if piece is None:
                live.remove(r)
            elif keep:
                pieces.append(piece)
        if following is None:  # final
            break
        offset += len(chunk)
        chunk = following
    return readings, pieces


def _decode(chunks: Chunks, size: int, name: str, encoding: str | None) -> TextFile:
    if size == 0:
        raise ImportFileError(f"{name}: the file is empty")
    warning = marked = ""
    asked = encoding  # chosen by the user (--encoding): always obeyed, and a failure says it was theirs
    if encoding is None:
        head = next(iter(chunks()), b"")[:4]
        encoding = marked = next((e for bom, e in _BOMS if head.startswith(bom)), "")
        if not encoding:
            encoding, warning = _guess(chunks, size, name)
    (reading,), pieces = _run(chunks, (encoding,), keep=True)
    if reading.error is not None and asked:
        raise ImportFileError(_not_as_asked(chunks, size, name, asked, reading)) from reading.error
    if reading.error is not None and reading.error_end == size:
        raise ImportFileError(_cut_off(name, encoding, size - reading.error_at)) from reading.error
    if reading.error is not None:
        raise ImportFileError(f"{name}: starts with a {encoding} mark but is not valid {encoding} "
                              f"(byte {reading.error_at})" if marked else
                              f"{name}: is not valid {encoding} (byte {reading.error_at}: {reading.reason})"
                              ) from reading.error
    text = "".join(pieces)
    del pieces
    _check(text, reading.tally, name)
    if reading.tally.share < PLAUSIBLE_SHARE:
        warning = (f"read as {encoding}, but {100 - 100 * reading.tally.share:.0f}% of its characters are "
                   "unusual in Chinese or Latin text; if it is in another encoding, remove it (annotator remove "
                   "PROJECT --doc NAME) and import it again choosing the encoding (--encoding)"
                   + (_hint(_plausible_reading(chunks, size, name, but=asked)) if asked else ""))
    return TextFile(text, encoding, warning, reading.digest.hexdigest())


def _not_as_asked(chunks: Chunks, size: int, name: str, asked: str, reading: _Reading) -> str:
    """Why a file does not decode as the encoding the user chose, and the one it reads as, if any
    (--encoding utf-16 on a UTF-8 file was "cut off": its odd last byte was half a UTF-16 unit)."""
    assert reading.error is not None
    other = _plausible_reading(chunks, size, name, but=asked)
    if other is None and reading.error_end == size and reading.error_at and \
            _plausible_reading(_first_bytes(chunks, reading.error_at), reading.error_at, name, asked):
        return _cut_off(name, asked, size - reading.error_at)  # the right encoding, the end missing
    return (f"{name}: is not {shown(asked)} text (--encoding {asked}): it does not decode as {asked} "
            f"(byte {reading.error_at}: {reading.reason}){_hint(other)}")


def _plausible_reading(chunks: Chunks, size: int, name: str, encoding: str = "", but: str = "") -> str | None:
    """``encoding``, else the one the file reads as without --encoding (its mark's, else the guess),
    when that reading is whole and plausible Chinese or Latin text and not ``but``'s; else None."""
    try:
        encoding = encoding or next((e for bom, e in _BOMS if next(iter(chunks()), b"").startswith(bom)), "") \
            or _guess(chunks, size, name)[0]
    except ImportFileError:
        return None
    (r,), _ = _run(chunks, (encoding,))
    plausible = r.error is None and r.tally.chars and r.tally.share >= PLAUSIBLE_SHARE
    return encoding if plausible and codecs.lookup(encoding).name != codecs.lookup(but or "ascii").name else None


def _hint(other: str | None) -> str:
    return f"; it reads as {shown(other)}: leave out --encoding" if other else ""


def shown(encoding: str) -> str:
    """``encoding`` as a user knows it (GBK, UTF-16, Big5)."""
    return {"big5": "Big5", HKSCS: "Big5-HKSCS", "utf-8-sig": "UTF-8"}.get(encoding, encoding.upper())


def _guess(chunks: Chunks, size: int, name: str) -> tuple[str, str]:
    """(encoding, warning) of a file without a byte-order mark."""
    (utf8,), _ = _run(chunks, ("utf-8",))
    clean_utf8 = utf8.error is None and not utf8.tally.controls
    if clean_utf8 and utf8.tally.share >= PLAUSIBLE_SHARE and size > SHORT_FILE_BYTES:
        return "utf-8", ""  # the common case, in one pass
    others = as_best(_first_bytes(chunks, CHUNK_BYTES), utf8, one_big5(_run(chunks, _GUESSES)[0]))
    by_chance: list[_Reading] = []  # plausible UTF-16 readings without evidence: named in a warning only
    if not _utf16_signs(chunks):  # UTF-16 without a mark needs evidence: a short Latin-1 file is no 慢揩
        by_chance = [r for r in others if r.encoding.startswith("utf-16")]
        others = [r for r in others if r not in by_chance]
        _refuse_if_only_by_chance(chunks, name, clean_utf8, [utf8, *others], by_chance)
        others += [r for r in by_chance if r.error is None and r.tally.share < PLAUSIBLE_SHARE]  # for the refusal
        by_chance = [r for r in by_chance if r not in others and r.error is None]
    valid = [r for r in (utf8, *others) if r.error is None and r.tally.chars]
    if not clean_utf8 and not any(r.tally.share >= PLAUSIBLE_SHARE for r in valid):
        _refuse_if_cut_off(chunks, size, name, [utf8, *others])  # (whole UTF-8 is no cut-off file: ࡀ)
    if not valid:
        if _holds_nul(chunks):
            raise ImportFileError(f"{name}: looks like a binary file (it holds NUL bytes), not text")
        raise EncodingUnknown(f"{name}: cannot tell its encoding (not UTF-8, UTF-16, GB18030 or Big5)")
    best = max(valid, key=lambda r: r.tally.share)  # the first of equals: UTF-8, then _GUESSES order
    if clean_utf8 and (utf8.tally.share >= PLAUSIBLE_SHARE or best.tally.share < PLAUSIBLE_SHARE):
        best = utf8  # valid UTF-8 stays UTF-8 unless another reading is plausible and it is not
    if best.tally.share < PLAUSIBLE_SHARE:
        if best is utf8:
            return "utf-8", ""  # _decode warns that the text is unusual
        if best.tally.controls or _holds_nul(chunks):
            raise ImportFileError(f"{name}: looks like a binary file (control characters), not text")
        raise EncodingUnknown(
            f"{name}: does not read as Chinese or Latin text in any encoding tried (UTF-8, GB18030, Big5, "
            f"UTF-16); the best guess, {best.encoding}, gives {100 - 100 * best.tally.share:.0f}% unusual "
            "characters — if you know its encoding, choose it (--encoding)")
    if best is not utf8 and (run := _utf8_run(chunks)) is not None:
        raise ImportFileError(_mixed(name, best.encoding, run))
    also = [utf8] if clean_utf8 and best is not utf8 else []
    if reads_western(chunks(), chunks(), best.encoding):  # Latin-1 read as rare hanzi: f黵 for für (western.py)
        (western,), _ = _run(chunks, (WESTERN,))
        return WESTERN, _ambiguity(western, valid + by_chance, [best, *also])
    return best.encoding, _ambiguity(best, [r for r in valid + by_chance if r is not best], also)


def _utf16_signs(chunks: Chunks) -> bool:
    """Whether the file holds control bytes that single-byte text (ASCII, Latin-1, GB18030, Big5) never
    holds and UTF-16 text nearly always does: the NUL of a line end, digit or Latin letter, the 02 of 。,
    the 0C of ，, the 1C and 1D of “”, the low byte of one hanzi in eight."""
    return any(_UTF16_SIGNS.search(chunk) for chunk in chunks())


def _refuse_if_only_by_chance(chunks: Chunks, name: str, clean_utf8: bool, readings: list[_Reading],
                              utf16: list[_Reading]) -> None:
    """ImportFileError when only a UTF-16 reading without evidence (``_utf16_signs``) gives plausible text."""
    plausible = [r for r in utf16 if r.error is None and r.tally.chars and r.tally.share >= PLAUSIBLE_SHARE]
    if clean_utf8 or not plausible or any(r.error is None and r.tally.share >= PLAUSIBLE_SHARE for r in readings):
        return
    (_,), pieces = _run(_first_bytes(chunks, 40), (plausible[0].encoding,), keep=True)
    raise EncodingUnknown(
        f"{name}: cannot tell its encoding: it is not UTF-8, GB18030 or Big5 text, and it reads as UTF-16 "
        f"({''.join(pieces)[:20]!r}) only by chance, it seems: it has no byte-order mark, nor the bytes of "
        "UTF-16 line ends, digits or punctuation — if you know its encoding, choose it (--encoding)")


def _refuse_if_cut_off(chunks: Chunks, size: int, name: str, readings: list[_Reading]) -> None:
    """ImportFileError when a reading failed only at the file's last bytes, half a character, and
    reads as plausible text without them: the file was cut off (a download or copy that stopped)."""
    for r in readings:
        if r.error is None or r.error_end != size:
            continue
        first = _first_bytes(chunks, r.error_at)
        (whole,), _ = _run(first, (r.encoding,))
        if whole.error is None and whole.tally.chars and whole.tally.share >= PLAUSIBLE_SHARE:
            if r.encoding != "utf-8" and (run := _utf8_run(first)) is not None:  # a UTF-8 part at its end
                raise ImportFileError(_mixed(name, r.encoding, run))
            raise ImportFileError(_cut_off(name, r.encoding, size - r.error_at))


def _mixed(name: str, encoding: str, run: tuple[int, str]) -> str:
    return (f"{name}: mixes encodings: it reads mostly as {encoding}, but holds UTF-8 text at byte {run[0]} "
            f"({run[1]!r}); save it in one encoding and import it again")


def _cut_off(name: str, encoding: str, half: int) -> str:
    return (f"{name}: ends in the middle of a character: it reads as {encoding} but its last {half} byte(s) are "
            "half of one, so the file seems cut off (a download or copy that stopped); copy or save it again whole "
            "and import that")


def _first_bytes(chunks: Chunks, count: int) -> Chunks:
    def first() -> Iterator[bytes]:
        left = count
        for chunk in chunks():
            if left <= 0:
                return
            yield chunk[:left]
            left -= len(chunk)
    return first


def _utf8_run(chunks: Chunks) -> tuple[int, str] | None:
    """(byte offset, text) of three or more UTF-8 hanzi or CJK punctuation marks in a row, all
    common: never seen in GB18030 or Big5 text (0 in 6 MB of each; also none inside longer runs
    of UTF-8's shape, 2.7 MB of jieba's dictionary and the reports in each), typical of a UTF-8
    part. Such a part may follow bytes of another encoding that read as UTF-8 too (00告长 in GBK,
    then 业业业业: 泤业业业业), so a run is looked for inside each stretch of UTF-8's shape."""
    good = common_runs()
    offset = 0
    for chunk in chunks():
        for match in _UTF8_CJK_RUN.finditer(chunk):
            text = match.group().decode("utf-8", "replace")  # three bytes a character, all valid
            run = next((m for m in good.finditer(text) if len(m.group()) >= 3), None)
            if run is not None:
                return offset + match.start() + 3 * run.start(), run.group()[:20]
        offset += len(chunk)
    return None


def _ambiguity(best: _Reading, others: list[_Reading], also: list[_Reading]) -> str:
    """A warning naming the guess when other readings are (nearly) as plausible, else ''."""
    floor = max(PLAUSIBLE_SHARE, best.tally.share - NEARLY_AS_PLAUSIBLE)
    close = [r.encoding for r in others if r.digest.digest() != best.digest.digest()
             and (r in also or r.error is None and r.tally.share >= floor)]
    if not close:
        return ""
    return (f"its encoding was guessed as {best.encoding}, but it also reads as {' or '.join(close)}; "
            "if its text looks wrong, remove it (annotator remove PROJECT --doc NAME) and import it again "
            "choosing the encoding (--encoding)")


def _holds_nul(chunks: Chunks) -> bool:
    return any(b"\x00" in chunk for chunk in chunks())


def _check(text: str, tally: Tally, name: str) -> None:
    if not text.strip():
        raise ImportFileError(f"{name}: holds no text (only white space)")
    if tally.controls > max(8, len(text) // 100):
        raise ImportFileError(f"{name}: looks like a binary file (control characters), not text")
    if "\x00" in text:  # a text otherwise: a stray NUL (a copy or a save gone wrong) the user can remove
        at = text.index("\x00")
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        raise ImportFileError(f"{name}: holds {text.count(chr(0))} NUL character(s), which no text holds (the first "
                              f"at line {line}, column {column}); remove them in a text editor and import it again")


def check_encoding(encoding: str) -> str:
    """The codec name of ``encoding``; AnnotatorError when Python has no such text encoding."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise AnnotatorError(f"unknown encoding {encoding!r} (for example utf-8, gb18030, big5, utf-16)") from None
    if not getattr(info, "_is_text_encoding", True):
        raise AnnotatorError(f"{encoding!r} is not a text encoding")
    return info.name


def decode(data: bytes, name: str = "", encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding) of the bytes of a text file; ImportFileError when it is not text."""
    result = _decode(lambda: (data,), len(data), name, encoding and check_encoding(encoding))
    return result.text, result.encoding


# -------------------------------------------------------------- a text file
def read_text_file(path: Path, size: int, encoding: str | None = None) -> TextFile:
    """A .txt/.md/.markdown file of ``size`` bytes decoded (with ``encoding``, else guessed) and normalised; a
    Markdown file's title is its heading, without the marks (``titles.py``)."""
    read = _decode(lambda: _read_chunks(path), size, str(path), encoding and check_encoding(encoding))
    return replace(read, title=title_of(read.text, markdown=True)) if path.suffix.lower() in MARKDOWN else read
