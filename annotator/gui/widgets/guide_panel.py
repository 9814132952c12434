"""The Guide panel (a codebook): the guide of the label under the cursor — what is a span of it,
what is not, the value it takes — and an editor for the project's own text.

The panel follows the article: the innermost span at the text cursor, else the span selected in
the table, else the label chosen in the form (a label button, the form's label box). ``F1`` shows
it with the label under the cursor and gives it the focus (``Esc`` gives the article the keys
back; ``F1`` again there closes the panel, once it shows the label under the cursor). *Edit* opens
the Markdown source; *Save* (or ``Ctrl+S``) writes it to the project at once as one undoable step
(``Store.set_label_guide`` through the window's ops); saving the shipped text, or nothing, leaves the
label on the shipped text. What is shown comes from
:func:`annotator.core.guide.guide_of`. A read-only project's guides are shown, not
edited: *Edit* is greyed, its tooltip saying why (``gui/read_only.py``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.core import guide as core_guide
from annotator.core.models import Annotation, Label
from annotator.gui.display import followed_label, label_text
from annotator.gui.i18n import resolve
from annotator.gui.read_only import greyed_note
from annotator.gui.scheme import placeholder_text
from annotator.gui.widgets.docks import scrolled
from annotator.gui.widgets.form_room import SideBySide, keep_whole

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

F1 = QKeySequence(QKeyCombination(Qt.Key.Key_F1))


def tame_headings(document: QTextDocument) -> None:
    """Markdown's headings a step or two smaller than Qt draws them (a panel, not a page)."""
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            smaller = QTextCharFormat()
            smaller.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 2 - level))
            cursor.mergeCharFormat(smaller)
        block = block.next()


