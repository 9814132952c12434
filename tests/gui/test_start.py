"""What the window's start leaves for later: a fresh process that opens a project and paints the
window has not imported what the first paint does not need (the README's "start → window shown"
is measured against bare Qt in ``benchmarks/bench_gui.py``); a dock panel is made when first asked
for, and one shown when the window closed is back at the next start."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]

# each imported on first use, not by the start: the libraries behind import, export, the model,
# team work and dialogs, the dock panels and the background work
LATER = ["openpyxl", "jieba", "pycrfsuite", "sqlite_utils", "docx", "uuid", "secrets", "concurrent.futures",
         "annotator.core.export", "annotator.core.suggest.model", "annotator.core.team",
         "annotator.gui.tasks", "annotator.gui.safety", "annotator.gui.dialogs",
         "annotator.gui.widgets.guide_panel", "annotator.gui.widgets.stats_panel",
         "annotator.gui.widgets.adjudication_panel"]

CHILD = r"""
import inspect, json, sys
read = []  # the modules whose source PySide's import hook read, to see whether they use PySide
_getsource = inspect.getsource
def getsource(obj):
    if sys._getframe(1).f_code.co_name == "_mod_uses_pyside":
        read.append(obj.__name__)
    return _getsource(obj)
inspect.getsource = getsource
from annotator.gui.app import create_app  # first, as in the real start (annotator → cli → gui.app)
from PySide6.QtCore import QEvent, QObject, QSettings
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, sys.argv[1])
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
app = create_app(["annotator"])
window = MainWindow(Settings())
window.doc_model.first_read_later = True  # as gui/app.py starts
seen = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.text_view.text and not seen:
            seen["modules"] = list(sys.modules)  # in the order of their import
            seen["read"] = read
            seen["table"] = hasattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict")
            seen["types"] = sorted(k for k, v in vars(sys.modules["PySide6.QtWidgets"]).items() if isinstance(v, type))
            seen["dataclasses"] = sorted(f"{m.__name__}.{k}" for m in list(sys.modules.values())
                                         if getattr(m, "__name__", "").startswith("annotator")
                                         for k, v in vars(m).items() if isinstance(v, type)
                                         and v.__module__ == m.__name__ and "__dataclass_fields__" in vars(v))
            app.quit()
        return False
spy = FirstPaint()
window.text_view.viewport().installEventFilter(spy)
window.show()
window.open_project(sys.argv[2])
app.exec()
print(json.dumps(seen))
"""


def test_the_first_paint_imports_none_of_what_it_does_not_need(project, isolated_settings):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD, str(isolated_settings), str(project)], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True).stdout
    seen = json.loads(out.splitlines()[-1])
    modules = set(seen["modules"])
    assert "annotator.gui.main_window" in modules and "annotator.gui.widgets.text_view" in modules
    assert [m for m in sorted(modules) if any(m == x or m.startswith(x + ".") for x in LATER)] == []
    # the core the window needs is imported before PySide6 (annotator/gui/__init__.py): PySide's import
    # hook reads the source of every module imported after it
    after_pyside = seen["modules"][seen["modules"].index("PySide6"):]
    assert "annotator.core.store" in modules and [m for m in after_pyside if m.startswith("annotator.core")] == []
    # ... and it reads the source of none of ours (skip_pyside_source_reads), while PySide keeps its table
    assert len(seen["read"]) < 20 and [m for m in seen["read"] if m.startswith("annotator")] == [] or not seen["table"]
    # PySide makes a Qt class's Python type (its enums too) when first used; given a QWidget* it has not
    # wrapped yet (a viewport), it makes those of every QWidget subclass to find its type (~20 ms):
    # QWizard, never used here, shows whether that happened
    assert "QPlainTextEdit" in seen["types"] and "QWizard" not in seen["types"]
    assert "QMessageBox" not in seen["types"]  # made when a box is first shown (annotator/gui/messages.py)
    # a frozen dataclass costs ~0.6 ms at import (the exec of its generated methods), a NamedTuple ~0.15:
    # the changes, districts, label specs, file header, undo outcome and options are NamedTuples
    assert len(seen["dataclasses"]) <= 10, seen["dataclasses"]


def test_a_panel_is_made_when_first_asked_for_and_one_left_shown_is_back(qtbot, window, settings, monkeypatch):
    from annotator.gui.main_window import MainWindow
    from annotator.gui.widgets import article_room

    # restored on the 800-px screen, the panel would be hidden to leave the article 40 % of the window
    # (test_article_room.py): a quarter here, which it leaves
    monkeypatch.setattr(article_room, "SHARE", 0.25)

    assert window.docks.made == {}
    view_menu = window.window_actions.menus["menu_view"]
    entries = [a.text() for a in view_menu.actions()][-4:-1]  # the last: Float the panel (dock_floating.py)
    assert entries == ["&Adjudication", "&Guide to the label under the cursor", "S&tatistics"]
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # the entry, before the panel exists
    assert list(window.docks.made) == ["statistics"] and window.statistics.isVisible()
    assert [a.text() for a in view_menu.actions()][-4:-1] == entries  # the panel's own entry in its place
    assert window.statistics.toggleViewAction() in view_menu.actions()
    window.close()

    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert list(again.docks.made) == ["statistics"] and again.statistics.isVisible()
    assert again.dockWidgetArea(again.statistics) == Qt.DockWidgetArea.RightDockWidgetArea
    again.statistics.hide()
    again.close()
    third = MainWindow(settings)
    qtbot.addWidget(third)
    assert third.docks.made == {}


EXIT_CHILD = r"""
import sys
from PySide6.QtCore import QSettings, Qt
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, sys.argv[1])
from annotator.gui.app import create_app
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
app = create_app(["annotator"])
window = MainWindow(Settings())
window.show()
window.open_project(sys.argv[2])
window.guide  # the panel that follows the undo stack
view = window.text_view
start = view.text.index("集美区")
view.select_range(start, start + 3)
window.editing.label_key("DISTRICT")
app.processEvents()
print("edited", window.undo_stack.count())
"""  # the interpreter ends with the window neither closed nor deleted


def test_a_window_left_open_at_exit_ends_without_a_traceback(project, isolated_settings):
    """Torn down at the interpreter's exit, the undo stack goes before the panels and actions that
    follow it: their handlers must not reach for it then (it printed two tracebacks)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", EXIT_CHILD, str(isolated_settings), str(project)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "edited 1" in done.stdout
    assert "Traceback" not in done.stderr, done.stderr
