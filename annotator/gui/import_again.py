"""*Import again* from the encoding dialog (``gui/dialogs/encoding_dialog.py``): the file read with the
reading chosen (``core/imports/again.read_again``, nothing written); when accepted spans on the document
would go (their text is not at the same place in the new reading), a question naming how many, before
anything is written; then the document replaced in one write of the core (``again.import_again``): a
failure leaves it and its spans as they were. The undo history is cleared only once it was replaced. The
status bar says what was kept and removed, and what a normal import says of the file's reading.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core.errors import AnnotatorError

if TYPE_CHECKING:
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
    from annotator.core.imports.again import import_again as replace_document
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
    if reread.lost and not window.confirm(_t(
            "Importing {0} again read as {1} keeps {2} of its {3} accepted span(s): those whose text reads the "
            "same at the same place. The other {4} accepted span(s) would be removed, with their links, as would "
            "its open and rejected suggestions.\n\nImport it again?").format(
            name, reading, f"{reread.kept:,}", f"{reread.accepted:,}", f"{reread.lost:,}")):
        return False
    window.commands.save_typing()
    history = window.ops.history if window.ops is not None else None
    had_steps = window.undo_stack.count() > 0
    try:
        done = replace_document(store, reread, history)
    except AnnotatorError as e:
        window.show_error(_t("Import again"), _t("{0} was not imported again; the document is as it was: {1}")
                          .format(name, e))
        return False
    window.undo_stack.clear()  # its steps may name the spans removed (the core's history is cleared)
    window.show_nothing()
    window.reload()
    assert done.document.id is not None  # a stored document has one
    window.open_document(done.document.id)
    said = _t("{0} imported again read as {1}: {2} accepted span(s) kept, {3} span(s) removed.").format(
        name, reading, f"{done.kept:,}", f"{done.removed:,}")
    if reread.notes:  # what a normal import of the file says of its reading (re-flowed lines, a warning)
        from annotator.gui.summaries import summary_line

        said += " " + summary_line(list(reread.notes))
    if had_steps:
        said += " " + _t("The undo history was cleared; the automatic backup keeps what was there before.")
    window.statusBar().showMessage(said, 10000)
    if window.settings.suggest_on_import:
        window.commands.run_suggestions([done.document.id])
    return True
