"""The word cache of the suggesters lives in the user's private cache folder and is checked
before it is read: nobody else can decide what `annotator suggest` proposes (issue 19)."""
from __future__ import annotations

import hashlib
import marshal
import os
import stat
import tempfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import segment


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(segment.CACHE_DIR_ENV, str(folder))
    return folder


def tables():
    return ({"湖里": -8.5, "湖": None, "湖里区": -9.0}, -12.0, {"湖里": "ns"})


def test_the_cache_is_kept_in_a_private_folder_not_the_shared_temp_folder(cache_home):
    folder = segment.cache_dir()
    assert folder == cache_home
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    path = segment._cache_path([])
    assert path.parent == cache_home
    assert not str(path).startswith(tempfile.gettempdir() + os.sep + "annotator_jieba")


def test_written_tables_read_back(cache_home):
    path = segment._cache_path([])
    segment.write_cache(path, tables())
    assert segment.read_cache(path) == tables()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_folder_others_can_write_into_is_not_used(cache_home):
    cache_home.mkdir(mode=0o700)
    os.chmod(cache_home, 0o777)
    assert segment.cache_dir() is None


def test_a_planted_cache_is_ignored(cache_home):
    """A valid marshal file of other tables, as an attacker would write it, without our digest."""
    path = segment._cache_path([])
    crafted = ({"湖里": 0.0}, -1.0, {})
    path.write_bytes(marshal.dumps(crafted))
    assert segment.read_cache(path) is None
    # with a right digest but the wrong shape (a list where a dict belongs)
    payload = marshal.dumps(([1, 2], -1.0, {}))
    path.write_bytes(segment._CACHE_MAGIC + hashlib.sha256(payload).digest() + payload)
    assert segment.read_cache(path) is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.integers(min_value=0, max_value=400))
def test_any_damaged_cache_file_is_refused_never_loaded(tmp_path_factory, noise, cut):
    folder = tmp_path_factory.mktemp("c")
    path = folder / "jieba_x.cache"
    segment.write_cache(path, tables())
    good = path.read_bytes()
    path.write_bytes(good[:cut] + noise)
    data = segment.read_cache(path)
    assert data is None or data == tables()


def test_the_suggesters_rebuild_from_a_damaged_cache_with_the_same_words(cache_home, monkeypatch):
    segment._load()
    words = segment.tokens("湖里区推进松元产业园建设")
    path = segment._cache_path([segment._dict_path(), segment.resources.path(segment.USER_DICT),
                                segment.resources.path(segment.GAZETTEER)])
    monkeypatch.setattr(segment, "_tokenizer", None)
    monkeypatch.setattr(segment, "_tags", {})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(os.urandom(5000))
    segment._load()
    assert segment.tokens("湖里区推进松元产业园建设") == words
    assert segment.read_cache(path) is not None  # rebuilt and written again


def test_the_cache_is_read_a_piece_at_a_time(cache_home, monkeypatch):
    """The window warms the suggesters in a worker as a project opens: one marshal.loads of the whole
    word table (172,000 words) held Python's lock, and so the window's thread, 200-300 ms. It is read
    in pieces of at most CACHE_PIECE entries, and another thread may run between two."""
    monkeypatch.setattr(segment, "CACHE_PIECE", 2, raising=False)
    path = segment._cache_path([])
    segment.write_cache(path, tables())
    loads = marshal.loads
    unmarshalled: list[int] = []

    def counting(data):
        value = loads(data)
        parts = value if isinstance(value, tuple) else (value,)
        unmarshalled.append(sum(len(p) for p in parts if isinstance(p, dict)))
        return value

    monkeypatch.setattr(segment.marshal, "loads", counting)
    assert segment.read_cache(path) == tables()
    assert max(unmarshalled) <= 2
