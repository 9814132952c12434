"""Where a dialog opens is read from QGuiApplication's screens, not ``widget.screen()``: PySide makes
what a getter returns a child of the widget's wrapper, Qt's own screen too, and two dialogs without a
parent, freed by Python's cycle collector, deleted the screen with them; the next dialog crashed in Qt
(the third Project › Export… of a test run, on PySide6 6.10.0 and 6.11). Run in a child process: a crash
there fails this test, not the whole run."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import gc
from PySide6.QtWidgets import QApplication, QDialog
from annotator.gui.opening_size import screen_room
app = QApplication([])
for _ in range(2):
    dialog = QDialog()
    dialog.itself = dialog  # freed by the cycle collector only
    screen_room(dialog)
    del dialog
gc.collect()
room = QApplication.primaryScreen().availableGeometry()
print("room", room.width(), room.height())
"""


def test_the_screen_outlives_the_dialogs_that_asked_where_they_open():
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(
        [str(root), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=root, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("room ")
