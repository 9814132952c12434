"""Dialogs, settings, background tasks and translations, offscreen: temporary QSettings,
error boxes collected instead of shown, English again after each test, a fresh store."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from annotator.core.store import Store  # noqa: E402
from annotator.gui import i18n  # noqa: E402
from annotator.gui.dialogs import errors  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch):
    """Temporary QSettings, errors collected instead of shown, English afterwards."""
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda *a: shown.append(a)])
    yield shown
    app = QCoreApplication.instance()
    if app is not None:
        i18n.install_translator(app, "en")


@pytest.fixture
def shown(_isolated):
    return _isolated


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "project")
    yield s
    s.close()

