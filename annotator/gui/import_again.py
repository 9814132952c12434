"""*Import again*: from the encoding dialog (``gui/dialogs/encoding_dialog.py``), the file read with the
reading chosen (``core/imports/again.read_again``); from Project › Import the open document again…, the open
document's own file read as an import reads it now (``again.read_source``, in the background as an import
is: a PDF takes a second), the file asked for when it is no longer where it was imported from. Nothing is
written by the reading; a reading that gives the document's text says so and changes nothing. When
accepted spans on the document would go (their text is not where their place maps to in the new reading:
``core/spans_moved.py``), a question naming how many, before anything is written; then the document
replaced in one write of the core (``again.import_again``), in the background too (a 400,000-character
document with 11,000 spans held the window a second): a failure leaves it and its spans as they were. The
undo history is cleared only once it was replaced. The status bar says what was kept and removed, and what
a normal import says of the file's reading.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core.errors import AnnotatorError

if TYPE_CHECKING:
    from collections.abc import Callable

    from annotator.core.imports.again import Replaced, Reread
    from annotator.core.store import Store
    from annotator.gui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportAgain", text)


def again_pieces() -> list[tuple[str, str, tuple[str, ...]]]:
    """Why a file was not read again (``core/imports/again.read_again``'s refusals after "FILE: "): rules
    of :mod:`annotator.gui.summaries`."""
    return [
        (r"reads the same with (\S+); the document was left as it is",
         _t("reads the same with {0}; the document was left as it is"), ()),
        (r"read with (\S+) it gives the text of (.+), already in the project; the document was left as it is",
         _t("read with {0} it gives the text of {1}, already in the project; the document was left as it is"), ()),
    ]


def import_again(window: MainWindow, doc_id: int, path: str, encoding: str, reading: str) -> bool:
    """Document ``doc_id`` replaced by its file ``path`` read with ``encoding`` (``reading``: its name as
    the dialog shows it); whether it was."""
    from annotator.core.imports.again import read_again

    store = window.store
    if store is None:
        return False
    try:
        reread = read_again(store, doc_id, path, encoding, window.settings.keep_lines_on_import)
    except AnnotatorError as e:
        window.show_error(_t("Import again"), str(e))
        return False
    name = reread.document.name
    return _replace(window, reread, _t(
        "Importing {0} again read as {1} keeps {2} of its {3} accepted span(s): those whose text the new reading "
        "still holds, moved with it where text before them was added or removed. The other {4} accepted span(s) "
        "would be removed, with their links, as would its open suggestions and the rejected ones whose text changed."
        "\n\nImport it again?").format(
        name, reading, f"{reread.kept:,}", f"{reread.accepted:,}", f"{reread.lost:,}"),
        _t("{0} imported again read as {1}: {2} accepted span(s) kept, {3} span(s) removed."), reading)


def import_open_again(window: MainWindow) -> bool:
    """Project › Import the open document again…: the open document replaced by its file read again as an
    import reads it (with Keep line breaks as in the file on import as set); whether it was."""
    from annotator.core.imports.again import ReadsTheSame

    store, doc_id = window.store, window.doc_id
    if store is None:
        return False
    if doc_id is None:
        window.statusBar().showMessage(_t("Open the document to import again first."), 6000)
        return False
    doc = next((d for d in store.documents() if d.id == doc_id), None)
    if doc is None:
        return False
    path = doc.source_path or ""
    if not Path(path).is_file():
        path = _ask_for_the_file(window, doc.name, path)
        if not path:
            return False
    keep_lines = window.settings.keep_lines_on_import
    read = window.commands.run_task(_t("Reading {0}").format(Path(path).name),
                                    lambda s, _progress, cancelled: _read(s, doc_id, path, keep_lines, cancelled))
    if read is None:  # cancelled, or an error the task showed
        return False
    if isinstance(read, ReadsTheSame):
        said = (_t("{0} reads the same from its file: nothing was changed.").format(doc.name)
                if Path(path).name == doc.name  # (named twice, "从 a.txt 读取的 a.txt", it read as a slip)
                else _t("{0} reads the same from {1}: nothing was changed.").format(doc.name, Path(path).name))
        window.statusBar().showMessage(said, 10000)
        return False
    if isinstance(read, AnnotatorError):
        window.show_error(_t("Import again"), str(read))
        return False
    file = Path(path).name
    if file == doc.name:  # the file named as the document: said once ("huli.txt imported again from huli.txt")
        question = _t(
            "Importing {0} again from its file keeps {2} of its {3} accepted span(s): those whose text the new "
            "reading still holds, moved with it where text before them was added or removed. The other {4} accepted "
            "span(s) would be removed, with their links, as would its open suggestions and the rejected ones whose "
            "text changed.\n\nImport it again?")
        done = _t("{0} imported again from its file: {2} accepted span(s) kept, {3} span(s) removed.")
    else:
        question = _t(
            "Importing {0} again from {1} keeps {2} of its {3} accepted span(s): those whose text the new reading "
            "still holds, moved with it where text before them was added or removed. The other {4} accepted span(s) "
            "would be removed, with their links, as would its open suggestions and the rejected ones whose text "
            "changed.\n\nImport it again?")
        done = _t("{0} imported again from {1}: {2} accepted span(s) kept, {3} span(s) removed.")
    return _replace(window, read, question.format(doc.name, file, f"{read.kept:,}", f"{read.accepted:,}",
                                                  f"{read.lost:,}"), done, file)


def _read(store: Store, doc_id: int, path: str, keep_lines: bool,
          cancelled: Callable[[], bool]) -> Reread | AnnotatorError | None:
    """The task's part: the file read and set against the document (None: cancelled while a long file was
    read); a refusal returned, not raised, to be said as the window says it."""
    from annotator.core.imports import formats
    from annotator.core.imports.again import read_source

    try:
        return read_source(store, doc_id, path, keep_lines=keep_lines, cancelled=cancelled)
    except formats.ReadCancelled:
        return None
    except AnnotatorError as e:
        return e


def _ask_for_the_file(window: MainWindow, name: str, gone: str) -> str:
    """The file chosen to read document ``name`` from, its own (``gone``) no longer there; "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    from annotator.core.imports import formats, office
    from annotator.gui.dialogs.import_dialog import start_folder

    kinds = " ".join(filter(None, (formats.patterns(formats.DOCUMENTS), office.patterns())))
    title = _t("{0} was imported from {1}, which is no longer there: choose its file").format(name, gone) if gone \
        else _t("Choose the file to import {0} again from").format(name)
    chosen, _filter = QFileDialog.getOpenFileName(
        window, title, start_folder(str(Path(gone).parent) if gone else window.settings.import_folder),
        _t("Articles ({0});;All files (*)").format(kinds))
    return str(chosen)


