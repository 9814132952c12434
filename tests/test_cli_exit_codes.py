"""The exit codes a script reads, the same for every command and said in ``annotator --help``: 3 when
an import is partly done (some files or rows refused, the rest stored), 1 when nothing was, and the
same code on a second run of the same import. An import with a bad file said 0 the first time and 1
the second (nothing new), and ``import-annotations`` said 1 when one file of two failed though the
other was stored, 0 when rows were refused."""
from __future__ import annotations

import json

from annotator.cli import build_parser
from annotator.core.store import Store
from tests.cli_run import ARTICLE, run


def _folder(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE + "b", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder, tmp_path / "proj"


def test_an_import_with_a_bad_file_is_partly_done_the_first_and_the_second_time(tmp_path, capsys):
    folder, project = _folder(tmp_path)
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, folder)
    assert code == 3 and out == "imported 2 document(s)\n" and err.startswith(f"failed {folder / 'empty.txt'}: ")
    code, out, _ = run(capsys, "import", project, folder)  # the same import again: nothing new, the same code
    assert code == 3 and "imported 0 document(s)" in out
    with Store.open(project) as store:
        assert sorted(d.name for d in store.documents()) == ["a.txt", "b.txt"]


def test_an_import_of_bad_files_only_is_an_error_and_of_good_ones_done(tmp_path, capsys):
    folder, project = _folder(tmp_path)
    assert run(capsys, "new", project)[0] == 0
    assert run(capsys, "import", project, folder / "empty.txt")[0] == 1
    assert run(capsys, "import", project, folder / "a.txt")[0] == 0
    assert run(capsys, "import", project, folder / "a.txt")[0] == 0  # already there: done


def test_an_import_that_exits_1_says_why_on_standard_error(tmp_path, capsys):
    """Exit 1 with nothing on standard error (the report on standard output alone said it, its 'failed' lines
    there too, now on standard error: test_cli_import_problems.py), where every
    other command's error, import-annotations' 'every line was refused' too, is an 'annotator: error:' line:
    a script that logs standard error had no word of it."""
    folder, project = _folder(tmp_path)
    (folder / "binary.txt").write_bytes(b"\0\1\2" * 100)
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, folder / "empty.txt")
    assert code == 1 and out == "imported 0 document(s)\n"  # the error says it: not a 'failed' line as well
    assert err == f"annotator: error: {folder / 'empty.txt'}: the file is empty; nothing was imported\n"
    code, out, err = run(capsys, "import", project, folder / "empty.txt", folder / "binary.txt", tmp_path / "nosuch")
    *failed, last = err.splitlines()
    assert code == 1 and len(failed) == 3 and all(line.startswith("failed ") for line in failed) and "failed" not in out
    assert last.startswith("annotator: error: every file failed, nothing was imported: 3 of them, the first ")
    assert last.endswith(" (a 'failed' line above names each)") and "Traceback" not in err
    code, out, err = run(capsys, "import", project, folder)  # partly done: the report says it, and one line on
    assert code == 3 and out == "imported 2 document(s)\n"  # stderr (it said nothing there: a script's log)
    *failed, last = err.splitlines()
    assert [line.split(": ")[0] for line in failed] == [f"failed {folder / n}" for n in ("binary.txt", "empty.txt")]
    assert last.startswith("annotator: partly done: 2 file(s) failed (the first, ")
    assert last.endswith("; 2 document(s) imported (a 'failed' line above names each)"), err


