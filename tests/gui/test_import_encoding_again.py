"""A file imported with a guessed encoding that also reads as another was reported with advice naming
command-line options (annotator remove … --encoding), which the window has no way to give: now the
window says to choose in the dialog that follows, which offers the readings with the guess preselected;
another chosen and *Import again* removes the document and imports the file again with it, one step."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from annotator.gui import tasks
from annotator.gui.dialogs.encoding_dialog import EncodingDialog
from tests.gui.test_import_encoding_choice import answering, pick

WESTERN = "Mitarbeiter für Straßenbau in Köln und Düsseldorf, größere Projekte.\n" * 30  # also valid GB18030


def _imported(window, store, tmp_path, monkeypatch, choose) -> tuple[list[str], list[str]]:
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    path = tmp_path / "w.txt"
    path.write_bytes(WESTERN.encode("cp1252"))
    selected: list[str] = []

    def look(dialog: EncodingDialog) -> None:
        selected.append(dialog.list.currentItem().text())
        choose(dialog)

    seen = answering(None, lambda: window.commands.import_paths([str(path)]), look)
    return seen, selected


def test_a_guessed_encoding_is_offered_again_and_another_reading_imports_the_file_again(window, store, tmp_path,
                                                                                         monkeypatch):
    seen, selected = _imported(window, store, tmp_path, monkeypatch, pick("GB18030"))
    assert "--encoding" not in seen[0] and "annotator remove" not in seen[0]
    assert "in the window that follows" in seen[0]
    assert seen[1].startswith("dialog: ") and "was imported read as Windows-1252" in seen[1]
    assert len(selected) == 1 and selected[0].startswith("Windows-1252:")  # the guess preselected
    (doc,) = [d for d in store.documents() if d.source_path.endswith("w.txt")]  # one: the first removed
    assert doc.name == "w.txt" and doc.encoding == "gb18030"
    assert store.document(doc.id).text == WESTERN.encode("cp1252").decode("gb18030")


def test_keep_it_leaves_the_document_as_it_was_read(window, store, tmp_path, monkeypatch):
    def keep(dialog: EncodingDialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    seen, _ = _imported(window, store, tmp_path, monkeypatch, keep)
    assert any(s.startswith("dialog: ") for s in seen)
    (doc,) = [d for d in store.documents() if d.source_path.endswith("w.txt")]
    assert doc.encoding == "cp1252" and store.document(doc.id).text == WESTERN
