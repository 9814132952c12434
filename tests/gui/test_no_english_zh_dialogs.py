"""The scan of ``test_no_english_zh`` over what its flows leave out: the window in Chinese shows no
English sentence in About, the dialogs of handing out a package, opening (unpacking) one, a new
project, restoring from a backup and searching, nor in what it says after an .xlsx annotation
import whose rows are refused ("rejected … row N: …"), nor in the Statistics panel's line on how the
accepted spans came about, nor in Project › Methods paragraph… (its dialog and the paragraph itself).
The allowlist and the rules are that test's.

Show Details of a message box holds the same text as the box (its lines past the first ones), which
the scan records whole; Show Details of an error box holds the core's own English sentence or the
traceback, on purpose (for a bug report), and is not scanned."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.core.store.backup import backup
from annotator.core.suggest.model.described import seed_fingerprint
from annotator.gui.dialogs import annotation_import_dialog as aid
from annotator.gui.dialogs.hand_out import HandOutDialog
from annotator.gui.dialogs.methods_dialog import MethodsDialog
from annotator.gui.dialogs.new_project import NewProjectDialog
from annotator.gui.dialogs.restore_dialog import RestoreDialog
from annotator.gui.dialogs.unpack_dialog import UnpackDialog
from tests.core.test_safety_xlsx_input import workbook
from tests.gui.test_no_english_zh import dialog_shown, focus_text, project, seen, settings  # noqa: F401 (fixtures)


def test_no_english_in_the_chinese_dialogs(window, seen, qtbot, tmp_path, monkeypatch):  # noqa: F811
    w = window
    # -- About
    w.about()
    # -- handing out a package, then opening it (the message names the command as well: annotator open-package)
    seen.data.add("open-package")
    package = tmp_path / "李明.zip"
    dialog_shown(monkeypatch, seen, HandOutDialog, "hand out", fill=lambda d: d.coder.setText("李明"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(package), ""))
    assert w.team.hand_out() == package
    dialog_shown(monkeypatch, seen, UnpackDialog, "open package", accept=False)
    assert w.team.open_package(package) is None
    # -- a new project (not made)
    dialog_shown(monkeypatch, seen, NewProjectDialog, "new project", accept=False,
                 fill=lambda d: d.path_edit.setText(str(tmp_path / "新工程")))
    w.window_actions["new_project"].trigger()
    # -- restoring from a backup (not restored)
    backup(w.store.conn, w.store.folder, "hourly")
    dialog_shown(monkeypatch, seen, RestoreDialog, "restore", accept=False)
    w.window_actions["restore"].trigger()
    # -- searching: a word found, then one not found
    w.window_actions["search"].trigger()
    search = w.commands._search_dialog
    qtbot.waitUntil(search.isVisible)
    for needle in ("湖里区", "没有这个词"):
        search.query.setText(needle)
        assert search.search(needle) >= 0
        seen.sweep("search")
    search.close()
    # -- an .xlsx of annotations whose rows are refused
    ann_id = w.store.annotations()[0].id if w.store.annotations() else 1
    book = workbook(tmp_path / "标注.xlsx", [["id", "note"], [1e20, "坏"], [ann_id + 10_000, "无"], ["abc", "字"]])
    seen.data |= {"abc", "Annotations"}  # the cell as the user typed it; the sheet by its name in the workbook
    monkeypatch.setattr(aid, "choose_annotation_files", lambda _p: [str(book)])
    dialog_shown(monkeypatch, seen, aid.AnnotationImportDialog, "import annotations")
    w.window_actions["import_annotations"].trigger()
    # -- the Statistics panel's line on how the accepted spans came about (one accepted as proposed, one by hand)
    doc = w.store.documents()[0]
    w.store.add_annotation(doc.id, 0, 2, "DISTRICT", status="accepted", origin="gazetteer", confidence=0.9)
    w.store.add_annotation(doc.id, 2, 4, "PROJECT", status="accepted", origin="manual")
    focus_text(w, qtbot)
    qtbot.keyClick(w.text_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    origins = w.statistics.project_origins
    qtbot.waitUntil(lambda: origins.isVisible() and "按建议原样接受 1 条" in origins.text())
    seen.sweep("statistics")
    # -- Project › Methods paragraph…: the dialog and the paragraph (a read-only text the sweep does not read)
    seen.data |= {"About", "SHA-256", "methods", seed_fingerprint()}  # the sheet's name, a command, a digest
    w.window_actions["methods"].trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(MethodsDialog)))
    methods = next(d for d in w.findChildren(MethodsDialog) if d.isVisible())
    seen.sweep("methods")
    seen.add("methods: paragraph", methods.text.toPlainText())
    methods.close()
    areas = {area.split(":")[0] for area, _text in seen.texts}
    assert {"hand out", "open package", "new project", "restore", "search", "message box", "statistics",
            "methods"} <= areas, areas
    assert any("标注.xlsx" in text for _area, text in seen.texts)  # the refused rows were said
    assert ("statistics: label", origins.text()) in seen.texts
    assert any(area == "methods: paragraph" and "1 条（50.0%）按建议原样接受" in text for area, text in seen.texts)
    assert seen.flagged() == {}
