"""Project › Coding team › Merge coders' work…: the coders' projects to bring into the open one, listed as they
are added: zips (packages sent back, or any zip holding one project folder, several at once) and
project folders (one at a time: a folder dialog takes one), and the coders to store under another name
(two people who gave one name: ``li=li2``, as ``annotator merge --rename``), and whether they are the
coders' corrected copies, sent again (``annotator merge --replace``), and whether a project of other
documents is to be merged, adding them (``--new-documents``: else refused as a package of another project).
``gui/team.py`` merges them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.opening_size import in_characters, opening_size, with_lines_whole
from annotator.gui.retranslating import Retranslating
from annotator.gui.widgets.form_room import keep_whole
from annotator.paths import DB_FILENAME


class MergeDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(wordWrap=True)
        self.list = QListWidget()
        self.list.setObjectName("mergeSources")
        self.add_zips, self.add_folder, self.remove = QPushButton(), QPushButton(), QPushButton()
        self.add_zips.clicked.connect(self._add_zips)
        self.add_folder.clicked.connect(self._add_folder)
        self.remove.clicked.connect(self._remove_chosen)  # (a lambda holding the dialog: never freed without a parent)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.model().rowsInserted.connect(self._update)
        self.list.model().rowsRemoved.connect(self._update)
        self.rename_label = QLabel(wordWrap=True)
        self.rename = QLineEdit()
        self.rename.setObjectName("mergeRename")
        self.rename_label.setBuddy(self.rename)
        self.rename.textChanged.connect(self._update)
        # each box in a few words, what it does wrapped under it: their sentences, unwrapped beside the boxes,
        # asked 1,162 px at 18 pt, Merge and Cancel past a 1024-px screen's edge
        self.replace = QCheckBox()
        self.replace.setObjectName("mergeReplace")
        self.replace_note = QLabel(wordWrap=True)
        self.new_documents = QCheckBox()
        self.new_documents.setObjectName("mergeNewDocuments")
        self.new_documents_note = QLabel(wordWrap=True)
        row = QHBoxLayout()
        for button in (self.add_zips, self.add_folder, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.rename_label)
        layout.addWidget(self.rename)
        for box, note in ((self.replace, self.replace_note), (self.new_documents, self.new_documents_note)):
            layout.addLayout(self._under(box, note))
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update()
        # at 18 pt the usual font's 560×360 gave the intro and the renaming's note
        # a line each, their other lines cut: as tall as their lines, as many characters wide as usual
        usual = opening_size(self, QSize(560, 360), in_characters(self, 46, 0))
        self.resize(with_lines_whole(self, QSize(max(usual.width(), self.minimumSizeHint().width()), usual.height())))
        for label in (self.intro, self.rename_label, self.replace_note, self.new_documents_note):
            keep_whole(label)  # narrowed by hand: as tall as their lines again

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge coders' work"))
        self.intro.setText(self.tr("The coders' projects to bring into this one: the zips they sent back, or their "
                                   "project folders."))
        self.list.setAccessibleName(self.tr("Coders' projects to merge"))
        self.add_zips.setText(self.tr("Add &zips…"))
        self.add_folder.setText(self.tr("Add a project &folder…"))
        self.remove.setText(self.tr("&Remove"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.rename_label.setText(self.tr("Re&name coders (two people who gave one name): the name in their copy = "
                                          "the name to store here, e.g. li=li2; several with commas"))
        self.rename.setPlaceholderText(self.tr("li=li2, wang=wang2"))
        self.replace.setText(self.tr("&Corrected copies, sent again"))
        self.replace_note.setText(self.tr("Their version replaces what their coders' earlier copies brought."))
        self.new_documents.setText(self.tr("&Documents of another project: add them"))
        self.new_documents_note.setText(self.tr("Else a project none of whose documents is here is refused, as sent "
                                                "by mistake."))

    @staticmethod
    def _under(box: QCheckBox, note: QLabel) -> QVBoxLayout:
        """``box`` with ``note`` close under it, indented to its words (past its tick)."""
        style = box.style()
        indent = (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
                  + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, box))
        row = QHBoxLayout()
        row.setContentsMargins(indent, 0, 0, 0)
        row.addWidget(note)
        pair = QVBoxLayout()
        pair.setSpacing(0)
        pair.addWidget(box)
        pair.addLayout(row)
        return pair

    def renames(self) -> dict[str, str] | None:
        """{name in the copies: name to store}, None where an entry is not OLD=NEW."""
        from annotator.core.team.merge_coders import rename_pair

        out: dict[str, str] = {}
        for pair in filter(str.strip, self.rename.text().replace("，", ",").split(",")):
            names = rename_pair(pair)
            if names is None:
                return None
            out[names[0]] = names[1]
        return out

    def sources(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add(self, paths: list[str]) -> None:
        have = set(self.sources())
        for path in paths:
            folder = Path(path).parent if Path(path).name == DB_FILENAME else Path(path)
            if str(folder) not in have:
                self.list.addItem(str(folder))
                have.add(str(folder))

    def _remove_chosen(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def _update(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.count() > 0 and self.renames() is not None)

    def _add_zips(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Coders' zips"), "", self.tr("Packages (*.zip)"))
        self.add(files)

    def _add_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("A coder's project folder"))
        if folder:
            self.add([folder])
