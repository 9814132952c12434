"""Every command of the command line, and user mistakes as one clear line without a traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "厦门市湖里区政府工作报告\n全年投资55.1亿元建设松元产业园。思明区、集美区同步推进。\n"
GOLD = [{"doc": "report.txt", "start": ARTICLE.index(t), "end": ARTICLE.index(t) + len(t), "label": label,
         "text": t, "value": value} for t, label, value in (
             ("湖里区", "DISTRICT", {"name": "湖里区", "code": "350206"}),
             ("55.1亿元", "AMOUNT", {"yuan": 5510000000, "qualifier": None}), ("松元产业园", "PROJECT", {}))]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err


def assert_user_error(result: tuple[int, str, str], *words: str) -> None:
    code, _, err = result
    assert code != 0
    assert err.startswith("annotator: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err


@pytest.fixture
def project(tmp_path, capsys):
    folder = tmp_path / "proj"
    code, out, _ = run(capsys, "new", folder)
    assert code == 0 and "created project" in out
    article = tmp_path / "report.txt"
    article.write_text(ARTICLE, encoding="gb18030")
    assert run(capsys, "import", folder, article, "--meta", "year=2023")[0] == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD), encoding="utf-8")
    return folder, gold


def test_new_import_import_annotations_export_stats(project, tmp_path, capsys):
    folder, gold = project
    code, out, _ = run(capsys, "import-annotations", folder, gold, "--annotator", "me")
    assert code == 0 and "added 3 annotation(s)" in out
    out_jsonl = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "export", folder, "-o", out_jsonl)
    assert code == 0 and "wrote 3 line(s)" in out
    lines = [json.loads(x) for x in out_jsonl.read_text(encoding="utf-8").splitlines()]
    assert [line.pop("meta") for line in lines] == [{"title": "厦门市湖里区政府工作报告", "year": 2023}] * 3
    assert [line.pop("annotator") for line in lines] == ["me"] * 3  # whose spans they are
    assert lines == GOLD  # and otherwise the gold lines
    out_doccano = tmp_path / "out.doccano.jsonl"
    assert run(capsys, "export", folder, "-o", out_doccano, "--format", "doccano", "--label", "DISTRICT")[0] == 0
    (line,) = out_doccano.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["label"] == [[GOLD[0]["start"], GOLD[0]["end"], "DISTRICT"]]
    code, out, _ = run(capsys, "stats", folder, "--json")
    stats = json.loads(out)
    assert stats["documents"] == 1 and stats["annotations"]["DISTRICT/accepted"] == 1
    code, out, _ = run(capsys, "stats", folder)
    assert code == 0 and "documents: 1" in out and "links:" not in out
    assert run(capsys, "suggest-links", folder)[0] == 0
    linked = json.loads(run(capsys, "stats", folder, "--json")[1])["links"]
    assert sum(linked.values()) >= 1 and all(key.startswith(("district/", "project/")) for key in linked)
    code, out, _ = run(capsys, "stats", folder)
    assert f"links: {sum(linked.values())}" in out


def test_evaluate_the_gold_against_itself_scores_one(project, capsys):
    folder, gold = project
    run(capsys, "import-annotations", folder, gold)
    code, out, _ = run(capsys, "evaluate", folder, "--gold", gold, "--json")
    result = json.loads(out)
    assert code == 0 and set(result) == {"labels", "overall"}
    assert set(result["labels"]) == {"DISTRICT", "AMOUNT", "PROJECT"}
    for kinds in [*result["labels"].values(), result["overall"]]:
        assert set(kinds) == {"exact", "overlap", "value"}
        for kind in ("exact", "overlap"):
            assert set(kinds[kind]) == {"p", "r", "f1", "tp", "gold", "pred"}
            assert kinds[kind]["f1"] == 1.0
        assert kinds["value"]["accuracy"] in (1.0, None)  # the same values, where there are any
    code, out, _ = run(capsys, "evaluate", folder, "--gold", gold)
    assert code == 0 and "DISTRICT" in out and "1.000" in out


def test_evaluate_the_corpus_gold_against_itself(tmp_path, capsys, corpus_gold):
    folder = tmp_path / "c"
    run(capsys, "new", folder)
    gold = corpus_gold
    run(capsys, "import", folder, *[p.with_name(p.name.replace(".gold.jsonl", ".txt")) for p in gold])
    assert run(capsys, "import-annotations", folder, *gold)[0] == 0
    result = json.loads(run(capsys, "evaluate", folder, "--gold", *gold, "--json")[1])
    assert all(s["exact"]["f1"] == 1.0 for s in result["labels"].values())


def test_evaluate_refuses_gold_whose_text_is_not_the_documents(project, tmp_path, capsys):
    """Gold made on another version of the text (here: one character more at its start, as a
    BOM or a CRLF line end gives) was scored on shifted offsets without a word: F1 0.0."""
    folder, _ = project
    run(capsys, "import-annotations", folder, project[1])
    shifted = tmp_path / "shifted.jsonl"
    shifted.write_text("".join(json.dumps({**g, "start": g["start"] + 1, "end": g["end"] + 1}, ensure_ascii=False)
                               + "\n" for g in GOLD), encoding="utf-8")
    assert_user_error(run(capsys, "evaluate", folder, "--gold", shifted), "shifted.jsonl line 1", "report.txt",
                      "湖里区", "3 of 3")
    beyond = tmp_path / "beyond.jsonl"
    beyond.write_text(json.dumps({**GOLD[0], "start": 900, "end": 903}) + "\n", encoding="utf-8")
    assert_user_error(run(capsys, "evaluate", folder, "--gold", beyond), "beyond.jsonl line 1", "900-903")


def test_evaluate_refuses_gold_with_no_spans(project, tmp_path, capsys):
    """An empty gold file scored P = R = F1 = 1.000: a perfect score for nothing."""
    folder, _ = project
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert_user_error(run(capsys, "evaluate", folder, "--gold", empty), "empty.jsonl", "no gold")


def test_gold_of_documents_not_in_the_project_is_counted_not_listed_whole(project, tmp_path, capsys):
    """Gold for 40 reports of which the project holds one listed all 39 other names in the error
    line (for a folder of 5,000 gold files, a line of 5,000 names), and not the project."""
    folder, _ = project
    spans = [{**GOLD[0], "doc": f"r{i:02d}.txt"} for i in range(39)] + [GOLD[0]]
    links = [{**GOLD[0], "doc": f"r{i:02d}.txt", "district": {"name": "湖里区"}} for i in range(39)]
    for option, lines in (("--gold", spans), ("--links", links)):
        gold = tmp_path / f"many{option}.jsonl"
        gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines), encoding="utf-8")
        result = run(capsys, "evaluate", folder, option, gold)
        assert_user_error(result, f"39 document(s) not in {folder}", "r00.txt", "and 34 more")
        assert "r38.txt" not in result[2] and len(result[2]) < 300


def test_suggest(project, capsys):
    folder, _ = project
    code, out, err = run(capsys, "suggest", folder, "--label", "DISTRICT")
    assert code == 0, err
    code, out, _ = run(capsys, "stats", folder, "--json")
    assert any(k.startswith("DISTRICT/suggested") for k in json.loads(out)["annotations"])


def test_export_right_after_suggest_says_the_open_suggestions_were_left_out(project, tmp_path, capsys):
    folder, gold = project
    assert run(capsys, "suggest", folder, "--label", "DISTRICT")[0] == 0
    code, out, _ = run(capsys, "stats", folder, "--json")
    open_spans = json.loads(out)["annotations"]["DISTRICT/suggested"]
    code, out, err = run(capsys, "export", folder, "-o", tmp_path / "out.jsonl")
    assert code == 0 and out == f"wrote 0 line(s) to {tmp_path / 'out.jsonl'}\n"  # the note was on standard output
    assert err.startswith(f"note: {open_spans} open suggestion(s) were left out")
    code, out, err = run(capsys, "export", folder, "-o", tmp_path / "out.jsonl", "--status", "accepted,suggested")
    assert f"wrote {open_spans} line(s)" in out and "note" not in out + err
    code, out, err = run(capsys, "export", folder, "-o", tmp_path / "out.jsonl", "--label", "AMOUNT")
    assert "note" not in out + err  # no open AMOUNT suggestion was left out
    assert run(capsys, "import-annotations", folder, gold)[0] == 0  # accepted spans, the suggestions still open
    code, out, err = run(capsys, "export", folder, "-o", "-")  # the data alone on standard output
    assert code == 0 and out and "note:" not in out and all(json.loads(line) for line in out.splitlines())
    assert "open suggestion(s) were left out" in err


def test_restore(project, capsys):
    folder, gold = project
    from annotator.core.store import Store, backup

    with Store.open(folder) as store:
        made = backup.backup(store.conn, store.folder, reason="manual")
    run(capsys, "import-annotations", folder, gold)
    code, out, _ = run(capsys, "restore", folder, "--list")
    assert code == 0 and str(made) in out
    code, out, _ = run(capsys, "restore", folder, made)
    assert code == 0 and "restored" in out
    assert json.loads(run(capsys, "stats", folder, "--json")[1])["annotations"] == {}


def test_restore_says_where_the_state_before_it_went_and_that_file_brings_it_back(project, capsys):
    """`annotator restore P` said only which backup it used: someone who restored the wrong one was
    not told that the state before was kept, nor where."""
    folder, gold = project
    from annotator.core.store import Store, backup

    with Store.open(folder) as store:
        made = backup.backup(store.conn, store.folder, reason="manual")
    run(capsys, "import-annotations", folder, gold)
    spans = json.loads(run(capsys, "stats", folder, "--json")[1])["annotations"]
    code, out, _ = run(capsys, "restore", folder, made)
    first, second = out.splitlines()
    assert code == 0 and first == f"restored {folder} from {made}"
    saved = second.split(" is in ", 1)[1].split(" (", 1)[0]
    assert Path(saved).name.startswith("before-restore-") and Path(saved).is_file()
    assert second.endswith(f"(annotator restore {folder} {saved} brings it back)")
    assert run(capsys, "restore", folder, saved)[0] == 0
    assert json.loads(run(capsys, "stats", folder, "--json")[1])["annotations"] == spans


def test_python_dash_m_annotator_runs_a_command(project):
    folder, _ = project
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "annotator", "stats", str(folder), "--json"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["documents"] == 1
    bad = subprocess.run([sys.executable, "-m", "annotator", "stats", str(folder / "nope")],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1 and bad.stderr.startswith("annotator: error: ") and "Traceback" not in bad.stderr


def test_user_mistakes_are_one_line_without_a_traceback(project, tmp_path, capsys):
    folder, gold = project
    nowhere = tmp_path / "nowhere"
    assert_user_error(run(capsys, "stats", nowhere), str(nowhere), "no such project folder")
    assert_user_error(run(capsys, "import", folder, gold, "--meta", "novalue"), "--meta takes KEY=VALUE")
    assert_user_error(run(capsys, "export", folder, "-o", tmp_path / "x.jsonl", "--doc", "missing.txt"),
                      "no document named 'missing.txt'")
    assert_user_error(run(capsys, "export", folder, "-o", tmp_path / "no" / "dir" / "x.jsonl"),
                      f"the folder {tmp_path / 'no' / 'dir'} does not exist; nothing was written")
    bad_gold = tmp_path / "bad.jsonl"
    bad_gold.write_text('{"doc": "other.txt", "start": 0, "end": 1, "label": "DISTRICT"}\n', encoding="utf-8")
    assert_user_error(run(capsys, "evaluate", folder, "--gold", bad_gold), "other.txt")
    assert_user_error(run(capsys, "evaluate", folder, "--gold", tmp_path / "missing.jsonl"), "missing.jsonl")
    assert_user_error(run(capsys, "import-annotations", folder, tmp_path / "missing.jsonl"), "cannot read")
    assert_user_error(run(capsys, "suggest", folder, "--label", "CITY"), "no label 'CITY' in")
    assert_user_error(run(capsys, "restore", folder, tmp_path / "gone.sqlite"), "no such backup file")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "project.sqlite").write_bytes(b"not a database at all")
    assert_user_error(run(capsys, "stats", tmp_path / "junk"), "not an SQLite database")


def test_import_reports_failed_files_and_fails_when_nothing_imported(project, tmp_path, capsys):
    folder, _ = project
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "import", folder, empty)
    assert code == 1 and out == "imported 0 document(s)\n"  # said once, on standard error
    assert err == f"annotator: error: {empty}: the file is empty; nothing was imported\n"
    (tmp_path / "binary.txt").write_bytes(b"\0\1\2" * 100)
    code, out, err = run(capsys, "import", folder, empty, tmp_path / "binary.txt")
    assert code == 1 and out == "imported 0 document(s)\n" and err.splitlines()[:2] == [
        f"failed {empty}: the file is empty",
        f"failed {tmp_path / 'binary.txt'}: looks like a binary file (control characters), not text"]


def test_a_folder_with_nothing_to_import_is_named_and_fails(project, tmp_path, capsys):
    """A folder of .doc files (or the wrong, empty folder) said only "imported 0 document(s)" and exit 0."""
    folder, _ = project
    pdfs = tmp_path / "docs"
    (pdfs / "2020").mkdir(parents=True)
    (pdfs / "2020" / "report.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (pdfs / ".notes.txt").write_text("湖里区", encoding="utf-8")  # hidden: not imported either
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "import", folder, tmp_path / "empty")
    assert code == 1 and out == "imported 0 document(s)\n"
    assert err == f"annotator: error: {tmp_path / 'empty'}: no .docx, .htm, .html, .markdown, .md, .mht, .mhtml, " \
                  ".ofd, .pdf, .text or .txt file in it or its subfolders; nothing was imported\n"
    code, out, err = run(capsys, "import", folder, pdfs)  # its .doc is named, as beside a .txt
    assert code == 1 and out == "imported 0 document(s)\n"
    assert err == f"annotator: error: {pdfs}: no .docx, .htm, .html, .markdown, .md, .mht, .mhtml, " \
        ".ofd, .pdf, .text or .txt file in it or its subfolders, only 1 file(s) of other programs " \
        f"({Path('2020', 'report.doc')}): " \
        "annotator reads " \
        "plain text (.txt, .md, .markdown, .text), Word .docx, PDF, OFD and web pages (.html, .htm, .mht), and .doc, " \
        ".wps, .rtf and .odt files through LibreOffice, not found on this computer: install LibreOffice " \
        "(libreoffice.org) and import again, or convert many files at once with: soffice --headless --convert-to " \
        "docx *.doc; nothing was imported\n"
    (tmp_path / "new.txt").write_text("集美区", encoding="utf-8")  # beside a file that imports: said, exit 3
    code, out, err = run(capsys, "import", folder, pdfs, tmp_path / "new.txt")
    assert code == 3 and out == "imported 1 document(s)\n" and err.startswith(f"failed {pdfs}: ")


def test_stats_of_one_annotator_counts_their_spans_and_links_and_refuses_an_unknown_name(project, capsys):
    folder, gold = project
    assert run(capsys, "import-annotations", folder, gold, "--annotator", "me")[0] == 0
    assert run(capsys, "suggest-links", folder)[0] == 0
    everyone = json.loads(run(capsys, "stats", folder, "--json")[1])
    assert sum(everyone["links"].values()) >= 1
    mine = json.loads(run(capsys, "stats", folder, "--json", "--annotator", "me")[1])
    assert mine["annotations"] == everyone["annotations"] and set(mine["annotators"]) == {"me"}
    assert mine["links"] == {}  # the links were suggested (no annotator), not made by me
    assert_user_error(run(capsys, "stats", folder, "--annotator", "nobody"), "nobody", "'me'")


def test_a_reader_that_goes_away_ends_the_command_quietly(project, capsys, monkeypatch):
    """`annotator stats P | head -1`: the pipe closes before the output is written; no error line
    (it said "annotator: error: Broken pipe"), the shell's status for a program ended by SIGPIPE."""
    folder, _ = project

    class ClosedPipe:
        def write(self, _text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["stats", str(folder)]) == 141
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are the Linux desktop's")
@pytest.mark.parametrize("command", [[], ["gui"]])
def test_the_window_without_a_display_is_one_line(project, command):
    """Over SSH without -X, `annotator` left Qt to abort: five lines about the xcb plugin and a
    core dump (exit 134)."""
    folder, _ = project
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "annotator", *command, *([str(folder)] if command else [])],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("annotator: error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "display" in done.stderr and "annotator --help" in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are the Linux desktop's")
def test_the_window_on_a_folder_not_there_says_so_before_the_missing_display(project, tmp_path):
    """`annotator gui nonexist` without a display said the display was missing, not that the folder is not
    there (nor the project beside it likely meant): the folder is now checked before Qt starts."""
    folder, _ = project
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    for given, said in ((tmp_path / "nonexist", f"annotator: error: {tmp_path / 'nonexist'}: no such project folder\n"),
                        (folder.with_name(folder.name[:-1]), f"did you mean '{folder}'?\n")):
        done = subprocess.run([sys.executable, "-m", "annotator", "gui", str(given)],
                              capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 1 and done.stdout == "" and done.stderr.endswith(said), done.stderr
        assert "display" not in done.stderr and done.stderr.count("\n") == 1, done.stderr


def test_restore_takes_a_backup_by_its_name_in_the_backups_folder(project, capsys, tmp_path, monkeypatch):
    """`restore --list` shows the backups; `annotator restore P NAME` with the name alone said "no
    such backup file" (only a path did)."""
    folder, gold = project
    from annotator.core.store import Store, backup

    with Store.open(folder) as store:
        made = backup.backup(store.conn, store.folder, reason="manual")
    run(capsys, "import-annotations", folder, gold)
    monkeypatch.chdir(tmp_path)  # not the backups folder: the name is found in the project's
    code, out, _ = run(capsys, "restore", folder, made.name)
    assert code == 0 and out.splitlines()[0] == f"restored {folder} from {made}"
    assert json.loads(run(capsys, "stats", folder, "--json")[1])["annotations"] == {}
    code, _, err = run(capsys, "restore", folder, "no-such-backup.sqlite")
    assert code != 0 and "no-such-backup.sqlite: no such backup file" in err
