"""The core runs without Qt and never imports the GUI (napari-style layering check)."""
from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import annotator.core

CORE = Path(annotator.core.__file__).parent


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


def test_no_core_source_names_qt_or_the_gui():
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names
                          if n.split(".")[0] in ("PySide6", "shiboken6") or n.startswith("annotator.gui")]
    assert offenders == []


def test_sql_lives_in_the_store_package_only():
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE")
    store = CORE / "store"
    offenders = [str(p.relative_to(CORE)) for p in CORE.rglob("*.py") if store not in p.parents
                 and any(k in p.read_text(encoding="utf-8") for k in keywords)]
    assert offenders == ["backup.py"]  # until backup moves into the store package
