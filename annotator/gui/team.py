"""Project › Team: a coding team's work in the window, as ``annotator export-package``,
``open-package`` and ``merge`` do it on the command line (``annotator/cli_team.py``; the core's
``core/team/package.py`` and ``merge.py``).

- *Hand out a package…* (the lead): the documents (all, those the list shows, the open one), with
  suggestions and/or every span, a zip named after the coder, written off the GUI thread.
- *Open a package…* (a coder; also a zip dropped on the window, or ``annotator gui li.zip``):
  asks where to unpack it (a folder named after the zip beside it, else in the Documents
  folder), unpacks it off the GUI thread (a busy dialog), opens the project and asks for the
  coder's name if the window has none.
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
from annotator.paths import as_argument

if TYPE_CHECKING:
    from annotator.core.team.merge import MergeReport
    from annotator.gui.main_window import MainWindow


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


def default_folder(package: Path) -> Path:
    """A new folder named after the zip beside it, else in the Documents folder (a free name:
    ``li``, ``li-2`` …)."""
    from PySide6.QtCore import QStandardPaths

    name = package.stem or "package"
    places = [package.parent] if os.access(package.parent, os.W_OK) else []
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    places.append(Path(documents) if documents else Path.home())
    for place in places:
        if _usable(place / name):
            return place / name
    base = places[0] / name
    return next(base.with_name(f"{name}-{i}") for i in range(2, 10_000) if _usable(base.with_name(f"{name}-{i}")))


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
        project = window.actions.menus["menu_project"]
        self.menu = TeamMenu(self, project)
        entries = project.actions()
        export = window.actions["export"]
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
            "team › Open a package… (or: annotator open-package {3} FOLDER), and you bring their work back with "
            "Project › Coding team › Merge coders' work….").format(path, report.documents, spans, as_argument(path)))
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
        from annotator.core.team.package import open_package
        from annotator.gui.dialogs.unpack_dialog import UnpackDialog

        w, package = self.w, Path(path)
        dialog = UnpackDialog(package, default_folder(package), w)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            folder = dialog.folder()
        finally:
            dialog.deleteLater()
        from annotator.gui import tasks

        said = _t("Unpacking {0}…").format(package.name)

        def unpack(progress: tasks.Progress) -> str | None:  # on the worker: a big zip keeps the window painting
            progress(0, 1, said)  # a busy bar: unpacking knows no fraction
            try:
                open_package(package, folder)
            except AnnotatorError as e:
                return str(e)
            return None

        outcome = tasks.run_work(w, _t("Opening the package"), lambda progress: (unpack(progress),))
        if outcome is None:  # an unexpected error, shown
            return None
        if outcome[0] is not None:
            w.show_error(_t("Cannot open the package"), outcome[0])
            return None
        if not w.open_project(folder):
            return None
        if not w.settings.annotator_name:
            w.commands.ask_name()  # every span the coder saves carries it: the merge keeps coders apart by it
        w.statusBar().showMessage(_t("Opened the package {0} as the project {1}. When done, send that folder (or "
                                     "a zip of it) back.").format(package.name, folder), 15000)
        return folder

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
                "back as it was (Project › Restore from a backup… lists it as made right before a merge; annotator "
                "restore {2} --list).").format(len(sources), project.name, as_argument(project))):
            return None
        w.commands.save_typing()

        def job(store, progress, cancelled) -> MergeReport:  # type: ignore[no-untyped-def]
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


def merge_lines(lines: list[str]) -> list[str]:
    """A merge report's lines in the interface's language (a line no rule knows as the core wrote it)."""
    from annotator.gui.core_errors import said_by
    from annotator.gui.summaries import summary_lines

    rules = _merge_rules()
    return [said_by(line, rules, _merge_group) or summary_lines([line])[0] for line in lines]


def _merge_group(kind: str, text: str) -> str:
    """A group of a merge report's line: a backup's file name as the time Restore from a backup… lists it by."""
    if kind != "backup":
        return text
    from annotator.gui.dialogs.restore_dialog import made_at

    try:
        return made_at(Path(text)).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except OSError:  # a name without its time, and no such file: said as it is
        return text


def _merge_rules() -> list[tuple[str, str, tuple[str, ...]]]:
    """Whole lines of ``MergeReport.lines()`` (core/team/merge.py)."""
    return [
        (r"refused (.+): none of its (\d+) document\(s\) \((.+)\) is in the project \(a package of another "
         r"project\?\): nothing of it merged; 'annotator merge --new-documents' adds them all the same",
         _t("refused {0}: none of its {1} document(s) ({2}) is in the project (a package of another project?): "
            "nothing of it merged; 'annotator merge --new-documents' adds them all the same"), ()),
        (r"from (.+): (\d+) document\(s\) added, (\d+) matched; (\d+) span\(s\) added \((.+)\), (\d+) already there; "
         r"(\d+) link\(s\) added, (\d+) already there or in conflict",
         _t("from {0}: {1} document(s) added, {2} matched; {3} span(s) added ({4}), {5} already there; {6} link(s) "
            "added, {7} already there or in conflict"), ()),
        (r"from (.+): (\d+) document\(s\) added, (\d+) matched; (\d+) span\(s\) added, (\d+) already there; "
         r"(\d+) link\(s\) added, (\d+) already there or in conflict",
         _t("from {0}: {1} document(s) added, {2} matched; {3} span(s) added, {4} already there; {5} link(s) added, "
            "{6} already there or in conflict"), ()),
        (r"merged (\d+) source\(s\) into (.+): (\d+) document\(s\) and (\d+) span\(s\) added",
         _t("merged {0} source(s) into {1}: {2} document(s) and {3} span(s) added"), ()),
        (r"  (.+) holds no accepted or rejected span \(open suggestions stay behind\): not coded yet, or the package "
         r"as it was handed out\?",
         _t("  {0} holds no accepted or rejected span (open suggestions stay behind): not coded yet, or the package "
            "as it was handed out?"), ()),
        (r"  labels added: (.+)", _t("  labels added: {0}"), ()),
        (r"  label (.+) of (.+) is (.+) here \(the same label under another name\): its spans are merged as (.+)",
         _t("  label {0} of {1} is {2} here (the same label under another name): its spans are merged as {3}"), ()),
        (r"  none of the documents of (.+) was in the project \(a package of another project\?\): (\d+) added "
         r"\((.+)\); 'annotator remove' takes them out",
         _t("  none of the documents of {0} was in the project (a package of another project?): {1} added ({2}); "
            "'annotator remove' takes them out"), ()),
        (r"  documents not in the project, (\d+) added \((.+)\): removed there since (.+) was made\? "
         r"'annotator remove' takes them out",
         _t("  documents not in the project, {0} added ({1}): removed there since {2} was made? 'annotator remove' "
            "takes them out"), ()),
        (r"  (\d+) span\(s\) had no annotator name: stored as '(.+)' \(the source's name\)",
         _t("  {0} span(s) had no annotator name: stored as '{1}' (the source's name)"), ()),
        (r"  the same spans of (.+) as (.+) \(given twice\?\): nothing added",
         _t("  the same spans of {0} as {1} (given twice?): nothing added"), ()),
        (r"  (.+) is a project of an older annotator \(schema (\d+)\): read from a copy, its folder left as it was "
         r"\(its coder's annotator still opens it\)",
         _t("  {0} is a project of an older annotator (schema {1}): read from a copy, its folder left as it was "
            "(its coder's annotator still opens it)"), ()),
        (r"  annotator (.+) stored as (.+) here \(--rename\)", _t("  annotator {0} stored as {1} here (--rename)"), ()),
        (r"  (.+) has no label (.+) \(renamed there as (.+)\? its spans are here under that name\): its coder could "
         r"mark none, so the agreement counts none of their (.+) spans",
         _t("  {0} has no label {1} (renamed there as {2}? its spans are here under that name): its coder could mark "
            "none, so the agreement counts none of their {3} spans"), ()),
        (r"  (.+) has no label ([^()]+): its coder could mark none, so the agreement counts none of their (.+) spans",
         _t("  {0} has no label {1}: its coder could mark none, so the agreement counts none of their {2} spans"), ()),
        (r"  document (.+) is (.+) here \(the same text\)", _t("  document {0} is {1} here (the same text)"), ()),
        (r"  document (.+): its text differs from (.+) here; added as (.+) \(its spans are there\)",
         _t("  document {0}: its text differs from {1} here; added as {2} (its spans are there)"), ()),
        (r"  refused in (.+?): (.+)", _t("  refused in {0}: {1}"), ()),
        (r"  (\d+) span\(s\) of (.+) here are not in (.+) as they are \(deleted, relabelled, moved or decided "
         r"otherwise there since an earlier merge\): left as they are \(a corrected copy\? merge it again with "
         r"--replace to take its version\)",
         _t("  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise "
            "there since an earlier merge): left as they are (a corrected copy? merge it again with --replace to "
            "take its version)"), ()),
        (r"  (\d+) span\(s\) of (.+) here that (.+) no longer holds as they are \(deleted, relabelled, moved or "
         r"decided otherwise there\) replaced by its version \(--replace\)",
         _t("  {0} span(s) of {1} here that {2} no longer holds as they are (deleted, relabelled, moved or decided "
            "otherwise there) replaced by its version (--replace)"), ()),
        (r"  (.+) is older than what is here for (.+) in (\d+) document\(s\) \(spans or links of theirs here were "
         r"changed after its last change to them\): nothing of theirs merged there",
         _t("  {0} is older than what is here for {1} in {2} document(s) (spans or links of theirs here were changed "
            "after its last change to them): nothing of theirs merged there"), ()),
        (r"  (\d+) link\(s\) of its coders here that (.+) no longer holds replaced by its links \(--replace\)",
         _t("  {0} link(s) of its coders here that {1} no longer holds replaced by its links (--replace)"), ()),
        (r"  (\d+) span\(s\) of (.+) here are not in (.+) as they are \(deleted, relabelled, moved or decided "
         r"otherwise there since an earlier merge\): left as they are",
         _t("  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise "
            "there since an earlier merge): left as they are"), ()),
        (r"  annotator (.+) came from (.+) too: their spans are one layer here \(two people of one name\? take this "
         r"merge back with 'annotator restore' and merge (.+) alone with --rename (.+)=ANOTHER_NAME\)",
         _t("  annotator {0} came from {1} too: their spans are one layer here (two people of one name? take this "
            "merge back with 'annotator restore' and merge {2} alone with --rename {3}=ANOTHER_NAME)"), ()),
        (r"  (.+) brought annotator\(s\) (.+), not among the project's coders; coder\(s\) (.+) hold no span here: a "
         r"copy whose coder gave another name \(their window's Preferences, or --annotator\)\?",
         _t("  {0} brought annotator(s) {1}, not among the project's coders; coder(s) {2} hold no span here: a copy "
            "whose coder gave another name (their window's Preferences, or --annotator)?"), ()),
        (r"  annotator (.+) stored as (.+) here: (.+) was handed out to (.+) \(export-package --coder\); merged with "
         r"--rename (.+) it keeps its name",
         _t("  annotator {0} stored as {1} here: {2} was handed out to {3} (export-package --coder); merged with "
            "--rename {4} it keeps its name"), ()),
        (r"  (.+) was handed out to (.+), but its spans carry annotator\(s\) (.+): merged under those names \(is one "
         r"of them (.+)\? merge it with --rename NAME=(.+)\)",
         _t("  {0} was handed out to {1}, but its spans carry annotator(s) {2}: merged under those names (is one of "
            "them {3}? merge it with --rename NAME={4})"), ()),
        (r"  to store them under a coder's name, take this merge back and merge again with --rename (.+): "
         r"annotator restore .+ (\S+), then annotator merge .+",  # the window's menus rather than the command lines
         _t("  to store them under a coder's name, take this merge back (Project › Restore from a backup…: the "
            "backup of {1}, made right before it) and merge the same work again with {0} in Rename coders "
            "(Project › Coding team › Merge coders' work…)"), ("", "backup")),
    ]
