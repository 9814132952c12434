"""The model that learns beside the rules, in the window (``core/suggest/model``).

- **Suggestions** (F5, suggest-on-import) use the model the project's model settings name
  (``Store.model_settings``, as ``annotator suggest`` does; ``gui/model_adopt.py`` for a project
  with none): the project's own, else the shipped seed (``choose``); its own proposals below the
  minimum confidence are left out.
- **Training**: *Project › Train the model* trains on the accepted spans through
  ``tasks.run_task`` (off the GUI thread, a progress dialog that can cancel: the child process
  below is ended at once, nothing kept; in the calling thread (tests), between documents and
  between labels). After ``retrain_after`` new accepted spans since the
  model was trained, it is trained again by itself on the tasks' worker, without a dialog, and
  says so in the status bar; never while another task runs (a task started meanwhile stops it,
  and it is tried again after the next edit).
- **Cross-validation** for the statistics panel: leave one document out (``crossval``), the
  figures kept in the project (``suggest.model.crossval.cross_validate_and_keep``); a read-only
  project's shown, not kept (``gui/model_crossval.py``).
- **Another program's model**: a model the command line trained, or figures it computed, while the
  window is open on the project: the window's next look at what others committed
  (``gui/reloading.py``) asks :meth:`ModelWork.look`, which refreshes the Statistics panel and says so.
- **Where they run**: the features and CRFsuite's learning, and the suggesters' proposals of each
  document, in a child process (``core/worker_process.py``: a thread would hold Python's lock
  against the window's paints), kept between jobs; the store is read and written on the tasks'
  worker thread, as before.
"""
from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.store.model_settings import DEFAULTS, ModelSettings
from annotator.gui.display import label_text
from annotator.gui.i18n import sentences
from annotator.gui.keys_back import back_after
from annotator.gui.model_progress import named, scaled
from annotator.gui.model_retrained import learned, nothing_learned

if TYPE_CHECKING:  # tasks (its worker, its progress dialog) is imported when first used: not at start
    from concurrent.futures import Future

    from PySide6.QtWidgets import QDialog

    from annotator.core.suggest.model.training import Elsewhere, TrainReport
    from annotator.core.worker_process import WorkerProcess
    from annotator.gui.main_window import MainWindow

CHECK_MS = 1500  # after the last edit, see whether enough was accepted to train again
READING = 600  # thousandths of a training's bar for reading the documents; the rest for the layers
SEED_SOURCE = "the shipped seed model"  # ModelSuggester.source of the seed (core/suggest/model/choice.py)
_process: WorkerProcess | None = None  # the child process that trains and proposes, shared by the windows


def elsewhere(cancelled: Callable[[], bool]) -> Elsewhere | None:
    """How a training, a cross-validation or suggesting runs its CPU work: in the child process, which hears
    ``cancelled`` itself; None (here) when tasks run in the calling thread (tests)."""
    global _process
    from annotator.gui import tasks

    if tasks.SYNC:
        return None
    if _process is None:
        from annotator.core.worker_process import WorkerProcess

        _process = WorkerProcess()
    return functools.partial(_process.run, cancelled=cancelled)


def end_process() -> None:
    """The program quits: the child process ends (a training under way heard the stop already)."""
    if _process is not None:
        _process.close()


def _current(kept: Any) -> bool:
    """Whether a kept model (StoredModel) is of the features this version computes."""
    from annotator.core.suggest.model.features import FEATURE_VERSION

    return kept is not None and kept.info.get("features") == FEATURE_VERSION


