"""A label of the schema deleted and wanted back (TARGET) takes its own colour, key and description,
added by name on the command line or typed as the name of a label just added in the label editor.
It got the palette's next colour, no key and no description."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.labels import spec
from annotator.core.store import Store
from annotator.gui.dialogs.label_editor import LabelEditorDialog
from tests.cli_run import run
from tests.gui.conftest import show_active
from tests.gui.dialogs.test_label_names_tidied import row_of, type_name


def look(folder, name):
    with Store.open(folder) as other:
        label = other.label(name)
        return label.color.lower(), label.shortcut, label.description


def schema_look(name):
    s = spec(name)
    return s.color.lower(), s.key, s.description


def test_target_typed_as_a_new_label_s_name_takes_target_s_look(qtbot, store, shown):
    store.delete_label("TARGET")
    dialog = show_active(qtbot, LabelEditorDialog(store))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    added = store.label_names()[-1]
    type_name(qtbot, dialog, row_of(dialog, added), "TARGET")
    assert look(store.folder, "TARGET") == schema_look("TARGET")
    assert not shown


def test_a_label_added_and_described_keeps_its_own_look_when_named_as_the_schema_s(qtbot, store, shown):
    store.delete_label("TARGET")
    store.add_label("MINE", "#123456", "7", "what I mark")
    dialog = show_active(qtbot, LabelEditorDialog(store))
    type_name(qtbot, dialog, row_of(dialog, "MINE"), "TARGET")
    assert look(store.folder, "TARGET") == ("#123456", "7", "what I mark")


def test_labels_add_target_after_deleting_it_takes_target_s_look(tmp_path, capsys):
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "labels", folder, "--delete", "TARGET")[0] == 0
    assert run(capsys, "labels", folder, "--add", "TARGET")[0] == 0
    assert look(folder, "TARGET") == schema_look("TARGET")
    assert run(capsys, "labels", folder, "--delete", "TARGET")[0] == 0
    assert run(capsys, "labels", folder, "--change", "AMOUNT", "--key", spec("TARGET").key)[0] == 0
    assert run(capsys, "labels", folder, "--add", "TARGET", "--color", "#00aa00")[0] == 0  # the key is taken
    assert look(folder, "TARGET") == ("#00aa00", "", spec("TARGET").description)
