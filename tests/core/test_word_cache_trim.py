"""The word cache folder does not grow for good: every checkout, upgrade or reinstall names a new cache
(5.5 MB; one machine had gathered 53), so a new one written removes those not used for a month and
those beyond the five used last; a cache loaded is marked used (its modification time, at most once a
day); a temporary file a killed writer left goes too. Modification times are set with os.utime."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest

from annotator.core.suggest import segment

DAY = 86400


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(segment.CACHE_DIR_ENV, str(folder))
    folder.mkdir(mode=0o700)
    return folder


def tables():
    return ({"湖里": -8.5, "湖": None, "湖里区": -9.0}, -12.0, {"湖里": "ns"})


def other_cache(folder, n, days_unused):
    """The cache of another installation, last used ``days_unused`` days ago."""
    path = folder / f"jieba_{n:016x}.cache"
    path.write_bytes(b"x" * 100)
    then = time.time() - days_unused * DAY
    os.utime(path, (then, then))
    return path


def caches(folder):
    return sorted(p.name for p in folder.glob("jieba_*.cache"))


def test_caches_unused_for_a_month_are_removed_when_a_new_one_is_written(cache_home):
    old = [other_cache(cache_home, n, days) for n, days in ((1, 31), (2, 400))]
    recent = [other_cache(cache_home, n, days) for n, days in ((3, 2), (4, 29))]
    current = segment._cache_path([])
    segment.write_cache(current, tables())
    assert not any(p.exists() for p in old)
    assert caches(cache_home) == sorted([current.name] + [p.name for p in recent])
    assert segment.read_cache(current) == tables()


def test_at_most_five_are_kept_the_one_just_written_and_the_four_used_last(cache_home):
    """A developer's checkouts make dozens in a week: all used within the month, only the last stay."""
    others = [other_cache(cache_home, n, days_unused=n) for n in range(1, 9)]
    current = segment._cache_path([])
    segment.write_cache(current, tables())
    assert caches(cache_home) == sorted([current.name] + [p.name for p in others[:4]])
    assert segment.read_cache(current) == tables()
    segment.write_cache(current, tables())  # written again (damaged, rebuilt): still the same five
    assert len(caches(cache_home)) == 5 and current.exists()


def test_a_cache_loaded_is_marked_used_at_most_once_a_day(cache_home, monkeypatch):
    path = segment._cache_path([])
    segment.write_cache(path, tables())
    month_ago = time.time() - 40 * DAY
    os.utime(path, (month_ago, month_ago))
    monkeypatch.setattr(segment, "_cache_path", lambda sources: path)
    monkeypatch.setattr(segment, "_build", lambda: pytest.fail("the cache was not read"))
    monkeypatch.setattr(segment, "_tokenizer", None)
    monkeypatch.setattr(segment, "_tags", {})
    segment._load()
    assert time.time() - path.stat().st_mtime < DAY  # used now
    # the next start the same day writes nothing
    hour_ago = time.time() - 3600
    os.utime(path, (hour_ago, hour_ago))
    monkeypatch.setattr(segment, "_tokenizer", None)
    segment._load()
    assert path.stat().st_mtime == pytest.approx(hour_ago, abs=1e-3)
    # a cache used by another installation today stays when a third writes its own
    other_cache(cache_home, 1, days_unused=60)
    third = cache_home / f"jieba_{2:016x}.cache"
    segment.write_cache(third, tables())
    assert caches(cache_home) == sorted([path.name, third.name])


def test_a_cache_that_cannot_be_removed_is_left_and_the_rest_goes_on(cache_home, monkeypatch):
    """Another process holding it open on Windows, or removing it first: no error reaches the caller."""
    locked, gone, old = (other_cache(cache_home, n, days_unused=90) for n in (1, 2, 3))
    unlink = os.unlink

    def failing_unlink(path, *, dir_fd=None):
        if os.path.basename(path) == locked.name:
            raise PermissionError(13, "The process cannot access the file", str(path))
        if os.path.basename(path) == gone.name:
            unlink(path, dir_fd=dir_fd)  # another process was first
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return unlink(path, dir_fd=dir_fd)

    monkeypatch.setattr(os, "unlink", failing_unlink)
    current = segment._cache_path([])
    segment.write_cache(current, tables())
    assert caches(cache_home) == sorted([current.name, locked.name])
    assert not old.exists()
    assert segment.read_cache(current) == tables()


def dead_pid():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_temporary_file_a_killed_writer_left_is_removed(cache_home, monkeypatch):
    current = segment._cache_path([])

    def killed(src, dst):  # the process ends between writing and renaming: nothing cleans up
        raise SystemExit(137)

    with monkeypatch.context() as m, pytest.raises(SystemExit):
        m.setattr(os, "replace", killed)
        segment.write_cache(current, tables())
    (left,) = cache_home.iterdir()
    assert re.fullmatch(rf"\.{re.escape(current.name)}\.{os.getpid()}\.[a-z0-9_]{{8}}\.tmp", left.name)
    two_hours_ago = time.time() - 7200
    os.utime(left, (two_hours_ago, two_hours_ago))  # this process's id, but older than an hour: stale
    hex_ = "0123456789abcdef"
    of_dead = cache_home / f".jieba_{hex_}.cache.{dead_pid()}.abcd_123.tmp"  # a moment old
    of_dead.write_bytes(b"x")
    running = cache_home / f".jieba_{hex_}.cache.{os.getpid()}.efgh_456.tmp"  # being written now
    running.write_bytes(b"x")
    legacy_old, legacy_new = cache_home / f"jieba_{hex_}.cacheab_cd123", cache_home / f"jieba_{hex_}.cacheef_gh456"
    legacy_old.write_bytes(b"x")
    os.utime(legacy_old, (two_hours_ago, two_hours_ago))
    legacy_new.write_bytes(b"x")
    mine = cache_home / "notes.txt"
    mine.write_bytes(b"x")
    os.utime(mine, (two_hours_ago, two_hours_ago))

    segment.write_cache(current, tables())
    assert sorted(p.name for p in cache_home.iterdir()) == sorted(
        [current.name, running.name, legacy_new.name, mine.name])
    assert segment.read_cache(current) == tables()
