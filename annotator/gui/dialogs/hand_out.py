"""Project › Coding team › Hand out a package…: which documents go to a coder (all of them, those the document
list shows with its filter, or the open one), with their open suggestions and/or every span, and
the coder's name, which names the zip (``li.zip`` holds the project ``li``; its merge names their
spans by it when they saved none). The zip itself is chosen after OK (``gui/team.py``)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.retranslating import Retranslating

ALL, LISTED, OPEN = "all", "listed", "open"


class HandOutDialog(Retranslating, QDialog):
    def __init__(self, counts: dict[str, int], parent: QWidget | None = None, *, unfiltered: bool = False) -> None:
        """``counts``: how many documents each choice hands out (0: the choice is greyed); ``unfiltered``:
        the list shows every document (its choice greyed, and said so, not as a filter showing none)."""
        super().__init__(parent)
        self.counts, self.unfiltered = counts, unfiltered
        self.choices = {key: QRadioButton() for key in (ALL, LISTED, OPEN)}
        group = QButtonGroup(self)
        for key, button in self.choices.items():
            button.setObjectName(f"handOut_{key}")
            group.addButton(button)
            button.setEnabled(counts.get(key, 0) > 0)
        self.choices[ALL].setChecked(True)
        self.with_suggestions = QCheckBox()
        self.with_suggestions.setObjectName("withSuggestions")
        self.with_suggestions.setChecked(True)  # the coder reviews them rather than starting from nothing
        self.with_annotations = QCheckBox()
        self.with_annotations.setObjectName("withAnnotations")
        self.coder = QLineEdit()
        self.coder.setObjectName("coderName")
        self.coder_label = QLabel()
        self.coder_label.setBuddy(self.coder)
        self.hint = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.coder.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addWidget(self.with_suggestions)
        layout.addWidget(self.with_annotations)
        form = QFormLayout()
        form.addRow(self.coder_label, self.coder)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update()
        self.coder.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand out a package"))
        n = self.counts
        self.choices[ALL].setText(self.tr("&All documents ({0})").format(f"{n.get(ALL, 0):,}"))
        self.choices[LISTED].setText(
            self.tr("The documents the &list shows (it shows all of them: no filter is set)") if self.unfiltered
            else self.tr("The documents the &list shows ({0}: its filter)").format(f"{n.get(LISTED, 0):,}"))
        self.choices[OPEN].setText(self.tr("The &open document"))
        self.with_suggestions.setText(self.tr("With the open &suggestions (the coder reviews them)"))
        self.with_annotations.setText(self.tr("With &every span and link, with its annotator (a copy of the work)"))
        self.coder_label.setText(self.tr("&Coder's name:"))
        self.hint.setText(self.tr("The package is a zip named after the coder; they open it with Project › Coding "
                                  "team › Open a package…, and you bring their work back with Project › Coding "
                                  "team › Merge coders' work…."))

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.coder_name()))

    def coder_name(self) -> str:
        """The name typed, without what a file name cannot hold."""
        name = self.coder.text().strip()
        return "".join(c for c in name if c not in '/\\:*?"<>|').strip(". ")

    def choice(self) -> str:
        return next(key for key, button in self.choices.items() if button.isChecked())

    def include(self) -> list[str]:
        return [what for what, box in (("suggestions", self.with_suggestions), ("annotations", self.with_annotations))
                if box.isChecked()]