def swatch(color: str, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return pixmap


class GuidePanel(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("guideDock")
        self.w = window
        self._label: str | None = None  # whose guide is shown
        self._form_label = ""  # the label last chosen with a button of the form
        self._labels: list[Label] = []
        self._rendered: str | None = None  # the label whose guide the view holds (keeps its scroll)
        self._written_from = ""  # the project's guide when Edit was pressed (a save meanwhile elsewhere is kept)
        self.label_box = QComboBox()
        self.label_box.setObjectName("guideLabelBox")
        self.label_box.activated.connect(lambda _i: self.show_label(self.label_box.currentData()))
        self.edit_button, self.save_button = QPushButton(), QPushButton()
        self.cancel_button, self.shipped_button = QPushButton(), QPushButton()
        self.source_note = QLabel(wordWrap=True)
        placeholder_text(self.source_note)
        keep_whole(self.source_note)  # its lines whole in a narrow panel (form_room.py)
        self.view = QTextBrowser()
        self.view.setObjectName("guideView")
        self.view.setOpenLinks(False)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("guideEditor")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        editing = QWidget()
        column = QVBoxLayout(editing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.editor)
        # in one row, or two in a narrow panel (a large font: the row made the panel 100 px wider)
        column.addWidget(SideBySide(self.save_button, self.cancel_button, self.shipped_button, fill=False))
        self.stack.addWidget(editing)
        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(self.label_box, 1)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        layout.addWidget(self.source_note)
        layout.addWidget(self.stack, 1)
        self.setWidget(scrolled(body))  # a large font in a short window: it scrolls, the window still fits
        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.stop_editing)
        self.shipped_button.clicked.connect(self._put_default)
        # Ctrl+S while the editor shows, wherever the focus is in the window (PySide6 dropped the
        # context=WidgetShortcut once given here: this is what the key did, and does)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self.editor, self.save)
        self.view.installEventFilter(self)  # Esc: back to the article
        self.show_action = QAction(window)
        self.show_action.setShortcut(F1)
        self.show_action.triggered.connect(self.show_for_cursor)
        window.addAction(self.show_action)
        window.text_view.cursorPositionChanged.connect(self._follow_cursor)
        window.form.label_chosen.connect(self.follow_form_button)
        window.form.label_combo.currentIndexChanged.connect(lambda _i: self._follow_form(window.form.current_label()))
        window.ann_model.modelReset.connect(self._project_or_document)  # a document, a project, a reload
        self._index = window.undo_stack.index()
        window.undo_stack.indexChanged.connect(self._step)  # an edit, an undo, a redo
        self.visibilityChanged.connect(self._shown)
        self.retranslate()
        self._project_or_document()  # made with a project open (annotator.gui.widgets.docks)

    def _shown(self, visible: bool) -> None:
        if visible:
            self._render()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guide"))
        self.show_action.setText(self.tr("&Guide to the label under the cursor"))
        self.label_box.setToolTip(self.tr("The label whose guide is shown (it follows the cursor)"))
        self.label_box.setAccessibleName(self.tr("Label of the guide"))
        self.view.setAccessibleName(self.tr("Guide"))
        self.editor.setAccessibleName(self.tr("This project's guide for the label (Markdown)"))
        self.edit_button.setText(self.tr("Edit"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.shipped_button.setText(self.tr("Shipped text"))
        self.shipped_button.setToolTip(self.tr("Put the guide that ships with annotator into the editor"))
        self._name_labels()
        self._render()

    def _name_labels(self) -> None:
        """The label box: each label's swatch and display name (地区 for DISTRICT), its stored name as data."""
        self.label_box.blockSignals(True)
        self.label_box.clear()
        for label in self._labels:
            self.label_box.addItem(swatch(label.color), label_text(label.name), label.name)
        self.label_box.setCurrentIndex(self.label_box.findData(self._label))
        self.label_box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            self.w.text_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ which label
    def label(self) -> str | None:
        return self._label

    def label_under_cursor(self) -> str | None:
        """The span at the text cursor (the table's selected span while the table has the focus),
        else the span selected in the table, else the label chosen in the form."""
        w = self.w
        selected = w.ann_model.by_id(w.selected_id) if w.selected_id is not None else None
        focus = w.focusWidget()
        if selected is not None and focus is not None and (focus is w.table or w.table.isAncestorOf(focus)):
            return selected.label
        at_cursor = w.text_view.spans_at(w.text_view.selection_cp()[0])
        if at_cursor:
            return at_cursor[0].label
        if selected is not None:
            return selected.label
        return self._form_label or w.form.current_label() or None

    def show_for_cursor(self) -> None:
        """F1: show the panel with the guide of the label under the cursor, and focus it. F1 while the
        panel has the keys and shows that label already (or its editor is open) closes it, the article
        taking them: its close button takes no keys, so a keyboard user had no way to close it (Esc only
        left it, F1 showed it again)."""
        label = self.label_under_cursor()
        focus = QApplication.focusWidget()
        if self.isVisible() and focus is not None and self.isAncestorOf(focus) and (
                self.editing() or label in (None, self._label)):
            self.close()
            self.w.text_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.show()
        self.raise_()
        if label:
            self.show_label(label, force=True)
        (self.editor if self.editing() else self.view).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_label(self, name: str | None, force: bool = False) -> None:
        """Show label ``name``'s guide (``force``: render it again even if it is shown). While the
        editor is open the label stays: the text being written is kept."""
        if not name or self.editing() or (name == self._label and not force):
            return
        self._label = name
        self._render()

    def _follow_cursor(self) -> None:
        spans = self.w.text_view.spans_at(self.w.text_view.selection_cp()[0])
        if spans:
            self.show_label(spans[0].label)

    def follow_form_button(self, name: str) -> None:
        self._form_label = name
        self.show_label(name)

    def _follow_form(self, name: str) -> None:
        shown: Annotation | None = self.w.form.annotation()
        if shown is not None and shown.label == name:
            self.show_label(name)

    # ------------------------------------------------------------ showing
    def _language(self) -> str:
        return resolve(str(self.w.settings.language or ""))

    def guide(self) -> core_guide.Guide | None:
        """The guide shown now (read from the project)."""
        store = self.w.store
        label = next((x for x in self._labels if x.name == self._label), None)
        if store is None or label is None:
            return None
        return core_guide.guide_of(label, store.label_guide(label.name), self._language())

    def _project_or_document(self) -> None:
        store = self.w.store
        labels = store.labels() if store is not None else []
        if labels != self._labels:
            before, self._labels = self._labels, labels
            self._label = followed_label(self._label, before, labels) or self._label  # renamed: its new name
            if self.editing() and self._label not in {x.name for x in labels}:
                self.stop_editing()
            self._name_labels()
            if self._label not in {x.name for x in labels}:
                self._label = labels[0].name if labels else None
        self._render()

    def _step(self, index: int) -> None:
        """After an edit, undo or redo: a guide it wrote is shown, labels it changed are re-read
        (span edits change nothing here)."""
        stack, before = self.w.undo_stack, self._index
        if not shiboken6.isValid(stack):  # the window torn down without closing (at exit): its stack went first
            return
        self._index = index
        command = stack.command(index - 1 if index > before else index) if index != before else None
        changes = getattr(command, "changeset", None)
        if changes is None or changes.label_changes:
            self._project_or_document()
        elif changes.guide_changes:
            if not self.editing():
                self._label = changes.guide_changes[-1].label
            self._render()

    def _render(self) -> None:
        if not self.isVisible():
            return
        index = self.label_box.findData(self._label)
        self.label_box.setCurrentIndex(index)
        shown = self.guide()
        self.edit_button.setEnabled(shown is not None and not self.editing() and not self._read_only())
        self.edit_button.setToolTip(greyed_note() if self._read_only() else
                                    self.tr("Write this project's guide for the label (Markdown)"))
        self.label_box.setEnabled(not self.editing())
        if shown is None:
            self.view.setMarkdown(self.tr("No project is open.") if self.w.store is None
                                  else self.tr("This project has no labels."))
            self.source_note.clear()
            return
        top = self.view.verticalScrollBar().value() if shown.label == self._rendered else 0
        self.view.setMarkdown(shown.text)
        tame_headings(self.view.document())
        self.view.verticalScrollBar().setValue(top)
        self._rendered = shown.label
        self.source_note.setText({
            core_guide.PROJECT: self.tr("This project's guide for {0}."),
            core_guide.SHIPPED: self.tr("The annotation guide's text for {0}; Edit writes this project's own."),
            core_guide.DESCRIPTION: self.tr("No guide for {0} yet: its description. Edit writes one."),
        }[shown.source].format(label_text(shown.label)))

    # ------------------------------------------------------------ editing
    def editing(self) -> bool:
        return self.stack.currentIndex() == 1

    def _read_only(self) -> bool:
        return self.w.store is not None and self.w.store.read_only

    def start_editing(self) -> None:
        shown = self.guide()
        if shown is None or self._read_only():
            return
        self.editor.setPlainText(shown.text)
        self._written_from = self.w.store.label_guide(shown.label) if self.w.store is not None else ""
        self.stack.setCurrentIndex(1)
        self.edit_button.setEnabled(False)
        self.label_box.setEnabled(False)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_typing(self) -> None:
        """The project closes while its guide is being edited: the text is saved in it (as Ctrl+S
        would), never left in the editor to be saved into the project opened next."""
        if self.editing():
            self.save()
            if self.editing():  # refused: the window said why
                self.stop_editing()

    def stop_editing(self) -> None:
        self.stack.setCurrentIndex(0)
        self._render()

    def _default(self) -> str:
        label = next((x for x in self._labels if x.name == self._label), None)
        return "" if label is None else core_guide.guide_of(label, "", self._language()).text

    def _put_default(self) -> None:
        self.editor.setPlainText(self._default())

    def save(self) -> None:
        """Write the editor's text as the project's guide (the shipped text, or nothing: none)."""
        ops, label = self.w.ops, self._label
        if not self.editing() or ops is None or label is None:
            return
        text = self.editor.toPlainText()
        if text.strip() == self._default().strip():
            text = ""
        if ops.set_guide(label, text, self._written_from) is None:
            return  # refused: the window said why; the text stays in the editor
        self.stop_editing()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
