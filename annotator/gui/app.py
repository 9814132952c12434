"""Application set-up: the QApplication, settings, translator, error hook, first start."""
from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from annotator.core.errors import AnnotatorError
from annotator.gui import messages
from annotator.gui.i18n import install_translator
from annotator.gui.scheme import visible_checks
from annotator.gui.settings import Settings

ORGANISATION = "annotator"
APPLICATION = "annotator"


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication), "a QCoreApplication made before shows no window"
    visible_checks(app)  # Fusion's unticked check boxes were all but invisible on a dark palette
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APPLICATION)
    return app


def install_excepthook(parent_of: Any) -> None:
    """Unexpected errors become a dialog, the window stays usable; AnnotatorError is one line.

    The dialog says the saved work is intact only when an integrity check of the open project
    has just passed; otherwise it says what the check found and where the newest backup is.
    """

    def hook(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        parent = parent_of()
        if isinstance(error, AnnotatorError):
            from annotator.gui.summaries import summary_text  # the core's sentence in the interface's language

            messages.warning(parent, QCoreApplication.translate("App", "Error"), summary_text(str(error)))
            return
        from annotator.gui.dialogs import errors
        from annotator.gui.safety import saved_work_report

        details = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(details)
        message = QCoreApplication.translate("App", "Something went wrong: {0}").format(error)
        report = saved_work_report(getattr(parent, "store", None))
        errors.show_error(parent, QCoreApplication.translate("App", "Unexpected error"),
                          f"{message}\n\n{report}" if report else message, details)

    sys.excepthook = hook


def _first_start_name(settings: Settings) -> None:
    from annotator.gui.dialogs.name_dialog import ask_annotator_name

    name = ask_annotator_name(None, settings.annotator_name)
    if name:
        settings.annotator_name = name


def run(project: str | None = None) -> int:
    app = create_app()
    settings = Settings()
    install_translator(app, settings.language)  # "" follows the system locale
    font = QFont(app.font())
    font.setFamilies([font.family(), "Noto Sans CJK SC"])
    app.setFont(font)
    from annotator.core.resources import is_demo_source
    from annotator.gui.main_window import MainWindow
    from annotator.paths import is_user_demo

    window = MainWindow(settings)
    window.doc_model.first_read_later = True  # a project's list read by a worker: the window paints first
    install_excepthook(lambda: window)
    if not settings.annotator_name:
        _first_start_name(settings)
    from annotator.gui.team import is_package

    if project is not None and is_package([project]):  # annotator gui li.zip: a coder's package, unpacked and opened
        window.show()
        window.team.open_package(project)
        return app.exec()
    gone = ""  # the last project, no longer where it was (moved, a drive not connected): said, not just passed over
    if project is None and settings.last_project:
        if Path(settings.last_project).is_dir():
            project = settings.last_project
        else:
            gone = settings.last_project
    if project is None or is_demo_source(project) or is_user_demo(project):  # never opened where it ships;
        # the user's copy brought up to date when an older version built it and it is untouched
        from annotator.demo import ensure_demo

        try:
            project = str(ensure_demo())  # in the user's data folder, built on first open
        except AnnotatorError as e:
            project = None
            from annotator.gui.core_errors import error_text

            messages.warning(None, QCoreApplication.translate("App", "Demo project"), error_text(str(e)))
    window.show()
    if project is not None:
        window.open_project(project)
    if gone:
        said = QCoreApplication.translate(
            "App", "{0}, the project open when annotator last closed, is not there: moved, renamed or deleted, or on a "
            "drive that is not connected. Project › Open project… (Ctrl+O) opens it where it is now.")
        messages.information(window, QCoreApplication.translate("App", "Last project not found"), said.format(gone))
    return app.exec()
