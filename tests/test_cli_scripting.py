"""The command line driven by a script (a real process each, no terminal): what it writes where, in
an environment that cannot write Chinese, and with no terminal to ask."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli_run import ARTICLE, run

ROOT = Path(__file__).resolve().parents[1]


def _annotator(*args: object, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), **env)
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", stdin=subprocess.DEVNULL, env=environment, timeout=120)


def test_output_that_cannot_hold_chinese_gets_escapes_not_a_traceback(tmp_path):
    """PYTHONIOENCODING=ascii (or a Latin-1 locale): a Chinese document name ended `documents` and
    `import` (after it had stored everything) with a UnicodeEncodeError traceback and exit 1."""
    project, report = tmp_path / "p", tmp_path / "滨州 报告.txt"
    report.write_text(ARTICLE, encoding="utf-8")
    assert _annotator("new", project).returncode == 0
    for encoding in ("ascii", "latin-1"):
        done = _annotator("import", project, report, PYTHONIOENCODING=encoding)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        listed = _annotator("documents", project, PYTHONIOENCODING=encoding)
        assert listed.returncode == 0 and "\\u6ee8\\u5dde \\u62a5\\u544a.txt" in listed.stdout, listed.stderr
        as_json = _annotator("documents", project, "--json", PYTHONIOENCODING=encoding)
        assert as_json.returncode == 0 and json.loads(as_json.stdout)[0]["name"] == "滨州 报告.txt"


def test_documents_writes_the_table_alone_on_standard_output(tmp_path, capsys):
    """`annotator documents P | tail -n +2 | cut -f1` (the names for --doc) took its last line, the
    count, for a document's name."""
    project = tmp_path / "p"
    assert run(capsys, "new", project)[0] == 0
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE + name, encoding="utf-8")
        assert run(capsys, "import", project, tmp_path / name)[0] == 0
    code, out, err = run(capsys, "documents", project)
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()[1:]] == ["a.txt", "b.txt"]
    assert err == "2 document(s), 0 done, 0 open suggestion(s)\n"


def test_merge_with_a_source_missing_merges_nothing(tmp_path, capsys):
    """`annotator merge T li nosuch wang`: li was merged, then 'nosuch: no such project folder', exit 1,
    no word of li — a script that ran it again after fixing the name could not tell what was done."""
    target, coder = tmp_path / "t", tmp_path / "li"
    for folder in (target, coder):
        assert run(capsys, "new", folder)[0] == 0
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, "import", coder, tmp_path / "a.txt")[0] == 0
    code, out, err = run(capsys, "merge", target, coder, tmp_path / "nosuch", coder)
    assert code == 1 and out == "" and err == f"annotator: error: {tmp_path / 'nosuch'}: no such project folder or " \
                                              "package\n"
    code, out, err = run(capsys, "documents", target, "--json")
    assert code == 0 and json.loads(out) == []


def test_json_on_an_ascii_output_is_json_whatever_the_characters(tmp_path):
    """PYTHONIOENCODING=ascii: the middle dot of 马克·吐温 came out as \\xb7 and 𠮷 (a character of names,
    beyond the first 65,536) as \\U00020bb7, which json.load and jq refuse: `documents --json` was no JSON."""
    project, report = tmp_path / "p", tmp_path / "𠮷野·报告.txt"
    report.write_text("马克·吐温在厦门市湖里区，气温30°C。𠮷\n", encoding="utf-8")
    assert _annotator("new", project).returncode == 0
    assert _annotator("import", project, report).returncode == 0
    as_json = _annotator("documents", project, "--json", PYTHONIOENCODING="ascii")
    assert as_json.returncode == 0 and as_json.stdout.isascii(), as_json.stderr
    row = json.loads(as_json.stdout)[0]
    assert row["name"] == "𠮷野·报告.txt" and row["title"] == "马克·吐温在厦门市湖里区，气温30°C。𠮷"
    listed = _annotator("documents", project, PYTHONIOENCODING="ascii")
    assert "\\ud842\\udfb7\\u91ce\\u00b7" in listed.stdout  # the table: the same escapes


def test_export_to_a_closed_or_full_standard_output_says_so_in_one_line(tmp_path):
    """`annotator export P -o - >&-` ended in an AttributeError traceback, and `-o - > out.jsonl` on a full
    disk said only 'No space left on device', naming nothing (the bytes that reached the file are cut off)."""
    project, report = tmp_path / "p", tmp_path / "a.txt"
    report.write_text(ARTICLE, encoding="utf-8")
    assert _annotator("new", project).returncode == 0 and _annotator("import", project, report).returncode == 0
    assert _annotator("suggest", project).returncode == 0
    environment = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    outputs = [(">&-", "-o - writes to standard output, which is closed; nothing was written")]
    if Path("/dev/full").exists():
        outputs.append((">/dev/full", "standard output could not be written (No space left on device): what "
                                      "reached it is cut off"))
    for redirect, said in outputs:
        done = subprocess.run(["sh", "-c", f'"$0" -m annotator export "$1" -o - --status suggested {redirect}',
                               sys.executable, str(project)], capture_output=True, text=True, encoding="utf-8",
                              stdin=subprocess.DEVNULL, env=environment, timeout=120)
        assert done.returncode == 1 and done.stderr.startswith(f"annotator: error: {said}"), done.stderr
        assert done.stderr.count("\n") == 1, done.stderr


def test_with_both_streams_to_one_log_the_error_comes_after_the_report(tmp_path):
    """`annotator import P bad.txt >log 2>&1`: the error line came first, the report above it held in
    standard output's buffer until the process ended."""
    project, bad = tmp_path / "p", tmp_path / "bad.txt"
    bad.write_bytes(b"")  # an empty file: "imported 0 document(s)" on stdout, the error on stderr
    assert _annotator("new", project).returncode == 0
    environment = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    environment.pop("PYTHONUNBUFFERED", None)  # as on a user's machine: output to a pipe buffered
    done = subprocess.run([sys.executable, "-m", "annotator", "import", str(project), str(bad)], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, encoding="utf-8", stdin=subprocess.DEVNULL,
                          env=environment, timeout=120)
    lines = done.stdout.splitlines()
    error = next(i for i, line in enumerate(lines) if line.startswith("annotator: error:"))
    assert done.returncode == 1 and error == len(lines) - 1 and "imported 0 document(s)" in lines[:error], lines
