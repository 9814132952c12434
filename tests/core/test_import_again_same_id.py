"""*Import again* inserted the new reading as a NEW document and removed the old one: the document got a new
id, jumped to the end of the list (ordered by id), and every id a researcher had exported (a workbook's
document id column, JSONL, the Facts sheet Stata or R merge on) no longer named it. Now the document is
replaced IN PLACE, in one write: its id, name, place and done mark stay; the spans kept move, the others go
with their links; search finds the new text and not the old; the next ``annotator suggest`` suggests on it
again (its record of the last run is gone with the old text); a write failing midway leaves it all as it was."""
from __future__ import annotations

import sqlite3

import pytest

from annotator.core.errors import DiskWriteError
from annotator.core.imports.again import import_again, read_source
from annotator.core.store import Store
from annotator.core.undo import UndoHistory
from tests.cli_run import run
from tests.test_cli_import_again import again, suggest_again

REPORT = "湖里区2024年政府工作报告\n\n松元产业园二期开工建设，总投资15亿元。\n\n思明区推进旧城改造，旧址保护。\n"
ADDED = "（2024年1月5日）\n\n"
EDITED = ADDED + REPORT.replace("15亿元", "18亿元").replace("旧址保护", "新建集美学村")
SKIPPED = "skipped {} document(s) already suggested with these settings; --again runs them anew"
TRIGGER = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'documents_squeezed_update'"


def _project(tmp_path, capsys):
    """a.txt, b.txt, c.txt imported and suggested on; b.txt with 湖里区 ← 松元产业园二期 ← 15亿元 accepted and
    linked, and marked done."""
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(REPORT + name, encoding="utf-8")
    assert run(capsys, "import", folder, *(tmp_path / n for n in ("a.txt", "b.txt", "c.txt")))[0] == 0
    with Store.open(folder) as store:
        b = store.document_id_by_name("b.txt")
        for text, label in (("湖里区", "DISTRICT"), ("松元产业园二期", "PROJECT"), ("15亿元", "AMOUNT")):
            start = REPORT.index(text)
            store.add_annotation(b, start, start + len(text), label, annotator="li")
        district, project, amount = (a.id for a in store.annotations(b))
        store.add_link(project, "district", district)
        store.add_link(amount, "project", project)
        store.set_document_done(b, True)
    code, out, _err = run(capsys, "suggest", folder, "--model", "none")
    assert code == 0 and out.splitlines()[1].startswith("3 document(s): ")
    return folder


def _indexed(store, trigram: str) -> list[int]:
    """The documents the search index names as holding ``trigram``."""
    return [r[0] for r in store.conn.execute("SELECT rowid FROM documents_squeezed WHERE documents_squeezed MATCH ?",
                                             (f'"{trigram}"',))]


def test_the_document_keeps_its_id_place_and_mark_and_is_searched_and_suggested_as_read_now(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    with Store.open(folder) as store:
        listed = [(d.id, d.name) for d in store.documents()]
        b = store.document_id_by_name("b.txt")
        district, project, amount = (a for a in store.annotations(b, statuses=["accepted"]))
        assert store.annotations(b, statuses=["suggested"]) and store.search("旧址保护")
        trigger = store.conn.execute(TRIGGER).fetchone()
    (tmp_path / "b.txt").write_text(EDITED + "b.txt", encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder, "--doc", "b.txt", "--force")
    assert code == 0 and out.splitlines() == [again(tmp_path, "b.txt", 2, 3), suggest_again(folder)], err

    with Store.open(folder) as store:
        assert [(d.id, d.name) for d in store.documents()] == listed  # the same id, name and place
        doc = store.document(b)
        assert doc.text == EDITED + "b.txt" and doc.done and doc.char_count == len(doc.text)
        spans = store.annotations(b)
        assert [(a.id, a.text, a.start) for a in spans] == [(district.id, "湖里区", len(ADDED)),
                                                           (project.id, "松元产业园二期", len(ADDED) + project.start)]
        assert [(k.source_id, k.target_id) for k in store.links(b)] == [(project.id, district.id)]
        assert amount.id not in {a.id for a in store.annotations()}  # gone, with its link to the project
        assert [(d, name) for d, name, *_ in store.search("集美学村")] == [(b, "b.txt")]
        assert {d for d, *_ in store.search("旧址保护")} == {d for d, name in listed if name != "b.txt"}
        assert _indexed(store, "集美学") == [b] and b not in _indexed(store, "旧址保")
        assert store.conn.execute(TRIGGER).fetchone() == trigger  # set aside for the write alone
        assert store.integrity_check() == "ok"
        assert store.document_stats(b)["annotations"] == {"DISTRICT/accepted": 1, "PROJECT/accepted": 1}
        assert b not in store.suggest_records()

    code, out, _err = run(capsys, "suggest", folder, "--model", "none")
    lines = out.splitlines()
    assert code == 0 and lines[1].startswith("1 document(s): ") and lines[2] == SKIPPED.format(2)
    with Store.open(folder) as store:
        assert store.annotations(b, statuses=["suggested"]) and b in store.suggest_records()  # proposed on again


def _failing(monkeypatch, step: str) -> None:
    """``step`` of the write raising as a full disk does, once it did its part."""
    real = getattr(Store, step)

    def then_the_disk_fills(self, *args, **kwargs):
        real(self, *args, **kwargs)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, step, then_the_disk_fills)


@pytest.mark.parametrize("step", ["_delete", "_forget_suggested"])
def test_a_write_failing_midway_leaves_the_text_spans_links_and_search_as_they_were(tmp_path, capsys, monkeypatch,
                                                                                    step):
    folder = _project(tmp_path, capsys)
    (tmp_path / "b.txt").write_text(EDITED + "b.txt", encoding="utf-8")
    with Store.open(folder) as store:
        b = store.document_id_by_name("b.txt")
        history = UndoHistory(store)
        history.push(store.set_document_done(b, False))
        before = (store.documents(), store.document(b).text, store.annotations(b), store.links(b),
                  store.suggest_records(), store.document_files(b), store.conn.execute(TRIGGER).fetchone())
        reread = read_source(store, b)
        _failing(monkeypatch, step)
        with pytest.raises(DiskWriteError):
            import_again(store, reread, history)
        monkeypatch.undo()
        assert (store.documents(), store.document(b).text, store.annotations(b), store.links(b),
                store.suggest_records(), store.document_files(b), store.conn.execute(TRIGGER).fetchone()) == before
        assert b in {d for d, *_ in store.search("旧址保护")} and store.search("集美学村") == []
        assert b in _indexed(store, "旧址保") and _indexed(store, "集美学") == []
        assert history.can_undo()  # cleared only once the document was replaced
