"""Help › Open the demo project: the demo in the user's data folder (built there on first use, as at
a first start), from any project. Once the window had opened another project, the demo was reached
only by typing its hidden folder (~/.local/share/annotator/demo) into Project › Open project…."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core.errors import AnnotatorError

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def open_demo(window: MainWindow) -> None:
    from annotator.demo import ensure_demo
    from annotator.gui.core_errors import error_text

    try:
        folder = ensure_demo()  # brought up to date when an older version built it and it is untouched
    except AnnotatorError as e:
        window.show_error(QCoreApplication.translate("App", "Demo project"), error_text(str(e)))
        return
    window.open_project(folder)
