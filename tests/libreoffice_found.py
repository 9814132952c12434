"""LibreOffice for the tests that run it: its soffice as the import finds it, else the test is skipped
saying why and where the same thing is checked without it (CI installs no LibreOffice)."""
from __future__ import annotations

import pytest

from annotator.core.imports import office


def soffice_or_skip(monkeypatch: pytest.MonkeyPatch, checked_instead: str) -> str:
    monkeypatch.delenv("ANNOTATOR_SOFFICE", raising=False)  # tests/conftest.py sets it empty: LibreOffice not used
    found = office.find_soffice()
    if found is None:
        pytest.skip("LibreOffice is not installed (no soffice or libreoffice on PATH or in its usual place): "
                    + checked_instead)
    return str(found)
