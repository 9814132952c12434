"""Project › Import the selected documents again… (Import the open document again… is named so while
several rows of the document list are selected, as Remove document(s)… takes them; in the list's context
menu too): each selected document read again from the file it was imported from, as ``annotator
import-again`` does (``core/imports/again_many.py``), in the background with a progress bar and Cancel
(``gui/tasks.py``). Each document is replaced in its own write, all or nothing for it; Cancel stops
between documents, those replaced before staying so. A document on which accepted spans would go is
not replaced then: once all were read, one question names them with how many of their accepted spans
would go, and Yes replaces them (in the background too), No leaves them as they were. A document whose
file is missing is not asked for (it is for the open document alone): before reading, one question says how
many files are not where they were imported from (the report folder moved: a new machine, a renamed drive)
and offers to look for them in another folder (a folder dialog; ``core/imports/moved_files.py``, as
``annotator import-again --from DIR``); those not found there are named at the end. The status
bar says what was done, an information box too when something is to be listed (files missing,
documents not read or left, Cancel, what an import says of a new reading: lines re-flowed, a doubtful
encoding, as the status bar says it of one document read again); the undo history is cleared once anything was replaced.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core.errors import SaveError
from annotator.gui import messages

if TYPE_CHECKING:
    from annotator.core.imports.again_many import Tally
    from annotator.core.progress import Progress
    from annotator.core.store import Store
    from annotator.gui.main_window import MainWindow

NAMED = 10  # the documents the question names; the others counted


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportAgain", text)


def import_chosen_again(window: MainWindow) -> None:
    """Project › Import the open document again…: the documents selected in the list when several are (as
    Remove document(s)… takes them), else the open one (``gui/import_again.py``)."""
    from annotator.gui.import_again import import_open_again
    from annotator.gui.keys_back import kept

    chosen = window.commands.io.selected_documents()
    with kept():  # the keys back where they were after its dialogs
        import_selected_again(window, chosen) if len(chosen) > 1 else import_open_again(window)


def import_selected_again(window: MainWindow, doc_ids: list[int]) -> Tally | None:
    """Documents ``doc_ids`` (in the list's order) read again and replaced; what was done (None: no
    project)."""
    from annotator.core.imports.again_many import Tally, import_each_again, replace_held
    from annotator.core.imports.moved_files import MovedFiles

    if window.store is None or not doc_ids:
        return None
    window.commands.save_typing()
    keep_lines = window.settings.keep_lines_on_import
    folder = _other_folder(window, doc_ids)
    tally, stopped = Tally(), list[str]()  # stopped: a write that failed (a full disk, a locked project)

    def read_all(store: Store, progress: Progress, cancelled: Callable[[], bool]) -> None:
        by_id = {d.id: d for d in store.documents()}  # (without their texts)
        docs = [by_id[i] for i in doc_ids if i in by_id]  # (one removed meanwhile by another program: passed over)
        moved = None if not folder else MovedFiles(folder, (d.source_path or "" for d in by_id.values()))
        _until_stopped(stopped, lambda: import_each_again(store, docs, tally, keep_lines=keep_lines,
                                                          progress=progress, cancelled=cancelled, moved=moved))

    window.commands.run_task(_t("Importing {0} documents again").format(f"{len(doc_ids):,}"), read_all)
    if tally.held and not tally.cancelled and not stopped and window.confirm(_question(tally)):
        window.commands.run_task(
            _t("Importing {0} documents again").format(f"{len(tally.held):,}"),
            lambda store, progress, cancelled: _until_stopped(stopped, lambda: replace_held(
                store, tally, progress, cancelled)))
    _show(window, tally, stopped)
    return tally


def _other_folder(window: MainWindow, doc_ids: list[int]) -> str:
    """The folder to look for the files not where they were imported from in, when some are not and the user
    chose one ("": none)."""
    from PySide6.QtWidgets import QFileDialog

    assert window.store is not None
    wanted = set(doc_ids)
    gone = [d.source_path for d in window.store.documents() if d.id in wanted and d.source_path
            and not Path(d.source_path).is_file()]
    if not gone or not window.confirm(_t(
            "{0} of the {1} documents' files are not where they were imported from (the folder moved, or they "
            "were deleted). Look for them in another folder?").format(f"{len(gone):,}", f"{len(doc_ids):,}")):
        return ""
    return QFileDialog.getExistingDirectory(window, _t("Choose the folder the files moved to"),
                                            str(_nearest(Path(gone[0]))))


def _nearest(path: Path) -> Path:
    """The nearest folder of ``path`` that is there (where to open the folder dialog)."""
    for folder in path.parents:
        if folder.is_dir():
            return folder
    return Path.home()


def _until_stopped(stopped: list[str], work: Callable[[], object]) -> None:
    """``work`` done; a write that failed for every next document too stops it, what it says kept."""
    try:
        work()
    except SaveError as e:
        stopped.append(str(e))


def _question(tally: Tally) -> str:
    lines = [_t("{0}: {1} of its {2} accepted span(s) would be lost").format(
        r.name, f"{r.lost:,}", f"{r.accepted:,}") for r in tally.held[:NAMED]]
    if len(tally.held) > NAMED:
        lines.append(_t("… and {0} more document(s)").format(f"{len(tally.held) - NAMED:,}"))
    return _t("{0} document(s) would lose accepted spans: their text changed in the file. Importing them again "
              "keeps the accepted spans whose text the new reading still holds and removes the others, with their "
              "links, as well as their open suggestions and the rejected ones whose text changed:\n\n{1}\n\n"
              "Replace them anyway?").format(
        f"{len(tally.held):,}", "\n".join(lines))


def _show(window: MainWindow, tally: Tally, stopped: list[str]) -> None:
    """The window after the work: the documents replaced shown (the open one opened again as it is now),
    the undo history cleared, and what was done said."""
    from annotator.gui.summaries import summary_text

    said = [_t("{0} document(s) imported again ({1} of {2} accepted span(s) kept), {3} read the same, {4} with "
               "the source file missing, {5} left as they were.").format(
        *(f"{n:,}" for n in (len(tally.replaced), tally.kept, tally.accepted, len(tally.same), len(tally.missing),
                             tally.left)))]
    if tally.found:
        said.append(_t("{0} of them read from another folder, their source files recorded there.").format(
            f"{len(tally.found):,}"))
    if tally.cancelled:
        said.append(_t("Cancelled: {0} document(s) not imported again; those replaced before stay replaced.")
                    .format(f"{tally.unread + len(tally.held):,}"))
    if tally.replaced_ids:
        said.append(_refreshed(window, tally))
    listed = [*map(summary_text, stopped), *_listed(_t("Source file missing:"), [
        (f"{r.name} ({r.source})" if r.source else r.name) + (f": {r.why}" if r.why else "")
        for r in tally.missing]),
        *_listed(_t("Not imported again:"), [f"{name}: {summary_text(why)}" for name, why in tally.refused]),
        *_listed(_t("Left as they were (accepted spans would have been lost):"), [_t(
            "{0}: {1} of its {2} accepted span(s)").format(r.name, f"{r.lost:,}", f"{r.accepted:,}")
            for r in tally.held]),
        *_listed(_t("What an import says of their new reading:"), _noted(tally))]
    window.statusBar().showMessage(" ".join(s for s in said if s), 20000)
    if listed or tally.cancelled:
        box = messages.warning if stopped else messages.information
        box(window, _t("Import again"), "\n\n".join(filter(None, [" ".join(s for s in said if s), "\n".join(listed)])))
    if window.settings.suggest_on_import and tally.replaced_ids and not (tally.cancelled or stopped):
        window.commands.run_suggestions(list(tally.replaced_ids))


def _noted(tally: Tally) -> list[str]:
    """What an import says of the new reading of each document replaced (lines re-flowed, a doubtful encoding),
    as the status bar says it of one document read again; the first ``NAMED`` of them, the others counted."""
    from annotator.gui.summaries import summary_line

    lines = [f"{name}: {summary_line(list(notes))}" for name, notes in tally.notes[:NAMED]]
    if len(tally.notes) > NAMED:
        lines.append(_t("… and {0} more document(s)").format(f"{len(tally.notes) - NAMED:,}"))
    return lines


def _listed(title: str, lines: list[str]) -> list[str]:
    return [title, *(f"  {line}" for line in lines)] if lines else []


def _refreshed(window: MainWindow, tally: Tally) -> str:
    """The window shows the documents as they are now; the undo history cleared (its steps may name the
    spans removed): what to say of it ("" when it held nothing)."""
    opened = window.doc_id
    had_steps = window.undo_stack.count() > 0
    window.undo_stack.clear()
    if window.ops is not None:
        window.ops.history.clear()  # the core's copy of the steps
    window.show_nothing()
    window.reload()
    for doc_id in tally.replaced_ids:
        window.read_places.pop(doc_id, None)  # a place in the old text: opened at its start
    if opened is not None and window.doc_model.row_of(opened) >= 0:
        window.open_document(opened)
    return _t("The undo history was cleared; the automatic backup keeps what was there before.") if had_steps else ""