def _replace(window: MainWindow, reread: Reread, question: str, said_done: str, how: str) -> bool:
    """The document replaced by ``reread`` after ``question`` when accepted spans would go; ``said_done``
    ({0} name, {1} ``how``, {2} kept, {3} removed) in the status bar."""
    store = window.store
    if store is None or (reread.lost and not window.confirm(question)):
        return False
    name = reread.document.name
    window.commands.save_typing()
    history = window.ops.history if window.ops is not None else None
    had_steps = window.undo_stack.count() > 0
    done = window.commands.run_task(_t("Importing {0} again").format(name),  # in the background: a long
                                    lambda s, _progress, _cancelled: _write(s, reread))  # document takes a second
    if isinstance(done, AnnotatorError):
        from annotator.gui.core_errors import error_line

        window.show_error(_t("Import again"), _t("{0} was not imported again; the document is as it was: {1}")
                          .format(name, error_line(str(done))))
    if done is None or isinstance(done, AnnotatorError):  # (None: an error the task showed)
        return False
    if history is not None:
        history.clear()  # its steps may name the spans removed
    window.undo_stack.clear()
    window.show_nothing()
    window.reload()
    window.read_places.pop(reread.doc_id, None)  # a place in the old text: opened at its start
    window.open_document(reread.doc_id)  # the same document, its id kept
    said = said_done.format(name, how, f"{done.kept:,}", f"{done.removed:,}")
    if reread.notes:  # what a normal import of the file says of its reading (re-flowed lines, a warning)
        from annotator.gui.summaries import summary_line

        said += " " + summary_line(list(reread.notes))
    if had_steps:
        said += " " + _t("The undo history was cleared; the automatic backup keeps what was there before.")
    window.statusBar().showMessage(said, 10000)
    if window.settings.suggest_on_import:
        window.commands.run_suggestions([reread.doc_id])
    return True


def _write(store: Store, reread: Reread) -> Replaced | AnnotatorError:
    """The task's part: the document replaced (``again.import_again``); a refusal or a failed write returned,
    not raised, to be said as the window says it."""
    from annotator.core.imports.again import import_again as replace_document

    try:
        return replace_document(store, reread)
    except AnnotatorError as e:
        return e
