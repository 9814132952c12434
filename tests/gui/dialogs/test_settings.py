"""Settings: round trip, default location redirected, window geometry and splitters."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTextEdit

from annotator.gui.settings import APPLICATION, ORGANISATION, Settings


def test_settings_round_trip(tmp_path):
    path = str(tmp_path / "s.ini")
    s = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert s.font_size == 14 and s.language == "" and s.recent_projects == [] and s.snap_to_words is False
    s.annotator_name = "李雷"
    s.font_size = 18
    s.language = "zh_CN"
    s.snap_to_words = True
    s.show_rejected = True
    s.suggest_on_import = False
    s.last_position = 1234
    for i in range(12):
        s.add_recent(f"/p/{i}")
    s.add_recent("/p/5")
    s.sync()
    t = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert (t.annotator_name, t.font_size, t.language) == ("李雷", 18, "zh_CN")
    assert t.snap_to_words is True and t.show_rejected is True and t.suggest_on_import is False
    assert t.last_position == 1234
    assert t.recent_projects[:3] == ["/p/5", "/p/11", "/p/10"] and len(t.recent_projects) == 10
    t.recent_projects = [f"/q/{i % 3}" for i in range(30)]
    assert t.recent_projects == ["/q/0", "/q/1", "/q/2"]
    t.recent_projects = ["/only"]  # a one-element list survives the INI file
    t.sync()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).recent_projects == ["/only"]
    with pytest.raises(AttributeError):
        t.no_such_option  # noqa: B018


def test_settings_default_location_is_redirected():
    s = Settings()
    assert s.q.organizationName() == "annotator"
    s.font_size = 20
    assert Settings().font_size == 20


def test_window_geometry_and_splitters_round_trip(qtbot, tmp_path):
    path = str(tmp_path / "w.ini")

    def window():
        w = QMainWindow()
        splitter = QSplitter(objectName="mainSplitter")
        splitter.addWidget(QTextEdit())
        splitter.addWidget(QTextEdit())
        w.setCentralWidget(splitter)
        qtbot.addWidget(w)
        return w, splitter

    w, splitter = window()
    w.resize(700, 500)  # inside the offscreen screen (800x600), so no clamping
    w.show()
    splitter.setSizes([100, 700])
    sizes = splitter.sizes()
    s = Settings(QSettings(path, QSettings.Format.IniFormat))
    s.save_window(w)
    s.sync()
    w2, splitter2 = window()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).restore_window(w2)
    w2.show()
    assert w2.size() == w.size()
    assert splitter2.sizes() == sizes


def test_a_value_qt_cannot_hand_over_reads_as_never_set(qtbot, project):
    """A hand-edited ``@Variant(...)`` of a type PySide has no converter for (char16_t, found fuzzing the
    settings file) stopped the window at its start with ``RuntimeError: Can't find converter``: every
    such value reads as never set, and the window opens its project."""
    from annotator.gui.main_window import MainWindow

    broken = r"@Variant(\0\0\0\x38\0\0\0\0\0\0\0\0)"  # QMetaType 56: char16_t
    keys = {"setting": ["font_size", "language", "annotator_name", "recent_projects", "snap_to_words"],
            "persist": ["geometry", "window_state", "table_columns", "open_panels", "last_places"]}
    lines = ["[General]", f"version={broken}"]
    for section, names in keys.items():
        lines += [f"[{section}]"] + [f"{name}={broken}" for name in names]
    lines.append(f"[persist/splitter]\nmainSplitter={broken}")
    conf = Path(QSettings(ORGANISATION, APPLICATION).fileName())
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
    s = Settings()
    with pytest.raises(RuntimeError):  # what Qt does with it: the test still has a value to survive
        s.q.value("setting/font_size")
    assert (s.font_size, s.language, s.recent_projects, s.snap_to_words) == (14, "", [], False)
    w = MainWindow(s)
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(project) and w.store is not None and w.text_view.text
    w.store.close()
