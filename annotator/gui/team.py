"""Project › Team: a coding team's work in the window, as ``annotator export-package``,
``open-package`` and ``merge`` do it on the command line (``annotator/cli_team.py``; the core's
``core/team/package.py`` and ``merge.py``).

- *Hand out a package…* (the lead): the documents (all, those the list shows, the open one), with
  suggestions and/or every span, a zip named after the coder, written off the GUI thread.
- *Open a package…* (a coder; also a zip dropped on the window, or ``annotator gui li.zip``):
  asks where to unpack it (a folder named after the zip beside it, else in the Documents
  folder; the folder it was opened into before, by the window or ``open-package``, where there is one:
  ``core/team/opened_where.py``, read from the zip's central directory, instant), unpacks it off the GUI thread
  (a busy dialog), opens the project and asks for the
  coder's name if the window has none (the coder it was handed out to offered: ``export-package --coder``).
- *Merge coders' work…* (the lead): their zips and folders into the open project off the GUI
  thread, one source a step of the progress bar; the report in the interface's language. A merge
  is not an undo step: the backup it makes right before it writes brings the project back (the
  confirmation says so; Restore from a backup… lists it as made right before a merge, and a report
  advising to take the merge back names its time).
- *Coders…*: who the project's coders are, added and removed one change at a time
  (``gui/dialogs/coders_dialog.py``; ``annotator coders``).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDialog, QMenu

from annotator.core.errors import AnnotatorError
from annotator.gui import messages
from annotator.gui.keys_back import keeping_keys, kept
from annotator.gui.merge_report import merge_lines
from annotator.paths import as_argument

if TYPE_CHECKING:
    from annotator.core.store import Store
    from annotator.core.team.merge import MergeReport
    from annotator.gui.main_window import MainWindow
    from annotator.gui.tasks import Cancelled, Progress


def _t(text: str) -> str:
    return QCoreApplication.translate("Team", text)


def _keys_kept(command: Callable[[], object]) -> None:
    """A menu entry's dialog (and the file chooser, the task, the report after it) closed, with Esc
    too: the keys are where they were, not with no widget (gui/keys_back.py)."""
    with kept():
        command()


def is_package(paths: list[str]) -> bool:
    """One zip file dropped or given: a package to open."""
    return len(paths) == 1 and Path(paths[0]).suffix.lower() == ".zip" and Path(paths[0]).is_file()


def _usable(folder: Path) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def _documents() -> Path:
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def default_folder(package: Path) -> Path:
    """A new folder named after the zip beside it, else in the Documents folder (a free name:
    ``li``, ``li-2`` …)."""
    name = package.stem or "package"
    places = [package.parent] if os.access(package.parent, os.W_OK) else []
    places.append(_documents())
    for place in places:
        if _usable(place / name):
            return place / name
    base = places[0] / name
    return next(base.with_name(f"{name}-{i}") for i in range(2, 10_000) if _usable(base.with_name(f"{name}-{i}")))


def opened_before(package: Path) -> list[Path]:
    """The folders among those :func:`default_folder` considers (beside the zip, in Documents) that hold the project
    unpacked from ``package`` before, the one written last first (read only, from the zip's central directory)."""
    from annotator.core.team.opened_where import opened_into

    return opened_into(package, [package.parent, _documents()])


class TeamMenu(QMenu):
    def __init__(self, team: Team, parent: QMenu) -> None:
        super().__init__(parent)
        self.team = team

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.team.retranslate()
        super().changeEvent(event)


class Team(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        project = window.window_actions.menus["menu_project"]
        self.menu = TeamMenu(self, project)
        entries = project.actions()
        export = window.window_actions["export"]
        after = entries[entries.index(export) + 1] if export in entries and entries[-1] is not export else None
        project.insertMenu(after, self.menu) if after is not None else project.addMenu(self.menu)
        self.hand_out_action = self.menu.addAction("")
        self.open_action = self.menu.addAction("")
        self.merge_action = self.menu.addAction("")
        self.coders_action = self.menu.addAction("")
        for action, slot in ((self.hand_out_action, self.hand_out), (self.open_action, self.choose_package),
                             (self.merge_action, self.merge), (self.coders_action, self.show_coders)):
            action.triggered.connect(window.form.commit_typing)
            action.triggered.connect(lambda _c=False, run=slot: _keys_kept(run))
        self.menu.aboutToShow.connect(self._grey)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(_t("&Coding team"))
        self.hand_out_action.setText(_t("&Hand out a package…"))
        self.open_action.setText(_t("&Open a package…"))
        self.merge_action.setText(_t("&Merge coders' work…"))
        self.coders_action.setText(_t("&Coders…"))

    def _grey(self) -> None:
        """Handing out, merging and the coders need an open project; opening a package does not."""
        for action in (self.hand_out_action, self.merge_action, self.coders_action):
            action.setEnabled(self.w.store is not None)

    # ------------------------------------------------------------ hand out
    def _choices(self) -> dict[str, list[int]]:
        from annotator.gui.dialogs.hand_out import ALL, LISTED, OPEN

        w = self.w
        every = w.doc_model.doc_ids()
        shown = w.panel.listed_ids()  # once: asked for each document, 5,000 took minutes
        listed = [i for i in every if i in shown]
        return {ALL: every, LISTED: listed if len(listed) < len(every) else [],
                OPEN: [w.doc_id] if w.doc_id is not None else []}

    def hand_out(self) -> Path | None:
        """The lead's package for one coder; the zip written, or None."""
        from PySide6.QtWidgets import QFileDialog

        from annotator.core.team.package import export_package
        from annotator.gui.dialogs.hand_out import ALL, LISTED, HandOutDialog

        w = self.w
        if w.store is None:
            return None
        choices = self._choices()
        dialog = HandOutDialog({key: len(ids) for key, ids in choices.items()}, w,
                               unfiltered=not choices[LISTED] and len(w.panel.listed_ids()) == len(choices[ALL]))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            ids, include, coder = choices[dialog.choice()], dialog.include(), dialog.coder_name()
        finally:
            dialog.deleteLater()
        title = _t("Hand out a package")
        default = str(w.store.folder.resolve().parent / f"{coder}.zip")
        out, _ = QFileDialog.getSaveFileName(w, title, default, _t("Packages (*.zip)"))
        if not out:
            return None
        path = Path(out if out.lower().endswith(".zip") else f"{out}.zip")
        report = w.commands.run_task(_t("Handing out"), lambda store, _progress, _cancelled: export_package(
            store, path, doc_ids=ids, include=include, coder=coder))
        if report is None:
            return None
        spans = (_t(", {0} span(s) and {1} link(s)").format(report.spans, report.links) if include else "")
        messages.information(w, title, _t(
            "Wrote {0}: a project of {1} document(s){2}.\n\nSend it to the coder; they open it with Project › Coding "
            "team › Open a package… (or, on the command line: annotator open-package {3} FOLDER), and you bring their "
            "work back with Project › Coding team › Merge coders' work….").format(
                path, report.documents, spans, as_argument(path)))
        return path

    # -------------------------------------------------------------- coders
    @keeping_keys
    def show_coders(self) -> None:
        """The project's coders, each change written at once."""
        from annotator.gui.dialogs.coders_dialog import CodersDialog

        w = self.w
        if w.store is None:
            return
        w.commands.save_typing()
        dialog = CodersDialog(w.store, (w.settings.annotator_name or "").strip(), w)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # ---------------------------------------------------------------- open
    def choose_package(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.w, _t("Open a package"), "", _t("Packages (*.zip)"))
        if path:
            self.open_package(path)

    def open_package(self, path: str | Path) -> Path | None:
        """Unpack the package ``path`` where the coder says, open its project, ask their name if
        the window has none; the project folder, or None."""
        from annotator.core.team.package import OpenedPackage, open_package
        from annotator.gui.dialogs.unpack_dialog import UnpackDialog

        w, package = self.w, Path(path)
        before = opened_before(package)  # opened again: the folder holding the coder's work, not a new one
        dialog = UnpackDialog(package, before[0] if before else default_folder(package), w, before)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            folder = dialog.folder()
        finally:
            dialog.deleteLater()
        from annotator.gui import tasks

        said = _t("Unpacking {0}…").format(package.name)

        def unpack(progress: tasks.Progress) -> OpenedPackage | str:  # on the worker: the window paints meanwhile
            progress(0, 1, said)  # a busy bar: unpacking knows no fraction
            try:
                return open_package(package, folder)
            except AnnotatorError as e:
                return str(e)

        outcome = tasks.run_work(w, _t("Opening the package"), lambda progress: (unpack(progress),))
        if outcome is None:  # an unexpected error, shown
            return None
        if isinstance(outcome[0], str):
            w.show_error(_t("Cannot open the package"), outcome[0])
            return None
        if not w.open_project(folder):
            return None
        self._ask_coders_name()  # every span the coder saves carries it: the merge keeps coders apart by it
        done = _t("{1} already holds the project of the package {0} (opened before): nothing was unpacked, it is "
                  "open as it was. When done, send that folder (or a zip of it) back.") if outcome[0].before else _t(
            "Opened the package {0} as the project {1}. When done, send that folder (or a zip of it) back.")
        w.statusBar().showMessage(done.format(package.name, folder), 15000)
        return folder

    def _ask_coders_name(self) -> None:
        """The window's name asked where it has none, the coder the package was handed out to offered
        (``export-package --coder li``), and why. The name is the window's (Preferences: a setting of the window,
        not of the project), the one every span saved carries; one set already is kept (another name than the
        package's coder is stored as theirs at the merge: core/team/merge_coders.py)."""
        from annotator.core.team.package import handed_out
        from annotator.gui.dialogs import name_dialog

        w = self.w
        if w.settings.annotator_name:
            return
        coder = handed_out(w.store)[0] if w.store is not None else ""
        if not coder:
            w.commands.ask_name()
            return
        note = _t("This package was handed out to {0}: the lead merges your work under that name.").format(coder)
        name = name_dialog.ask_annotator_name(w, coder, note=note)
        if name is not None:
            w.commands.set_name(name)

    # --------------------------------------------------------------- merge
    def merge(self) -> MergeReport | None:
        from annotator.core.team.merge import merge
        from annotator.gui.dialogs.merge_dialog import MergeDialog

        w = self.w
        if w.store is None:
            return None
        dialog = MergeDialog(w)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.sources():
                return None
            sources, renames, replace = dialog.sources(), dialog.renames() or {}, dialog.replace.isChecked()
            new_documents = dialog.new_documents.isChecked()
        finally:
            dialog.deleteLater()
        project = w.store.folder
        if not w.confirm(_t(
                "Merge the work of {0} coder project(s) into {1}?\n\nTheir accepted and rejected spans and their links "
                "come in under their annotator names; nothing here is overwritten, and merging the same work again "
                "adds nothing. A merge is not undone with Undo: a backup made right before it brings the project "
                "back as it was (Project › Restore from a backup… lists it as made right before a merge)."
                ).format(len(sources), project.name)):
            return None
        w.commands.save_typing()

        def job(store: Store, progress: Progress, cancelled: Cancelled) -> MergeReport:
            def each() -> Iterator[str]:
                for i, source in enumerate(sources):
                    if cancelled():
                        return  # the sources merged so far stay, each whole; the report names them
                    progress(i, len(sources), source)
                    yield source
                progress(len(sources), len(sources), "")

            return merge(store, each(), rename=renames, replace=replace, new_documents=new_documents)

        report = w.commands.run_task(_t("Merging"), job)
        w.reload()
        if report is not None:
            messages.information(w, _t("Merge"), "\n".join([_t("Merged into {0}:").format(project.name),
                                                            *merge_lines(report.lines())]))
        return report
