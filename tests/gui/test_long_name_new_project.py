"""The new project dialog given a folder name longer than the file system takes (over 255 bytes:
85 Chinese characters) says so under the path and greys Create; Path.exists() raised OSError
'File name too long' out of the dialog's check at each typed character."""
from __future__ import annotations

from annotator.core import project_folder as pf
from tests.gui.test_new_project import run_dialog


def test_a_name_too_long_is_said_and_create_greyed(window, qtbot, tmp_path):
    long = tmp_path / ("长路径" * 60)  # 540 bytes
    assert pf.check_new_folder(long).state == pf.TOO_LONG
    assert pf.check_new_folder(tmp_path.joinpath(*["路" * 80] * 20)).state == pf.TOO_LONG  # over 4,096 bytes
    shown = window.store.folder

    def drive(dialog):
        dialog.path_edit.setText(str(long))  # typed by an input method
        assert dialog.hint.text() == (f"Cannot create a project in {long}: a name in it is longer than the file "
                                      "system allows (255 bytes, about 85 Chinese characters); choose a shorter name.")
        assert not dialog.create_button.isEnabled()
        dialog.accept()  # Enter in the field
        assert dialog.isVisible() and dialog.hint.text().startswith("Cannot create a project in")

    run_dialog(window, qtbot, drive)
    assert window.store.folder == shown and not any(p.name == long.name for p in tmp_path.iterdir())
