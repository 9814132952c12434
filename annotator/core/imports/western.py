"""A Western file (Latin-1, Windows-1252) that is also valid GB18030, told apart from Chinese.

GB18030 takes nearly any byte followed by a letter as one character: ``für`` (66 FC 72) reads as
f黵, ``Straße`` as Stra遝, so a German, French or Spanish file in Latin-1 whose accented letters
are each followed by a letter was read as Chinese of rare hanzi (``text`` guesses no single-byte
encoding otherwise: such a file that is not valid GB18030 is refused, naming --encoding). Such a
reading is told apart by a rule with two sides, each far from what a Chinese file gives:

- fewer than ``COMMON_SHARE`` of the GB18030 reading's hanzi are common ones (GB2312's), which make
  up nearly every hanzi of a real simplified Chinese text (above 99%): an
  accented letter followed by an ASCII letter gives a second byte below A1, outside GB2312 (only two
  accented letters in a row, öß, may give one of its hanzi); and
- the Windows-1252 reading is Western text (``is_western``): every character beyond ASCII a Latin
  letter or Western punctuation, at most two such characters in a row, and ASCII letters at least
  ``ASCII_SHARE`` of its letters (Chinese bytes read so give runs of accented letters and symbols).

Then the file is read as Windows-1252 (``text`` warns that it also reads as GB18030). So is a file
guessed as Hong Kong's Big5 (Big5-HKSCS reads ``Zürich`` as Z僡ich) whose Windows-1252 reading is Western
text, the second side alone: Ä, Å or À followed by a letter is a common Big5 hanzi, and a text of Hong Kong
has hanzi in a row, which Windows-1252 reads as runs of symbols. A Big5 reading is left alone: a few Big5
hanzi (• 【宁) read as Windows-1252 look Western enough (¡E ¡iÉr).
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable
from itertools import chain

from annotator.core.imports.plausibility import common_hanzi

WESTERN = "cp1252"
HKSCS = "big5hkscs"  # guessed where Big5 fails: Hong Kong's characters, Latin-1's ü followed by a letter (Z僡ich)
ASCII_SHARE = 0.75  # of a Western text's letters, at least this share ASCII
COMMON_SHARE = 0.5  # of the hanzi of a Chinese reading of a Western text, fewer than this share common
PUNCTUATION = "\u00a0¡¿«»‹›“”‘’„‚–—…•·°§€£¥©®™´¨ªº"
_ASCII_LETTERS = re.compile("[A-Za-z]")
_HANZI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_BEYOND = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3,}")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _latin(c: str) -> bool:
    return unicodedata.name(c, "").startswith("LATIN ")


def is_western(chunks: Iterable[bytes]) -> bool:
    """Whether bytes read as Windows-1252 are Western text (see the module's docstring)."""
    ascii_letters = others = 0
    for chunk in chunks:
        try:
            text = chunk.decode(WESTERN)
        except UnicodeDecodeError:
            return False
        if _CONTROLS.search(text) or _NON_ASCII_RUN.search(text):
            return False
        beyond = [c for c in _BEYOND.findall(text) if c not in PUNCTUATION]
        if not all(_latin(c) for c in beyond):
            return False
        ascii_letters += len(_ASCII_LETTERS.findall(text))
        others += len(beyond)
    return others > 0 and ascii_letters >= ASCII_SHARE * (ascii_letters + others)


def hanzi_counts(chunks: Iterable[bytes], encoding: str) -> tuple[int, int]:
    """(hanzi, common ones of ``encoding``) of the file read as ``encoding`` (gb18030; big5; big5hkscs)."""
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    common, hanzi = common_hanzi(encoding), 0
    found = 0
    for chunk in chain(chunks, [b""]):
        piece = decoder.decode(chunk, not chunk)
        hanzi += len(_HANZI.findall(piece))
        found += len(common.findall(piece))
    return hanzi, found


def mostly_rare_hanzi(chunks: Iterable[bytes], encoding: str) -> bool:
    """Whether the file read as ``encoding`` (gb18030; big5; big5hkscs) holds hanzi, fewer than ``COMMON_SHARE``
    of them common ones of it."""
    hanzi, found = hanzi_counts(chunks, encoding)
    return hanzi > 0 and found < COMMON_SHARE * hanzi


def reads_western(chunks: Iterable[bytes], again: Iterable[bytes], encoding: str) -> bool:
    """Whether a file guessed as ``encoding`` is Western text instead (``chunks`` and ``again``: its
    bytes, twice)."""
    if encoding == HKSCS:  # Ä, Å, À and a letter read as common Big5 hanzi (Ärger: 礪ger), but a text of
        return is_western(chunks)  # Hong Kong has hanzi in a row, never Western text in Windows-1252
    return encoding == "gb18030" and is_western(chunks) and mostly_rare_hanzi(again, encoding)
