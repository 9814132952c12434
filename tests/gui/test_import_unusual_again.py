"""A file read with many unusual characters ("read as utf-8, but 73% of its characters are unusual …")
was reported in the window with advice naming command-line options (annotator remove … --encoding),
which the window has no way to give: now the window says to choose in the dialog that follows, which
offers the file's readings with the one it was read as preselected; another chosen and *Import again*
removes the document and imports the file again with it."""
from __future__ import annotations

from annotator.core.imports.text import decode
from annotator.gui import tasks
from annotator.gui.dialogs.encoding_dialog import EncodingDialog
from tests.gui.test_import_encoding_choice import answering, pick

HANGUL = "안녕하세요 세계 건설 계획 사업 추진\n" * 20  # valid UTF-8, but unusual in Chinese or Latin text


def test_a_file_of_unusual_characters_is_offered_again_without_command_line_advice(window, store, tmp_path,
                                                                                   monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    path = tmp_path / "k.txt"
    path.write_bytes(HANGUL.encode("utf-8"))
    selected: list[str] = []

    def look(dialog: EncodingDialog) -> None:
        selected.append(dialog.list.currentItem().text())
        pick("UTF-16 LE")(dialog)

    seen = answering(None, lambda: window.commands.import_paths([str(path)]), look)
    assert "% of its characters are unusual" in seen[0]
    assert "--encoding" not in seen[0] and "annotator remove" not in seen[0]
    assert "in the window that follows" in seen[0]
    assert seen[1].startswith("dialog: ") and "was imported read as UTF-8" in seen[1]
    assert len(selected) == 1 and selected[0].startswith("UTF-8:")  # as it was read, preselected
    (doc,) = [d for d in store.documents() if d.source_path.endswith("k.txt")]  # one: the first removed
    assert doc.encoding == "utf-16-le"
    assert store.document(doc.id).text == decode(HANGUL.encode("utf-8"), "k.txt", "utf-16-le")[0]


def test_a_reading_import_would_refuse_is_not_offered_and_never_removes_the_document(window, store, tmp_path,
                                                                                     monkeypatch):
    """Latin-1 was offered for a Korean UTF-8 file; chosen, the document was removed and the file then
    refused ("looks like a binary file (control characters)"): the project lost it."""
    from annotator.core.imports import readings as readings_module

    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    path = tmp_path / "k.txt"
    path.write_bytes(HANGUL.encode("utf-8"))
    assert "latin-1" not in [r.encoding for r in readings_module.readings(path)]
    real = readings_module.readings
    offered = readings_module.Reading("latin-1", "Latin-1", "ì•ˆ", 0.1)
    monkeypatch.setattr(readings_module, "readings", lambda p: [*real(p), offered])  # as before the fix
    answering(None, lambda: window.commands.import_paths([str(path)]), pick("Latin-1"))
    (doc,) = [d for d in store.documents() if d.source_path.endswith("k.txt")]
    assert doc.encoding == "utf-8"  # kept as it was read
    assert any("control characters" in e for e in window.errors)
