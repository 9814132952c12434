"""Project-level commands of the window: open, create, import, suggest, export, labels,
search, annotator name, language; the model beside the rules is :attr:`ProjectCommands.model`
(``gui/model_work.py``). Long work goes through ``tasks.run_task`` (off the GUI thread, with
progress, cancellable); afterwards the window re-reads the store.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.gui import messages, settings_kept
from annotator.gui.i18n import names_list
from annotator.gui.keys_back import give_back, keeping_keys, kept
from annotator.gui.model_work import ModelWork
from annotator.gui.project_io import ProjectIO
from annotator.paths import DB_FILENAME, project_folder

GUESSED = "its encoding was guessed as "  # the warning of a file that also reads in another encoding (text.py)
UNUSUAL = "read as "  # the warning of a file read with many unusual characters (text.py)

if TYPE_CHECKING:
    from annotator.core.imports.documents import ImportReport
    from annotator.gui.dialogs.search_dialog import SearchDialog
    from annotator.gui.main_window import MainWindow

def _is_project(path: str) -> bool:
    """``path`` is a project's folder or its database file (``P/project.sqlite``)."""
    return (project_folder(path) / DB_FILENAME).is_file()


def _project_folder(paths: list[str]) -> str | None:
    """The one path dropped, when it is a project's folder (or its database file)."""
    if len(paths) != 1:
        return None
    folder = project_folder(paths[0])
    return str(folder) if (folder / DB_FILENAME).is_file() else None


Job = Callable[[Store, Callable[[int, int, str], None], Callable[[], bool]], Any]


