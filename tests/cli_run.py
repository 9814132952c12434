"""Running the command line in a test as a user runs it: ``main`` with the words typed, its exit
code and what it printed; and the shape of a user's error (one line, no traceback)."""
from __future__ import annotations

from pathlib import Path

from annotator.cli import main

ARTICLE = "厦门市湖里区政府工作报告\n全年投资55.1亿元建设松元产业园。思明区、集美区同步推进。\n"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err


def assert_user_error(result: tuple[int, str, str], *words: str, code: int | None = 1) -> None:
    """One line on standard error naming ``words``, no traceback; the exit code ``code`` (None: any but 0)."""
    got, _out, err = result
    assert (got == code if code is not None else got != 0) and err.startswith("annotator: error: "), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err


def assert_user_error_after_refusals(result: tuple[int, str, str], *words: str) -> list[str]:
    """As :func:`assert_user_error`, the error line coming after the lines that name what was refused
    ("rejected FILE line 2: why", on standard error too); returns those lines."""
    code, out, err = result
    *refused, last = err.splitlines() or [""]
    assert refused and all(line.startswith("rejected ") for line in refused), err
    assert_user_error((code, out, last + "\n"), *words)
    return refused


def project_of_two(tmp_path: Path, capsys) -> Path:
    """A new project holding two articles, a.txt and b.txt (the ARTICLE and its name)."""
    folder = tmp_path / "proj"
    assert run(capsys, "new", folder)[0] == 0
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE + name, encoding="utf-8")
    assert run(capsys, "import", folder, tmp_path / "a.txt", tmp_path / "b.txt")[0] == 0
    return folder


def project_of_one(tmp_path: Path, capsys, text: str) -> Path:
    """A new project ``p`` holding one document, r.txt, of ``text``."""
    folder = tmp_path / "p"
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0 and run(capsys, "import", folder, tmp_path / "r.txt")[0] == 0
    return folder
