"""Importing a long text holds about one copy of it beside the process: the search index of schema
11 is filled with the text squeezed in Python, not by a trigger whose 29 nested replace() calls each
kept a copy until the statement ended (a 16 MB file peaked at 926 MB, 209 MB before schema 11).
SQLite's memory is not Python's, so the peak is the whole process's: the child's own high-water
mark of resident memory (VmHWM, which starts anew with the program: a forked child's ru_maxrss
would count the test process it was forked from)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")

CHARS = 2_500_000  # 7.5 MB of UTF-8: each copy of it in SQLite about as much
RUN = """import sys
from annotator import cli
code = cli.main(sys.argv[1:])
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(int(hwm.split()[1]) // 1024, file=sys.stderr)
sys.exit(code)"""


def peak_mb(*args: str) -> int:
    done = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return int(done.stderr.split()[-1])


def test_a_long_text_is_imported_without_a_copy_per_kind_of_white_space(tmp_path):
    text = ("湖里区投资55.1亿元建设松元产业园，\n力争新增80家国家级高新技术企业。\u3000\u00a0 " * (CHARS // 40))[:CHARS]
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    baseline = peak_mb("new", str(tmp_path / "p"))
    peak = peak_mb("import", str(tmp_path / "p"), str(tmp_path / "long.txt"))
    assert peak - baseline < 110, f"importing {CHARS:,} characters peaked at {peak} MB ({baseline} MB for new)"
