"""Exporting annotations: format, statuses, labels, documents and the file to write.

The export runs in the background (``tasks.run_task`` on the project folder) through the
same core function as ``annotator export`` (``core.export.formats.export``); the formats are
those of its registry.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.export import formats
from annotator.core.store import Store
from annotator.gui import export_layers, tasks
from annotator.gui.dialogs import errors
from annotator.gui.display import label_text
from annotator.gui.export_layers import LayerReader
from annotator.gui.i18n import names_list
from annotator.gui.models.checked_documents import CheckedDocuments
from annotator.gui.opening_size import opening_size
from annotator.gui.retranslating import Retranslating
from annotator.gui.summaries import summary_text
from annotator.gui.widgets.captions import beside_first_line
from annotator.gui.widgets.form_room import fit_lines, keep_whole
from annotator.gui.widgets.options_scroll import OptionsScroll

ID_ROLE = Qt.ItemDataRole.UserRole


class _DocumentList(QListView):
    """Asks for a few rows (Qt's 192 px made the dialog ask for 632, taller than a 1024×600
    screen); it grows with the dialog."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 4 * max(self.sizeHintForRow(0), self.fontMetrics().height() + 4))


def _rows_tall(view: QListWidget, most: int) -> None:
    """As tall as its rows, up to ``most`` (more scroll): a list with a height cap only was squeezed
    below it, four labels cut to three and a half under a scroll bar while the coders' list kept
    empty room."""
    rows = max(1, min(view.count(), most))
    row = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 4
    view.setFixedHeight(rows * row + 2 * view.frameWidth())


