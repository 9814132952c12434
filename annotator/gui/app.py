"""Application set-up: the QApplication, settings, translator, error hook, first start."""
from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QSplitter, QWidget

from annotator.core.errors import AnnotatorError

ORGANISATION = "annotator"
APPLICATION = "annotator"


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APPLICATION)
    return app


def make_settings() -> Any:
    """GUI-B's :class:`annotator.gui.settings.Settings`, or a minimal stand-in until it exists."""
    try:
        from annotator.gui.settings import Settings
    except ImportError:
        return FallbackSettings()
    return Settings()


class _Option:
    def __init__(self, default: Any):
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return obj.q.value(self.name, self.default, type=type(self.default))

    def __set__(self, obj: Any, value: Any) -> None:
        obj.q.setValue(self.name, value)


class FallbackSettings:
    annotator_name = _Option("")
    recent_projects = _Option([""])
    last_project = _Option("")
    last_document = _Option("")
    last_position = _Option(0)
    font_size = _Option(14)
    language = _Option("")
    snap_to_words = _Option(False)
    show_rejected = _Option(False)
    suggest_on_import = _Option(False)

    def __init__(self) -> None:
        self.q = QSettings()

    @property  # type: ignore[no-redef]
    def recent_projects(self) -> list[str]:
        value = self.q.value("recent_projects", [])
        return [v for v in ([value] if isinstance(value, str) else list(value or [])) if v]

    @recent_projects.setter
    def recent_projects(self, value: list[str]) -> None:
        self.q.setValue("recent_projects", list(value))

    def save_window(self, window: QWidget) -> None:
        self.q.setValue("window/geometry", window.saveGeometry())
        self.q.setValue("window/state", window.saveState())
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName():
                self.q.setValue(f"window/{splitter.objectName()}", splitter.saveState())

    def restore_window(self, window: QWidget) -> None:
        if (geometry := self.q.value("window/geometry")) is not None:
            window.restoreGeometry(geometry)
        if (state := self.q.value("window/state")) is not None:
            window.restoreState(state)
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName() and (state := self.q.value(f"window/{splitter.objectName()}")) is not None:
                splitter.restoreState(state)


def install_excepthook(parent_of: Any) -> None:
    """Unexpected errors become a dialog, the window stays usable; AnnotatorError is one line."""

    def hook(kind: type, error: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        parent = parent_of()
        if isinstance(error, AnnotatorError):
            QMessageBox.warning(parent, QCoreApplication.translate("App", "Error"), str(error))
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(details)
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Unexpected error"),
                          QCoreApplication.translate("App", "Something went wrong: {0}\nYour saved work is safe."
                                                     ).format(error), parent=parent)
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def _first_start_name(settings: Any) -> None:
    try:
        from annotator.gui.dialogs.name_dialog import ask_annotator_name
    except ImportError:
        name, ok = QInputDialog.getText(None, QCoreApplication.translate("App", "Welcome"),
                                        QCoreApplication.translate("App", "Your name (stored with each annotation):"))
        name = name.strip() if ok else None
    else:
        name = ask_annotator_name(None, settings.annotator_name)
    if name:
        settings.annotator_name = name


def run(project: str | None = None) -> int:
    app = create_app()
    settings = make_settings()
    if settings.language:
        try:
            from annotator.gui.i18n import install_translator
        except ImportError:
            pass
        else:
            install_translator(app, settings.language)
    font = QFont(app.font())
    font.setFamilies([font.family(), "Noto Sans CJK SC"])
    app.setFont(font)
    from annotator.gui.main_window import MainWindow

    window = MainWindow(settings)
    install_excepthook(lambda: window)
    if project is None and settings.last_project and Path(settings.last_project).is_dir():
        project = settings.last_project
    if project is None:
        if not settings.annotator_name:
            _first_start_name(settings)
        from annotator.core.demo import ensure_demo

        try:
            project = str(ensure_demo())
        except AnnotatorError as e:
            QMessageBox.warning(None, QCoreApplication.translate("App", "Demo project"), str(e))
    window.show()
    if project is not None:
        window.open_project(project)
    return app.exec()
