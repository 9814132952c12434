"""The command line on the bad inputs of the window's tests (tests/gui/test_bad_inputs_zh.py): one
English line naming the file and the problem, and the project as it was (or, for a JSON Lines file
with one broken line, the good lines stored and the broken one named)."""
from __future__ import annotations

import sqlite3
import zipfile

from annotator.core.store import Store
from annotator.core.store import restore as restoring
from annotator.paths import DB_FILENAME
from tests.cli_run import assert_user_error, project_of_two, run


def held(folder) -> list[tuple]:
    with Store.open(folder) as store:
        return [(d.name, store.document(d.id).text) for d in store.documents()] + sorted(
            (a.document_id, a.start, a.end, a.label, a.status, a.annotator) for a in store.annotations())


def line(doc: str, start: int, end: int, text: str) -> str:
    return f'{{"doc": "{doc}", "start": {start}, "end": {end}, "label": "DISTRICT", "text": "{text}"}}\n'


def test_a_jsonl_file_in_gbk_is_read_as_a_document_in_gbk_is(tmp_path, capsys):
    """It was refused line by line ("not UTF-8 text"); a file text in no encoding: tests/test_cli_gold_encodings.py."""
    folder = project_of_two(tmp_path, capsys)
    gbk = tmp_path / "gold-gbk.jsonl"
    gbk.write_bytes(line("a.txt", 0, 3, "厦门市").encode("gbk"))
    code, out, err = run(capsys, "import-annotations", folder, gbk)
    assert code == 0 and err == "" and "gold-gbk.jsonl: stored 1 annotation(s)" in out
    assert [row[1:4] for row in held(folder) if len(row) > 2] == [(0, 3, "DISTRICT")]


def test_a_zip_of_something_else_named_xlsx_is_said_as_such(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    before = held(folder)
    fake = tmp_path / "corrections.xlsx"
    with zipfile.ZipFile(fake, "w") as z:
        z.writestr("notes.txt", "not a workbook")
    result = run(capsys, "import-annotations", folder, fake)
    assert_user_error(result, f"{fake}: is a zip archive but not an .xlsx workbook; choose the workbook annotator "
                              "exported; nothing was stored from it")
    assert "KeyError" not in result[2]
    assert held(folder) == before


def test_a_jsonl_with_a_bom_and_a_broken_line_stores_the_good_lines(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    gold = tmp_path / "gold.jsonl"
    good = line("a.txt", 0, 3, "厦门市") + "{broken\n" + line("a.txt", 3, 6, "湖里区")
    gold.write_text(good, encoding="utf-8-sig")
    code, out, err = run(capsys, "import-annotations", folder, gold)
    assert code == 3  # partly done: a line refused, the others stored; one line on stderr says so (it said nothing)
    refused, said = err.splitlines()  # the line refused, then the one line that says so, on standard error
    assert said == "annotator: partly done: 1 line(s) rejected, the rest stored (a 'rejected' line above names each)"
    assert refused.startswith(f"rejected {gold} line 2: not valid JSON") and f"rejected {gold}" not in out
    with Store.open(folder) as store:
        assert sorted(a.text for a in store.annotations()) == ["厦门市", "湖里区"]


def test_an_export_into_a_folder_that_does_not_exist_names_the_folder(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    out = tmp_path / "missing" / "out.xlsx"
    assert_user_error(run(capsys, "export", folder, "-o", out),
                      f"{out}: the folder {out.parent} does not exist; nothing was written")
    assert not out.parent.exists()


def test_a_restore_while_another_program_holds_the_write_lock_stops_and_says_so(tmp_path, capsys, monkeypatch):
    """SQLite's backup waits for the lock without end: `annotator restore` hung until killed."""
    monkeypatch.setattr(restoring.restore_saving, "__kwdefaults__", {"busy_timeout_ms": 200})
    folder = project_of_two(tmp_path, capsys)
    assert run(capsys, "import", folder, tmp_path / "a.txt")[0] == 0  # a backup of the project to restore
    with Store.open(folder) as store:
        store.add_annotation(1, 0, 3, "DISTRICT")  # saved after that backup
    before = held(folder)
    holder = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run(capsys, "restore", folder)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_user_error(result, f"{folder / DB_FILENAME}: the project is busy in another program (database is locked) "
                              "and stayed busy for 0.2 s; nothing was restored — close it and try again")
    assert held(folder) == before  # the restore did not replace it, not even in part
