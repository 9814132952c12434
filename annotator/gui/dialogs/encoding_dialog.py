"""*Choose an encoding*: offered after an import refused a file whose encoding could not be told
(``core/errors.EncodingUnknown``). It lists the readings the core considers (``core/imports/readings.py``),
each with its first line as it would read, the most plausible first; the one chosen imports the file
through the same ``import_files`` with that encoding (``gui/commands.py``). *Skip* leaves the file out;
with several such files, *Use it for the other N file(s)* imports the rest with the same encoding.

It is also offered after a file imported with a guessed encoding that also reads as another
(``read_as``: the guess, preselected): choosing another reading and *Import again* replaces the document by
the file read with that encoding, in one write, keeping the accepted spans still read alike
(``gui/import_again.py``); *Keep* leaves it as it was read.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.imports.readings import Reading
from annotator.gui.opening_size import in_characters, opening_size, with_lines_whole
from annotator.gui.retranslating import Retranslating
from annotator.gui.widgets.form_room import keep_whole

ENCODING_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("EncodingDialog", text)


class EncodingDialog(Retranslating, QDialog):
    """The readings of ``path``; ``encoding()`` once accepted, ``for_the_rest()`` whether the
    ``others`` files left are to be read the same way."""

    def __init__(self, path: str, readings: list[Reading], others: int = 0, parent: QWidget | None = None,
                 read_as: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encodingDialog")
        self.path, self.others, self.read_as = path, others, read_as
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("encodingNote")
        self.list = QListWidget()
        self.list.setObjectName("encodingList")
        for reading in readings:
            item = QListWidgetItem(f"{reading.name}: {reading.first_line}")
            item.setData(ENCODING_ROLE, reading.encoding)
            self.list.addItem(item)
        guessed = [i for i, r in enumerate(readings) if r.encoding == read_as]
        self.list.setCurrentRow(guessed[0] if guessed else 0)
        self.read_as_name = next((r.name for r in readings if r.encoding == read_as), read_as or "")
        self.rest = QCheckBox()
        self.rest.setObjectName("encodingForTheRest")
        self.rest.setVisible(others > 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(self.accept)  # (a lambda holding the dialog: never freed without a parent)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.list, self.rest, self.buttons):
            layout.addWidget(widget)
        self.retranslate()
        # at 18 pt the usual font's 620×320 gave the note (six lines when imported again) four, cut at the top and
        # bottom: as many characters wide as usual, as tall as its lines
        usual = opening_size(self, QSize(620, 320), in_characters(self, 51, 0))
        self.resize(with_lines_whole(self, QSize(max(usual.width(), self.minimumSizeHint().width()), usual.height())))
        keep_whole(self.note)  # narrowed by hand: as tall as its lines again

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Choose the encoding of {0}").format(Path(self.path).name))
        if self.read_as is not None:  # imported already, with a guess that another reading rivals
            self.note.setText(_t("{0} was imported read as {1}, but it also reads in another encoding. Each reading "
                                 "below shows its first line as it would read; if another one reads right, choose it "
                                 "and Import again: the document is replaced by the file read that way, in one step. "
                                 "Its accepted spans whose text the new reading still holds are kept (moved with it "
                                 "where text was added or removed); you are asked before any other accepted span is "
                                 "removed.")
                              .format(self.path, self.read_as_name))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Import again"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Keep it"))
            return
        self.note.setText(_t("The encoding of {0} could not be told. Each reading below shows its first line as it "
                             "would read; choose the one that reads right to import it, or Skip.").format(self.path))
        self.rest.setText(_t("Use it for the other {0} file(s) whose encoding could not be told").format(self.others))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Skip"))

    def encoding(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ENCODING_ROLE))

    def for_the_rest(self) -> bool:
        return self.others > 0 and self.rest.isChecked()
