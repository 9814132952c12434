"""scripts/render_sheets.py (the docs' pictures of the workbook): LibreOffice run with a private profile."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "render_sheets.py"


def test_libreoffice_runs_with_a_profile_of_its_own_and_a_timeout(tmp_path, monkeypatch):
    """With the shared profile a LibreOffice already running (a window, another conversion) took the file
    over and the script waited for minutes; the application's own conversions (core/imports/office.py)
    use a private profile for that reason."""
    spec = importlib.util.spec_from_file_location("render_sheets", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    book = tmp_path / "book.xlsx"
    wb = Workbook()
    wb.active.title = "Facts"
    wb.save(book)
    calls = []

    def fake_run(command, **kwargs):
        calls.append((command, kwargs))
        raise subprocess.CalledProcessError(1, command)  # stop after LibreOffice's call

    monkeypatch.setattr(module.subprocess, "run", fake_run)
    monkeypatch.setattr(sys, "argv", ["render_sheets.py", str(book), str(tmp_path / "out"), "--sheet", "Facts"])
    try:
        module.main()
    except subprocess.CalledProcessError:
        pass
    (command, kwargs), = calls
    profiles = [a for a in command if a.startswith("-env:UserInstallation=file://")]
    assert len(profiles) == 1 and str(tmp_path) not in profiles[0]  # a temporary folder of its own
    assert kwargs.get("timeout")
