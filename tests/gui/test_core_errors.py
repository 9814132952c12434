"""The core's error sentences the window shows have a rule in gui/core_errors.py: each message is
made here by the core itself (opening damaged or foreign files, refused edits and labels, failed
backups, restores and exports), never copied, so a change of the core's wording fails here instead
of showing English in the Chinese interface. Every rule is met by one of them, and only by its own;
in English each line stays byte for byte as the core wrote it, in Chinese it is Chinese and keeps
its paths."""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import types
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.core.export import sheets
from annotator.core.export.formats import export
from annotator.core.models import Annotation
from annotator.core.store import Store, backup, disk
from annotator.core.store import restore as restore_module
from annotator.core.store.guides import MAX_CHARS
from annotator.core.store.links import LinkQueries
from annotator.core.store.restore import restore, restore_saving
from annotator.core.suggest.links import suggest_spans_and_links
from annotator.core.team.adjudication import take_agreed
from annotator.core.writing import atomic_write_text
from annotator.gui import core_errors
from annotator.gui.core_errors import PIECE
from annotator.gui.i18n import install_translator
from annotator.gui.summaries import summary_text
from annotator.paths import DB_FILENAME
from tests.core.test_damaged_projects import damage_a_page, log_of_another_project
from tests.core.test_network_journal import cut_short_copy
from tests.core.test_safety_corrupt import make_project
from tests.core.test_safety_disk_refuses import FullDiskSource, refusing_disk
from tests.core.test_safety_diskfull import FailingConnection
from tests.gui.core_error_sources import TEXT, raised, renames, small_project, team
from tests.gui.test_metadata_table_window import refusals


def edit_header(folder: Path, edit: Callable[[bytearray, int], bytearray]) -> None:
    path = folder / DB_FILENAME
    data = bytearray(path.read_bytes())
    path.write_bytes(bytes(edit(data, int.from_bytes(data[16:18], "big"))))


