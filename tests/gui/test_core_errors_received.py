"""A package's project, or a coder's folder a merge reads, that cannot be opened: "X.zip: the project in this
package cannot be opened: …" stayed in English in the Chinese window (no rule), or came half translated (the
rule of the database's own line took "X.zip: the project in this package cannot be opened" for its path). Each
message is made here by the core (core/team/package.py named_by_zip, merge.py): one rule of
``core_errors.received`` meets it, the rules of a database's line meet what follows, and in Chinese nothing of
it is English but the paths, the names and what SQLite said."""
from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from annotator.core.store import Store
from annotator.core.team.merge import merge
from annotator.core.team.package import open_package
from annotator.gui import core_errors
from annotator.gui.core_errors import DATABASE
from annotator.gui.i18n import install_translator
from annotator.gui.summaries import summary_text
from annotator.paths import DB_FILENAME
from tests.gui.core_error_sources import raised, small_project
from tests.gui.test_core_errors import ALLOWED, matching


def _zipped(tmp: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(tmp / name, "w") as z:
        z.writestr(f"li/{DB_FILENAME}", data)
    return tmp / name


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> tuple[Path, list[str]]:
    tmp = tmp_path_factory.mktemp("received")
    lead = small_project(tmp / "lead", spans=2)
    coder = small_project(tmp / "coder 李", spans=1)
    data = (coder / DB_FILENAME).read_bytes()
    cut = small_project(tmp / "cut")  # a coder's folder copied half way
    (cut / DB_FILENAME).write_bytes(data[:len(data) // 2])
    text = small_project(tmp / "text", spans=1)  # a text no longer its sha256
    sqlite3.connect(text / DB_FILENAME, isolation_level=None).execute("UPDATE documents SET text = '别的文字'")
    out = []
    for name, damaged in (("junk.zip", b"x" * 5000), ("half.zip", data[:len(data) // 2]), ("empty.zip", b""),
                          ("short.zip", data[:50]), ("longer.zip", data + b"\0" * 100)):
        package = _zipped(tmp, name, damaged)
        out.append(raised(lambda package=package: open_package(package, tmp / "new")))
    with Store.open(lead) as store:
        out += [raised(lambda: merge(store, [_zipped(tmp, "half2.zip", data[:len(data) // 2])])),
                raised(lambda: merge(store, [cut])), raised(lambda: merge(store, [text]))]
    return tmp, out


def test_each_message_has_one_rule_and_its_database_line_one_too(made, qapp):
    _tmp, messages = made
    met = set()
    for message in messages:
        (pattern,) = matching(message, core_errors.received())
        met.add(pattern)
        _path, database = re.fullmatch(pattern, message).groups()
        assert len(matching(f"{DB_FILENAME}: {database}", core_errors.rules())) == 1, message
    assert met == {pattern for pattern, _t, _k in core_errors.received()}
    assert all(kinds == ("", DATABASE) for _p, _t, kinds in core_errors.received())
    assert sum(m.endswith("ask for the project again") for m in messages) >= 5
    assert not any("restore" in m or "backup" in m for m in messages)  # the lead's project is not theirs


def test_english_stays_and_chinese_is_chinese_but_paths_and_what_sqlite_said(made, qapp):
    tmp, messages = made
    assert [summary_text(m) for m in messages] == messages
    words = re.compile(r"[A-Za-z]{3,}")
    install_translator(qapp, "zh_CN")
    try:
        for message in messages:
            said = summary_text(message)
            assert said != message and "cannot be opened" not in said, said
            (pattern,) = matching(message, core_errors.received())
            path, database = re.fullmatch(pattern, message).groups()
            assert said.startswith(f"{path}：") and path.startswith(str(tmp)), said
            (inner,) = matching(f"{DB_FILENAME}: {database}", core_errors.rules())
            kept = set(words.findall(" ".join(re.fullmatch(inner, f"{DB_FILENAME}: {database}").groups())))
            assert set(words.findall(said.removeprefix(path))) - kept <= ALLOWED, said
    finally:
        install_translator(qapp, "en")
