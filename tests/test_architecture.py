"""Layers (import-linter contracts in pyproject.toml), the core importable without Qt, SQL only in the store."""
from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import annotator.core

CORE = Path(annotator.core.__file__).parent
CHECKOUT = Path(__file__).resolve().parents[1]


def core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages([str(CORE)], prefix="annotator.core.")]


def test_importing_every_core_module_loads_no_qt():
    code = ("import importlib, sys\n"
            f"for name in {core_modules()!r}:\n"
            "    importlib.import_module(name)\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'annotator.gui')))\n"
            "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_layer_contracts_hold():
    """import-linter's contracts in pyproject.toml: the core imports neither the window, the
    command line nor Qt; Qt only under annotator.gui; cli over gui over core."""
    # the one beside this Python first (a virtual environment not on PATH), then PATH's
    lint = shutil.which("lint-imports", path=Path(sys.executable).parent) or shutil.which("lint-imports")
    if lint is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    # no --config (deprecated by import-linter 2.x): it reads the pyproject.toml of the folder it
    # runs in, the checkout's (also when the tests run against an installed wheel)
    run = subprocess.run([lint], capture_output=True, text=True, cwd=CHECKOUT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout
    assert "Warning" not in run.stderr, run.stderr  # a deprecated option is the next version's error


def test_sql_lives_in_the_store_package_only():
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE")
    store = CORE / "store"
    offenders = [str(p.relative_to(CORE)) for p in CORE.rglob("*.py") if store not in p.parents
                 and any(k in p.read_text(encoding="utf-8") for k in keywords)]
    assert offenders == []


# Files stay small (most under 400 lines): a longer module says why at its top.
MAX_LINES = 400
REASON = "# over 400 lines:"


def too_long(path: Path) -> str | None:
    """Why ``path`` breaks the rule (its length), or None: at most MAX_LINES lines, or one of its
    first 5 lines a comment starting with REASON that gives one."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) <= MAX_LINES:
        return None
    if any(line.lstrip().startswith(REASON) and line.lstrip()[len(REASON):].strip() for line in lines[:5]):
        return None
    return f"{len(lines)} lines"


def test_no_module_is_over_400_lines_without_a_reason_at_its_top():
    offenders = []
    for top in ("annotator", "tests", "scripts", "benchmarks"):
        for path in sorted((CHECKOUT / top).rglob("*.py")):
            name = path.relative_to(CHECKOUT).as_posix()
            if (why := too_long(path)) is not None:
                offenders.append(f"{name}: {why}")
    assert offenders == [], f"split these, or say why in their first 5 lines ('{REASON} …'): {offenders}"


def test_the_reason_for_a_long_module_is_a_comment_in_its_first_five_lines(tmp_path):
    body = "x = 1\n" * MAX_LINES
    cases = {"short.py": ("", True), "long.py": ("x = 0\n", False),
             "reasoned.py": ('"""Doc."""\n# over 400 lines: one table of the guide, kept whole\n', True),
             "empty_reason.py": ("# over 400 lines:\n", False),
             "late_reason.py": ("x = 0\n" * 5 + "# over 400 lines: too late\n", False)}
    for name, (head, ok) in cases.items():
        path = tmp_path / name
        path.write_text(head + (body if name != "short.py" else "x = 1\n"), encoding="utf-8")
        assert (too_long(path) is None) == ok, name
