"""The window's QActions, their shortcuts and menus, kept out of the main window.

Review actions (label keys 1–9, A/Enter, X, Delete, N, P, L, the boundary keys) are shortcuts
of the whole window, so they work wherever the focus is; a field one types in keeps their keys
as typing (:class:`~annotator.gui.focus.TypingGuard`), and Esc there returns to the article."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.core.models import Label
from annotator.gui import document_menu, renaming, review_flow, span_menu, undo_said
from annotator.gui.demo_open import open_demo
from annotator.gui.display import label_description, label_text
from annotator.gui.first_steps import show_first_steps
from annotator.gui.focus import TypingGuard, first_key
from annotator.gui.undo import retitle
from annotator.paths import DB_FILENAME

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

Std = QKeySequence.StandardKey


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _texts() -> dict[str, str]:
    return {
        "new_project": _t("&New project…"), "open_project": _t("&Open project…"),
        "import_files": _t("&Import files…"), "import_folder": _t("Import &folder…"),
        "import_annotations": _t("Import &annotations…"),
        "import_metadata": _t("Import meta&data table…"), "restore": _t("Restore from a bac&kup…"),
        "remove_documents": _t("Remo&ve document(s)…"),
        "rename_document": _t("Rename document…"),  # no Alt key: each of its letters is another entry's
        "import_again": _t("Import the open doc&ument again…"),
        "import_selected_again": _t("Import the selected doc&uments again…"),  # several rows chosen in the list
        "export": _t("&Export…"), "print": _t("&Print…"), "methods": _t("Met&hods paragraph…"),
        "suggest": _t("Run &suggestions"), "labels": _t("&Labels…"),
        "quit": _t("&Quit"), "accept": _t("&Accept suggestion"), "reject": _t("Re&ject suggestion"),
        "delete": _t("&Delete span"),
        "link": _t("&Link span (to the span under the mouse or the nearest district)"),
        "choose_link": _t("Link span t&o…"), "unlink": _t("Remove the span's lin&ks"),
        "next": _t("&Next open suggestion"), "prev": _t("&Previous open suggestion"),
        "next_after_decision": _t("&Go on to the next suggestion after A / X"), "edit_note": _t("Edit note"),
        "documents": _t("Go to the &document list"),
        "find": _t("&Find in document…"), "search": _t("&Search all documents…"),
        "name": _t("Annota&tor name…"), "preferences": _t("Preferences…"), "done": _t("&Mark document done"),
        "bigger": _t("&Larger text"), "smaller": _t("&Smaller text"), "show_rejected": _t("Show re&jected spans"),
        "snap": _t("Snap selection to &words"), "reload": _t("&Reload from disk"),
        "suggest_on_import": _t("Su&ggest on import"), "train": _t("&Train the model"),
        "keep_lines_on_import": _t("Keep line &breaks as in the file on import"),
        "model_settings": _t("&Model settings…"), "english": "English", "chinese": "中文",
        "open_demo": _t("Open the &demo project"), "about": _t("&About annotator"),
        "first_steps": _t("&First steps…"), "guide_help": _t("Annotation &guide (F1)"),
        "undo": _t("&Undo"), "redo": _t("&Redo"),
        "undo_step": _t("&Undo {0}"), "redo_step": _t("&Redo {0}"),
        "menu_project": _t("&Project"), "menu_recent": _t("&Recent projects"), "menu_edit": _t("&Edit"),
        "menu_view": _t("&View"), "menu_language": _t("La&nguage"), "menu_help": _t("&Help"),
        "menu_accept_doc": _t("A&ccept all in this document"), "menu_reject_doc": _t("R&eject all in this document"),
        "menu_accept_project": _t("Accept all &in the project"),
        "menu_reject_project": _t("Reject all in t&he project"),
        "menu_bounds": _t("Span &boundaries"),
        "end_left": _t("End one character left"), "end_right": _t("End one character right"),
        "start_left": _t("Start one character left"), "start_right": _t("Start one character right"),
        "end_word_left": _t("End one word left"), "end_word_right": _t("End one word right"),
        "start_word_left": _t("Start one word left"), "start_word_right": _t("Start one word right"),
    }


# the selected span's boundaries: Alt+arrows move its end, with Shift its start, with Ctrl by a word
BOUNDARY_KEYS = [(f"{edge}{'_word' if word else ''}_{side}", edge, -1 if side == "left" else 1, word,
                  f"{'Ctrl+' if word else ''}Alt+{'Shift+' if edge == 'start' else ''}{side.title()}")
                 for word in (False, True) for edge in ("end", "start") for side in ("left", "right")]

# what acts on an open project: greyed while none is open (New, Open, Recent, Quit, the view's and the interface's
# preferences, the annotator's name, About and Restore from a backup… of a project that does not open work without one)
PROJECT_ACTIONS = ("import_files", "import_folder", "export", "methods", "suggest", "train", "model_settings", "labels",
                   "import_annotations", "import_metadata", "remove_documents", "rename_document",
                   "import_again",
                   "accept", "reject", "delete", "link", "choose_link", "unlink", "next", "prev", "edit_note", "done",
                   "find", "search", "reload", "print", *(name for name, *_rest in BOUNDARY_KEYS))
PROJECT_MENUS = ("menu_bounds", "menu_accept_doc", "menu_reject_doc", "menu_accept_project", "menu_reject_project")


def _to_documents(window: MainWindow) -> None:
    """F6: the document list takes the keys, on the open document's row (arrows move, Enter opens the
    row and gives the article the keys, Esc goes back); F6 there gives the article the keys again."""
    view = window.panel.view
    if view.hasFocus():
        window.text_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    if not view.currentIndex().isValid() and view.model().rowCount():
        view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _show_methods(window: MainWindow) -> None:
    from annotator.gui.dialogs.methods_dialog import show_methods

    show_methods(window)


def _import_again(window: MainWindow) -> None:
    from annotator.gui.import_again_many import import_chosen_again

    import_chosen_again(window)


def _show_preferences(window: MainWindow) -> None:
    from annotator.gui.dialogs.preferences import show_preferences

    show_preferences(window)


class Actions:
    def __init__(self, window: MainWindow):
        self.window = window
        self.review_actions: list[QAction] = []
        self.project_open = False  # set_project_open
        self.by_name: dict[str, QAction] = {}
        self.label_actions: list[QAction] = []
        self.menus: dict[str, QMenu] = {}
        w = window
        self._add("new_project", w.commands.new_project, Std.New)
        self._add("open_project", w.commands.choose_project, Std.Open)
        self._add("import_files", w.commands.import_files_dialog, "Ctrl+I")
        self._add("import_folder", w.commands.import_folder_dialog)
        self._add("import_annotations", w.commands.io.import_annotations_dialog)
        self._add("import_metadata", w.commands.io.import_metadata_dialog)
        self._add("restore", w.commands.io.restore_dialog)
        document_menu.attach(w, [self._add("rename_document", lambda: renaming.start(w)),
                                 self._add("remove_documents", w.commands.io.remove_selected),
                                 self._add("import_again", lambda: _import_again(w))], self.name_import_again)
        self._add("export", w.commands.export_dialog, "Ctrl+E")
        self._add("print", w.commands.print_document, Std.Print)  # Ctrl+P
        self._add("methods", lambda: _show_methods(w))
        self._add("suggest", w.commands.run_suggestions, "F5")
        self._add("labels", w.commands.labels_dialog)
        self._add("quit", w.close, Std.Quit)
        # enabled and named after the stack's next steps (in the interface's language: name_steps);
        # a step that fails only for now keeps its place
        stack = w.undo_stack
        self.undo, self.redo = QAction(w, enabled=False), QAction(w, enabled=False)
        for action in (self.undo, self.redo):
            action.triggered.connect(w.form.commit_typing)  # first: what is typed is saved (see _add)
            action.triggered.connect(w.reloading.check)  # and what another program wrote is shown
        self.undo.triggered.connect(lambda: undo_said.step(w, forward=False))  # said in the status bar
        self.undo.setShortcut(QKeySequence(Std.Undo))
        self.redo.triggered.connect(lambda: undo_said.step(w, forward=True))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        for signal in (stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(lambda _text: self.name_steps())
        w.addActions([self.undo, self.redo])
        self._labels: list[Label] = []
        # A first: the key the menu shows, as the form's button does
        self._add("accept", w.editing.accept_selected, "A", "Return", "Enter", review=True)
        self._add("reject", w.editing.reject_selected, "X", review=True)
        self._add("delete", w.editing.delete_selected, "Delete", review=True)
        self._add("link", w.linking.link_key, "L", review=True)
        self._add("choose_link", w.linking.choose_key, "Ctrl+L")  # a list to choose from: by keyboard
        self._add("unlink", w.linking.unlink_key, "Shift+L", review=True)
        self._add("next", w.next_suggestion, "N", review=True)
        self._add("prev", w.previous_suggestion, "P", review=True)
        self._add("next_after_decision", lambda on: review_flow.set_go_on(w, on), checkable=True)
        self._add("edit_note", lambda: review_flow.edit_note(w), "F2")
        for name, edge, step, word, key in BOUNDARY_KEYS:
            self._add(name, lambda _c=False, e=edge, s=step, b=word: w.boundaries.move(e, s, b), key, review=True)
        self._add("documents", lambda: _to_documents(w), "F6")
        self._add("find", w.find_bar.open, Std.Find)
        self._add("search", w.commands.search_dialog, "Ctrl+Shift+F")
        self._add("name", w.commands.ask_name)
        # the platform's key (Cmd+, on macOS), else Ctrl+, as most programs have it (none on Linux and Windows;
        # PySide6 6.10.0 gave Linux the bare Settings key of a media keyboard, and Ctrl+, did nothing)
        platform = [k for k in QKeySequence.keyBindings(Std.Preferences) if first_key(k).keyboardModifiers()]
        self._add("preferences", lambda: _show_preferences(w), *(platform or [QKeySequence("Ctrl+,")]))
        self["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self._add("done", w.editing.toggle_done, "Ctrl+D", checkable=True)  # checked: the open document is done
        self["done"].triggered.connect(self.show_done)  # as it is, also when marking it failed
        self._add("bigger", lambda: w.change_font_size(+1), Std.ZoomIn, "Ctrl+=")
        self._add("smaller", lambda: w.change_font_size(-1), Std.ZoomOut)
        self._add("show_rejected", w.set_show_rejected, checkable=True)
        self._add("snap", w.set_snap_to_words, checkable=True)
        self._add("reload", lambda: w.reloading.reload(asked=True), "Ctrl+R")
        self._add("suggest_on_import", w.set_suggest_on_import, checkable=True)
        self._add("keep_lines_on_import", w.commands.set_keep_lines, checkable=True)
        self._add("train", w.commands.model.train, "Shift+F5")
        self._add("model_settings", w.commands.model.settings_dialog)
        self._add("open_demo", lambda: open_demo(w))
        self._add("about", w.about)
        self._add("first_steps", lambda: show_first_steps(w))
        self._add("guide_help", lambda: w.docks.show_guide())  # as F1; the panel is made when first asked for
        languages = QActionGroup(w)
        for name, code in (("english", "en"), ("chinese", "zh_CN")):
            action = self._add(name, lambda _c=False, code=code: w.commands.set_language(code), checkable=True)
            action.setData(code)
            languages.addAction(action)
        self._build_menus()
        renaming.attach(w)  # the list's name cells: Rename document…
        span_menu.attach(w)  # the spans table's context menu: Accept, Reject, Delete… (these actions)
        self.retranslate()
        self.guard = TypingGuard(window, self.review_keys, window.text_view, own_escape=window.find_bar,
                                 enter_opens=(window.panel.view,))

    def _add(self, name: str, slot: Callable, *keys, review: bool = False, checkable: bool = False) -> QAction:
        action = QAction(self.window)
        action.setCheckable(checkable)
        action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
        # first, what is being typed in the form is saved, as leaving the field would (a menu's
        # action or a shortcut leaves the focus there: Ctrl+R or Next dropped a note being typed)
        action.triggered.connect(self.window.form.commit_typing)
        action.triggered.connect(slot)
        if review:
            self._bind_to_review(action)
        else:
            self.window.addAction(action)
        self.by_name[name] = action
        return action

    def _bind_to_review(self, action: QAction) -> None:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.window.addAction(action)
        self.review_actions.append(action)

    def review_keys(self) -> set[int]:
        """The review actions' keys, as ints (a typing field keeps them as typing)."""
        return {first_key(seq).toCombined() for action in self.review_actions + self.label_actions
                for seq in action.shortcuts() if not seq.isEmpty()}

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    # -------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar, a = self.window.menuBar(), self.by_name
        project = self.menus["menu_project"] = bar.addMenu("")
        project.addActions([a["new_project"], a["open_project"]])
        recent = self.menus["menu_recent"] = project.addMenu("")
        project.aboutToShow.connect(self.name_import_again)
        recent.aboutToShow.connect(self._fill_recent)
        project.addSeparator()
        for name in ("import_files", "import_folder", "keep_lines_on_import", "import_annotations", "import_metadata",
                     "export", "print", "methods", None,
                     "rename_document", "remove_documents", "import_again", "restore", None, "suggest",
                     "suggest_on_import", "train", "model_settings", "labels", None, "quit"):
            project.addAction(a[name]) if name else project.addSeparator()
        edit = self.menus["menu_edit"] = bar.addMenu("")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        for name in ("accept", "reject", "delete", "edit_note", "link", "choose_link", "unlink", "next", "prev",
                     "next_after_decision", "done"):
            edit.addAction(a[name])
        bounds = self.menus["menu_bounds"] = edit.addMenu("")
        bounds.addActions([a[name] for name, *_rest in BOUNDARY_KEYS])
        edit.addSeparator()
        for key in ("menu_accept_doc", "menu_reject_doc", "menu_accept_project", "menu_reject_project"):
            self.menus[key] = edit.addMenu("")
        edit.addSeparator()
        for name in ("find", "search", "snap", "name", None, "preferences"):
            edit.addAction(a[name]) if name else edit.addSeparator()
        view = self.menus["menu_view"] = bar.addMenu("")
        for name in ("reload", "documents", None, "bigger", "smaller", "show_rejected"):
            view.addAction(a[name]) if name else view.addSeparator()
        language = self.menus["menu_language"] = view.addMenu("")
        language.addActions([a["english"], a["chinese"]])
        self.menus["menu_help"] = bar.addMenu("")
        self.menus["menu_help"].addActions([a["first_steps"], a["guide_help"], a["open_demo"], a["about"]])

    def _fill_recent(self) -> None:
        menu = self.menus["menu_recent"]
        menu.clear()
        settings = self.window.settings
        gone = [path for path in settings.recent_projects if not Path(path, DB_FILENAME).is_file()]
        for path in settings.recent_projects:
            if path in gone:  # moved, deleted, a drive unplugged: greyed, and said why
                action = menu.addAction(_t("{0} (not found)").format(path))
                action.setEnabled(False)
            else:
                menu.addAction(path, partial(self.window.open_project, path))
        if menu.isEmpty():  # an empty submenu looked broken
            menu.addAction(_t("No recent projects")).setEnabled(False)
        elif gone:  # a greyed entry could not be taken out of the list
            menu.addSeparator()
            menu.addAction(_t("Remove those not found"), lambda: setattr(
                settings, "recent_projects", [p for p in settings.recent_projects if p not in gone]))
        menu.setEnabled(True)

    def labels(self) -> list[Label]:
        """The project's labels as the window shows them (their keys, the form's buttons)."""
        return list(self._labels)

    def set_labels(self, labels: list[Label]) -> None:
        """Label keys and the accept/reject-all menus of the project's labels."""
        for action in self.label_actions:
            self.window.removeAction(action)
            action.deleteLater()
        self.label_actions = []
        self._labels = list(labels)
        for label in labels:
            action = QAction(self.window)  # (text, parent) would make PySide create the QIcon type: 3 ms at start
            action.setText(label_text(label.name))
            action.setToolTip(label_description(label))
            if label.shortcut:
                action.setShortcut(QKeySequence(label.shortcut))
            action.triggered.connect(self.window.form.commit_typing)
            action.triggered.connect(lambda _c=False, n=label.name: self.window.editing.label_key(n))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(self.project_open)
            self.window.addAction(action)
            self.label_actions.append(action)
        for key, status, scope in (("menu_accept_doc", "accepted", "document"),
                                   ("menu_reject_doc", "rejected", "document"),
                                   ("menu_accept_project", "accepted", "project"),
                                   ("menu_reject_project", "rejected", "project")):
            menu = self.menus[key]
            menu.clear()
            for label in labels:
                action = QAction(menu)
                action.setText(label_text(label.name))
                action.triggered.connect(self.window.form.commit_typing)
                action.triggered.connect(lambda _c=False, n=label.name, s=status, sc=scope:
                                         self.window.editing.bulk_status(n, s, sc))
                menu.addAction(action)
            menu.addSeparator()
            links = menu.addAction(_t("Links"))
            links.triggered.connect(self.window.form.commit_typing)
            links.triggered.connect(lambda _c=False, s=status, sc=scope: self.window.linking.bulk_links(s, sc))

    def set_project_open(self, is_open: bool) -> None:
        """The one place that greys what needs a project while none is open (the window at its first
        start, or when no project could be opened): its actions, their keys and submenus, the label
        keys and the panels that show a project (Statistics, Adjudication, Guide)."""
        self.project_open = is_open
        for action in [*(self[name] for name in PROJECT_ACTIONS), *self.label_actions,
                       *(self.menus[key].menuAction() for key in PROJECT_MENUS), *self._panel_actions()]:
            action.setEnabled(is_open)

    def show_done(self) -> None:
        """Mark document done is checked while the open document is marked done."""
        w = self.window
        row = w.doc_model.row_of(w.doc_id) if w.doc_id is not None else -1
        self["done"].setChecked(row >= 0 and w.doc_model.document(row).done)

    def _panel_actions(self) -> list[QAction]:
        docks = getattr(self.window, "docks", None)  # made after the actions
        if docks is None:
            return []
        made = [getattr(panel, "show_action", None) or panel.toggleViewAction() for panel in docks.made.values()]
        return [*docks.entries.values(), *made]

    def retranslate(self) -> None:
        texts = _texts()
        for name, action in self.by_name.items():
            action.setText(texts[name])
        for name, menu in self.menus.items():
            menu.setTitle(texts[name])
        self.set_labels(self._labels)  # their display names
        retitle(self.window.undo_stack, self.window.doc_model.name_of)  # a document by its name now
        self.name_steps()

    def name_import_again(self) -> None:
        """Import the open document again…, or the selected documents while several rows are chosen."""
        several = len(self.window.commands.io.selected_documents()) > 1
        self["import_again"].setText(_texts()["import_selected_again" if several else "import_again"])

    def name_steps(self) -> None:
        """Undo / Redo, with the name of the step they take back or make again."""
        texts, stack = _texts(), self.window.undo_stack
        if not shiboken6.isValid(stack):  # the window torn down without closing (at exit): its stack went first
            return
        for action, key, step in ((self.undo, "undo", stack.undoText()), (self.redo, "redo", stack.redoText())):
            action.setText(texts[f"{key}_step"].format(step) if step else texts[key])

    def sync(self, settings) -> None:
        """Check marks from the settings."""
        self["show_rejected"].setChecked(settings.show_rejected)
        self["snap"].setChecked(settings.snap_to_words)
        self["next_after_decision"].setChecked(settings.next_after_decision)
        self["suggest_on_import"].setChecked(settings.suggest_on_import)
        self["keep_lines_on_import"].setChecked(settings.keep_lines_on_import)
        self.check_language()

    def check_language(self) -> None:
        """View › Language checks the language the interface speaks (the system's, where none was chosen)."""
        from annotator.gui.i18n import current_language

        for name in ("english", "chinese"):
            self[name].setChecked(self[name].data() == current_language())
