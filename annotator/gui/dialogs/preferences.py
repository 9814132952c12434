"""*Edit › Preferences…* (Ctrl+, where the platform has no key of its own): the user's settings that
were spread over the menus, in one dialog with a section each — your name, the interface's language,
the article (its text size, rejected spans shown, selections snapped to words), reviewing (on to the
next suggestion after A / X) and importing (suggest on import, line breaks kept). The model's
settings are the project's, not the user's: the dialog points to *Project › Model settings…*.

Each control stands for a menu entry and is applied through it: a check box through its menu
action (triggered, so its check mark, its setting and what the window shows follow as from the
menu), the text size through *View › Larger text* / *Smaller text*'s ``change_font_size``, the name
through *Edit › Annotator name…*'s ``set_name``, the language through its *View › Language* entry.
The dialog reads the menus' state when it opens; OK applies and closes, Apply applies and stays
open, Cancel (Esc) closes leaving what was not applied as it was."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import current_language
from annotator.gui.opening_size import opening_size
from annotator.gui.retranslating import Retranslating

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from annotator.gui.main_window import MainWindow

# the menu actions (gui/actions.py) the check boxes stand for, in the dialog's order
CHECKS = ("show_rejected", "snap", "next_after_decision", "suggest_on_import", "keep_lines_on_import")
SMALLEST, LARGEST = 6, 48  # the article's text size, as View › Larger text / Smaller text keep it


class PreferencesDialog(Retranslating, QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("preferences")
        self.w = window
        # made in the order Tab goes through them
        self.name = QLineEdit()
        self.name.setObjectName("annotatorName")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for action in self._language_actions():
            self.language.addItem(action.text().replace("&", ""), action.data())
        self.font_size = QSpinBox(minimum=SMALLEST, maximum=LARGEST)
        self.font_size.setObjectName("fontSize")
        self.checks = {name: QCheckBox() for name in CHECKS}
        for name, box in self.checks.items():
            box.setObjectName(name)
        self.model_settings = QPushButton(autoDefault=False)
        self.model_settings.setObjectName("modelSettings")
        self.model_settings.clicked.connect(window.window_actions["model_settings"].trigger)
        self.model_note = QLabel(wordWrap=True)
        self.captions = [QLabel() for _ in range(3)]
        for caption, field in zip(self.captions, (self.name, self.language, self.font_size), strict=True):
            caption.setBuddy(field)
        self.sections = [QGroupBox() for _ in range(5)]
        you, interface, article, review, imports = self.sections
        QFormLayout(you).addRow(self.captions[0], self.name)
        interface_rows, article_rows = QFormLayout(interface), QFormLayout(article)
        interface_rows.addRow(self.captions[1], self.language)
        for rows in (interface_rows, article_rows):  # a choice and a number as wide as they need, not the line's
            rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        article_rows.addRow(self.captions[2], self.font_size)
        for name in ("show_rejected", "snap"):
            article_rows.addRow(self.checks[name])
        QVBoxLayout(review).addWidget(self.checks["next_after_decision"])
        import_rows = QVBoxLayout(imports)
        for name in ("suggest_on_import", "keep_lines_on_import"):
            import_rows.addWidget(self.checks[name])
        self.model_section = QGroupBox()
        model_rows = QVBoxLayout(self.model_section)
        model_rows.addWidget(self.model_note)
        model_rows.addWidget(self.model_settings, 0, Qt.AlignmentFlag.AlignLeft)
        Buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Buttons.Ok | Buttons.Cancel | Buttons.Apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button = self.buttons.button(Buttons.Apply)
        self.apply_button.clicked.connect(self.apply)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for section in (*self.sections, self.model_section):
            column.addWidget(section)
        column.addStretch(1)
        # the sections scroll where the screen is too short for them (a 20-pt font on 800 px), the buttons stay
        self.body = QScrollArea(widgetResizable=True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.body.setWidget(body)
        self._sections = body  # the scroll area's widget, for good
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.buttons)
        self.read()
        self.name.textChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.font_size.valueChanged.connect(self._changed)
        for box in self.checks.values():
            box.toggled.connect(self._changed)
        self.retranslate()
        self.resize(opening_size(self, QSize(480, 480), self._whole()))  # its sections whole, at a large font too

    def _whole(self) -> QSize:
        """The dialog's size with its sections whole, not scrolled (a scroll area asks for 24 lines at most)."""
        body, margins = self._sections.sizeHint(), self._layout.contentsMargins()
        bar = self.body.verticalScrollBar().sizeHint().width()  # (room for it: the sections' width kept if it shows)
        return QSize(max(body.width() + bar, self.buttons.sizeHint().width()) + margins.left() + margins.right(),
                     body.height() + self._layout.spacing() + self.buttons.sizeHint().height()
                     + margins.top() + margins.bottom())

    def _language_actions(self) -> list[QAction]:
        return [a for a in self.w.window_actions.menus["menu_language"].actions() if a.data()]

    # ------------------------------------------------------------ values
    def read(self) -> None:
        """The settings as the menus hold them now."""
        w = self.w
        self.name.setText(w.settings.annotator_name)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.font_size.setValue(w.settings.article_font_size())
        for name, box in self.checks.items():
            box.setChecked(w.window_actions[name].isChecked())
            box.setEnabled(w.window_actions[name].isEnabled())  # (greyed in the menu: here too)
        self.model_settings.setEnabled(w.window_actions["model_settings"].isEnabled())
        self._changed()

    def pending(self) -> bool:
        """Something chosen here that is not applied yet."""
        w = self.w
        return (self.name.text().strip() != w.settings.annotator_name
                or self.font_size.value() != w.settings.article_font_size()
                or any(box.isChecked() != w.window_actions[name].isChecked() for name, box in self.checks.items())
                or self.language.currentData() != current_language())

    def _changed(self) -> None:
        self.apply_button.setEnabled(self.pending())

    def apply(self) -> None:
        """What is chosen, through the menus' own actions; the language last (it retranslates the window)."""
        w = self.w
        name = self.name.text().strip()
        if name != w.settings.annotator_name:
            w.commands.set_name(name)
        if self.font_size.value() != w.settings.article_font_size():
            w.change_font_size(self.font_size.value() - w.settings.article_font_size())
        for name, box in self.checks.items():
            action = w.window_actions[name]
            if box.isChecked() != action.isChecked():
                action.trigger()  # its check mark, its setting and what the window shows, as from the menu
        language = next((a for a in self._language_actions() if a.data() == self.language.currentData()), None)
        if language is not None and language.data() != current_language():
            language.trigger()
        self._changed()

    def accept(self) -> None:
        self.apply()
        super().accept()

    # ------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        for section, title in zip(self.sections, (self.tr("You"), self.tr("Interface"), self.tr("Article"),
                                                  self.tr("Reviewing"), self.tr("Importing")), strict=True):
            section.setTitle(title)
        self.model_section.setTitle(self.tr("The model"))
        for caption, text in zip(self.captions, (self.tr("Your &name:"), self.tr("&Language:"),
                                                 self.tr("&Text size:")), strict=True):
            caption.setText(text)
        self.name.setToolTip(self.tr("Saved with every span you make or review (Edit › Annotator name…)"))
        self.name.setPlaceholderText(self.tr("as your team knows you"))
        self.language.setToolTip(self.tr("The language of the menus and messages (View › Language)"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setToolTip(self.tr("The article's text size (View › Larger text, Smaller text)"))
        texts = {"show_rejected": self.tr("Show &rejected spans"),
                 "snap": self.tr("Snap a selection to &whole words"),
                 "next_after_decision": self.tr("&Go on to the next open suggestion after A / X"),
                 "suggest_on_import": self.tr("&Suggest on import"),
                 "keep_lines_on_import": self.tr("Keep line &breaks as in the file")}
        tips = {"show_rejected": self.tr("In the article and the annotation table (View › Show rejected spans)"),
                "snap": self.tr("A selection's ends move to the nearest word boundaries (Edit › Snap selection "
                                "to words)"),
                "next_after_decision": self.tr("A or X decides a suggestion and selects the next: one key a "
                                               "suggestion (as in the Edit menu)"),
                "suggest_on_import": self.tr("Run the suggestions on the documents just imported "
                                             "(Project › Suggest on import)"),
                "keep_lines_on_import": self.tr("Text copied from a PDF is not re-flowed (Project › Keep line "
                                                "breaks as in the file on import)")}
        for name, box in self.checks.items():
            box.setText(texts[name])
            box.setToolTip(tips[name])
        self.model_note.setText(self.tr(
            "The model's settings belong to each project: everyone who opens it uses them "
            "(Project › Model settings…)."))
        self.model_settings.setText(self.tr("&Model settings…"))
        self.model_settings.setToolTip(self.tr("Open a project first") if not self.model_settings.isEnabled()
                                       else "")


def show_preferences(window: MainWindow) -> None:
    """Edit › Preferences…: the dialog, modal; what was applied stays, what was not is dropped."""
    from annotator.gui.keys_back import kept

    with kept():  # closed, the keys back where they were
        dialog = PreferencesDialog(window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
