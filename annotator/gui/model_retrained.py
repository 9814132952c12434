"""What the status bar says when the model, trained again by itself in the background
(``gui/model_work.py``), learned (:func:`learned`: short enough to stand whole at 16 pt in an 800-px
window, where "Trained again in the background: The model learned from … in 3.2 s." ended in "…"), or
learned nothing: it said nothing at all, so a reviewer could not tell a
training that ran from one that never did. One line: why (no accepted span left, rejected or removed
since; or no layer learned from the spans there are) and what suggestions use now.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the model's code is not read at the window's start (gui/model_work.py imports this)
    from annotator.core.suggest.model.training import TrainReport


def _t(text: str) -> str:
    return QCoreApplication.translate("ModelWork", text)


def nothing_learned(report: TrainReport) -> str:
    """The status bar's line for a background training whose ``report`` has no label learned."""
    then = (_t("the model learned before was removed, so suggestions use the shipped model") if report.removed
            else _t("suggestions use the shipped model"))
    if not report.documents:
        return _t("Trained again in the background: nothing to learn from, as no accepted span is left (rejected "
                  "or removed since); {0}.").format(then)
    return _t("Trained again in the background: nothing was learned from the {0} accepted span(s) of {1} "
              "document(s); {2}.").format(f"{sum(report.spans.values()):,}", f"{report.documents:,}", then)


def learned(report: TrainReport) -> str:
    """The status bar's line for a background training that learned: spans and documents, no time."""
    return _t("Retrained in the background on {0} accepted span(s) of {1} document(s).").format(
        sum(report.spans.values()), report.documents)
