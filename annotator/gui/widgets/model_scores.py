"""The statistics panel's part on the model beside the rules: which model suggests (the project's,
trained when and on how much, how many spans were accepted since; or the shipped one; or the rules
alone) and how good the rules, the model and both are on this project, as INCEpTION shows its
recommenders' scores: the last leave-one-document-out cross-validation (overlap F1 per label, P/R
and exact F1 in the tooltips), kept in the project; *Evaluate (cross-validate)* computes it again
in the background (:meth:`annotator.gui.model_work.ModelWork.evaluate`)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import in_order
from annotator.core.store import Store
from annotator.gui.display import label_text
from annotator.gui.i18n import names_list, sentences
from annotator.gui.model_code import ModelCode
from annotator.gui.retranslating import Retranslating
from annotator.gui.scheme import bold_title
from annotator.gui.widgets.guide_panel import swatch

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

SYSTEMS = ("rules", "model", "both")  # the columns after the label, as core/suggest/model/scoring.py
OVERALL = "overall"


def when(stamp: str) -> str:
    """A stored UTC time as the local date and minute."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm") if moment.isValid() else stamp


def f1_table(scores: dict[str, Any], order: Sequence[str] = ()) -> dict[str, list[float | None]]:
    """{label or "overall": [overlap F1 of the rules, the model, both]} of a cross-validation, the labels
    in ``order`` (the project's: as the counts above them) and any other after them by name."""
    found = {label for name in SYSTEMS for label in scores.get(name, {}).get("labels", {})}
    labels = in_order(found, order)
    out: dict[str, list[float | None]] = {}
    for label in [*labels, OVERALL]:
        row: list[float | None] = []
        for name in SYSTEMS:
            kinds = scores.get(name, {}).get(OVERALL) if label == OVERALL \
                else scores.get(name, {}).get("labels", {}).get(label)
            row.append(kinds["overlap"]["f1"] if kinds else None)
        out[label] = row
    return out


class FittingButton(QPushButton):
    """A button that shows its full text where the panel gives it the room, else its short one (the
    full text its accessible name): at the Statistics panel's narrow width *Evaluate (cross-validate)*
    was cut off and the panel scrolled sideways to show it."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._full = self._short = ""
        # Qt's Minimum policy takes the full text's width as the least: the panel could not be narrower
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def set_texts(self, full: str, short: str) -> None:
        self._full, self._short = full, short
        self.setAccessibleName(full)
        self._choose()
        self.updateGeometry()

    def _need(self, text: str) -> int:
        """The width that shows ``text`` whole: the text and the style's margins around it."""
        fm = self.fontMetrics()
        return fm.horizontalAdvance(text) + super().sizeHint().width() - fm.horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:
        return QSize(self._need(self._full), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._need(self._short), super().minimumSizeHint().height())

    def _choose(self) -> None:
        text = self._full if self.width() >= self._need(self._full) else self._short
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose()


