"""The Statistics panel's *Evaluate (cross-validate)*: leave one document out in the background
(``core/suggest/model/crossval.py``), a progress dialog that can cancel, the figures kept in the
project and shown in the panel. A read-only project is cross-validated the same way (as
``annotator evaluate P --cross-validate``); its figures cannot be kept in it, so the window holds
them while the project is open, the panel shows them and says in one line that they were not stored.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from annotator.core.store import Store
from annotator.gui.model_progress import named, scaled

if TYPE_CHECKING:
    from annotator.gui.model_work import ModelWork


def _t(text: str) -> str:
    return QCoreApplication.translate("ModelWork", text)


def not_stored_line() -> str:
    """What the panel and the status bar say of a read-only project's figures."""
    return _t("Not stored: the project is read-only, so these figures are shown only until it is closed.")


def evaluate(work: ModelWork) -> dict[str, Any] | None:
    """Cross-validate the open project in the background; the figures as kept (or, read-only, as they
    would have been kept), or None (cancelled, failed, no project)."""
    from annotator.gui.model_work import elsewhere

    w = work.w
    if w.store is None:
        return None
    folder, keep = str(w.store.folder), not w.store.read_only
    reading, holding = _t("Reading {0}"), _t("Holding out {0}")
    minimum = work.settings().min_confidence

    def job(store: Store, progress: Any, cancelled: Any) -> Any:
        from annotator.core.suggest.model.crf import DEFAULT
        from annotator.core.suggest.model.crossval import cross_validate_and_keep

        done = cross_validate_and_keep(store, DEFAULT, minimum,
                                       progress=scaled(progress, 200, 1000, named(holding)),
                                       cancelled=cancelled, reading=scaled(progress, 0, 200, named(reading)),
                                       elsewhere=elsewhere(cancelled), keep=keep)
        return None if done is None else done[1]

    result = w.commands.run_task(_t("Cross-validating the model"), job)
    work.seen()
    if result is not None:
        work.unstored = None if keep else (folder, result)
        if not keep:
            w.statusBar().showMessage(not_stored_line(), 15000)
        work.scored.emit()
    return result


def unstored_scores(work: ModelWork, store: Store) -> dict[str, Any] | None:
    """The figures of this read-only project the window computed and could not keep, or None."""
    if work.unstored is None or not store.read_only or work.unstored[0] != str(store.folder):
        return None
    return work.unstored[1]
