"""Shared jieba set-up for the suggesters: loaded lazily, once per process, and fast.

jieba's own start-up (``import jieba.posseg`` plus the marshal cache of its 350,000-word
dictionary) costs one to two seconds on a slow machine, and ``posseg.cut`` runs at only a
few ten thousand characters per second. The suggesters need word boundaries and a coarse
part of speech for short windows of text, so this module:

* cuts with its own word graph - the same scores and tie-breaking as jieba's
  ``Tokenizer.cut(HMM=False)``, but with the log-probabilities precomputed - over a
  *trimmed* copy of jieba's dictionary (words with a frequency of at least
  :data:`MIN_FREQ`, plus ``resources/jieba_user.txt``), keeping each word's
  part-of-speech tag from ``dict.txt``;
* caches the word log-probabilities and the tags in one marshal file (of pieces, read one at
  a time: :data:`CACHE_PIECE`) in the user's private cache folder (:func:`cache_dir`), keyed
  by the dictionary files' sizes and modification times and checked by its SHA-256 before it
  is read, so later processes load it in a fraction of a second (caches no longer used are
  removed as a new one is written: :mod:`.cache_upkeep`);
* adds the names of administrative areas from ``resources/gazetteer.tsv`` (county level and
  above with their short forms, townships by full name) as proper nouns (``ns``) where the
  dictionary lacks them, so that 长泾镇 or 市桥街道 is one word at the left edge of a name;
* never imports ``jieba.posseg`` (its HMM tables alone take ~0.6 s to import): words not in
  the dictionary get the tag ``"x"``.

``tokens(text)`` returns :class:`Token` tuples ``(word, tag, start, end)`` with code-point
offsets.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import math
import os
import re
import tempfile
import threading
import time
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple, cast

from annotator.core import resources
from annotator.core.suggest import cache_upkeep
from annotator.core.suggest.wordpath import cut_block as _cut_block
from annotator.core.suggest.wordpath import roomy

MIN_FREQ = 20
_CACHE_VERSION = "5"
_CACHE_MAGIC = b"annotator-words-5\n"
# entries a piece of the cache holds: one marshal.loads holds Python's lock for all of it (~10 ms a
# piece here; the whole word table in one call held the window's thread 200-300 ms as a project opened)
CACHE_PIECE = 20_000
CACHE_DIR_ENV = "ANNOTATOR_CACHE_DIR"
log = logging.getLogger(__name__)
PLACE_FREQ = 300
_lock = threading.Lock()
# word -> log-probability; a prefix of a word that is no word of its own -> None
Words = dict[str, float | None]
# the cached tables: the words, the score of an unknown character, word -> part-of-speech tag
Tables = tuple[Words, float, dict[str, str]]
_tokenizer: tuple[Words, float] | None = None
_tags: dict[str, str] = {}

USER_DICT = "jieba_user.txt"  # shipped resources (annotator.core.resources)
GAZETTEER = "gazetteer.tsv"


class Token(NamedTuple):
    """One word of a text: its part-of-speech tag (jieba's, ``"x"`` if unknown) and its
    code-point offsets, ``end`` exclusive."""

    word: str
    tag: str
    start: int
    end: int


_new_token = tuple.__new__  # Token(...) without NamedTuple's keyword handling: 2x faster


def _import_jieba() -> Any:
    """Import jieba without letting it import pkg_resources (a third of a second, unused here).

    jieba falls back to plain ``open`` for its data files when pkg_resources is missing.
    """
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = cast(ModuleType, None)  # makes ``import pkg_resources`` raise ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def _dict_path() -> Path:
    jieba = _import_jieba()

    return Path(jieba.__file__).resolve().parent / "dict.txt"


def cache_dir() -> Path | None:
    """A folder only this user can write: ``$ANNOTATOR_CACHE_DIR``, else the user's cache folder
    (``~/.cache/annotator`` on Linux). Created private (0700); None when it cannot be made or
    others could write into it, and then nothing is cached. Never the shared temp folder,
    where any local user could plant a file under a name known in advance."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        folder = Path(override).expanduser()
    else:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("annotator", appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = folder.stat()
    except OSError:
        return None
    if os.name == "posix" and (st.st_uid != os.getuid() or st.st_mode & 0o022):
        log.warning("%s: others can write into it, so the word cache is not kept there", folder)
        return None
    return folder


def _cache_path(sources: list[Path]) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha1(f"{_CACHE_VERSION}:{MIN_FREQ}".encode())
    for p in sources:
        try:
            st = p.stat()
            h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"{p}:missing".encode())
    return folder / f"jieba_{h.hexdigest()[:16]}.cache"


def read_cache(path: Path) -> Tables | None:
    """The cached tables, or None for a missing, damaged or foreign file (then they are
    rebuilt). The payload is only unmarshalled once its SHA-256 matches, and its shape is
    checked: a damaged file can neither crash the process nor change what is proposed."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None
    magic, digest, payload = raw[:len(_CACHE_MAGIC)], raw[len(_CACHE_MAGIC):len(_CACHE_MAGIC) + 32], \
        raw[len(_CACHE_MAGIC) + 32:]
    if magic != _CACHE_MAGIC or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        data = marshal.loads(payload)  # one read: marshal.load(f) is ~6x slower; the pieces stay bytes
        if not (isinstance(data, tuple) and len(data) == 3 and isinstance(data[0], float)):
            return None
        words, tags = _joined(data[1]), _joined(data[2])
    except (EOFError, ValueError, TypeError):
        return None
    if words is None or tags is None:
        return None
    return cast(Tables, (words, data[0], tags))


def _joined(pieces: object) -> dict[Any, Any] | None:
    """One dict of the marshalled dicts ``pieces``, unmarshalled one at a time: between two, the
    window's thread (waiting for Python's lock while a worker warms up) gets it back."""
    if not isinstance(pieces, tuple):
        return None
    joined: dict[Any, Any] = {}
    for piece in pieces:
        part = marshal.loads(piece) if isinstance(piece, bytes) else None
        if not isinstance(part, dict):
            return None
        joined.update(part)
        time.sleep(0)  # let a waiting thread run
    return joined


def _pieces(table: dict[Any, Any]) -> tuple[bytes, ...]:
    items = list(table.items())
    return tuple(marshal.dumps(dict(items[i:i + CACHE_PIECE])) for i in range(0, len(items), CACHE_PIECE))


def write_cache(path: Path, data: Tables) -> None:
    """Write the tables through a private temporary file; a failure only costs the cache. The
    folder's caches no longer used and temporary files of killed writers go (:mod:`.cache_upkeep`)."""
    words, unknown, tags = data
    payload = marshal.dumps((unknown, _pieces(words), _pieces(tags)))
    cache_upkeep.remove_stale_temporaries(path.parent)
    prefix, suffix = cache_upkeep.temporary_affixes(path)
    try:
        fd, tmp = tempfile.mkstemp(suffix=suffix, prefix=prefix, dir=path.parent)  # created 0600
        with os.fdopen(fd, "wb") as f:
            f.write(_CACHE_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
        return
    cache_upkeep.trim(path.parent, keep=path)


def _read_entries(path: Path, min_freq: int) -> Iterator[tuple[str, int | None, str]]:
    """Yield (word, freq, tag) from a jieba dictionary file ("word [freq] [tag]")."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            word = parts[0]
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else ""
            if freq is not None and freq < min_freq:
                continue
            yield word, freq, tag


def _place_names(text: str) -> Iterator[str]:
    """Official names (levels 1-4) and short forms of county-level areas and above."""
    for line in text.split("\n"):
        parts = line.split("\t")
        if parts[0] == "U" and len(parts) > 2:
            yield parts[2]
        elif parts[0] == "K" and len(parts) > 2 and parts[2].endswith("-"):
            codes = parts[2].split(",")
            if any(len(c.rstrip("-")) == 6 for c in codes):
                yield parts[1]


def _build() -> Tables:
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    for word, f, tag in _read_entries(_dict_path(), MIN_FREQ):
        freq[word] = f or 0
        total += f or 0
        if tag:
            tags[word] = tag
    for word in _place_names(resources.read_text(GAZETTEER)):
        if len(word) < 2:
            continue
        if word not in freq:
            freq[word] = PLACE_FREQ
            total += PLACE_FREQ
            tags[word] = "ns"
        elif tags.get(word) == "ns" and freq[word] < PLACE_FREQ:
            total += PLACE_FREQ - freq[word]  # a rare place name of the dictionary (温江 24)
            freq[word] = PLACE_FREQ
    for word, f, tag in _read_entries(resources.path(USER_DICT), 0):
        f = f if f is not None else 1000  # user words win against their parts
        total += f - freq.get(word, 0)
        freq[word] = f
        if tag:
            tags[word] = tag
    # log-probabilities of the words, None for prefixes that are no word of their own: the
    # cutter below needs no log() at run time
    logtotal = math.log(total)
    lp: Words = {w: (math.log(f) - logtotal if f > 0 else None)
                                   for w, f in freq.items()}
    for word in freq:
        for i in range(1, len(word)):
            lp.setdefault(word[:i], None)
    return lp, -logtotal, tags


def _load() -> tuple[Words, float]:
    global _tokenizer, _tags
    with _lock:
        if _tokenizer is not None:
            return _tokenizer
        jieba = _import_jieba()

        jieba.setLogLevel(logging.WARNING)
        cache = _cache_path([_dict_path(), resources.path(USER_DICT), resources.path(GAZETTEER)])
        data = read_cache(cache) if cache is not None else None
        if data is not None and cache is not None:
            cache_upkeep.mark_used(cache)  # what keeps it from being trimmed
        if data is None:
            data = _build()
            if cache is not None:
                write_cache(cache, data)
        lp, unknown, tags = data
        _tags = tags
        _tokenizer = (roomy(lp), unknown)
        return _tokenizer


def warm_up() -> None:
    """Load the dictionary now (otherwise the first call to :func:`tokens` does)."""
    _load()


def tag_of(word: str) -> str:
    _load()
    return _tags.get(word, "x")


# jieba's own block patterns (re_han_default, re_skip_default, re_eng)
_RE_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_RE_SKIP = re.compile(r"(\r\n|\s)")
Cut = tuple[tuple[str, str, int, int], ...]  # (word, tag, start, end) of each word of a text


@lru_cache(maxsize=65536)
def _piece_words(piece: str) -> tuple[str, ...]:
    """The words of one piece of a text, the same for any text it stands in (a clause the rules
    cut and the whole text the model's features cut share their pieces). A block of Han, Latin
    and digits is cut with the dictionary; the pieces between (punctuation, spaces, line breaks)
    are a word a character, but ``\\r\\n`` (jieba's ``re_skip``) is one."""
    if _RE_HAN.match(piece):
        lp, unknown = _tokenizer or _load()
        return tuple(_cut_block(piece, lp, unknown))
    if "\r\n" not in piece:
        return tuple(piece)
    out: list[str] = []
    for x in _RE_SKIP.split(piece):
        if not x:
            continue
        if _RE_SKIP.match(x):
            out.append(x)
        else:
            out.extend(x)
    return tuple(out)


def clear_caches() -> None:
    """Forget every text and piece cut so far (benchmarks: what an unseen document costs)."""
    _cut.cache_clear()
    _piece_words.cache_clear()
    _words.cache_clear()


def words(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text`` and their part-of-speech tags (``"x"`` if unknown): :func:`cut`
    without the offsets, for a caller that wants the columns (the model's features; the seed's
    stacked layer reads the same text's words again: the last two texts' are kept, not to be changed)."""
    return _words(text)


@lru_cache(maxsize=2)
def _words(text: str) -> tuple[list[str], list[str]]:
    if _tokenizer is None:
        _load()
    found = list(chain.from_iterable(map(_piece_words, _RE_HAN.split(text))))
    return found, list(map(_tags.get, found, repeat("x")))


@lru_cache(maxsize=4096)
def _cut(text: str) -> Cut:
    if _tokenizer is None:
        _load()
    out: list[tuple[str, str, int, int]] = []
    pos = 0
    tags = _tags
    for piece in _RE_HAN.split(text):  # a loop: faster than words() and zip for a short clause
        for w in _piece_words(piece):
            end = pos + len(w)
            out.append((w, tags.get(w, "x"), pos, end))
            pos = end
    return tuple(out)


def cut(text: str) -> Cut:
    """:func:`tokens` of ``text`` as plain tuples, cached: for a caller that reads them once."""
    return _cut(text)


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Words of ``text`` as :class:`Token` ``(word, tag, start, end)``; offsets are code points
    plus ``offset``.

    Unknown words (and single characters outside the dictionary) carry the tag ``"x"``;
    runs of Latin letters or digits come out as one word.
    """
    new = _new_token
    out: list[Token] = []
    append = out.append
    pos = offset
    if _tokenizer is None:
        _load()
    tags = _tags
    for piece in _RE_HAN.split(text):  # the pieces are cached; a clause is seldom cut twice
        for w in _piece_words(piece):
            end = pos + len(w)
            append(new(Token, (w, tags.get(w, "x"), pos, end)))
            pos = end
    return out
