"""*Project › Import annotations…*: the files (an exported workbook corrected by a colleague, gold
``*.gold.jsonl`` / ``*.links.jsonl``, doccano JSON lines) and the options of
``annotator import-annotations``: the status the new spans get and the annotator name stored with them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import names_list
from annotator.gui.retranslating import Retranslating

LINE_CHARACTERS = 32  # the dialog's least width, in Chinese characters: its notes on a line or two each
SUFFIXES = (".jsonl", ".json", ".xlsx")  # what this dialog imports (a dropped file with one of them is offered it)


def _t(text: str) -> str:
    return QCoreApplication.translate("AnnotationImportDialog", text)


def is_annotation_file(path: str) -> bool:
    """A file the import of annotations reads (JSON lines, an exported workbook), not an article."""
    return Path(path).suffix.lower() in SUFFIXES and Path(path).is_file()


def choose_annotation_files(parent: QWidget | None) -> list[str]:
    files, _filter = QFileDialog.getOpenFileNames(
        parent, _t("Import annotations"), "",
        _t("Annotations (*.xlsx *.jsonl *.json);;Workbooks exported by annotator (*.xlsx);;"
           "Gold and doccano JSON lines (*.jsonl);;Label Studio JSON export (*.json);;All files (*)"))
    return list(files)


class AnnotationImportDialog(Retranslating, QDialog):
    """The status and the annotator name; ``status()`` and ``annotator()`` once accepted. ``annotator``:
    the user's own name, the one proposed; the note under it says whose the spans are as the name is
    typed: under the user's own name their own work, under another a coder's (``store/coders.py``)."""

    def __init__(self, files: list[str], annotator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationImport")
        self.files = list(files)
        self.own = annotator.strip()
        self.heading = QLabel(wordWrap=True)
        self.accepted_button = QRadioButton()
        self.accepted_button.setChecked(True)
        self.accepted_button.setObjectName("statusAccepted")
        self.accepted_note = QLabel(wordWrap=True)
        self.suggested_button = QRadioButton()
        self.suggested_button.setObjectName("statusSuggested")
        self.suggested_note = QLabel(wordWrap=True)
        self.name = QLineEdit(annotator)
        self.name.setObjectName("importAnnotator")
        self.name_note = QLabel(wordWrap=True)
        self.whose_note = QLabel(wordWrap=True)
        self.whose_note.setObjectName("importWhose")
        self.name.textChanged.connect(self._say_whose)
        self.name_caption = QLabel()
        self.name_caption.setBuddy(self.name)
        form = QFormLayout()
        form.addRow(self.name_caption, self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.accepted_button, self.accepted_note, self.suggested_button,
                       self.suggested_note):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.name_note)
        layout.addWidget(self.whose_note)
        layout.addWidget(self.buttons)
        # Qt lays wrapped Chinese out narrow: 262 px, each note on three lines, the files' names broken
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中" * LINE_CHARACTERS))
        self.retranslate()
        width = max(self.minimumWidth(), self.sizeHint().width())
        self.resize(width, self.heightForWidth(width))  # no gaps: as tall as the lines at that width

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Import annotations"))
        names = names_list(Path(f).name for f in self.files[:5]) + (" …" if len(self.files) > 5 else "")  # 、 in zh
        self.heading.setText(_t("{0} file(s): {1}").format(len(self.files), names))
        self.accepted_button.setText(_t("&Accepted"))
        self.accepted_note.setText(_t("The spans count as reviewed: for a colleague's corrections or gold data."))
        self.suggested_button.setText(_t("&Suggested"))
        self.suggested_note.setText(_t("The spans are open suggestions, to be accepted or rejected one by one."))
        self.name_caption.setText(_t("Annotator &name:"))  # Alt+A: Accepted
        self.name_note.setText(_t("Stored with each imported span (empty: a workbook's rows keep the names in its "
                                  "annotator column)."))
        self._say_whose()

    def _say_whose(self) -> None:
        name = self.annotator()
        if name and name == self.own:
            self.whose_note.setText(_t("Your own name: the spans are your own work, yours to edit in place."))
        elif name:
            self.whose_note.setText(_t("Another name than yours: the spans are {0}'s, a coder's, kept as {0} left "
                                       "them (your edits go to a copy of your own; Project › Coding team › Coders… "
                                       "lists the coders).").format(name))
        self.whose_note.setVisible(bool(name))

    def status(self) -> str:
        return "suggested" if self.suggested_button.isChecked() else "accepted"

    def annotator(self) -> str:
        return self.name.text().strip()