def _gold(tmp_path, name, doc="a.txt"):
    path = tmp_path / name
    path.write_text(json.dumps({"doc": doc, "start": 3, "end": 6, "label": "DISTRICT", "text": ARTICLE[3:6]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_import_annotations_with_a_file_failed_and_another_stored_is_partly_done(tmp_path, capsys):
    folder, project = _folder(tmp_path)
    assert run(capsys, "new", project)[0] == 0 and run(capsys, "import", project, folder / "a.txt")[0] == 0
    good = _gold(tmp_path, "good.gold.jsonl")
    code, out, err = run(capsys, "import-annotations", project, good, tmp_path / "missing.jsonl")
    assert code == 3 and "good.gold.jsonl: stored 1 annotation(s)" in out and "missing" not in out
    failed, said = err.splitlines()  # the file not imported on standard error, as `import` says it, then why 3
    assert failed.startswith("missing.jsonl: failed, nothing stored from it: cannot read")
    assert said.startswith("annotator: partly done: ") and "missing.jsonl" in said
    with Store.open(project) as store:
        assert [a.text for a in store.annotations()] == [ARTICLE[3:6]]
    code, _, err = run(capsys, "import-annotations", project, tmp_path / "missing.jsonl")
    assert code == 1 and "missing.jsonl" in err


def test_import_annotations_with_rows_refused_and_others_stored_is_partly_done(tmp_path, capsys):
    folder, project = _folder(tmp_path)
    assert run(capsys, "new", project)[0] == 0 and run(capsys, "import", project, folder / "a.txt")[0] == 0
    mixed = _gold(tmp_path, "mixed.gold.jsonl")
    mixed.write_text(mixed.read_text(encoding="utf-8") + '{"bad\n', encoding="utf-8")
    code, out, err = run(capsys, "import-annotations", project, mixed)
    assert code == 3 and "mixed.gold.jsonl line 2: not valid JSON" in err
    assert "mixed.gold.jsonl: partly imported: stored 1 annotation(s); 1 line(s) rejected\n" in out
    assert err.splitlines()[-1].startswith("annotator: partly done: 1 line(s) rejected")  # as `import`
    assert err.count("\n") == 2  # the line refused, then the summary
    refused = tmp_path / "refused.gold.jsonl"
    refused.write_text('{"bad\n', encoding="utf-8")
    assert run(capsys, "import-annotations", project, refused)[0] == 1  # every row refused: nothing done
    assert run(capsys, "import-annotations", project, _gold(tmp_path, "again.gold.jsonl"))[0] == 0


def test_import_annotations_of_a_file_that_fails_part_way_says_partly_imported_not_error(tmp_path, capsys,
                                                                                       monkeypatch):
    """A file whose first batch was stored before its second could not be (a full disk): exit 3, and
    what the command prints says partly, as the code does (it said "failed" and "annotator: error")."""
    from annotator.core.errors import SaveError
    from annotator.core.imports import annotations as annotation_import
    from annotator.core.imports import jsonl

    folder, project = _folder(tmp_path)
    assert run(capsys, "new", project)[0] == 0 and run(capsys, "import", project, folder / "a.txt")[0] == 0
    path = tmp_path / "g.gold.jsonl"
    path.write_text("".join(json.dumps({"doc": "a.txt", "start": s, "end": e, "label": label, "text": ARTICLE[s:e]},
                                       ensure_ascii=False) + "\n"
                            for s, e, label in ((0, 3, "DISTRICT"), (3, 6, "DISTRICT"), (6, 8, "PROJECT"))),
                    encoding="utf-8")
    monkeypatch.setattr(annotation_import, "BATCH_LINES", 1)  # a batch a line
    monkeypatch.setattr(annotation_import, "BATCH_SECONDS", 1e9)
    batches, flush = [], jsonl.JsonLines._flush_all

    def full_at_the_second(self):
        batches.append(1)
        if len(batches) == 2:
            raise SaveError(f"{self.store.path}: could not write (disk full); nothing was saved")
        flush(self)

    monkeypatch.setattr(jsonl.JsonLines, "_flush_all", full_at_the_second)
    code, out, err = run(capsys, "import-annotations", project, path)
    assert code == 3, err
    line, said = err.splitlines()  # the file that failed on standard error, then why 3
    assert line.startswith("g.gold.jsonl: partly imported: stored 1 annotation(s), then failed: ") and \
        line.endswith("could not write (disk full); nothing was saved; nothing more stored from it"), line
    assert "failed" not in out and out.startswith("added 1 annotation(s)\n"), out
    assert said.startswith(f"annotator: partly done: {path}: ") and "1 annotation(s) had been stored from it" in said
    assert "error" not in said, err
    with Store.open(project) as store:
        assert [a.text for a in store.annotations()] == [ARTICLE[0:3]]


def test_the_exit_codes_are_said_in_the_help():
    text = build_parser().format_help()
    for line in ("  0    done", "  1    an error", "  3    partly done", "130  interrupted", "143 terminated"):
        assert line in text, text
