"""A setting the disk would not take (a full disk; here its folder made a file, which root cannot write
either): the window said nothing and the setting was lost at the next start. QSettings.status() stays
AccessError even after a later sync that wrote, so the window looks at the file: it says once in the
status bar that the setting could not be saved, and again only after one was saved since."""
from __future__ import annotations

import shutil
from pathlib import Path

NOT_SAVED = "The setting could not be saved in "


def _refused(folder: Path) -> None:
    shutil.rmtree(folder)
    folder.write_text("", encoding="utf-8")  # the settings' folder a file: nothing can be written in it


def _writable(folder: Path) -> None:
    folder.unlink()
    folder.mkdir()


def test_a_setting_the_disk_refused_is_said_once_in_the_status_bar(window):
    bar, keep_lines = window.statusBar(), window.window_actions["keep_lines_on_import"]
    conf = Path(window.settings.q.fileName())
    assert conf.is_file()
    _refused(conf.parent)
    keep_lines.trigger()  # Project › Keep line breaks as in the file on import
    said = bar.currentMessage()
    assert said.startswith(NOT_SAVED + str(conf)) and "until annotator closes" in said, said
    bar.clearMessage()
    keep_lines.trigger()  # still refused: said once
    assert bar.currentMessage() == ""
    _writable(conf.parent)
    keep_lines.trigger()  # saved
    assert bar.currentMessage() == "" and conf.is_file()
    assert "keep_lines_on_import=true" in conf.read_text(encoding="utf-8")  # the file itself, not Qt's cache
    _refused(conf.parent)
    keep_lines.trigger()  # refused again after one was saved: said again
    assert bar.currentMessage().startswith(NOT_SAVED), bar.currentMessage()
    _writable(conf.parent)
