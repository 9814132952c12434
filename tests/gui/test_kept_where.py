"""A project opened from a network share or a cloud-synced folder: a notice says so once per project
folder, without holding the window (gui/kept_where.py); the detector (core/location.py) is told where
the folder lies, no real mount is needed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from annotator.core import location
from annotator.core.location import NETWORK, SYNCED, Location
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from tests.gui.conftest import build_project


def _notices(window) -> list:
    return [box for box in window.findChildren(QDialog, "keptWhereNotice") if box.isVisible()]


def lies(monkeypatch, places: dict[Path, Location]) -> None:
    monkeypatch.setattr(location, "where", lambda at, **_k: places.get(Path(at), Location()))


def test_a_project_on_a_share_is_said_once_and_the_window_goes_on(window, tmp_path, monkeypatch, qtbot, qapp):
    share = build_project(tmp_path / "lab share" / "reports")
    lies(monkeypatch, {share: Location(NETWORK, "cifs")})
    assert window.open_project(share) and window.store.journal == "delete"
    qtbot.waitUntil(lambda: bool(_notices(window)))
    [box] = _notices(window)
    assert box.windowTitle() == "Project on a network share"
    assert box.text() == (
        f"{share} is on a network share (cifs).\n\nSQLite's write-ahead log does not work over a network, and "
        "file locks on a share often fail: two computers writing this project can damage it. annotator writes it "
        "there with a rollback journal instead (saving is slower).\n\nKeep the project on this computer's disk and "
        "hand work over with Project › Coding team › Hand out a package… and Merge coders' work…, or let one "
        "computer at a time open it.")
    assert not box.isModal() and qapp.activeModalWidget() is None
    # the window goes on working beside it: a document opened, a setting kept
    window.open_document(window.store.document_id_by_name(window.store.documents()[0].name))
    assert window.doc_id is not None
    assert str(share) in Settings().place_warned
    qtbot.mouseClick(box.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _notices(window))
    # opened again (another project between), also by a window started anew: not said again
    window.open_project(tmp_path / "project")
    window.open_project(share)
    qapp.processEvents()
    assert window.store.folder == share and _notices(window) == []
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert again.open_project(share)
    qapp.processEvents()
    assert again.store.journal == "delete" and _notices(again) == []
    again.store.close()
    again.store = None


def test_a_synced_folder_is_said_and_a_local_project_is_not(window, tmp_path, monkeypatch, qtbot, qapp):
    synced = build_project(tmp_path / "OneDrive - Xiamen University" / "reports")
    lies(monkeypatch, {synced: Location(SYNCED, "OneDrive - Xiamen University")})
    window.open_project(tmp_path / "project")  # (open already: on this computer's disk)
    qapp.processEvents()
    assert _notices(window) == []
    assert window.open_project(synced) and window.store.journal == "wal"
    qtbot.waitUntil(lambda: bool(_notices(window)))
    [box] = _notices(window)
    assert box.windowTitle() == "Project in a synced folder"
    assert box.text().startswith(f"{synced} is in a cloud-synced folder (OneDrive - Xiamen University).")
    assert "outside OneDrive - Xiamen University" in box.text() and not box.isModal()


def test_the_notice_in_chinese_calls_it_a_biaozhu_gongcheng(window, tmp_path, monkeypatch, qtbot, qapp):
    from annotator.gui import i18n

    # this checkout's translations (an editable install elsewhere would read its own)
    monkeypatch.setattr(i18n, "TRANSLATIONS", Path(__file__).resolve().parents[2] / "resources" / "translations")
    share = build_project(tmp_path / "reports")
    lies(monkeypatch, {share: Location(NETWORK, "nfs4")})
    assert i18n.install_translator(qapp, "zh_CN")
    assert window.open_project(share)
    qtbot.waitUntil(lambda: bool(_notices(window)))
    [box] = _notices(window)
    assert "网络共享" in box.windowTitle() and "标注工程" in box.text() and "项目" not in box.text()
    assert "(nfs4)" in box.text() or "（nfs4）" in box.text()


def test_on_the_servers_disk_a_project_opened_over_a_share_says_why_it_keeps_the_rollback_journal(
        window, tmp_path, monkeypatch, qtbot, qapp):
    from annotator.core.store import Store

    served = build_project(tmp_path / "served")
    lies(monkeypatch, {served: Location(NETWORK, "cifs")})
    Store.open(served).close()  # another computer opened it over the share: the project keeps that
    lies(monkeypatch, {})  # the file server's own window, on its disk
    assert window.open_project(served) and window.store.location.local
    assert (window.store.journal, window.store.shared) == ("delete", "cifs")
    qtbot.waitUntil(lambda: bool(_notices(window)))
    [box] = _notices(window)
    assert box.windowTitle() == "Project opened over a network share" and not box.isModal()
    assert box.text() == (
        f"{served} has been opened over a network share (cifs), from another computer say.\n\nSo annotator writes it "
        "with a rollback journal on this computer too, not the write-ahead log (saving is slower): a computer that "
        "has it open over the share would not see this computer's write-ahead log and would damage the project."
        f"\n\nWhen no computer opens it over a share any more, annotator shared {served} --not, typed on the command "
        "line, gives it back the write-ahead log.")


def test_the_servers_notice_in_chinese_calls_it_a_biaozhu_gongcheng(window, tmp_path, monkeypatch, qtbot, qapp):
    from annotator.core.store import Store
    from annotator.gui import i18n

    # this checkout's translations (an editable install elsewhere would read its own)
    monkeypatch.setattr(i18n, "TRANSLATIONS", Path(__file__).resolve().parents[2] / "resources" / "translations")
    served = build_project(tmp_path / "served")
    lies(monkeypatch, {served: Location(NETWORK, "nfs4")})
    Store.open(served).close()
    lies(monkeypatch, {})
    assert i18n.install_translator(qapp, "zh_CN")
    assert window.open_project(served)
    qtbot.waitUntil(lambda: bool(_notices(window)))
    [box] = _notices(window)
    assert "网络共享" in box.windowTitle() and "标注工程" in box.text() and "项目" not in box.text()
    assert "（nfs4）" in box.text() and f"annotator shared {served} --not" in box.text()
