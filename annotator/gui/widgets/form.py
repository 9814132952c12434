"""Label buttons and the fields of the selected annotation.

Edits leave as signals (``label_chosen``, ``edited``, ``accept_requested`` …); the main
window sends them through ops, so every edit is one undoable step.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import fields_of, value_fields
from annotator.core.models import Annotation, Label
from annotator.core.typed_value import typed_value
from annotator.gui.display import label_description, label_text, metadata_key_text, origin_text, status_text
from annotator.gui.reasons import reason_text
from annotator.gui.widgets.form_room import FieldsArea, SideBySide
from annotator.gui.widgets.form_tips import caption_tips
from annotator.gui.widgets.form_values import mark_refused, refusal_text, unmark
from annotator.gui.widgets.label_buttons import LABEL_COLOR, LabelButtons, button_text
from annotator.gui.widgets.links_row import LinksRow
from annotator.gui.widgets.read_rows import ReadRow, reached_by_tab


class AnnotationForm(QWidget):
    label_chosen = Signal(str)  # a label button: label the selection, or the span selected on screen
    relabel_requested = Signal(str)  # the label box: relabel the span this form shows
    edited = Signal(int, dict, object)  # annotation id, fields for update_annotation, merge key (see _commit_value)
    accept_requested = Signal()
    reject_requested = Signal()
    delete_requested = Signal()
    jurisdiction_edited = Signal(str)  # the open document's jurisdiction, as typed ("" clears it)
    typing_done = Signal()  # Enter in a field saved it: the article takes the keys (gui/keys_back.py)
    links_requested = Signal()  # Enter or Space on the Links row: Link to… (Ctrl+L)
    value_refused = Signal(str)  # what a typed value that cannot be read is refused for (the status bar)
    refusal_gone = Signal(str)  # that sentence, once its field shows a stored value again (the status bar clears it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._annotation: Annotation | None = None
        # the label box's relabels of the span shown (a value box's choices alike), one undo step until the
        # form shows another span
        self.relabel_run = 0
        self._buttons: dict[str, QPushButton] = {}
        self._labels: list[Label] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 0)  # the room of a short window's rows (form_room.py)
        outer.setSpacing(4)
        self.label_buttons = LabelButtons()  # in one row when the column holds them (label_buttons.py)
        outer.addWidget(self.label_buttons)
        form = QFormLayout()
        form.setVerticalSpacing(3)  # the whole form beside the article of a 1366×700 window (form_room.py)
        self.label_combo = QComboBox()
        self.label_combo.installEventFilter(self)  # no wheel: see eventFilter
        self.label_combo.activated.connect(self._label_combo_chosen)
        self.text_label = ReadRow()  # the read-only rows: reached by Tab, named for a screen reader (read_rows.py)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label, self.origin_label, self.annotator_label = ReadRow(), ReadRow(), ReadRow()
        self.reason_label = ReadRow()
        self.reason_label.setWordWrap(True)
        self.origin_label.setWordWrap(True)  # a proposal's agreement and confidence: not wider than the form
        self.links_label = LinksRow()  # the selected span's links, one a line; Tab reaches it, Enter: Link to…
        self.links_label.activated.connect(self.links_requested)
        self.links_label.left.connect(self.typing_done)
        self.jurisdiction_edit = QLineEdit()  # of the document, not of the span
        self.jurisdiction_shown = ""  # the stored jurisdiction the field shows: what is typed is written over it
        self.jurisdiction_edit.editingFinished.connect(self._commit_jurisdiction)
        self.note_edit = QLineEdit()
        self.note_edit.editingFinished.connect(lambda: self._commit({"note": self.note_edit.text()}))
        self._value_edits: dict[str, QLineEdit | QComboBox] = {}
        self._rows_shown: dict[str, bool] = {}  # each value row's visibility as last set
        # whose value rows show: the selected span's label, kept (empty, disabled) when nothing is
        # selected, so the form does not collapse and grow again at each selection
        self._rows_label = ""
        self._line_reserved = False
        self._value_rows: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        rows = [("label", self.label_combo), ("text", self.text_label)]
        # one row per value field of the label schema; show_annotation shows those of the span's label
        self._value_captions = {f.key: f.form_caption for f in value_fields() if f.form}
        for f in value_fields():
            if not f.form:
                continue
            edit: QComboBox | QLineEdit
            if f.type.choices:
                edit = QComboBox()
                edit.installEventFilter(self)  # no wheel: see eventFilter
                edit.addItems(f.type.choices)
                edit.activated.connect(lambda _i, k=f.key: self._commit_value(k))
            else:
                edit = QLineEdit()
                edit.editingFinished.connect(lambda k=f.key: self._commit_value(k))
            self._value_edits[f.key] = edit
            rows.append((f.key, edit))
        for edit in (*self._value_edits.values(), self.note_edit, self.jurisdiction_edit):
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(lambda e=edit: self._entered(e))
        self._captions["annotator"] = QLabel()  # beside the status, in its row: a row less
        status_row = SideBySide(self.status_label, self._captions["annotator"], self.annotator_label)
        rows += [("note", self.note_edit), ("status", status_row), ("origin", self.origin_label),
                 ("reason", self.reason_label), ("links", self.links_label), ("jurisdiction", self.jurisdiction_edit)]
        for key, widget in rows:
            caption = QLabel()
            # a field (the links row too: Tab reaches it): its caption is its buddy
            if (not isinstance(widget, QLabel) or widget is self.links_label) and widget is not status_row:
                caption.setBuddy(widget)  # (what a screen reader says)
            self._captions[key] = caption
            form.addRow(caption, widget)
        self._form = form
        reached_by_tab({"text": self.text_label, "status": self.status_label, "annotator": self.annotator_label,
                        "origin": self.origin_label, "reason": self.reason_label}, self._captions, self.typing_done)
        fields = QWidget()
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.fields_area = FieldsArea(fields, self._reserve)  # the rows scroll in a short window; the buttons stay
        outer.addWidget(self.fields_area)
        actions = QHBoxLayout()
        self.accept_button, self.reject_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.accept_button.clicked.connect(self.accept_requested)
        self.reject_button.clicked.connect(self.reject_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        for b in (self.accept_button, self.reject_button, self.delete_button):
            actions.addWidget(b)
        outer.addLayout(actions)
        outer.addStretch(1)
        self.retranslate()
        self.show_annotation(None)
        self.show_jurisdiction(None, "")  # no document yet

    def retranslate(self) -> None:
        captions = {"label": self.tr("Label"), "text": self.tr("Text"), "yuan": self.tr("Yuan"),
                    "qualifier": self.tr("Qualifier"), "name": self.tr("Full name"),
                    "code": self.tr("Division code"), "quantity": self.tr("Quantity"), "unit": self.tr("Unit"),
                    "note": self.tr("Note"), "status": self.tr("Status"), "origin": self.tr("Origin"),
                    "annotator": self.tr("Annotator"), "reason": self.tr("Reason"), "links": self.tr("Links"),
                    "jurisdiction": metadata_key_text("jurisdiction")}  # as the printed page names it
        tips = caption_tips()  # what the rows named in the program's own words hold
        for key, caption in self._captions.items():
            # a value field the translations do not know yet shows the schema's caption
            caption.setText(captions.get(key) or self.tr(self._value_captions[key]))
            caption.setToolTip(tips.get(key, ""))
        # as wide as its widest status: the annotator beside it stays put from one span to the next
        self.status_label.setMinimumWidth(max(self.status_label.fontMetrics().horizontalAdvance(status_text(s))
                                              for s in ("accepted", "suggested", "rejected")))
        self.accept_button.setText(self.tr("Accept (A)"))
        self.reject_button.setText(self.tr("Reject (X)"))
        self.delete_button.setText(self.tr("Delete (Del)"))
        self.links_label.setToolTip(self.tr("Enter or Space: link the span to one chosen from a list (Ctrl+L)"))
        self._name_labels()
        self.show_annotation(self._annotation)  # its status, origin and reason in this language

    def _name_labels(self) -> None:
        """The label buttons and the label box show each label's display name (地区 for DISTRICT)."""
        for i, label in enumerate(self._labels):
            name = label_text(label.name)
            button = self._buttons.get(label.name)
            if button is not None:
                button.setText(button_text(label.shortcut, name))  # a long name cut: whole in the tooltip
                cut = not button.text().endswith(name)
                button.setToolTip(f"{name}\n{label_description(label)}".strip() if cut else label_description(label))
            self.label_combo.setItemText(i, name)
        self.label_buttons.arrange(again=True)  # their widths: in one row if they fit

    # ------------------------------------------------------------ content
    def set_labels(self, labels: Iterable[Label]) -> None:
        for button in self._buttons.values():  # gone now: deleted a turn of the event loop later, the old
            button.hide()  # (narrower) buttons were drawn over the new ones until then
            button.deleteLater()
        self._buttons.clear()
        self.label_combo.clear()
        self._labels = list(labels)
        for label in self._labels:
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the text selection where it is
            button.setProperty(LABEL_COLOR, label.color)  # its fill and ink: label_buttons.py, light or dark
            button.clicked.connect(lambda _checked=False, name=label.name: self.label_chosen.emit(name))
            self._buttons[label.name] = button
            self.label_combo.addItem(label.name, label.name)  # the text: its display name
        self.label_buttons.set_buttons(list(self._buttons.values()))
        self._name_labels()
        if self._labels and self._rows_label not in self._buttons:  # before any span: the first label's rows
            self._rows_label = self._labels[0].name
            self.show_annotation(self._annotation)

    def _reserve(self) -> int:
        """The height of the value rows the label with the most of them has and the shown label
        lacks (none for a PROJECT, two for a DISTRICT): kept below the rows, so that the buttons
        below them do not move from one span to the next (form_room.py)."""
        most = max((sum(f.form for f in fields_of(label.name)) for label in self._labels), default=0)
        lacking = most - sum(self._rows_shown.values())
        if lacking <= 0 or not self._value_edits:
            return 0
        row = max(e.sizeHint().height() for e in self._value_edits.values())
        return lacking * (row + max(0, self._form.verticalSpacing()))

    def wrap(self) -> QWidget:
        """The form as the window shows it: its rows of fields scroll in a short window, between the
        label buttons and Accept / Reject / Delete (:mod:`annotator.gui.widgets.form_room`)."""
        return self

    def reserve_line_height(self) -> None:
        """Give the rows that show a span's words the height of a line of Chinese (18 px against
        14 for an empty label or Latin text here), so that the first span shown does not push
        every row below it down: a layout and a repaint of the whole form (~2 ms) at the first
        label key. Asked once the article has painted: measuring Chinese in the form's font the
        first time finds its fallback font (~4 ms before anything Chinese was drawn in it)."""
        if self._line_reserved:
            return
        self._line_reserved = True
        for label in (self.text_label, self.status_label, self.origin_label, self.annotator_label,
                      self.reason_label, self.links_label):
            probe = QLabel("中")
            probe.setFont(label.font())
            label.setMinimumHeight(probe.sizeHint().height())

    def label_button(self, name: str) -> QPushButton:
        return self._buttons[name]

    def annotation(self) -> Annotation | None:
        return self._annotation

    def current_label(self) -> str:
        """The stored name of the label the label box shows."""
        return str(self.label_combo.currentData() or "")

    def show_annotation(self, a: Annotation | None) -> None:
        if a is None or self._annotation is None or a.id != self._annotation.id:
            self.relabel_run += 1
        self._annotation = a
        if a is not None:
            self._rows_label = a.label
        fields = {f.key: f for f in fields_of(self._rows_label)}
        for key, edit in self._value_edits.items():
            visible = key in fields
            if self._rows_shown.get(key) != visible:  # ~0.1 ms a call, even one that changes nothing
                self._form.setRowVisible(edit, visible)
                self._rows_shown[key] = visible
            self._unmark(edit)  # a value refused as typed: marked until the form shows a stored value (or hides it)
            if not visible:  # a hidden row keeps its state (enabling a box's popup list: ~1 ms)
                continue
            edit.setEnabled(a is not None)
            text = fields[key].type.show(a.value.get(key)) if a is not None else ""
            if isinstance(edit, QComboBox):
                edit.setCurrentIndex(max(0, edit.findText(text)))
            else:
                edit.setText(text)
        for widget in (self.note_edit, self.delete_button):  # the label box: see _label_combo_chosen
            widget.setEnabled(a is not None)
        # each set once: a button disabled and enabled again within one key is drawn again
        self.accept_button.setEnabled(a is not None and a.status != "accepted")
        self.reject_button.setEnabled(a is not None and a.status != "rejected")
        # a suggestion has no coder: its origin says who proposed it (with no span, the rows stay as they are)
        named = a is None or bool(a.annotator)
        for caption in (self._captions["annotator"], self.annotator_label):
            caption.setHidden(not named)
        if a is None:
            for w in (self.text_label, self.status_label, self.origin_label, self.annotator_label,
                      self.reason_label):
                w.clear()
            self.note_edit.clear()
            return
        self.label_combo.setCurrentIndex(self.label_combo.findData(a.label))
        self.text_label.setText(a.text)
        self.status_label.setText(status_text(a.status))
        self.origin_label.setText(self._origin(a))
        self.annotator_label.setText(a.annotator)
        self.reason_label.setText(reason_text(a.reason))
        self.note_edit.setText(a.note)

    def _origin(self, a: Annotation) -> str:
        """Who proposed it; for an open suggestion, whether the model agrees with the rule and how
        confident they are (what Model settings' least confidence is compared with)."""
        origin = origin_text(a.origin)
        if a.status != "suggested":
            return origin
        if a.origin != "model" and a.reason.startswith("rule+model: "):  # suggest/model/suggester.py AGREED
            origin = self.tr("{0}, and the model agrees").format(origin)
        if a.confidence is not None:
            origin = self.tr("{0} (confidence {1})").format(origin, f"{a.confidence:.2f}")
        return origin

    def show_links(self, lines: list[str]) -> None:
        self.links_label.setText("\n".join(lines))

    def show_jurisdiction(self, given: str | None, hint: str) -> None:
        """The open document's jurisdiction (None: no document); ``hint`` shows when none is given."""
        self.jurisdiction_edit.setEnabled(given is not None)
        self.jurisdiction_edit.setText(given or "")
        self.jurisdiction_shown = given or ""
        self.jurisdiction_edit.setPlaceholderText(hint)
        self.jurisdiction_edit.setToolTip(hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The mouse wheel over the label box or a value box changes nothing: a box's wheel chooses
        (and commits) the next item, so scrolling over the form relabelled the span shown."""
        return event.type() == QEvent.Type.Wheel

    # ------------------------------------------------------------ editing
    def commit_typing(self) -> None:
        """Save what is typed in the field with the focus, as leaving it would: a window action
        (a menu, Ctrl+R, F5 …) taken while typing would otherwise show another span and drop it."""
        field = QApplication.focusWidget()
        if not isinstance(field, QLineEdit) or not field.isModified() or not self.isAncestorOf(field):
            return
        field.setModified(False)
        if field is self.note_edit:
            self._commit({"note": field.text()})
        elif field is self.jurisdiction_edit:
            self._commit_jurisdiction()
        else:
            self._commit_value(next(k for k, e in self._value_edits.items() if e is field))

    def _entered(self, field: QLineEdit) -> None:
        """Enter in a field: saved now (the editingFinished after it then finds nothing new), and unless
        the value was refused (marked red, to be corrected) the keys go back to the article: N, A or a
        digit go on with the review, not into the note (saved with it when the field was left)."""
        if QApplication.focusWidget() is field:
            self.commit_typing()
        if field.hasFocus() and not field.styleSheet():
            self.typing_done.emit()

    def _commit_jurisdiction(self) -> None:
        """What is typed, when it is not what the field showed: leaving the field after Return sent
        it again (Qt's editingFinished), writing it over what another program had stored since."""
        text = self.jurisdiction_edit.text().strip()
        if text != self.jurisdiction_shown.strip():
            self.jurisdiction_edited.emit(text)

    def _label_combo_chosen(self, _index: int) -> None:
        """A label chosen in the box relabels the span shown; with no span shown, it labels the
        selected text as that label's button does (so the box is never disabled: enabling its
        popup's list again cost ~1 ms at each first span shown)."""
        name = self.current_label()
        if not name:
            return
        if self._annotation is None:
            self.label_chosen.emit(name)
        elif name != self._annotation.label:
            self.relabel_requested.emit(name)
            a = self._annotation  # shown again once relabelled; still the old label when refused
            if a is not None and a.label != name and self.current_label() == name:
                self.label_combo.setCurrentIndex(self.label_combo.findData(a.label))

    def _commit_value(self, key: str) -> None:
        """A value typed, or chosen in a value box (the qualifier's): a run of the box's arrow keys on the
        span shown is one undo step, as in the label box."""
        a = self._annotation
        field = next((f for f in fields_of(a.label) if f.key == key), None) if a is not None else None
        if a is None or field is None:
            return
        edit = self._value_edits[key]
        raw = edit.currentText() if isinstance(edit, QComboBox) else edit.text()
        try:
            value = typed_value(a, field, raw)
        except ValueError as e:  # the core's reading refused it: the store keeps the value it has (form_values.py)
            message = refusal_text(self._captions[key].text().replace("&", ""), raw, field, a.value.get(key), e)
            mark_refused(edit, message)
            self.value_refused.emit(message)
            return
        self._unmark(edit)
        if value != a.value:
            box = isinstance(edit, QComboBox)
            self._commit({"value": value}, ("value box", key, a.id, self.relabel_run) if box else None)
        elif isinstance(edit, QLineEdit):  # 3亿元 typed over 300,000,000: nothing to save, the stored value shown
            edit.setText(field.type.show(a.value.get(key)))

    def _unmark(self, edit: QLineEdit | QComboBox) -> None:
        said = unmark(edit)
        if said:
            self.refusal_gone.emit(said)

    def _commit(self, fields: dict, merge_key: object = None) -> None:
        a = self._annotation
        if a is None or all(getattr(a, k) == v for k, v in fields.items()):
            return
        # typed over the span as shown: what another window saved meanwhile is kept, or the edit refused
        self.edited.emit(a.id, {**fields, "expected": {k: getattr(a, k) for k in fields}}, merge_key)
        if self._annotation is a:  # not shown anew: refused (said once, in its message), so the field shows
            self.show_annotation(a)  # what is stored, not the typing (Enter's editingFinished sent it again)
