"""Project › Coding team › Open a package… (or ``annotator gui li.zip``) into the folder that holds the package's
project already: opened before, by a window or a command that was killed, or the coder opening the zip again. It
was refused as "not an empty folder"; now the project there is opened as it is, the coder's work in it kept, and
the status bar says so (in Chinese too). A folder of another project is still refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.store import Store
from annotator.core.team.package import export_package, open_package
from annotator.gui import tasks
from annotator.gui.dialogs import name_dialog
from annotator.gui.dialogs.unpack_dialog import UnpackDialog


@pytest.fixture
def opened_before(window, store, tmp_path, monkeypatch) -> tuple[Path, Path]:
    """li.zip, handed out to li, and the folder it was opened into (a span coded in it since)."""
    monkeypatch.setattr(tasks, "SYNC", True)
    export_package(store, tmp_path / "li.zip", coder="li")
    open_package(tmp_path / "li.zip", tmp_path / "li")
    with Store.open(tmp_path / "li") as li:
        li.add_annotation(li.document_id_by_name("a.txt"), 0, 2, "DISTRICT", annotator="li")
    return tmp_path / "li.zip", tmp_path / "li"


def unpack_into(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(UnpackDialog, "exec", lambda d: (d.path.setText(str(folder)), d.buttons.accepted.emit(),
                                                         d.result())[2])


def test_a_package_into_the_folder_holding_its_project_opens_that_project_as_it_is(window, opened_before,
                                                                                  monkeypatch):
    package, folder = opened_before
    unpack_into(monkeypatch, folder)
    window.settings.annotator_name = ""  # the coder's window had not kept their name: asked, li offered
    offered: list[str] = []
    monkeypatch.setattr(name_dialog, "ask_annotator_name",
                        lambda _parent, current, note="": (offered.append(current), "li")[1])

    assert window.team.open_package(package) == folder

    assert window.errors == []
    assert window.store.folder.resolve() == folder.resolve()
    assert [(a.start, a.end, a.annotator) for a in window.store.annotations() if a.annotator == "li"] == [(0, 2, "li")]
    assert offered == ["li"] and window.settings.annotator_name == "li"
    assert window.statusBar().currentMessage() == (
        f"{folder} already holds the project of the package li.zip (opened before): nothing was unpacked, it is open "
        "as it was. When done, send that folder (or a zip of it) back.")
    assert not [p.name for p in folder.parent.iterdir() if p.name.startswith(".")]  # nothing unpacked beside it


def test_it_is_said_in_chinese(window, opened_before, monkeypatch, chinese_of_checkout):
    package, folder = opened_before
    unpack_into(monkeypatch, folder)
    assert window.team.open_package(package) == folder
    assert window.statusBar().currentMessage() == (
        f"{folder} 中已有标注包 li.zip 的标注工程（之前已打开过）：未解压任何内容，已按原样打开。"
        "标注完成后，请把这个文件夹（或其 zip 压缩包）交回。")


def test_a_folder_of_another_package_is_still_refused(window, store, opened_before, tmp_path, monkeypatch):
    _package, folder = opened_before
    export_package(store, tmp_path / "wang.zip", coder="wang")
    lead = window.store.folder
    unpack_into(monkeypatch, folder)
    assert window.team.open_package(tmp_path / "wang.zip") is None
    assert window.store.folder == lead
    assert window.errors == [f"{folder}: exists and is not an empty folder; name a new folder for the project"]
