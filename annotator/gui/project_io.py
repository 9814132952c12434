"""What the command line did alone until now, in the window: *Import annotations…* (as
``annotator import-annotations``: a colleague's corrected workbook, gold JSON lines, doccano), *Restore
from a backup…* (``annotator restore``), *Remove document(s)…* (``annotator remove``; also the
document list's context menu: gui/document_menu.py) and *Import metadata table…* (``annotator meta P --from TABLE``: all
rows or none; not an undo step, as an import is not).

The import runs in a background task (``gui/tasks.py``: progress, Cancel between files) and says the
report the command prints in the interface's language (``gui/annotation_summaries.py``): in an
information box when all was stored, a warning when part was (what was stored, what was not, then
the report), an error when nothing was. A restore
closes the project, restores (the current state kept as a before-restore backup, as the command
does) and opens it again.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.errors import AnnotatorError
from annotator.gui import messages
from annotator.gui.i18n import names_list
from annotator.gui.keys_back import keeping_keys

if TYPE_CHECKING:
    from annotator.core.imports.annotations import AnnotationImportReport
    from annotator.core.store import Store
    from annotator.core.store.space import Space
    from annotator.gui.main_window import MainWindow
    from annotator.gui.tasks import Cancelled, Progress

log = logging.getLogger("annotator.gui")


class ProjectIO(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    # ------------------------------------------------- import annotations
    @keeping_keys
    def import_annotations_dialog(self) -> None:
        if self.w.store is None:
            return
        from annotator.gui.dialogs.annotation_import_dialog import choose_annotation_files

        files = choose_annotation_files(self.w)
        if files:
            self.import_annotation_files(files)

    def import_annotation_files(self, files: list[str]) -> None:
        """The options dialog for ``files``, then the import in the background and its report."""
        if self.w.store is None:
            return
        from annotator.gui.dialogs.annotation_import_dialog import AnnotationImportDialog

        own = (self.w.settings.annotator_name or "").strip()
        dialog = AnnotationImportDialog(files, own, self.w)
        try:
            if dialog.exec() != AnnotationImportDialog.DialogCode.Accepted:
                return
            status, annotator = dialog.status(), dialog.annotator()
        finally:
            dialog.deleteLater()
        self.w.commands.save_typing()
        self.run_import(files, status, annotator, coder=annotator != own)

    def run_import(self, files: list[str], status: str, annotator: str, *, coder: bool = True) -> None:
        """``coder``: ``annotator`` is a coder's name, recorded as one of the project's coders (a file under
        the user's own name is their own work: not recorded, so their spans stay editable in place to a
        colleague opening the project, or to them under another name later)."""
        from annotator.core.imports.annotations import AnnotationImportError, import_annotations

        def job(store: Store, progress: Progress, cancelled: Cancelled) -> tuple[AnnotationImportReport, str]:
            try:
                return import_annotations(store, files, status=status, annotator=annotator, progress=progress,
                                          cancelled=cancelled, coder=coder), ""
            except AnnotationImportError as e:  # the other files were imported: the report says what each stored
                return e.report, str(e)

        title = self.tr("Importing annotations")
        outcome = self.w.commands.run_task(title, job)
        self.w.reload()  # the open document and the table show what was stored
        if outcome is None:
            return
        report, error = outcome
        from annotator.gui.annotation_summaries import import_lines

        text = "\n".join(import_lines(report.lines()))
        if not error and not report.rejected:
            messages.information(self.w, self.tr("Import annotations"), text)
        elif not any(f.stored_anything() or f.unchanged or f.duplicates for f in report.files):
            from annotator.gui.dialogs.errors import show_error  # nothing stored: an error

            show_error(self.w, title, text)
        else:  # some of it stored, some not: a warning saying which
            from annotator.gui.annotation_summaries import partly_done

            messages.warning(self.w, self.tr("Annotations partly imported"), "\n".join([*partly_done(report), text]))

    # ------------------------------------------------------- metadata table
    @keeping_keys
    def import_metadata_dialog(self) -> None:
        """A table (.csv, .xlsx) of the documents' dates, years, sources, jurisdictions
        (``annotator meta P --from TABLE``, core/metadata_table.py): all its rows or none."""
        if self.w.store is None:
            return
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self.w, self.tr("Import metadata table"), "",
            self.tr("Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            self.import_metadata(path)

    def import_metadata(self, path: str) -> None:
        """Apply the table at ``path`` in the background, show the list again and say the report
        (a refusal naming the row in the error box: nothing was stored)."""
        if self.w.store is None:
            return
        from annotator.core.metadata_table import apply_table

        project = self.w.store.folder
        self.w.commands.save_typing()
        title = self.tr("Importing the metadata table")
        report = self.w.commands.run_task(title, lambda store, _progress, _cancelled: apply_table(store, path))
        self.w.reload()  # the list's dates, titles and jurisdictions
        if report is None:
            return
        from annotator.gui.summaries import summary_lines

        text = "\n".join(summary_lines([report.line(path, project), *report.followed(), *report.warnings]))
        messages.information(self.w, self.tr("Import metadata table"), text)

    # --------------------------------------------------------------- restore
    @keeping_keys
    def restore_dialog(self) -> None:
        """The open project's backups; with none open (one that does not open: damaged, its window's error box
        said to restore a backup), its folder is asked for first."""
        from annotator.gui.dialogs.restore_dialog import RestoreDialog

        folder = self.w.store.folder if self.w.store is not None else self._folder_to_restore()
        if folder is None:
            return
        dialog = RestoreDialog(folder, self.w)
        try:
            if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        assert chosen is not None
        from annotator.gui.dialogs.restore_dialog import made_at

        when = made_at(chosen).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if not self.w.confirm(self.tr(
                "Restore {0} to its backup of {1}?\n\nWhat the project holds now is kept first as a "
                "before-restore backup (Restore from a backup… brings it back).").format(folder.name, when)):
            return
        self.restore(folder, chosen)

    def _folder_to_restore(self) -> Path | None:
        """The folder of a project to restore, with none open (None: none chosen)."""
        from PySide6.QtWidgets import QFileDialog

        last = self.w.settings.last_project or ""
        chosen = QFileDialog.getExistingDirectory(self.w, self.tr("The project folder to restore"), last)
        return Path(chosen) if chosen else None

    def restore(self, folder: Path, chosen: Path) -> None:
        """Close the project, restore ``chosen``, open the project again and say where its state went."""
        from annotator.core.store.restore import restore_saving

        self.w.commands.save_typing()
        self.w.session_backup.wait()  # its own connection to the database: done before the file is replaced
        self.w.statistics.counts.wait()  # so has the statistics' count
        self.w._close_project()
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            _used, saved = restore_saving(folder, chosen)
        except AnnotatorError as e:
            QApplication.restoreOverrideCursor()
            from annotator.gui.dialogs.errors import show_error

            show_error(self.w, self.tr("Not restored"), str(e))
            self.w.open_project(folder)
            return
        QApplication.restoreOverrideCursor()
        if not self.w.open_project(folder):
            return
        where = self.tr("What it held before is in {0}.").format(saved) if saved is not None else ""
        messages.information(self.w, self.tr("Restored"), "\n\n".join(
            part for part in (self.tr("{0} was restored from {1}.").format(folder.name, chosen.name), where) if part))

    # --------------------------------------------------------------- remove
    def selected_documents(self) -> list[int]:
        """The documents selected in the list, else the open one."""
        from annotator.gui.models.document_list import DOC_ID_ROLE

        rows = sorted(self.w.panel.view.selectionModel().selectedRows(), key=lambda index: index.row())  # as listed
        ids = [index.data(DOC_ID_ROLE) for index in rows]
        return [i for i in ids if i is not None] or ([self.w.doc_id] if self.w.doc_id is not None else [])

    def remove_selected(self) -> None:
        if self.w.store is None:
            return
        doc_ids = self.selected_documents()
        if not doc_ids:
            self.w.statusBar().showMessage(self.tr("Choose the documents to remove in the list first."), 6000)
            return
        self.remove_documents(doc_ids)

    def remove_documents(self, doc_ids: list[int], confirmed: bool = False) -> bool:
        """After a confirmation naming how many documents and spans (unless ``confirmed`` already: a
        document imported again in another encoding): remove them with their spans and links
        (``annotator remove``); the window shows another document. Whether they were removed."""
        store, model = self.w.store, self.w.doc_model
        if store is None:
            return False
        spans = sum(sum(model.counts(d).values()) for d in doc_ids)  # accepted, open and rejected
        names = [model.name_of(d) or str(d) for d in doc_ids]
        shown = names_list(names[:3]) + (" …" if len(names) > 3 else "")
        if not confirmed and not self.w.confirm(self.tr(
                "Remove {0} document(s) ({1}) with their {2} span(s) and their links from the project?\n\n"
                "This cannot be undone with Undo, and it clears the undo history (the steps before it cannot be undone "
                "either); the automatic backup (Restore from a backup…) keeps them.")
                .format(f"{len(doc_ids):,}", shown, f"{spans:,}")):  # counts grouped as the status bar: 1,035
            return False
        self.w.commands.save_typing()
        nearby = self._next_document(doc_ids)
        try:
            removed, spans, links = store.delete_documents(doc_ids)
        except AnnotatorError as e:
            from annotator.gui.dialogs.errors import show_error

            show_error(self.w, self.tr("Not removed"), str(e))
            return False
        had_steps = self.w.undo_stack.count() > 0
        self.w.undo_stack.clear()  # its steps may name the removed documents' spans
        if self.w.ops is not None:
            self.w.ops.history.clear()  # and the core's copy of them: not 1,000 steps kept for nothing
        self.w.show_nothing()
        self.w.reload()
        if nearby is not None and model.row_of(nearby) >= 0:
            self.w.open_document(nearby)
        said = self.tr("Removed {0} document(s) with {1} span(s) and {2} link(s).").format(
            *(f"{n:,}" for n in (removed, spans, links)))
        if had_steps:  # Ctrl+Z now does nothing: not without a word
            said += " " + self.tr("The undo history was cleared; the automatic backup keeps what was there before.")
        shrunk = self._give_back_space(store)
        if shrunk:
            said += " " + self.tr("The database file shrank from {0} MB to {1} MB.").format(
                *(f"{space.size / 1e6:,.1f}" for space in shrunk))
        self.w.statusBar().showMessage(said, 10000)
        return True

    def _give_back_space(self, store: Store) -> tuple[Space, Space] | None:
        """The removed documents' pages back to the disk when they are a quarter of the file or more
        (``Store.compact_if_sparse``, about 2 s for 271 MB); a failure leaves the file as it was."""
        try:
            return store.compact_if_sparse()
        except AnnotatorError as e:
            log.warning("%s", e)
            return None

    def _next_document(self, doc_ids: list[int]) -> int | None:
        """The document after the removed ones in the list (else the one before)."""
        ids, gone = self.w.doc_model.doc_ids(), set(doc_ids)
        current = self.w.doc_id if self.w.doc_id in gone else (doc_ids[0] if doc_ids else None)
        if current is None or current not in ids:
            return self.w.doc_id if self.w.doc_id not in gone else None
        if self.w.doc_id is not None and self.w.doc_id not in gone:
            return self.w.doc_id  # the open document stays
        at = ids.index(current)
        after = [d for d in ids[at:] if d not in gone]
        before = [d for d in reversed(ids[:at]) if d not in gone]
        return next(iter(after or before), None)
