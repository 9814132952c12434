"""`annotator restore` rolls the project back to a backup, but not its id counters: a span or link
added after the backup (gone with the restore) never lends its id to the next one. The next span
imported took the id of the span the open window had added, and Ctrl+Z there named one for the other.
Each restore also leaves a new mark the window sees (it clears its undo history)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from annotator.core.errors import ProjectError
from annotator.core.store import Store
from annotator.core.store.restore import restore
from tests.cli_run import ARTICLE, project_of_two, run


def gold(tmp_path, piece: str):
    path = tmp_path / f"{piece}.gold.jsonl"
    start = ARTICLE.index(piece)
    path.write_text(json.dumps({"doc": "a.txt", "start": start, "end": start + len(piece), "label": "DISTRICT",
                                "text": piece}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def span_ids(folder) -> dict[str, int]:
    with Store.open(folder) as store:
        return {a.text: a.id for a in store.annotations()}


def test_a_span_imported_after_a_restore_never_takes_the_id_of_one_the_restore_took_away(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)  # its backup: two articles, no spans
    assert run(capsys, "import-annotations", folder, gold(tmp_path, "思明区"))[0] == 0
    gone = span_ids(folder)["思明区"]
    assert run(capsys, "restore", folder)[0] == 0
    assert span_ids(folder) == {}
    assert run(capsys, "import-annotations", folder, gold(tmp_path, "集美区"))[0] == 0
    assert span_ids(folder)["集美区"] > gone


def test_links_and_spans_added_after_a_restore_get_ids_never_given_before(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    with Store.open(folder) as store:  # the session's backup first: before these
        amount = store.add_annotation(1, ARTICLE.index("55.1亿元"), ARTICLE.index("55.1亿元") + 6, "AMOUNT")
        district = store.add_annotation(1, ARTICLE.index("湖里区"), ARTICLE.index("湖里区") + 3, "DISTRICT")
        link = store.add_link(amount.changes[0].after.id, "district", district.changes[0].after.id)
        given = (district.changes[0].after.id, link.changes[0].after.id)
    restore(folder)
    with Store.open(folder) as store:
        assert store.annotations() == []
        amount = store.add_annotation(1, ARTICLE.index("55.1亿元"), ARTICLE.index("55.1亿元") + 6, "AMOUNT")
        district = store.add_annotation(1, ARTICLE.index("思明区"), ARTICLE.index("思明区") + 3, "DISTRICT")
        link = store.add_link(amount.changes[0].after.id, "district", district.changes[0].after.id)
        assert amount.changes[0].after.id > given[0] and link.changes[0].after.id > given[1]
        assert store.integrity_check() == "ok"


def test_a_document_imported_after_a_restore_never_takes_the_id_of_one_the_restore_took_away(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)  # its backup: a.txt and b.txt
    (tmp_path / "c.txt").write_text("湖里区新增一所学校。", encoding="utf-8")
    (tmp_path / "d.txt").write_text("思明区新增一所医院。", encoding="utf-8")
    assert run(capsys, "import", folder, tmp_path / "c.txt")[0] == 0
    with Store.open(folder) as store:
        gone = store.document_id_by_name("c.txt")
    assert run(capsys, "restore", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "d.txt")[0] == 0
    with Store.open(folder) as store:
        assert store.document_id_by_name("c.txt") is None and store.document_id_by_name("d.txt") > gone


def test_each_restore_leaves_a_new_mark(tmp_path, capsys):
    from annotator.core.store.restore import restore_mark

    folder = project_of_two(tmp_path, capsys)
    marks = []
    for _ in range(3):
        with Store.open(folder) as store:
            marks.append(restore_mark(store))
        restore(folder)
    with Store.open(folder) as store:
        marks.append(restore_mark(store))
    assert marks[0] == "" and len(set(marks)) == 4
    assert not list((folder / "backups").glob("*.part"))  # the marked copy went in and is gone


class FullDisk(sqlite3.Connection):
    def execute(self, sql, *args):
        raise sqlite3.OperationalError("database or disk is full")


def test_a_marked_copy_that_cannot_be_written_restores_nothing_and_names_it(tmp_path, capsys, monkeypatch):
    folder = project_of_two(tmp_path, capsys)
    assert run(capsys, "import-annotations", folder, gold(tmp_path, "思明区"))[0] == 0
    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda where, *a, **k: real(
        where, *a, **({"factory": FullDisk} if str(where).endswith(".part") else {}), **k))
    with pytest.raises(ProjectError, match=r"restoring\.\d+\.part: could not be written \(database or disk is full\); "
                                           "nothing was restored"):
        restore(folder)
    monkeypatch.undo()
    assert list(span_ids(folder)) == ["思明区"]
    assert not list((folder / "backups").glob("restoring*"))
