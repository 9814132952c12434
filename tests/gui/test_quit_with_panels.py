"""Project › Quit with the Guide and Statistics panels shown: the program ends with exit code 0.

On PySide6 6.10.0 it died ("Segmentation fault", exit 139) after the window had closed: deleting the
window hid its panels, their hide filter (widgets/docks.py) asked the half-deleted window for the
panel's area, and PySide crashed on that error. The window runs in a subprocess (``annotator gui``'s
own ``run``) so that a crash fails this test; like tests/gui/test_qt_pin.py it runs under the Python
in ANNOTATOR_QT_PIN_PYTHON when set (one with another PySide6 installed)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import annotator.gui.app as app_module
    from annotator.gui.main_window import MainWindow

    app_module._first_start_name = lambda settings: None  # no name asked on this first start
    app = app_module.create_app()

    def panels_then_quit():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        for name in ("guide", "statistics"):
            window.docks.get(name).show()
        QTimer.singleShot(0, window.window_actions["quit"].trigger)

    QTimer.singleShot(0, panels_then_quit)
    print("closed", app_module.run(sys.argv[1]), flush=True)
""")


def test_quitting_with_panels_shown_ends_the_program_cleanly(tmp_path):
    project = shutil.copytree(ROOT / "projects" / "demo", tmp_path / "demo")
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), PYTHONPATH=str(ROOT))
    python = os.environ.get("ANNOTATOR_QT_PIN_PYTHON") or sys.executable
    result = subprocess.run([python, "-c", SCRIPT, str(project)], capture_output=True, text=True, env=env,
                            timeout=120, cwd=tmp_path)
    assert result.stdout.strip() == "closed 0", result.stderr[-2000:]
    assert result.returncode == 0, f"exit {result.returncode} after the window closed\n{result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