class ExportDialog(Retranslating, QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.summary = ""  # what the last export wrote
        # QFileDialog by default; tests replace it: (suggested path) -> chosen path ("" = cancel)
        # (not its own bound method, kept on it: a dialog in a cycle with itself is freed by Python's cycle
        # collector, on whatever thread runs it, the layers' reader's too, which deleted it there)
        self.pick_path: Callable[[str], str] | None = None
        self.format = QComboBox()
        for fmt in formats.FORMATS:
            self.format.addItem(fmt.title, fmt.name)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.status_boxes = {status: QCheckBox() for status in ("accepted", "suggested", "rejected")}
        self.status_boxes["accepted"].setChecked(True)
        boxes = QHBoxLayout()
        for box in self.status_boxes.values():
            boxes.addWidget(box)
        boxes.addStretch(1)
        self.rejected_note = QLabel()  # Label Studio's, doccano's file leave the rejected spans out: said before
        self.rejected_note.setWordWrap(True)
        keep_whole(self.rejected_note)
        self.status_boxes["rejected"].toggled.connect(self._say_rejected)
        self.format.currentIndexChanged.connect(self._say_rejected)
        statuses = QVBoxLayout()
        statuses.addLayout(boxes)
        statuses.addWidget(self.rejected_note)
        self.labels = QListWidget()
        for label in store.labels():
            item = QListWidgetItem(label.name)  # shown by its display name (retranslate)
            item.setData(ID_ROLE, label.name)
            item.setCheckState(Qt.CheckState.Checked)
            self.labels.addItem(item)
        # a merged team project: whose spans (one coder, the adjudicated gold …). With a gold layer only
        # it is ticked (every layer ticked summed each fact once per coder and once more for the gold:
        # the six reports' money 3.4 times the gold's); without one every layer, the line below saying so
        self.annotators = QListWidget()  # filled when the layers are read (export_layers.py: off this thread)
        self.gold_layers: list[str] = []
        self._layers_read = False
        self.selection = QLabel()  # what is ticked and why, before the export (its note came only after)
        self.selection.setWordWrap(True)
        keep_whole(self.selection)  # a form asks no height for its width: at a large font the lines overlaid the list
        self.annotators.itemChanged.connect(self._say_selection)
        coders = QVBoxLayout()
        coders.addWidget(self.annotators)
        coders.addWidget(self.selection)
        self.all_docs, self.some_docs = QRadioButton(), QRadioButton()
        self.all_docs.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_docs)
        group.addButton(self.some_docs)
        self.documents = _DocumentList()
        self.documents.setUniformItemSizes(True)  # not each of 5,000 names measured
        self._document_names = CheckedDocuments(store.document_names(), self.documents)
        self.documents.setModel(self._document_names)
        self.documents.setEnabled(False)
        self.some_docs.toggled.connect(self.documents.setEnabled)
        docs = QVBoxLayout()
        docs.addWidget(self.all_docs)
        docs.addWidget(self.some_docs)
        docs.addWidget(self.documents)
        self.path = QLineEdit(str(store.folder / f"{store.folder.name}-export{formats.FORMATS[0].suffix}"))
        self.browse = QPushButton(autoDefault=False)  # Enter exports; Space on it chooses a file
        self.browse.clicked.connect(self._browse)
        self.path.editingFinished.connect(self._follow_suffix)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.result_line = QLabel()  # (not "result": that is QDialog.result())
        self.result_line.setWordWrap(True)
        self.result_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_line.hide()  # until an export: empty, it kept a line's room from the options
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.field_labels = [QLabel() for _ in range(6)]
        fields: tuple[QWidget | QLayout, ...] = (self.format, statuses, self.labels, coders, docs, path_row)
        for caption, field in zip(self.field_labels, fields, strict=True):
            self.form.addRow(caption, field)
        named = (self.format, None, self.labels, self.annotators, self.documents, self.path)
        for caption, widget in zip(self.field_labels, named, strict=True):  # a screen reader says the caption
            if widget is not None:  # the spans' boxes: each says its own text
                caption.setBuddy(widget)
        lines = (self.format, self.status_boxes["accepted"], self.labels, self.annotators, self.all_docs, self.path)
        for caption, line in zip(self.field_labels, lines, strict=True):  # not centred beside a tall list
            beside_first_line(caption, line)
        self.form.setRowVisible(3, False)  # until the layers are read
        layout = QVBoxLayout(self)
        self.options = OptionsScroll(self.form)  # scrolled on a screen shorter than they are (at 18 pt: 811 px)
        layout.addWidget(self.options, 1)
        layout.addWidget(self.result_line)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)  # in the dialog by now: Enter exports (it opened the file chooser)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        QWidget.setTabOrder(self.export_button, close)  # as they are drawn: Export, then Close
        self.retranslate()
        self._layer_reader = LayerReader(self)
        layers = export_layers.kept(store) or (export_layers.read_now(store) if tasks.SYNC else None)
        if layers is not None:
            self._show_layers(layers)
        else:  # shown at once, the annotators filled when read
            self._layer_reader.read.connect(self._show_layers)
            self._layer_reader.start(store)
        # with a title bar and a task bar: inside a 1024×600 screen; at a large font as tall as the options (or
        # the screen: they scroll)
        self.resize(opening_size(self, QSize(560, 500), self.sizeHint()))

    def _show_layers(self, layers: export_layers.Layers) -> None:
        """Each annotator's row, ticked as the export will take it: with a gold layer the gold only."""
        if self._layers_read:
            return
        self._layers_read = True
        names, self.gold_layers = layers
        for name in names:
            item = QListWidgetItem(name)  # "": named in retranslate
            item.setData(ID_ROLE, name)
            ticked = not self.gold_layers or name in self.gold_layers
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.annotators.addItem(item)
        # one annotator or none (her spans and the suggestions, named by nobody): nothing to choose
        self.form.setRowVisible(3, len([name for name in names if name]) > 1)
        self.retranslate()
        if self.isVisible():  # read after the dialog was shown: grown for the coders' row and its wrapped note
            self.options.grow_twice()  # (inside the screen)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export annotations"))
        names = {"jsonl": self.tr("JSON Lines, one span a line (gold format)"),
                 "doccano": self.tr("doccano JSONL, one document a line"),
                 "doccano-relations": self.tr("doccano JSONL with relations (entities and links)"),
                 "label-studio": self.tr("Label Studio JSON (tasks with text spans and relations)"),
                 "xlsx": self.tr("Excel workbook (.xlsx)"), "csv": self.tr("CSV table"),
                 "conll": self.tr("CoNLL / BIO, one character a line"),
                 "facts": self.tr("Facts table (CSV) for Stata, R and pandas"),
                 "html": self.tr("Annotated documents for reading and printing (HTML)")}
        for i, fmt in enumerate(formats.FORMATS):  # a format without a translation here shows its own title
            self.format.setItemText(i, names.get(fmt.name, fmt.title))
        status_names = {"accepted": self.tr("accepted"), "suggested": self.tr("open suggestions"),
                        "rejected": self.tr("rejected")}
        for status, box in self.status_boxes.items():
            box.setText(status_names[status])
        self._say_rejected()
        for label, text in zip(self.field_labels, (self.tr("Format"), self.tr("Spans"), self.tr("Labels"),
                                                   self.tr("Annotators"), self.tr("Documents"), self.tr("File")),
                               strict=True):
            label.setText(text)
        self.all_docs.setText(self.tr("All documents"))
        self.some_docs.setText(self.tr("Only the documents ticked below"))
        self.browse.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("&Export"))
        for i in range(self.labels.count()):
            item = self.labels.item(i)
            item.setText(label_text(item.data(ID_ROLE)))
        for i in range(self.annotators.count()):
            item = self.annotators.item(i)
            if not item.data(ID_ROLE):  # the suggesters' spans (and imports without a name) carry none
                item.setText(self.tr("— (no annotator: suggested or imported spans)"))
        # measured on the names shown: a Chinese name's row is taller (目标, the fourth, was cut in half)
        _rows_tall(self.labels, 5)
        _rows_tall(self.annotators, 4)
        self._say_selection()

    def _say_selection(self) -> None:
        """The line under the annotators: which layers the export takes, and what that does to sums."""
        items = [self.annotators.item(i) for i in range(self.annotators.count())]
        ticked = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        gold = [i.text() for i in items if i.data(ID_ROLE) in self.gold_layers]
        if ticked and ticked == gold:
            text = self.tr("Only the gold layer ({0}) is ticked: it holds the adjudicated spans, and each coder's "
                           "layer holds the same facts again, so sums would count them more than once. Tick a "
                           "coder to export their spans too.").format(names_list(gold))
        elif len(ticked) > 1:
            text = self.tr("{0} annotators are ticked: a span several of them marked is exported once for each, "
                           "so counts and sums take it more than once; untick all but one to export one "
                           "layer.").format(len(ticked))
            if gold:
                text += " " + self.tr("Tick only {0} for the adjudicated gold.").format(names_list(gold))
        else:
            text = self.tr("Only the spans of {0} are exported.").format(ticked[0]) if ticked else ""
        self.selection.setText(text)
        if self.selection.isVisible():  # (before, its width is not yet its own: shown, it is fitted)
            fit_lines(self.selection)

    def _say_rejected(self) -> None:
        """The note under the spans' boxes while a format without a rejected status (Label Studio's, doccano's) is
        chosen with the rejected spans ticked."""
        notes = {"label-studio": self.tr("Label Studio has no rejected status: its file leaves the rejected spans and "
                                         "links out, as they would come back accepted when it is imported."),
                 "doccano": self.tr("doccano has no rejected status: its file leaves the rejected spans out, as they "
                                    "would come back accepted when it is imported."),
                 "doccano-relations": self.tr("doccano has no rejected status: its file leaves the rejected spans and "
                                              "links out, as they would come back accepted when it is imported.")}
        note = notes.get(self.format.currentData(), "") if self.status_boxes["rejected"].isChecked() else ""
        self.rejected_note.setText(note)
        self.rejected_note.setVisible(bool(note))

    # ------------------------------------------------------------ choices
    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(formats.get(fmt).name))

    def chosen(self) -> dict:
        """What the export will use: fmt, statuses, labels, annotators and doc_ids (None = all)."""
        if not self._layers_read:  # asked for at once (Enter as the dialog opened): the layers' ticks first
            self._show_layers(self._layer_reader.wait())
        labels = [self.labels.item(i) for i in range(self.labels.count())]
        ticked = [i.data(ID_ROLE) for i in labels if i.checkState() == Qt.CheckState.Checked]
        coders = [self.annotators.item(i) for i in range(self.annotators.count())]
        chosen_coders = [i.data(ID_ROLE) for i in coders if i.checkState() == Qt.CheckState.Checked]
        return {"fmt": self.format.currentData(),
                "statuses": [s for s, box in self.status_boxes.items() if box.isChecked()],
                "labels": None if len(ticked) == len(labels) else ticked,
                "annotators": None if len(chosen_coders) == len(coders) else chosen_coders,
                "doc_ids": None if self.all_docs.isChecked() else
                self._document_names.ticked()}

    def _format_changed(self) -> None:
        path = self.path.text().strip()
        if path:
            self.path.setText(str(Path(path).with_suffix(formats.get(self.format.currentData()).suffix)))

    def _browse(self) -> None:
        chosen = (self.pick_path or self._save_file_dialog)(self.path.text())
        if chosen:
            self.path.setText(chosen)
            self._follow_suffix()

    def _follow_suffix(self) -> None:
        """A file name typed or chosen with another format's suffix (out.xlsx while JSON lines are
        chosen) chooses that format: JSON lines were written under the name of a workbook."""
        path = self.path.text().strip()
        suffix = Path(path).suffix.lower()
        if not suffix or suffix in formats.get(self.format.currentData()).suffixes:
            return
        try:
            name = formats.format_for(path)
        except AnnotatorError:
            return  # .xls, .pdf …: the export refuses the name, saying why
        if suffix in formats.get(name).suffixes:
            self.set_format(name)

    def _save_file_dialog(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested)
        return path

    # ------------------------------------------------------------- export
    def export(self) -> str | None:
        """Write the file in the background; the summary line, or None when nothing was written."""
        self._follow_suffix()
        choice = self.chosen()
        out = self.path.text().strip()
        suffix = Path(out).suffix.lower()  # .pdf, .xls: the chosen format's bytes under a name that lies
        problem = (not out and self.tr("Choose a file to write.")
                   or suffix in formats.NOT_WRITTEN and self.tr(
                       "{0}: annotator does not write {1} files; name it .xlsx (Excel), .csv, .jsonl, .json (Label "
                       "Studio), .conll or .html; nothing was written").format(out, suffix)
                   or not choice["statuses"] and self.tr("Tick at least one kind of span.")
                   or choice["labels"] == [] and self.tr("Tick at least one label.")
                   or choice["annotators"] == [] and self.tr("Tick at least one annotator.")
                   or choice["doc_ids"] == [] and self.tr("Tick at least one document, or export all."))
        if problem:
            errors.show_error(self, self.tr("Nothing exported"), problem)
            return None

        def job(store: Store, progress, cancelled) -> str | None:
            from annotator.core.export.formats import ExportCancelled, export

            def step(name: str) -> None:  # each document read: Cancel stops the export, the file stays as it was
                if cancelled():
                    raise ExportCancelled(f"{out}: cancelled; nothing was written")
                if name:
                    progress(0, 0, name)

            progress(0, 0, Path(out).name)
            try:
                summary = export(store, out, step=step, **choice)
            except ExportCancelled:
                return None
            progress(1, 1, "")
            return summary

        summary = tasks.run_task(self, self.tr("Exporting"), self.store.folder, job)
        if summary is None:
            self._say_result(self.tr("Nothing was exported."))
            return None
        self.summary = summary
        self._say_result(summary_text(summary))  # the core's line in the interface's language
        return summary

    def _say_result(self, text: str) -> None:
        """The line under the options, the window grown for it (inside the screen): at 18 pt its four lines
        took the options' room, scrolled to a strip half their height."""
        self.result_line.setText(text)
        self.result_line.show()
        if self.isVisible():
            self.options.grow()
