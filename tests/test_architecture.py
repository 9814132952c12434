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
ROOT = CORE.parents[1]


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
    lint = shutil.which("lint-imports")
    if lint is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    run = subprocess.run([lint, "--config", str(ROOT / "pyproject.toml")], capture_output=True, text=True,
                         cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_sql_lives_in_the_store_package_only():
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE")
    store = CORE / "store"
    offenders = [str(p.relative_to(CORE)) for p in CORE.rglob("*.py") if store not in p.parents
                 and any(k in p.read_text(encoding="utf-8") for k in keywords)]
    assert offenders == []