class ModelWork(QObject):
    trained = Signal()  # a model was kept in the project (the action, or by itself)
    scored = Signal()  # cross-validation figures were kept
    settings_changed = Signal()  # Model settings… accepted

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._future: Future[None] | None = None
        self._stop = threading.Event()
        self._tried_at: tuple[str, int] | None = None  # (folder, accepted) of a training that learned nothing
        self._seen: tuple[str, Any, Any, Any] | None = None  # (folder, model, scores, settings) as last shown
        self._retraining = False  # a training by itself under way (it writes from another connection)
        self._saying = ""  # the status bar's line while it trains
        self._later, self._hooked = False, False  # seen() once the document opened has painted
        self.dialog: QDialog | None = None  # Model settings… while open
        self._adopted: Store | None = None  # the store adopt() looked at
        self.unstored: tuple[str, dict[str, Any]] | None = None  # a read-only project's figures (model_crossval)
        self.timer = QTimer(self, singleShot=True, interval=CHECK_MS)
        self.timer.timeout.connect(self.check_retrain)
        window.undo_stack.indexChanged.connect(lambda _index: self.timer.start())  # an edit, an undo, a redo
        self.settings_changed.connect(self.timer.start)  # a setting that uses the project's model again, fewer spans
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop.set)
            app.aboutToQuit.connect(end_process)

    # ----------------------------------------------------------- suggestions
    def suggest_job(self, doc_ids: list[int] | None, **options: Any) -> Callable[[Store, Any, Any], Any]:
        """The job of Run suggestions: the rules and the model the settings name (``options``: of
        ``suggest_documents``); returns (SpansAndLinks, which model: "project", "seed", "none", or "damaged": the
        seed in place of a project's model that cannot be read; why the seed cannot be read, "" when it can)."""
        kept = self.settings()

        def job(store: Store, progress: Any, cancelled: Any) -> Any:
            from annotator.core.suggest.links import suggest_spans_and_links
            from annotator.core.suggest.model.choice import choose

            chosen = choose(store, kept.model, kept.min_confidence)
            report = suggest_spans_and_links(store, doc_ids, progress=progress, cancelled=cancelled,
                                             model=chosen.suggester, elsewhere=elsewhere(cancelled), **options)
            used = "none" if chosen.suggester is None else "damaged" if chosen.damaged \
                else "seed" if chosen.suggester.source == SEED_SOURCE else "project"
            return report, used, chosen.seed_damaged

        return job

    def suggested_message(self, report: Any, used: str, seed_damaged: str = "") -> str:
        """The status bar's line after suggesting: what was added, and by which model (gui/model_suggested.py)."""
        from annotator.gui.model_suggested import suggested_line

        return suggested_line(report, used, seed_damaged)

    # -------------------------------------------------------------- settings
    def settings(self) -> ModelSettings:
        """The open project's model settings (the defaults with none open)."""
        self.adopt()
        return DEFAULTS if self.w.store is None else self.w.store.model_settings()

    def adopt(self) -> None:
        """Once per project opened: its model settings from the user's if it has none (gui/model_adopt.py)."""
        store = self.w.store
        if store is not None and store is not self._adopted:
            from annotator.gui.model_adopt import adopt_personal
            from annotator.gui.model_settings_said import say_unreadable

            self._adopted = store if adopt_personal(store, self.w.settings) else None
            say_unreadable(self.w, store)  # stored values read as the defaults: said (and in the Statistics panel)

    def settings_dialog(self) -> QDialog:
        """Project › Model settings… (window-modal; the project's settings change when it is accepted)."""
        from annotator.gui.dialogs.model_settings import ModelSettingsDialog

        dialog = ModelSettingsDialog(self.settings(), self.w, read_only=bool(self.w.store and self.w.store.read_only))
        dialog.accepted.connect(lambda: self.apply_settings(dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        back_after(dialog)  # closed: the keys where they were (gui/keys_back.py)
        dialog.open()
        return dialog

    def apply_settings(self, values: ModelSettings) -> None:
        """Keep the project's model settings (committed at once, no undo step); a raised minimum
        confidence offers to remove the model's open suggestions below it (one undoable step)."""
        store = self.w.store
        if store is None:
            return
        before = self.settings().min_confidence
        try:
            minimum = store.set_model_settings(values).min_confidence
        except AnnotatorError as e:
            self.w.show_error(self.tr("The model settings were not saved"), str(e))
            return
        if minimum > before:
            self.offer_removal(minimum)
        elif minimum < before:  # what was left out is not stored: the next run proposes it
            self.w.statusBar().showMessage(self.tr("Run suggestions (F5) now proposes the model's spans down to a "
                                                   "confidence of {0}.").format(f"{minimum:.2f}"), 10000)
        self.settings_changed.emit()

    def offer_removal(self, minimum: float) -> None:
        store, ops = self.w.store, self.w.ops
        if store is None or ops is None:
            return
        from annotator.core.review import open_suggestions

        low = open_suggestions(store, origin="model", below=minimum)
        if low and self.w.confirm(self.tr("Remove the model's {0} open suggestions less confident than {1}? "
                                          "Undo brings them back.").format(len(low), f"{minimum:.2f}")):
            ops.delete(low)

    # -------------------------------------------------------------- training
    def train(self) -> TrainReport | None:
        """Project › Train the model: in the background with a progress dialog; the status bar
        says what it learned from."""
        if self.w.store is None:
            return None
        reading, learning = self.tr("Reading {0}"), self.tr("Learning {0}")

        def job(store: Store, progress: Any, cancelled: Any) -> Any:
            from annotator.core.suggest.model.training import train_project

            return train_project(store, progress=scaled(progress, 0, READING, named(reading)),
                                 on_layer=scaled(progress, READING, 1000,
                                                 lambda label: learning.format(label_text(label))),
                                 cancelled=cancelled, elsewhere=elsewhere(cancelled))

        report = self.w.commands.run_task(self.tr("Training the model"), job)
        self.seen()
        if report is not None:
            self.w.statusBar().showMessage(self.trained_message(report), 10000)
            if not report.cancelled:  # kept, or forgotten when nothing accepted is left
                self.trained.emit()
        return report

    def trained_message(self, report: TrainReport) -> str:
        if report.cancelled:
            return self.tr("Training cancelled: the project keeps the model it had.")
        if not report.labels:
            return self.tr("Nothing to learn from yet: accept spans first. Suggestions use the shipped model.")
        # whole in the status bar at 16 pt in 800 px: the spans of each label in the Statistics panel's model part
        return self.tr("The model learned from {0} accepted span(s) of {1} document(s) in {2} s.").format(
            sum(report.spans.values()), report.documents, f"{report.seconds:.1f}")

    # --------------------------------------------------- training by itself
    def due(self) -> bool:
        """Enough spans accepted since the model was trained (or, with none or one of another feature
        set, which suggestions pass over for the seed, at all) to train again; never while the settings
        suggest with the seed or the rules alone (nothing would use it)."""
        store, kept = self.w.store, self.settings()
        every = kept.retrain_after
        if store is None or every <= 0 or kept.model != "project":
            return False
        from annotator.core.store.trained import SEQUENCE_MODEL, accepted_count, accepted_since, model_info

        since = accepted_since(store)
        if since is not None and not _current(model_info(store, SEQUENCE_MODEL)):
            since = None
        if since is None:  # no model of its own yet: once that many are accepted
            since = accepted_count(store)
            if self._tried_at == (str(store.folder), since):
                return False  # learned nothing from just these
        return since >= every

    @Slot()
    def check_retrain(self) -> None:
        """After edits: train again in the background when it is due, unless a task runs."""
        from annotator.gui import tasks

        if self.running() or tasks.busy() or not self.due():
            return
        store = self.w.store
        assert store is not None
        self.start_retraining(store.folder)

    def running(self) -> bool:
        return self._future is not None and not self._future.done()

    def start_retraining(self, folder: Any) -> None:
        """Train on the tasks' worker with a Store of its own; stops when a task is started (it
        waits for the worker) or the program quits."""
        from annotator.gui import tasks
        from annotator.gui.carrier import Carrier

        stop = self._stop

        def work(say: Callable[[tuple[str, Any, str]], None]) -> None:
            from annotator.core.suggest.model.training import train_project

            report, error = None, ""
            cancelled = lambda: stop.is_set() or tasks.busy()  # noqa: E731
            try:
                with Store.open(folder) as store:
                    report = train_project(store, cancelled=cancelled, elsewhere=elsewhere(cancelled))
            except AnnotatorError as e:
                error = str(e)
            except Exception as e:  # noqa: BLE001 — a worker's failure is a line in the status bar
                error = f"{type(e).__name__}: {e}"
            say((str(folder), report, error))

        self._retraining = True
        self._saying = self.tr("Training the model again in the background…")
        self.w.statusBar().showMessage(self._saying)  # until it is done, stopped, or something else is said
        if tasks.SYNC:  # tests: at once, in this thread
            work(self._on_background_done)
            return
        carrier = Carrier(self._on_background_done)  # the worker touches no more of Qt's: the window may go

        def background() -> None:
            try:
                work(carrier.send)
            finally:
                carrier.done()

        self._future = tasks.executor().submit(background)

    def wait(self, seconds: float = 60.0) -> None:
        """Let a training under way finish (tests, closing)."""
        if self._future is not None:
            self._future.result(seconds)

    @Slot(object)
    def _on_background_done(self, done: tuple[str, Any, str]) -> None:
        folder, report, error = done  # (the project's folder, TrainReport or None, what went wrong)
        self._retraining = False
        self.seen()
        bar, store = self.w.statusBar(), self.w.store
        saying = bar.currentMessage() == self._saying  # nothing else said since it started
        if saying:
            bar.clearMessage()
        if store is None or str(store.folder) != folder:
            return
        if error:
            from annotator.gui.summaries import summary_text  # the core's sentence in the interface's language

            self.w.statusBar().showMessage(self.tr("The model could not be trained again: {0}").format(
                summary_text(error)), 15000)
        elif report is None or report.cancelled:
            if saying:  # another task started (it says what it did), or the program quits
                bar.showMessage(self.tr("The model's training in the background stopped: it starts again after "
                                        "the next edit."), 10000)
        else:
            if not report.labels:  # said, not left silent (gui/model_retrained.py)
                from annotator.core.store.trained import accepted_count
                self._tried_at = (folder, accepted_count(store))
                self.w.statusBar().showMessage(nothing_learned(report), 10000)
                return
            self.w.statusBar().showMessage(learned(report), 10000)  # whole at 16 pt in 800 px
            self.trained.emit()

    # ------------------------------------------------------ cross-validation
    def evaluate(self) -> dict[str, Any] | None:
        """Cross-validate in the background (the statistics panel's button): ``gui/model_crossval.py``."""
        from annotator.gui.model_crossval import evaluate

        return evaluate(self)

    # ------------------------------------------------- another program's model
    def _stamp(self) -> tuple[str, Any, Any, Any] | None:
        store = self.w.store
        if store is None:
            return None
        from annotator.core.store.trained import SEQUENCE_MODEL, load_scores, model_info

        try:
            kept = model_info(store, SEQUENCE_MODEL)
            return (str(store.folder), kept and (kept.trained_at, kept.info), load_scores(store, SEQUENCE_MODEL),
                    store.model_settings())
        except sqlite3.Error:  # closed, or busy: nothing to compare with; the next look reads it again
            return None

    def seen(self, later: bool = False) -> None:
        """The project's model and figures as the window shows them now (a project opened, re-read,
        or the window's own training or cross-validation done); ``later``: read once the document
        opened has painted (a start's first paint imports nothing of the model)."""
        self._later = later
        if later:  # a project opened (or read again): its model settings, from the user's if it has none
            self.adopt()
        if not later:
            self._seen = self._stamp()
        elif not self._hooked:
            self._hooked = True
            self.w.linking.settled.connect(lambda: self.seen() if self._later else None)

    def look(self) -> str:
        """After another program's commits: a model it trained (or removed) or figures it computed
        since :meth:`seen` are shown (``trained``, ``scored``); what to say of them ("" for nothing)."""
        if self._retraining:  # its own writes: seen when it is done
            return ""
        if self._later:  # a project opened a moment ago: what it holds now is what the window shows
            self.seen()
            return ""
        before, now = self._seen, self._stamp()
        self._seen = now
        if before is None or now is None or before[0] != now[0]:
            return ""
        said = []
        if before[1] != now[1]:
            self.trained.emit()
            said.append(self.tr("Another program removed the project's model: suggestions use the shipped model.")
                        if now[1] is None else self.tr("Another program trained the project's model (on {0} "
                                                       "accepted spans): the next suggestions use it.").format(
                sum(int(n) for n in now[1][1].get("spans", {}).values())))
        if before[3] != now[3]:  # annotator model-settings: the panel says which model suggests now
            self.settings_changed.emit()
        if before[2] != now[2] and now[2] is not None:
            self.scored.emit()
            said.append(self.tr("Another program cross-validated the model: its figures are in the Statistics "
                                "panel."))
        return sentences(*said)
