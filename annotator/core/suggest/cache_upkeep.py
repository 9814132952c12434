"""Keeping the word cache folder small: the segmenter's caches that are no longer used go.

A word cache (``jieba_<16 hex>.cache``, 5.5 MB) is named after its source files' paths and modification
times, so every checkout, upgrade or reinstall writes a new one beside the old, which nothing reads again:
one machine had gathered 53 of them (290 MB). A cache's modification time says when it was last used:
it is set when the cache is written and again when it is loaded, at most once a day
(:func:`mark_used`: a start-up reads, it seldom writes). Each time a new cache is written,
:func:`trim` removes the caches of the same folder

* not used for :data:`UNUSED_DAYS` days (an installation not started for a month), and
* beyond the :data:`KEEP` used last (a developer's checkouts and test runs, each with its own cache,
  can make dozens in a week),

never the one just written. The cost of removing one still in use is small: its installation builds it
again once, about half a second (README, "Where your files live"). A removal that fails (the file held
open by another process on Windows, removed by another process already) is skipped: the cache is only
a cache.

The cache is written through a temporary file, ``.jieba_<16 hex>.cache.<pid>.<random>.tmp``; a process
killed while writing leaves it behind. Such files of processes that are gone, or older than an hour
(writing takes a fraction of a second; the id may be another process's by now), are removed before a
cache is written, as are those of annotators before this one (``jieba_<16 hex>.cache<random>``, no id:
older than an hour).
"""
from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

from annotator.core.writing import process_alive

UNUSED_DAYS = 30
KEEP = 5
MARK_EVERY = 24 * 3600  # seconds: a cache loaded is marked used at most once a day
STALE_TEMPORARY = 3600  # seconds
_CACHE = re.compile(r"^jieba_[0-9a-f]{16}\.cache$")
_TEMPORARY = re.compile(r"^\.jieba_[0-9a-f]{16}\.cache\.(\d+)\.[a-z0-9_]{8}\.tmp$")
_OLD_TEMPORARY = re.compile(r"^jieba_[0-9a-f]{16}\.cache[a-z0-9_]{8}$")  # mkstemp's names before


def temporary_affixes(cache: Path) -> tuple[str, str]:
    """The prefix and suffix of a temporary file for ``cache`` (for :func:`tempfile.mkstemp`)."""
    return f".{cache.name}.{os.getpid()}.", ".tmp"


def mark_used(cache: Path, now: float | None = None) -> None:
    """Set the modification time of ``cache`` (just loaded) to now if it is a day old or more."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        if now - cache.stat().st_mtime >= MARK_EVERY:
            os.utime(cache)


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return list(os.scandir(folder))
    except OSError:
        return []


def _mtime(entry: os.DirEntry[str]) -> float | None:
    try:
        return entry.stat(follow_symlinks=False).st_mtime
    except OSError:  # removed meanwhile
        return None


def _remove(path: str) -> bool:
    try:
        os.unlink(path)
    except OSError:  # held open (Windows), another user's, removed by another process: left
        return False
    return True


def remove_stale_temporaries(folder: Path, now: float | None = None) -> list[Path]:
    """Delete the temporary files in ``folder`` that writers of a cache left (killed); returns them."""
    now = time.time() if now is None else now
    removed = []
    for entry in _entries(folder):
        m = _TEMPORARY.match(entry.name)
        if not m and not _OLD_TEMPORARY.match(entry.name):
            continue
        mtime = _mtime(entry)
        if mtime is None:
            continue
        dead = m is not None and os.name == "posix" and not process_alive(int(m.group(1)))
        if (dead or now - mtime > STALE_TEMPORARY) and _remove(entry.path):
            removed.append(Path(entry.path))
    return removed


def trim(folder: Path, keep: Path, now: float | None = None) -> list[Path]:
    """Delete the word caches in ``folder`` not used for :data:`UNUSED_DAYS` days or beyond the
    :data:`KEEP` used last, ``keep`` (just written) never; returns what was removed."""
    now = time.time() if now is None else now
    caches = []
    for entry in _entries(folder):
        if _CACHE.match(entry.name) and entry.name != keep.name and entry.is_file(follow_symlinks=False):
            mtime = _mtime(entry)
            if mtime is not None:
                caches.append((mtime, entry.path))
    caches.sort(reverse=True)  # used last first
    removed = []
    for rank, (mtime, path) in enumerate(caches, start=1):  # ``keep`` is the first kept
        if (rank >= KEEP or now - mtime > UNUSED_DAYS * 86400) and _remove(path):
            removed.append(Path(path))
    return removed