def page_too_many(data: bytearray, size: int) -> bytearray:
    """One more page, counted in the header and used by nothing: SQLite's checks find it."""
    return data[:28] + (len(data) // size + 1).to_bytes(4, "big") + data[32:] + bytes(size)


class NoWal(sqlite3.Connection):
    """A connection whose database stays out of WAL mode (a file system without shared memory)."""

    def execute(self, sql, *args):
        return super().execute("SELECT 'delete'" if sql == "PRAGMA journal_mode = WAL" else sql, *args)


def opening(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    project = small_project(tmp / "p")
    (tmp / "file").write_text("x")
    (tmp / "empty").mkdir()
    out = [raised(lambda: Store.create(project)), raised(lambda: Store.create(tmp / "file")),
           raised(lambda: Store.create(tmp / "file" / "sub")), raised(lambda: Store.open(tmp / "missing")),
           raised(lambda: Store.open(tmp / "file")), raised(lambda: Store.open(tmp / "empty"))]
    with mp.context() as m:
        m.setattr(os, "access", lambda path, mode: Path(path) != project)
        out.append(raised(lambda: Store.open(project)))  # the folder read-only
        m.setattr(os, "access", lambda path, mode: Path(path) != project / DB_FILENAME)
        out.append(raised(lambda: Store.open(project)))  # the file read-only
    with mp.context() as m:
        m.setattr(sqlite3, "connect", lambda *a, **k: (_ for _ in ()).throw(sqlite3.OperationalError("unable")))
        out.append(raised(lambda: Store.open(project)))
    with mp.context() as m:
        real = sqlite3.connect
        m.setattr(sqlite3, "connect", lambda *a, **k: real(*a, factory=NoWal, **k))
        out.append(raised(lambda: Store.open(project)))
    for free in (0, 10**8):  # a full disk, a failing one: not damage
        with mp.context() as m:
            refusing_disk(m, free)
            out.append(raised(lambda: Store.open(project)))
    out.append(raised(lambda: Store.create(tmp.joinpath(*["长路径" * 25] * 3))))  # too long for SQLite
    out += read_only_messages(tmp / "ro", mp)
    for name, damage in [
        ("empty", lambda data, size: bytearray()),
        ("garbage", lambda data, size: bytearray(b"not a database" * 20)),
        ("short", lambda data, size: data[:60]),
        ("appended", lambda data, size: data + b"\0" * 10),  # bytes after its end
        ("torn", lambda data, size: data[:92] + b"\xff\xff\xff\xff" + data[96:] + b"\0" * 10),  # no page count
        ("cut", lambda data, size: data[:-size]),  # its last page missing
        ("unused", page_too_many),
    ]:
        folder = small_project(tmp / name)
        edit_header(folder, damage)
        out.append(raised(lambda folder=folder: Store.open(folder)))
    (tmp / "dir" / DB_FILENAME).mkdir(parents=True)
    out.append(raised(lambda: Store.open(tmp / "dir")))  # cannot read it
    damaged = tmp / "damaged"
    make_project(damaged)  # with the backup its session leaves
    damage_a_page(damaged)
    out.append(raised(lambda: Store.open(damaged)))
    make_project(tmp / "logged")  # a write-ahead log of another database beside it
    out.append(raised(lambda: Store.open(log_of_another_project(tmp / "logged", tmp / "log-of").parent)))
    foreign = tmp / "foreign"
    foreign.mkdir()
    with sqlite3.connect(foreign / DB_FILENAME) as db:
        db.execute("CREATE TABLE other (x)")
    out.append(raised(lambda: Store.open(foreign)))
    newer, shapeless = small_project(tmp / "newer"), small_project(tmp / "shapeless")
    with sqlite3.connect(newer / DB_FILENAME) as db:
        db.execute(f"PRAGMA user_version = {db.execute('PRAGMA user_version').fetchone()[0] + 1}")
    with sqlite3.connect(shapeless / DB_FILENAME) as db:
        db.execute("DROP TABLE documents_squeezed")
    out += [raised(lambda: Store.open(newer)), raised(lambda: Store.open(shapeless))]
    altered = small_project(tmp / "altered")
    with sqlite3.connect(altered / DB_FILENAME) as db:
        db.execute("UPDATE documents SET text = '改过的文本'")
    with Store.open(altered) as store:
        out.append(raised(lambda: store.document(store.documents()[0].id)))
    return out


KILLED_WRITING = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE documents SET done = 1")
os._exit(0)
"""


def read_only_messages(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    """A read-only project's (core/store/read_only.py) and a path the file system cannot take."""
    import subprocess
    import sys

    from annotator.core.store import read_only
    from tests.core.conftest import old_project

    project, old, unclean = small_project(tmp / "p"), tmp / "old", small_project(tmp / "unclean")
    old_project(old, 4)
    subprocess.run([sys.executable, "-c", KILLED_WRITING, str(unclean / DB_FILENAME)], check=True)
    (unclean / f"{DB_FILENAME}-shm").unlink()
    shared = small_project(tmp / "shared")  # written with a rollback journal (on a share), a write cut short
    sqlite3.connect(shared / DB_FILENAME).execute("PRAGMA journal_mode = DELETE").connection.close()
    cut_short_copy(shared, tmp / "cut short")
    out = [raised(lambda: Store.create(tmp / ("长路径" * 60))),  # a name over 255 bytes, a path over 4,096
           raised(lambda: Store.open(tmp.joinpath(*["路" * 80] * 20)))]
    with mp.context() as m:
        m.setattr(read_only, "can_write", lambda path: False)
        out.append(raised(lambda: Store.open(tmp / "cut short", read_only_ok=True)))
        with Store.open(project, read_only_ok=True) as store:
            out.append(raised(lambda: store.set_document_done(store.documents()[0].id, True)))
        out.append(raised(lambda: Store.open(old, read_only_ok=True)))
        real = sqlite3.connect  # a read-only folder: SQLite cannot make the shared-memory file
        m.setattr(sqlite3, "connect", lambda where, *a, **k: (_ for _ in ()).throw(sqlite3.OperationalError(
            "unable to open database file")) if "mode=ro" in str(where) and "immutable" not in str(where)
            else real(where, *a, **k))
        out.append(raised(lambda: Store.open(unclean, read_only_ok=True)))
    return out


def editing(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    folder = small_project(tmp / "edits", spans=1)
    out = []
    with Store.open(folder, busy_timeout_ms=50) as store:
        a = store.annotations()[0]
        holder = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        out.append(raised(lambda: store.add_annotation(1, 6, 9, "DISTRICT")))
        holder.execute("ROLLBACK")
        holder.close()
        store.update_annotation(a.id, note="li", value={"code": "350200"})  # another window's, meanwhile
        out += [raised(lambda: store.update_annotation(a.id, note="wang", expected={"note": ""})),
                raised(lambda: store.update_annotation(a.id, value={"code": "350203"}, expected={"value": {}}))]
        store.conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write, as on a read-only disk
        out.append(raised(lambda: store.add_annotation(1, 6, 9, "DISTRICT")))
        store.conn.execute("PRAGMA query_only = OFF")
        with mp.context() as m:  # a disk measured full refuses the commit: said with its space left (disk.not_saved)
            m.setattr(disk.shutil, "disk_usage", lambda _folder: types.SimpleNamespace(free=12_000))
            m.setattr(store, "conn", FailingConnection(store.conn, "COMMIT"))
            out.append(raised(lambda: store.add_annotation(1, 6, 9, "DISTRICT")))
        span = Annotation(None, 1, 0, 3, "AMOUNT", TEXT[:3])
        out += [raised(lambda: store.add_annotation(1, 1, 4, "DISTRICT")),
                raised(lambda: store.add_annotation(1, 0, 3, "NOPE")),
                raised(lambda: store.add_annotation(1, 0, 3, "amount")),  # "; did you mean 'AMOUNT'?"
                raised(lambda: store.add_annotation(1, 5, 500, "DISTRICT")),
                *(raised(lambda s=s: store.add_annotations(1, [s])) for s in [
                    replace(span, text=""), replace(span, text="别的"), replace(span, value=[1]),
                    replace(span, value={"x": object()}), replace(span, note=5), replace(span, note="\ud800"),
                    replace(span, confidence="high")]),
                raised(lambda: store.set_status([a.id], "maybe"))]
        doc = store.document(1)  # Import again's write, the document changed or removed meanwhile
        out += [raised(lambda: store.replace_document(1, "0" * 64, replace(doc, id=None, text=TEXT + "。"))),
                raised(lambda: store.replace_document(99, doc.sha256, doc))]
        # the label editor, a label's guide
        store.add_label("MINE", shortcut="m")
        mine = store.label("MINE")
        out += [raised(lambda: store.add_label(" ")), raised(lambda: store.add_label("MINE")),
                raised(lambda: store.add_label("项目")),
                raised(lambda: store.add_label("OTHER", shortcut="m")), raised(lambda: store.delete_label("DISTRICT")),
                raised(lambda: store.update_label("DISTRICT", new_name="PLACE"))]
        used = store.add_annotation(1, 0, 3, "MINE").changes[0].after  # a label of the project's own in use
        out.append(raised(lambda: store.delete_label("MINE")))
        store.set_status([used.id], "rejected")  # "…, 1 of them rejected (shown by View › Show rejected spans)"
        out.append(raised(lambda: store.delete_label("MINE")))
        store.add_annotation(1, 0, 3, "AMOUNT", status="rejected")
        out.append(raised(lambda: store.delete_label("AMOUNT")))
        store.delete_annotation(used.id)
        store.delete_label("MINE")

        def gone():
            with store.transaction():
                store._update_label(mine, replace(mine, color="#000000"))
        out.append(raised(gone))
        store.set_label_guide("DISTRICT", "one")
        out += [raised(lambda: store.set_label_guide("DISTRICT", "x" * (MAX_CHARS + 1))),
                raised(lambda: store.set_label_guide("DISTRICT", "two", expected="")),
                raised(lambda: store.set_label_guide("NOPE", "x"))]
        # the adjudication panel's gold layer named as a coder
        out.append(raised(lambda: take_agreed(store, 1, ["李四"], layer="")))
    return out + undo_conflicts(small_project(tmp / "undo", spans=4)) + moved_away(small_project(tmp / "moved")) \
        + renames(small_project(tmp / "renamed"))


def moved_away(folder: Path) -> list[str]:
    """An edit after the project's folder was moved away while open."""
    with Store.open(folder) as store:
        os.rename(folder, folder.with_name("elsewhere"))
        return [raised(lambda: store.set_document_done(1, True))]


def undo_conflicts(folder: Path) -> list[str]:
    """Undo of a step whose span, link or document metadata another program changed since."""
    with Store.open(folder) as store, Store.open(folder) as other:
        first, second, third, fourth = (a.id for a in store.annotations())
        note = store.update_annotation(first, note="mine")
        other.update_annotation(first, note="theirs")
        store.relabel(second, "PROJECT")
        link = store.add_link(second, "district", first)
        other.set_link_status([link.link_changes[-1].after.id], "rejected")
        jurisdiction = store.set_document_metadata(1, "jurisdiction", "厦门市")
        other.set_document_metadata(1, "jurisdiction", "湖里区")
        reject = store.set_status([fourth], "rejected")  # a status, a label: said as the window names them
        other.set_status([fourth], "suggested")
        relabel = store.relabel(third, "TARGET")
        other.relabel(third, "AMOUNT")
        return [*(raised(lambda step=step: store.revert(step)) for step in (note, link, jurisdiction, relabel, reject)),
                raised(lambda: store.set_document_metadata(1, "jurisdiction", "思明区", expected="厦门市"))]


def backups_and_exports(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    folder = small_project(tmp / "b", spans=3)
    (folder / "backups").write_text("not a folder")  # every automatic backup fails
    with Store.open(folder) as store:
        store.add_annotation(1, 12, 15, "DISTRICT")
        out = [store.backup_error]
    damaged = tmp / "damaged-b"
    make_project(damaged)
    damage_a_page(damaged)
    out.append(raised(lambda: backup.copy_checked(sqlite3.connect(damaged / DB_FILENAME), tmp / "copy.sqlite")))
    (tmp / "garbage.sqlite").write_bytes(b"not a database" * 300)
    with sqlite3.connect(tmp / "other.sqlite") as db:
        db.execute("CREATE TABLE other (x)")
    newer = small_project(tmp / "nb")
    with sqlite3.connect(newer / DB_FILENAME) as db:
        db.execute(f"PRAGMA user_version = {db.execute('PRAGMA user_version').fetchone()[0] + 1}")
    unused = small_project(tmp / "unused")
    edit_header(unused, page_too_many)
    out += [raised(lambda path=path: backup.check_backup(path)) for path in (
        tmp / "garbage.sqlite", unused / DB_FILENAME, tmp / "other.sqlite", newer / DB_FILENAME)]
    fresh = small_project(tmp / "fresh")
    good = tmp / "good.sqlite"
    shutil.copy(fresh / DB_FILENAME, good)
    out += [raised(lambda: restore(fresh)), raised(lambda: restore(fresh, tmp / "nope.sqlite"))]
    with mp.context() as m:
        m.setattr(os, "access", lambda path, mode: Path(path) != fresh)
        out.append(raised(lambda: restore(fresh, good)))
        m.setattr(os, "access", lambda path, mode: Path(path) != fresh / DB_FILENAME)
        out.append(raised(lambda: restore(fresh, good)))
    with mp.context() as m:  # restores on a full disk
        m.setattr(restore_module, "copy_checked", lambda conn, target: (_ for _ in ()).throw(
            sqlite3.OperationalError("database or disk is full")))
        out.append(raised(lambda: restore(fresh, good)))
        aside = tmp / "aside"
        make_project(aside)
        damage_a_page(aside)
        m.setattr(restore_module, "open_read_only", FullDiskSource)
        out.append(raised(lambda: restore(aside)))
    holder = sqlite3.connect(fresh / DB_FILENAME, isolation_level=None)  # another program's write lock
    holder.execute("BEGIN IMMEDIATE")
    try:
        out.append(raised(lambda: restore_saving(fresh, good, busy_timeout_ms=100)))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    exported = small_project(tmp / "e", spans=3)
    (tmp / "a-folder").mkdir()
    with Store.open(exported) as store:
        out += [raised(lambda: export(store, exported / DB_FILENAME)),
                raised(lambda: export(store, tmp / "out.csv", labels=["NOPE"])),
                raised(lambda: atomic_write_text(tmp / "no" / "such" / "x.txt", "x")),
                raised(lambda: atomic_write_text(tmp / "a-folder", "x"))]
        with mp.context() as m:  # the folder refuses a new file; the finished file cannot take the old one's place
            m.setattr(os, "open", lambda *a: (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
            out.append(raised(lambda: atomic_write_text(tmp / "x.txt", "x")))
        with mp.context() as m:
            m.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(5, "Input/output error")))
            out.append(raised(lambda: atomic_write_text(tmp / "x.txt", "x")))
        with mp.context() as m:
            m.setattr(sheets, "MAX_ROWS", 2)
            out.append(raised(lambda: export(store, tmp / "out.xlsx")))
        with mp.context() as m:  # the disk full once the span suggestions are stored: their links refused
            m.setattr(LinkQueries, "add_links", lambda *a, **k: (_ for _ in ()).throw(
                sqlite3.OperationalError("database or disk is full")))
            out.append(raised(lambda: suggest_spans_and_links(store)))
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> tuple[Path, list[str]]:
    tmp = tmp_path_factory.mktemp("messages")
    with pytest.MonkeyPatch.context() as mp:
        return tmp, (opening(tmp / "o", mp) + editing(tmp / "e", mp) + backups_and_exports(tmp / "b", mp)
                     + team(tmp / "t", mp) + refusals(tmp / "m"))


@pytest.fixture
def messages(made) -> list[str]:
    return made[1]


def matching(text: str, rules) -> list[str]:
    return [pattern for pattern, _template, _kinds in rules if re.fullmatch(pattern, text)]


def test_each_message_of_the_core_has_exactly_one_rule(messages, qapp):
    for message in messages:
        assert "\n" not in message
        assert len(matching(message, core_errors.rules())) == 1, message


def test_every_rule_and_piece_is_met_by_a_message_of_the_core(messages, qapp):
    unmet = {pattern for pattern, _t, _k in core_errors.rules()}
    pieces = {pattern for pattern, _t, _k in core_errors.piece_rules()}
    for message in messages:
        for pattern, _template, kinds in core_errors.rules():
            match = re.fullmatch(pattern, message)
            if match is None:
                continue
            unmet.discard(pattern)
            for kind, group in zip(kinds, match.groups(), strict=False):
                if kind == PIECE:
                    assert len(matching(group, core_errors.piece_rules())) == 1, (message, group)
                    pieces -= set(matching(group, core_errors.piece_rules()))
    assert not unmet and not pieces


# English words a Chinese sentence may keep: commands, their options, names of formats
ALLOWED = {"annotator", "restore", "new", "SQLite", "WAL", "JSON", "UTF", "Excel", "CSV", "sha", "format", "csv",
           "table", "facts", "doc", "label", "zip", "Ctrl"}  # (Ctrl+N: a menu entry's key)


def test_english_stays_as_the_core_wrote_it_and_chinese_keeps_the_paths_and_names(made, qapp):
    tmp, messages = made
    # the English as the core wrote it, but its advice for a terminal: the window names its menu or list instead
    terminal = re.compile(r"'annotator \w|`annotator \w|--\w")
    changed = [(m, summary_text(m)) for m in messages if summary_text(m) != m]
    for core, shown in changed:
        assert terminal.search(core) and not terminal.search(shown), shown
        assert "Project ›" in shown or "the document list" in shown, shown
        assert shown[:40] == core[:40]  # its start (the file it names) as the core wrote it
    assert len(changed) == 10  # a project to make (1), to restore (7), an export too wide (1), names to see (1)
    words = re.compile(r"[A-Za-z]{3,}")
    install_translator(qapp, "zh_CN")
    try:
        for message in messages:
            said = summary_text(message)
            assert said != message and re.search(r"[\u4e00-\u9fff]", said), message
            for path in re.findall(re.escape(str(tmp)) + r"[^\s;:'()]*", message):
                assert path in said, (path, said)
            (pattern,) = matching(message, core_errors.rules())
            kept = set(words.findall(" ".join(re.fullmatch(pattern, message).groups())))  # paths, what SQLite said
            assert set(words.findall(said)) - kept <= ALLOWED, said
    finally:
        install_translator(qapp, "en")