class ModelScores(Retranslating, QWidget):
    def __init__(self, window: MainWindow, refresh: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("modelPart")
        self.w = window
        self._damaged: tuple[tuple[str, str], str] | None = None  # (folder, trained at) and whether it reads
        self.title, self.model_line, self.scores_line = (QLabel(wordWrap=True) for _ in range(3))
        bold_title(self.title)
        self.model_line.setObjectName("modelLine")
        self.scores_line.setObjectName("scoresLine")
        self.table = QTableWidget(0, 1 + len(SYSTEMS))
        self.table.setObjectName("modelScores")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # "DIS…"
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evaluate_button = FittingButton(objectName="evaluateModel")
        self.evaluate_button.clicked.connect(window.commands.model.evaluate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.model_line, self.scores_line, self.table, self.evaluate_button):
            layout.addWidget(widget)
        self.code = ModelCode(self, self.model_line)  # what reads the models: loaded off the window's thread
        for signal in (window.commands.model.trained, window.commands.model.scored,
                       window.commands.model.settings_changed, self.code.loaded):
            signal.connect(refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Model"))
        self.evaluate_button.set_texts(self.tr("Evaluate (cross-validate)"), self.tr("Cross-validate"))
        self._evaluate_tip = self.tr(
            "Hold out each document with accepted spans in turn (with more than ten, a tenth of them at a time), "
            "train on the others and score the rules, the model and both on it")
        self.evaluate_button.setToolTip(self._evaluate_tip)
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Rules"), self.tr("Model"), self.tr("Both")])
        # the lines and the figures: the panel shows them again (StatsPanel.retranslate)

    def show_model(self, store: Store, accepted: int) -> None:
        """Which model suggests, and the last cross-validation (``accepted``: the project's accepted spans now)."""
        from annotator.core.store.trained import documents_with_accepted, load_scores, under_current_names
        from annotator.gui.model_settings_said import unreadable_line

        said = unreadable_line(store)  # stored settings read as the defaults
        self.model_line.setText(sentences(said, self._which(store, accepted), self._retraining()))
        held = documents_with_accepted(store)
        self.evaluate_button.setEnabled(held >= 2)  # one document has nothing to learn from when held out
        self.evaluate_button.setToolTip(self._evaluate_tip if held >= 2 else self.tr(
            "Needs two documents with accepted spans at least; this project has {0}.").format(held))
        from annotator.gui.model_crossval import not_stored_line, unstored_scores

        unstored = unstored_scores(self.w.commands.model, store)  # a read-only project's, not kept
        scores = unstored if unstored is not None else load_scores(store, "sequence")
        if scores is not None:  # a label renamed since: under its name now
            scores = under_current_names(scores, store.labels())
        self.table.setVisible(scores is not None)
        if scores is None:
            self.scores_line.setText(self.tr("Not cross-validated yet."))
            return
        since = max(0, accepted - int(scores.get("accepted", 0)))
        documents, folds = len(scores.get("documents", [])), scores.get("folds")
        if isinstance(folds, int) and 0 < folds < documents:  # over ten documents: a tenth held out at a time
            line = self.tr("Cross-validated {0} over {1} documents in {2} groups, each held out in turn; "
                           "overlap F1:").format(when(str(scores.get("computed_at", ""))), documents, folds)
        else:
            line = self.tr("Cross-validated {0} over {1} documents, each held out in turn; overlap F1:").format(
                when(str(scores.get("computed_at", ""))), documents)
        minimum = float(scores.get("min_confidence") or 0.0)
        if minimum > 0:
            line += " " + self.tr("(the model's own proposals from a confidence of {0:.2f})").format(minimum)
        if since:
            line += " " + self.tr("({0} spans accepted since)").format(since)
        self.scores_line.setText(line if unstored is None else line + "\n" + not_stored_line())
        self._fill(scores, {label.name: label.color for label in store.labels()})

    def _gone(self, item: QTableWidgetItem, label: str) -> None:
        """The row of a label the project no longer has: figures computed before it was renamed (by an
        annotator that kept no label ids: shown under the old name) or deleted. Said, in italics."""
        item.setText(self.tr("{0} (no longer a label)").format(label_text(label)))
        item.setToolTip(self.tr("The project no longer has the label {0}: it was renamed or deleted after these "
                                "figures were computed. Cross-validate again for the labels as they are now.")
                        .format(label_text(label)))
        font = QFont(self.table.font())
        font.setItalic(True)
        item.setFont(font)

    def _which(self, store: Store, accepted: int) -> str:
        """Which model suggests; and, where the shipped seed cannot be read (a damaged installation), the
        sentence the status bar and ``annotator suggest`` say, naming its file and saying to reinstall."""
        choice = self.w.commands.model.settings().model
        if choice == "none":
            return self.tr("Suggestions come from the rules alone.")
        if not self.code.ready():  # being loaded: the models taken to read until it is (then read again)
            return self._which_model(store, accepted, read=False)[0]
        from annotator.core.suggest.model.choice import seed_unreadable
        from annotator.gui.summaries import summary_text

        line, own = self._which_model(store, accepted)
        seed = seed_unreadable()
        if not seed:
            return line
        said = summary_text(seed)
        said = said[:1].upper() + said[1:] + ("" if said.endswith((".", "。")) else ".")
        return sentences(line, (self.tr("Only for the labels it learned:") + " " if own else "") + said)

    def _which_model(self, store: Store, accepted: int, read: bool = True) -> tuple[str, bool]:
        """Which model of the project's or the shipped one suggests, and whether it is the project's own
        (``read``: the project's model read to see that it can be; else taken to)."""
        from annotator.core.store.trained import model_info
        from annotator.core.suggest.model.features import FEATURE_VERSION

        if self.w.commands.model.settings().model == "seed":
            return self.tr("Suggestions come from the rules and the shipped model."), False
        kept = model_info(store, "sequence")
        if kept is None:
            return self.tr("Suggestions come from the rules and the shipped model: this project has not "
                           "trained its own yet."), False
        if kept.info.get("features") != FEATURE_VERSION:
            return self.tr("Suggestions come from the rules and the shipped model: the project's model was "
                           "trained by another version (train it again)."), False
        key = (str(store.folder), kept.trained_at)  # read once a model: not at every refresh
        if read and (self._damaged is None or self._damaged[0] != key):
            from annotator.core.suggest.model.choice import unreadable

            self._damaged = key, unreadable(store)
        if self._damaged is not None and self._damaged[0] == key and self._damaged[1]:
            return self.tr("Suggestions come from the rules and the shipped model: the project's model cannot be "
                           "read (damaged); train it again (Project › Train the model)."), False
        counts = {label: int(n) for label, n in kept.info.get("spans", {}).items()}
        since = max(0, accepted - int(kept.info.get("accepted", 0)))
        per = names_list(f"{label_text(k)} {counts[k]}" for k in in_order(counts, [x.name for x in store.labels()]))
        return self.tr("Suggestions come from the rules and this project's model, trained {0} on {1} accepted "
                       "spans ({3}); {2} accepted since.").format(when(kept.trained_at), sum(counts.values()), since,
                                                                  per), True  # (the status bar's line says no more)

    def _retraining(self) -> str:
        kept = self.w.commands.model.settings()
        every = kept.retrain_after
        if every <= 0:
            return self.tr("It is trained only when asked (Project › Train the model).")
        if kept.model != "project":  # nothing would use it (ModelWork.due)
            return self.tr("The project's own model is not trained by itself while the settings do not use it.")
        return self.tr("It is trained again after {0} new accepted spans.").format(every)

    def _fill(self, scores: dict[str, Any], colors: dict[str, str]) -> None:
        rows = f1_table(scores, list(colors))
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (label, f1s) in enumerate(rows.items()):
            caption = QTableWidgetItem(self.tr("Overall") if label == OVERALL else label_text(label))
            if label == OVERALL:
                caption.setFont(bold)
            elif label not in colors:
                self._gone(caption, label)
            else:
                caption.setIcon(swatch(colors[label]))
            self.table.setItem(r, 0, caption)
            best = max((f for f in f1s if f is not None), default=None)
            for c, (name, f1) in enumerate(zip(SYSTEMS, f1s, strict=True), start=1):
                item = QTableWidgetItem("–" if f1 is None else f"{f1:.3f}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if f1 is not None and f1 == best:
                    item.setFont(bold)
                item.setToolTip(self._tip(scores, name, label))
                self.table.setItem(r, c, item)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + self.table.verticalHeader().defaultSectionSize() * len(rows)
                                  + 2 * self.table.frameWidth())

    def _tip(self, scores: dict[str, Any], name: str, label: str) -> str:
        part = scores.get(name, {})
        kinds = part.get(OVERALL) if label == OVERALL else part.get("labels", {}).get(label)
        if not kinds:
            return ""
        o, e = kinds["overlap"], kinds["exact"]
        return self.tr("overlap P {0} / R {1} / F1 {2}; exact F1 {3}; {4} spans accepted, {5} proposed").format(
            f"{o['p']:.3f}", f"{o['r']:.3f}", f"{o['f1']:.3f}", f"{e['f1']:.3f}", o["gold"], o["pred"])

    def f1s(self) -> dict[str, list[str]]:
        """{label as shown: [rules, model, both] as shown} (for tests)."""
        return {self._text(r, 0): [self._text(r, c) for c in range(1, 1 + len(SYSTEMS))]
                for r in range(self.table.rowCount()) if not self.table.isHidden()}

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        assert item is not None, "_fill fills every cell"
        return item.text()
