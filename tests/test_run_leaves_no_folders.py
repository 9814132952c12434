"""A test run left its settings and data folders (``annotator-test-settings-*``, ``annotator-test-data-*``) in
the temporary folder whenever it was killed (``timeout``'s SIGTERM on a session hung in a dialog): conftest.py
removed them in pytest_unconfigure, which a killed run never reaches. A benchmark's settings folder came back
after its run (``bench_long_document.isolated_app``: removed by an atexit handler, then Qt wrote the window's
splitters into ``annotator/annotator.conf`` as the application went). They are removed once the process has
ended, however it ended (``after_exit.py``).

Each run is a tiny pytest session (or a benchmark's window) in a child with a temporary folder of its own.
The child's output is the watcher's too (the session run with ``-s``): it ends only once the watcher has
removed the folders, so nothing here waits for them."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

KILLED = '''
import os
import signal


def test_killed_as_timeout_kills_a_hung_run():
    print("data:", os.environ["ANNOTATOR_DATA_DIR"], flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
'''


def left(temp: Path, prefix: str = "annotator-") -> list[str]:
    return sorted(p.name for p in temp.iterdir() if p.name.startswith(prefix))


def child_env(temp: Path) -> dict[str, str]:
    paths = [str(ROOT / "tests"), str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp),
            "PYTHONPATH": os.pathsep.join(paths)}


def session(tmp_path: Path, test: str) -> tuple[subprocess.CompletedProcess, Path]:
    """A pytest session of the one test ``test`` with this suite's conftest.py, its temporary folder its own."""
    temp, run = tmp_path / "temp", tmp_path / "run"
    temp.mkdir()
    run.mkdir()
    (run / "test_tiny.py").write_text(test, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "conftest", "-p", "no:cacheprovider",
                           f"--basetemp={tmp_path / 'base'}", "test_tiny.py"], cwd=run,
                          env=child_env(temp), capture_output=True, text=True, timeout=300)
    return done, temp


@pytest.mark.skipif(os.name != "posix", reason="a run ended by a signal")
def test_a_run_killed_leaves_no_folders(tmp_path):
    done, temp = session(tmp_path, KILLED)
    assert done.returncode == -signal.SIGTERM, done.stdout + done.stderr  # ended before pytest_unconfigure
    assert f"data: {temp / 'annotator-test-data-'}" in done.stdout, done.stdout  # its folders were made here
    assert left(temp) == []


@pytest.mark.skipif(not (ROOT / "benchmarks").is_dir(), reason="the benchmarks are not in this checkout")
def test_a_benchmarks_settings_folder_is_gone_after_its_window_wrote_into_it_at_exit(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    bench = ("from benchmarks.bench_long_document import isolated_app\n"
             "from annotator.gui.main_window import MainWindow\n"
             "from annotator.gui.settings import Settings\n"
             "app = isolated_app()\n"
             "window = MainWindow(Settings())\n"
             "window.show()\n"
             "app.processEvents()\n"
             "window.close()\n"
             "print('settings:', window.settings.q.fileName(), flush=True)\n")  # (a QSettings more would sync)
    done = subprocess.run([sys.executable, "-c", bench], cwd=ROOT, env=child_env(temp), capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"settings: {temp / 'annotator-bench-settings-'}" in done.stdout, done.stdout
    assert left(temp) == []
