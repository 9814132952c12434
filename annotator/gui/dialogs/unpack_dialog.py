"""Where a coder's package is unpacked: a new project folder, typed or chosen with Browse…
(``gui/team.py`` proposes one named after the zip, beside it or in the Documents folder). A package opened before
proposes the folder holding its project (``before``, the one written last first), and the question says that OK opens
it as it is, with the coder's work, for as long as the folder typed is one of them."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.opening_size import in_characters, opening_size, with_lines_whole
from annotator.gui.retranslating import Retranslating
from annotator.gui.widgets.form_room import keep_whole


class UnpackDialog(Retranslating, QDialog):
    def __init__(self, package: Path, folder: Path, parent: QWidget | None = None, before: Sequence[Path] = ()) -> None:
        super().__init__(parent)
        self.package = package
        self.before = list(before)  # the folders that hold its project already (opened before)
        self.question = QLabel(wordWrap=True)
        self.path = QLineEdit(str(folder))
        self.path.setObjectName("unpackFolder")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._path_changed)  # (a lambda holding the dialog: never freed without a parent)
        self.question.setBuddy(self.path)  # the folder's name for a screen reader: the question above it
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.retranslate()
        # its question's lines whole (at 18 pt the usual font's 560 px wide, one line tall, cut them), as many
        # characters wide as at the usual font
        wide = opening_size(self, QSize(560, 0), in_characters(self, 46, 0)).width()
        self.resize(with_lines_whole(self, QSize(wide, 0)))
        keep_whole(self.question)  # narrowed by hand: as tall as its lines again

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a package"))
        self._ask()
        self.browse.setText(self.tr("&Browse…"))

    def _ask(self) -> None:
        folder = self.folder()
        if folder not in self.before:
            self.question.setText(self.tr("Unpack {0} into this new project folder (it must not exist yet, or be "
                                          "empty):").format(self.package.name))
            return
        said = self.tr("{0} already holds this package's project (opened before): OK opens it as it is, with your "
                       "work.").format(folder.name)
        others = [str(f) for f in self.before if f != folder]
        if others:
            said += " " + self.tr("It was opened into {0} too.").format(", ".join(others))
        self.question.setText(said)

    def folder(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _path_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        if self.before:
            self._ask()

    def _browse(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, self.tr("A folder for the project"), str(self.folder().parent))
        if chosen:  # the project goes into a new folder named after the package inside the chosen one
            self.path.setText(str(Path(chosen) / self.package.stem))
