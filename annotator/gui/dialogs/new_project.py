"""The new project dialog: type a folder's path (it may not exist yet: it is created with its
parents) or choose one with Browse…; a line under the path says what will happen there
(:func:`annotator.core.project_folder.check_new_folder`). A folder that holds other files is
used only after a question; a folder that holds a project already is offered for opening;
a file, or a place where nothing can be written, is refused naming the path. The project is
created (``Store.create``) before the dialog closes, so a failure leaves it open to correct.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core import project_folder as pf
from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.gui.i18n import names_list
from annotator.gui.opening_size import opening_size, with_lines_whole
from annotator.gui.retranslating import Retranslating
from annotator.gui.widgets.form_room import keep_whole


class NewProjectDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None, confirm: Callable[[str], bool] | None = None,
                 base: Path | None = None):
        super().__init__(parent)
        self.setObjectName("newProjectDialog")
        self.confirm = confirm  # None: asked in a box (not its own bound method kept on it: a cycle through itself)
        self.base = base  # a relative path is taken under it (the home folder unless given)
        self.folder: Path | None = None  # the project's folder, once created (or to open)
        self.existing = False  # True: a project was there already, to be opened
        self.prompt = QLabel(wordWrap=True)  # at 18 pt one line asked for 1007 px, wider than a 1024-px screen
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("projectPath")
        self.path_edit.setMinimumWidth(420)
        self.path_edit.textChanged.connect(self._update_hint)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        self.prompt.setBuddy(self.path_edit)  # the path's name for a screen reader
        self.hint = QLabel()
        self.hint.setObjectName("projectHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        # the prompt on one line where the screen has the width, else on two, whole
        margins = layout.contentsMargins()
        line = self.prompt.fontMetrics().horizontalAdvance(self.prompt.text()) + margins.left() + margins.right()
        self.resize(with_lines_whole(self, opening_size(self, QSize(max(line, self.sizeHint().width()), 0))))
        for label in (self.prompt, self.hint):
            keep_whole(label)  # as tall as its lines (the hint's change as the path is typed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New project"))
        self.prompt.setText(self.tr("Folder of the new project (type a path; a folder that does not exist yet is "
                                    "created):"))
        self.browse_button.setText(self.tr("Browse…"))
        self.create_button.setText(self.tr("Create"))
        self._update_hint()

    # ----------------------------------------------------------- checking
    def _check(self) -> pf.NewFolder | None:
        text = self.path_edit.text()
        return pf.check_new_folder(pf.resolve_typed(text, self.base)) if text.strip() else None

    def _update_hint(self) -> None:
        check = self._check()
        self.hint.setText(self.describe(check) if check is not None else "")
        self.create_button.setEnabled(check is not None and check.state not in (pf.FILE, pf.BLOCKED, pf.TOO_LONG))

    def describe(self, check: pf.NewFolder) -> str:
        """One sentence on what creating the project at ``check.path`` means."""
        path = str(check.path)
        if check.state == pf.MISSING:
            return self.tr("{0} does not exist yet: it will be created.").format(path)
        if check.state == pf.EMPTY:
            return self.tr("{0} is an empty folder.").format(path)
        if check.state == pf.NOT_EMPTY:
            return self.tr("{0} is not empty ({1} items) and holds no project.").format(path, check.count)
        if check.state == pf.PROJECT:
            return self.tr("{0} holds a project already: it will be opened.").format(path)
        if check.state == pf.FILE:
            return self.tr("{0} is a file, not a folder.").format(path)
        if check.state == pf.TOO_LONG:
            return self.tr("Cannot create a project in {0}: a name in it is longer than the file system allows "
                           "(255 bytes, about 85 Chinese characters); choose a shorter name.").format(path)
        return self.tr("Cannot create a project in {0}: {1} cannot be written to.").format(path, str(check.blocker))

    # ------------------------------------------------------------- acting
    def accept(self) -> None:
        check, confirm = self._check(), self.confirm or self._ask
        if check is None:
            self.hint.setText(self.tr("Type or choose the folder of the new project."))
            return
        if not check.usable and check.state != pf.PROJECT:
            self.hint.setText(self.describe(check))
            return
        if check.state == pf.PROJECT:
            if not confirm(self.tr("{0} holds a project already. Open it?").format(str(check.path))):
                return
            self.folder, self.existing = check.path, True
            super().accept()
            return
        if check.state == pf.NOT_EMPTY:
            shown = names_list([*check.entries, "…"] if check.count > len(check.entries) else check.entries)
            if not confirm(self.tr("The folder {0} is not empty: it holds {1} items ({2}) and no project.\n\n"
                                   "Create the project in it anyway? Its files stay as they are.").format(
                               str(check.path), check.count, shown)):
                return
        try:
            Store.create(check.path).close()
        except AnnotatorError as e:  # the store's sentence names the path
            from annotator.gui.core_errors import error_text

            self.hint.setText(self.tr("Cannot create the project: {0}").format(error_text(str(e))))
            return
        self.folder, self.existing = check.path, False
        super().accept()

    def _browse(self) -> None:
        start = self.path_edit.text().strip() or str(self.base or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the new project"), start)
        if folder:
            self.path_edit.setText(folder)

    def _ask(self, question: str) -> bool:
        from annotator.gui import messages

        return messages.confirmed(self, self.tr("New project"), question)


def ask_new_project(parent: QWidget | None, confirm: Callable[[str], bool] | None = None) -> Path | None:
    """Show the dialog; the folder of the project created (or already there), None when cancelled."""
    dialog = NewProjectDialog(parent, confirm)
    try:
        return dialog.folder if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