class ProjectCommands(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self._search_dialog: SearchDialog | None = None
        self._search_keys: QWidget | None = None  # the window's widget with the keys when the search opened
        self.model = ModelWork(window)  # suggesting with it, training it, its cross-validation
        self.io = ProjectIO(window)  # import annotations, restore a backup, remove documents
        settings_kept.follow(window)  # a setting the disk refused said in the status bar

    def save_typing(self) -> None:
        """What is typed in the form and in the guide's editor, saved before the project closes."""
        self.w.form.commit_typing()
        guide = self.w.docks.made.get("guide")
        if guide is not None:
            guide.save_typing()  # type: ignore[attr-defined]

    def run_task(self, title: str, job: Job) -> Any:
        """``tasks.run_task`` on the project folder; the same, synchronously, until tasks exists."""
        if self.w.store is None:  # (every command that runs one has a project open)
            return None
        folder = self.w.store.folder
        try:
            from annotator.gui.tasks import run_task
        except ImportError:
            try:
                with Store.open(folder, read_only_ok=True) as store:
                    return job(store, lambda *_a: None, lambda: False)
            except AnnotatorError as e:
                self.w.show_error(title, str(e))
                return None
        return run_task(self.w, title, folder, job,
                        on_backup_error=lambda error: self.w.backup_warning.show_error(error, folder))

    # ------------------------------------------------------------ projects
    @keeping_keys
    def new_project(self) -> None:
        """The new project dialog creates the project (or finds one there); the window opens it."""
        from annotator.gui.dialogs.new_project import ask_new_project

        folder = ask_new_project(self.w, confirm=self.w.confirm)
        if folder is not None:
            self.w.open_project(folder)

    @keeping_keys
    def choose_project(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # its type made when first used: not at the window's start

        folder = QFileDialog.getExistingDirectory(self.w, self.tr("Open a project folder"))
        if folder:
            self.w.open_project(folder)

    # ---------------------------------------------------------------- drop
    def can_drop(self, paths: list[str]) -> bool:
        """What the window takes when dropped: a project folder (opened), or articles to import
        into the open project (with none open, nothing else: the cursor says so)."""
        from annotator.gui.team import is_package  # a coder's package: unpacked and opened

        return bool(paths) and (self.w.store is not None or _project_folder(paths) is not None or is_package(paths))

    def drop(self, paths: list[str]) -> None:
        """A project folder dropped alone opens (importing its articles made copies of its own
        documents); anything else is imported into the open project."""
        from annotator.gui.team import is_package

        folder = _project_folder(paths)
        if is_package(paths):
            self.w.team.open_package(paths[0])
        elif folder is not None:
            self.w.open_project(folder)
        elif self.w.store is not None:
            from annotator.gui.dialogs.annotation_import_dialog import is_annotation_file

            # a project dropped with other files: not imported (its database was 'a binary file, not text')
            projects = [p for p in paths if _is_project(p)]
            said = [self.tr("{0}: a project is opened by dropping it alone on the window (or with Project › Open "
                            "project…), not imported with other files").format(names_list(projects))
                    ] if projects else []
            annotations = [p for p in paths if is_annotation_file(p)]  # offered the import of annotations
            articles = [p for p in paths if p not in annotations and p not in projects]
            with kept():  # its dialogs (an encoding to choose, the annotations' options) closed: the keys back
                if articles:
                    self.import_paths(articles, notes=said)
                elif said:
                    self.w.statusBar().showMessage(said[0], 20000)
                if annotations:
                    self.io.import_annotation_files(annotations)

    # -------------------------------------------------------------- import
    @keeping_keys  # the keys back where they were after the dialog (gui/keys_back.py)
    def import_files_dialog(self) -> None:
        self._import_chosen(folders=False)

    @keeping_keys
    def import_folder_dialog(self) -> None:
        self._import_chosen(folders=True)

    def _import_chosen(self, folders: bool) -> None:
        """Import the files or the folder chosen in a dialog opened where the last import was chosen."""
        if self.w.store is None:
            return
        from annotator.gui.dialogs.import_dialog import choose_import_paths, folder_of

        paths = choose_import_paths(self.w, folders, self.w.settings.import_folder)
        if paths:
            from annotator.gui.dialogs.annotation_import_dialog import is_annotation_file

            self.w.settings.import_folder = folder_of(paths)
            annotations = [p for p in paths if is_annotation_file(p)]  # chosen under All files: as when dropped
            if len(annotations) < len(paths):
                self.import_paths([p for p in paths if p not in annotations])
            if annotations:
                self.io.import_annotation_files(annotations)

    def import_paths(self, paths: list[str], encoding: str | None = None, notes: list[str] | None = None) -> None:
        """Import ``paths`` (read with ``encoding``, else guessed); the files whose encoding could not be
        told are then offered with their readings (:meth:`choose_encodings`); ``notes``: lines the
        import's report says too (what of a drop was not imported)."""
        if self.w.store is None:
            return
        from annotator.core.imports.documents import import_files

        keep_lines = self.w.settings.keep_lines_on_import  # Project › Keep line breaks… (--keep-lines)
        report = self.run_task(self.tr("Importing"), lambda store, progress, cancelled: import_files(
            store, paths, encoding=encoding, progress=progress, cancelled=cancelled, keep_lines=keep_lines))
        self.w.reload()
        if report is None:
            return
        suggested: list[str] = []  # what suggesting on import added: said with the import (it was overwritten at once)
        if self.w.settings.suggest_on_import and report.imported and not (report.cancelled or report.stopped):
            suggested = [said] if (said := self.run_suggestions([d.id for d in report.imported])) else []
        from annotator.gui.import_kinds import annotation_files_note, joined, other_kinds  # (.md) beside the reports
        from annotator.gui.summaries import summary_line, summary_lines  # the core's report in the interface's language

        project = [d.name for d in self.w.store.document_entries()] if self.w.store is not None else []
        kinds = [*(notes or []), *([note] if (note := other_kinds([d.name for d in report.imported], project)) else []),
                 *([gold] if (gold := annotation_files_note(paths)) else [])]
        if report.failed or report.skipped or report.warnings or report.others or report.reflowed or report.renamed:
            hint = [self.tr("To keep a file's line breaks as they are in the file instead (its accepted spans are "
                            "kept): check Project › Keep line breaks as in the file on import, open the document "
                            "and choose Project › Import the open document again….")] if report.reflowed else []
            box = messages.warning if report.failed else messages.information  # a file not read: not a mere note
            box(self.w, self.tr("Import"), "\n".join(summary_lines(report.lines()) + suggested + kinds + hint))
        else:
            said = joined(summary_line(report.lines()), *suggested, *kinds)
            self.w.statusBar().showMessage(said, 20000 if kinds or suggested else 6000)
        if report.undecided and not report.cancelled:
            self.choose_encodings(report.undecided)
        if encoding is None and not report.cancelled:  # guessed: a file that also reads otherwise is offered
            self.offer_other_encodings(report)

    def offer_other_encodings(self, report: ImportReport) -> None:
        """For each file imported with a guessed encoding that also reads as another, or that gives many
        unusual characters (its warnings): its
        readings, the guess preselected; another chosen and *Import again* replaces its document by the
        file read with that encoding, in one write (``gui/import_again.py``); *Keep it* leaves it as it was read."""
        from annotator.core.imports.names import readable
        from annotator.core.imports.readings import readings
        from annotator.gui.dialogs.encoding_dialog import EncodingDialog
        from annotator.gui.import_again import import_again

        by_source = {d.source_path: d for d in report.imported}
        for path, why in report.warnings:
            doc = by_source.get(readable(Path(path).resolve()))
            if doc is None or doc.id is None or not why.startswith((GUESSED, UNUSUAL)) or self.w.store is None:
                continue
            try:
                found = readings(path)
            except AnnotatorError:
                continue  # gone since
            dialog = EncodingDialog(path, found, parent=self.w, read_as=doc.encoding)
            try:
                chosen = dialog.encoding() if dialog.exec() == EncodingDialog.DialogCode.Accepted else None
            finally:
                dialog.deleteLater()
            if chosen is None or chosen == doc.encoding or self.w.store.document_id_by_sha(doc.sha256) != doc.id:
                continue
            import_again(self.w, doc.id, path, chosen, next((r.name for r in found if r.encoding == chosen), chosen))

    def choose_encodings(self, files: list[str]) -> None:
        """For each file whose encoding could not be told: its readings (``core/imports/readings.py``),
        the one chosen imported through the same ``import_files`` with that encoding; *Skip* leaves it
        out, *Use it for the other files* reads the rest the same way."""
        from annotator.core.imports.readings import readings
        from annotator.gui.dialogs.encoding_dialog import EncodingDialog

        left = list(files)
        while left and self.w.store is not None:
            path = left.pop(0)
            try:
                found = readings(path)
            except AnnotatorError:
                continue  # gone since: the report named it
            if not found:
                continue
            dialog = EncodingDialog(path, found, len(left), self.w)
            try:
                if dialog.exec() != EncodingDialog.DialogCode.Accepted or dialog.encoding() is None:
                    continue
                encoding, chosen = dialog.encoding(), [path, *left] if dialog.for_the_rest() else [path]
            finally:
                dialog.deleteLater()
            left = [f for f in left if f not in chosen]
            self.import_paths(chosen, encoding)

    def set_keep_lines(self, on: bool) -> None:
        """Project › Keep line breaks as in the file on import: text copied from a PDF is imported as it
        is, not re-flowed nor joined back (``annotator import --keep-lines``); remembered."""
        self.w.settings.keep_lines_on_import = bool(on)

    def run_suggestions(self, doc_ids: list[int] | None = None) -> str | None:
        """The documents ``doc_ids`` (those just imported), else (F5, the menu) the whole project but
        the documents already suggested with these settings (``annotator suggest`` skips them too),
        except the document open, which always runs."""
        if self.w.store is None:
            return None
        ids = doc_ids if isinstance(doc_ids, list) else None  # the rules and the model (gui/model_work.py)
        options = {} if ids is not None else {"skip_done": True, "always": [self.w.doc_id] if self.w.doc_id else []}
        result = self.run_task(self.tr("Suggesting"), self.model.suggest_job(ids, **options))
        self.w.reload()
        if result is None:
            return None
        said = self.model.suggested_message(*result)
        self.w.statusBar().showMessage(said, 6000)
        return said

    # ------------------------------------------------------------- dialogs
    @keeping_keys
    def export_dialog(self) -> None:
        if self.w.store is not None:
            from annotator.core.export import formats
            from annotator.gui.dialogs.export_dialog import ExportDialog

            dialog = ExportDialog(self.w.store, self.w)
            try:  # a workbook at first (what colleagues, Stata, R and pandas read), then the format last used
                dialog.set_format(self.w.settings.export_format)
            except AnnotatorError:
                pass  # a format this version does not write: the dialog's own first
            dialog.exec()
            if dialog.format.currentData() in {f.name for f in formats.FORMATS}:
                self.w.settings.export_format = dialog.format.currentData()
            dialog.deleteLater()  # not kept, hidden, beside the window: one more each Ctrl+E (a crash after, at times)

    @keeping_keys
    def print_document(self) -> None:
        """Project › Print… (Ctrl+P): the open document as the reading export draws it."""
        if self.w.store is not None:
            from annotator.gui.printing import print_document

            print_document(self.w)

    @keeping_keys
    def labels_dialog(self) -> None:
        """Each label change is saved and undoable at once; the window follows (Ops.changed)."""
        if self.w.ops is not None and self.w.store is not None:
            from annotator.gui.dialogs.label_editor import LabelEditorDialog

            dialog = LabelEditorDialog(self.w.store, self.w, ops=self.w.ops)
            dialog.exec()
            dialog.deleteLater()  # it listens to the window's ops while it lives

    def search_dialog(self) -> None:
        if self.w.store is None:
            return
        from annotator.gui.dialogs.search_dialog import SearchDialog

        if self._search_dialog is None or self._search_dialog.parent() is not self.w:
            self._search_dialog = SearchDialog(self.w.store, self.w, names=self.w.doc_model)
            self._search_dialog.hit_activated.connect(self.show_hit)
            self._search_dialog.article_wanted.connect(self.hit_to_article)
            # Esc (or its close button): the keys where they were, not with no widget (N, Ctrl+Z did nothing)
            self._search_dialog.finished.connect(lambda _result: give_back(self._search_keys))
        dialog = self._search_dialog
        keys = QApplication.focusWidget()
        if keys is not None and keys.window() is self.w:  # not the dialog's own box (Ctrl+Shift+F again)
            self._search_keys = keys
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()  # open already, behind the window: Ctrl+Shift+F gives it the keys again
        dialog.query.setFocus()
        dialog.query.selectAll()

    def show_hit(self, doc_id: int, start: int, end: int) -> None:
        """A hit of the search: its document opened, the hit selected in the middle of the view."""
        if doc_id != self.w.doc_id:
            self.w.open_document(doc_id)
        if self.w.doc_id == doc_id:
            self.w.text_view.centre(start, end)

    def hit_to_article(self) -> None:
        """Ctrl+Enter in the search: the article takes the keys, its hit selected, for a label key."""
        self.w.activateWindow()
        self.w.raise_()
        self.w.text_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @keeping_keys
    def ask_name(self) -> None:
        from annotator.gui.dialogs.name_dialog import ask_annotator_name

        name = ask_annotator_name(self.w, self.w.settings.annotator_name)
        if name is not None:
            self.set_name(name)

    def set_name(self, name: str) -> None:
        """The annotator's name, saved with every span they make or review from now on (Edit › Annotator
        name…, Edit › Preferences…)."""
        self.w.settings.annotator_name = name.strip()

    def set_language(self, language: str) -> None:
        """View › Language, Edit › Preferences…: the interface's language, remembered; the menu's check
        mark on it, however it was chosen."""
        self.w.settings.language = language
        from annotator.gui.i18n import install_translator

        app = QApplication.instance()
        assert app is not None, "the window's menus and dialogs live in the application"
        install_translator(app, language)
        self.w.window_actions.check_language()

    def forget_search(self) -> None:
        """The project changed: the search dialog belongs to the old store, the find bar's text to its document."""
        self.w.find_bar.reset()
        if self._search_dialog is not None:
            self._search_dialog.close()
            self._search_dialog.deleteLater()
            self._search_dialog = None
