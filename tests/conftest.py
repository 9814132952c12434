"""Shared test set-up: a headless Qt platform, settings and a data folder that never touch the
user's own, and the shared data (corpus, gold files) through one fixture (``shared_data.py``)."""
from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest
from after_exit import remove_after_exit
from shared_data import require

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# QSettings on Linux live under XDG_CONFIG_HOME: point it at a throw-away folder first
SETTINGS_DIR = tempfile.mkdtemp(prefix="annotator-test-settings-")
os.environ["XDG_CONFIG_HOME"] = SETTINGS_DIR
# the demo project and anything else the program keeps: a throw-away data folder too
DATA_DIR = os.environ["ANNOTATOR_DATA_DIR"] = tempfile.mkdtemp(prefix="annotator-test-data-")
# both removed at the end of the run (pytest_unconfigure), and again once this process has ended, however it
# ends: a run killed (timeout's SIGTERM on a hung test) never reaches pytest_unconfigure, and Qt may write its
# settings as the application goes, after it (after_exit.py)
remove_after_exit(SETTINGS_DIR, DATA_DIR)
# tests import .doc/.wps/.rtf/.odt as where LibreOffice is not installed (CI) unless they point at a soffice
os.environ["ANNOTATOR_SOFFICE"] = ""


def pytest_unconfigure(config) -> None:
    shutil.rmtree(DATA_DIR, ignore_errors=True)
    shutil.rmtree(SETTINGS_DIR, ignore_errors=True)


def pytest_configure(config) -> None:
    try:  # the core tests also run where Qt is not installed
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:
        return
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, SETTINGS_DIR)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, os.path.join(SETTINGS_DIR, "system"))
    QCoreApplication.setOrganizationName("annotator-tests")
    QCoreApplication.setApplicationName("annotator-tests")


# CI runs the fuzz tests on a fixed sequence of examples, so a red run can be replayed
try:
    from hypothesis import settings as _hypothesis_settings
except ImportError:  # pragma: no cover
    pass
else:
    _hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")


@pytest.fixture
def corpus() -> list:
    """The shared gold corpus' articles (``ANNOTATOR_SHARED``/corpus/*.txt); skipped when absent."""
    return require("corpus", "*.txt")


@pytest.fixture
def corpus_gold() -> list:
    """The shared corpus' gold files (*.gold.jsonl); skipped when absent."""
    return require("corpus", "*.gold.jsonl")


@pytest.fixture
def folder_of_five(tmp_path):
    """(project, articles): a new project and a folder of five short articles to import into it."""
    import annotator.cli as cli

    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(5):
        (articles / f"a{i}.txt").write_text(f"第{i}篇：湖里区投资{i + 1}亿元建设松元产业园。\n", encoding="utf-8")
    project = tmp_path / "proj"
    assert cli.main(["new", str(project)]) == 0
    return project, articles


@pytest.fixture
def forked_workers(monkeypatch):
    """``--jobs`` workers forked, as from a user's command line (one thread), also in this test
    process, which holds the window's threads after the GUI tests (the program then starts them with
    forkserver): the workers see what the test patched here. Python 3.12+ warns of a fork beside
    threads: expected in these tests alone."""
    from annotator.core.suggest import workers

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the workers cannot fork here: they would not see the test's patches")
    monkeypatch.setattr(workers, "start_method", lambda: multiprocessing.get_context("fork"))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"This process .* is multi-threaded, use of fork\(\)", DeprecationWarning)
        yield


@pytest.fixture
def temporary(tmp_path, monkeypatch) -> Path:
    """The system's temporary folder, for this test alone (and the processes it starts)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder
