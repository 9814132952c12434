"""``annotator gui li.zip``: the program started on a coder's package (``gui/app.py`` run()) asks
the annotator's name (the settings have none), asks where to unpack the package, unpacks it and
opens its project. Driven in-process: the QApplication made first (run() takes it over), the
modal dialogs answered and the program left by a timer that looks at what is shown; the
application's font, language and quitting put back for the tests after it."""
from __future__ import annotations

import sys
import time

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QInputDialog

from annotator.core.store import Store
from annotator.core.team.package import export_package
from annotator.gui import app as gui_app
from annotator.gui import tasks
from annotator.gui.dialogs.unpack_dialog import UnpackDialog
from annotator.gui.i18n import current_language, install_translator
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from tests.gui.conftest import build_project

GIVE_UP = 30.0  # seconds: a dialog nobody answers fails the test instead of hanging it


def test_annotator_gui_on_a_package_asks_the_name_unpacks_it_and_opens_its_project(qapp, qtbot, tmp_path,
                                                                                   monkeypatch):
    with Store.open(build_project(tmp_path / "lead")) as lead:
        export_package(lead, tmp_path / "li.zip")
        names = sorted(d.name for d in lead.documents())
    # settings: the autouse isolated_settings (QSettings' path); the data folder: this test's own
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setattr(tasks, "SYNC", False)  # the real worker, as in the program
    font, language, quits = QFont(qapp.font()), current_language(), qapp.quitOnLastWindowClosed()
    # no quit posted by the window closing as the last one: later tests' event loops must keep turning
    # (a window left alive after app.exec() made every later qtbot.wait return at once)
    qapp.setQuitOnLastWindowClosed(False)
    answered: list[str] = []
    windows: list[MainWindow] = []
    held: list[tuple] = []  # what the window had open when the program was left
    began = time.monotonic()

    def poke() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QInputDialog):  # the annotator's name: none in the settings yet
            answered.append(modal.labelText())
            modal.setTextValue("li")
            modal.accept()
        elif isinstance(modal, UnpackDialog):  # where to unpack: the folder proposed beside the zip
            answered.append(modal.path.text())
            modal.buttons.accepted.emit()
        elif modal is not None and time.monotonic() - began > GIVE_UP:
            answered.append(f"unexpected {type(modal).__name__}")
            modal.close()
        windows[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        opened = bool(windows) and windows[0].store is not None and modal is None \
            and not windows[0].doc_model.reading()  # the list, read by a worker
        if opened:
            held.append((windows[0].store.folder, windows[0].doc_model.names()))
        if opened or time.monotonic() - began > GIVE_UP:
            timer.stop()
            QApplication.exit(0)

    timer = QTimer(interval=20)
    timer.timeout.connect(poke)
    timer.start()
    try:
        assert gui_app.run(str(tmp_path / "li.zip")) == 0
    finally:
        timer.stop()
        for w in windows:  # closed as the coder closes it (its project, its place saved), and gone
            w.close()
            shiboken6.delete(w)
        qapp.setFont(font)
        install_translator(qapp, language)
        qapp.setQuitOnLastWindowClosed(quits)
    assert answered[0].startswith("Your name")
    assert answered[1:] == [str(tmp_path / "li")]  # both dialogs answered, nothing else shown
    assert [(folder.resolve(), sorted(shown)) for folder, shown in held] == [((tmp_path / "li").resolve(), names)]
    assert Settings().annotator_name == "li"
    with Store.open(tmp_path / "li") as package:
        assert sorted(d.name for d in package.documents()) == names
    ticked = QTimer(singleShot=True, interval=10)
    with qtbot.waitSignal(ticked.timeout, timeout=2000):  # the event loops of the tests after it still turn
        ticked.start()
