"""*Project › Model settings…*: which model suggests beside the rules, the least confidence its
own proposals need (lower ones are left out, as ``annotator suggest --min-confidence``), and after
how many new accepted spans it is trained again by itself. The open project's settings
(``Store.model_settings``: everyone who opens the project, and the command line, use them); what
a raised minimum means for the open suggestions already made is
:meth:`annotator.gui.model_work.ModelWork.apply_settings`'s. A read-only project's settings are
shown, not changed: its fields are greyed, Close is the only button and the note says why."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.store.model_settings import CHOICES, ModelSettings  # CHOICES in the combo's order
from annotator.gui.opening_size import opening_size, with_lines_whole
from annotator.gui.read_only import greyed_note
from annotator.gui.retranslating import Retranslating


class ModelSettingsDialog(Retranslating, QDialog):
    def __init__(self, settings: ModelSettings, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("modelSettings")
        self.read_only = read_only
        self.model = QComboBox()
        self.model.setObjectName("suggestModel")
        self.minimum = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=1.0, singleStep=0.05)
        self.minimum.setObjectName("minConfidence")
        self.retrain = QSpinBox(minimum=0, maximum=1_000_000, singleStep=50)
        self.retrain.setObjectName("retrainAfter")
        self.note = QLabel(wordWrap=True)
        self.captions = [QLabel() for _ in range(3)]
        form = QFormLayout()
        # a field under its caption where the two do not fit side by side: at 18 pt they asked for 1208 px, wider
        # than a 1024-px screen, OK and Cancel off its edge
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, field in zip(self.captions, (self.model, self.minimum, self.retrain), strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
        for field in (self.model, self.minimum, self.retrain):
            field.setEnabled(not read_only)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close if read_only else
                                        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.model.setCurrentIndex(CHOICES.index(settings.model))
        self.minimum.setValue(settings.min_confidence)
        self.retrain.setValue(settings.retrain_after)
        self.resize(with_lines_whole(self, opening_size(self, QSize(self.sizeHint().width(), 0))))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Model settings"))
        texts = (self.tr("&Suggest with:"), self.tr("&Leave out the model's proposals below:"),
                 self.tr("&Train again after:"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        index = max(self.model.currentIndex(), 0)
        self.model.clear()
        self.model.addItems([self.tr("the rules and the project's model (else the shipped one)"),
                             self.tr("the rules and the shipped model"), self.tr("the rules alone")])
        self.model.setCurrentIndex(index)
        self.minimum.setToolTip(self.tr("The model's own proposals less confident than this are not made (0: all)"))
        self.retrain.setSuffix(self.tr(" new accepted spans"))
        self.retrain.setSpecialValueText(self.tr("only when asked"))
        self.note.setText(self.tr(
            "These settings belong to the project: everyone who opens it, and the command line, use them. "
            "A span the rules propose too is always kept. Raising the minimum offers to remove the model's "
            "open suggestions below it; the next Run suggestions (F5) leaves them out.")
            + ("\n\n" + greyed_note() if self.read_only else ""))

    def values(self) -> ModelSettings:
        """The settings as chosen."""
        return ModelSettings(CHOICES[max(self.model.currentIndex(), 0)], round(self.minimum.value(), 2),
                             self.retrain.value())
