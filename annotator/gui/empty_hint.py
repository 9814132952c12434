"""What the article's empty page says: how to open a project, bring articles into an empty one,
or choose a document (it was a blank white page with nothing to do on it)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui.i18n import names_list

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmptyHint", text)


def empty_hint(window: MainWindow) -> str:
    """The article's placeholder for the window's state (shown only while it holds no text)."""
    if window.store is None:
        return _tr("No project is open.\n\nProject › New project… (Ctrl+N) makes one; Project › Open project… "
                   "(Ctrl+O) opens one, as does a project folder dropped on the window.") + "\n\n" + _tr(
                       "To try one first: Help › Open the demo project.")
    if window.doc_id is not None:
        return _tr("This document holds no text.")
    if window.doc_model.reading() and window.doc_model.rowCount() == 0:  # the list read by a worker (the start)
        return _tr("Reading the project's documents…")
    if window.doc_model.rowCount() == 0:
        from annotator.core.imports import formats  # not before: the first paint imports no reader's module

        return _tr("This project has no documents yet.\n\nProject › Import files… (Ctrl+I) or Import folder… "
                   "brings articles in ({0}); files dropped on the window are imported too.").format(
                       _breakable(names_list(formats.ordered(formats.DOCUMENTS))))
    return _tr("Choose a document in the list on the left.")


def _breakable(listed: str) -> str:
    """A list of suffixes the placeholder can wrap: Chinese puts no space after "、", and no line may break
    before the dot of ".txt" (Unicode's line breaking), so "（.txt、.md、….ofd）" ran on unbroken past the
    page's right edge, cut off at ".pd"; a zero-width space after each "、" lets the line break there."""
    return listed.replace("、", "、\u200b")


def show_empty_hint(window: MainWindow) -> None:
    """The article's placeholder, and its name for a screen reader (in the interface's language)."""
    window.text_view.setPlaceholderText(empty_hint(window))
    window.text_view.setAccessibleName(_tr("Article"))
