"""A folder of reports in several formats, mixed on purpose, imported in the window (Project › Import
folder…, with the real file dialog's answer): what the status bar and the import's box say of its kinds."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.mixed_files import mixed_folder


def import_folder(window, monkeypatch, folder) -> str:
    """The folder imported as a user does it (the menu's action, the dialog answered); the status bar after."""
    window.settings.suggest_on_import = False
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window.window_actions["import_folder"].trigger()
    return window.statusBar().currentMessage()


def test_a_folder_mixing_kinds_on_purpose_is_not_told_they_may_be_imported_by_mistake(window, monkeypatch, tmp_path,
                                                                                      sync_tasks):
    """Three .txt, three .docx and three pages: the status bar said "6 of them are not .txt files: … the
    Project menu's Remove document(s)… takes out one imported by mistake"."""
    folder = mixed_folder(tmp_path / "reports", txt=3, docx=3, html=3)
    said = import_folder(window, monkeypatch, folder)
    names = {d.name for d in window.store.documents()}
    assert {f"report_{i:03d}.{k}" for i, k in enumerate(["txt"] * 3 + ["docx"] * 3 + ["html"] * 3)} <= names
    assert said == "imported 9 document(s): 3 text, 3 Word, 3 web page(s)", said  # counted, not named
    assert not window.errors


def test_the_kinds_are_counted_in_chinese(window, monkeypatch, tmp_path, sync_tasks):
    folder = mixed_folder(tmp_path / "reports", docx=2, mht=1, html=1, txt=1)
    window.commands.set_language("zh_CN")
    try:
        said = import_folder(window, monkeypatch, folder)
    finally:
        window.commands.set_language("en")
    assert said == "已导入 5 篇文档：Word 2 篇、网页 2 篇、纯文本 1 篇", said


def test_the_import_box_of_a_mixed_folder_with_a_broken_file_counts_the_kinds(window, qtbot, tmp_path, sync_tasks):
    from tests.gui.test_import_summary import answered_box

    folder = mixed_folder(tmp_path / "reports", docx=2, txt=3)
    (folder / "cut.docx").write_bytes((folder / "report_000.docx").read_bytes()[:300])
    window.settings.suggest_on_import = False
    seen = answered_box(qtbot, lambda: window.commands.import_paths([str(folder)]))
    assert seen["text"].splitlines()[0] == "imported 5 document(s): 3 text, 2 Word", seen
    assert f"failed {folder / 'cut.docx'}: is a damaged .docx" in seen["text"] + seen["details"]


def test_every_kind_an_import_counts_is_said_in_chinese(qapp):
    from annotator.core.imports import formats
    from annotator.gui import i18n
    from annotator.gui.summaries_kinds import kinds

    counted = {f.counted_as for f in formats.of_kind(formats.DOCUMENTS)} | set(formats.OFFICE_COUNTED_AS.values())
    assert set(kinds()) == counted
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        said = kinds()
    finally:
        assert i18n.install_translator(qapp, "en")
    assert all(said[kind].endswith(" {0} 篇") for kind in counted), said


def test_notes_swept_in_with_a_folder_of_reports_are_still_named(window, monkeypatch, tmp_path, sync_tasks):
    folder = mixed_folder(tmp_path / "reports", txt=4, md=1)
    said = import_folder(window, monkeypatch, folder)
    assert said == ("imported 5 document(s); 1 of them is not a .txt file: report_004.md; the Project menu's Remove "
                    "document(s)… takes it out if it was imported by mistake."), said
