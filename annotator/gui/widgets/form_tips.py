"""What the rows of the window's form (:mod:`annotator.gui.widgets.form`) whose names are the program's
own words hold, said in their captions' tooltips: a newcomer met "Origin: amount rules" and
"Jurisdiction: guessed: 滨州市 371600" with nothing to say what they were."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("FormTips", text)


def caption_tips() -> dict[str, str]:
    """The tooltip of each such row's caption, by the row's key, in the interface's language."""
    return {
        "status": _t("suggested: proposed by the program, waiting for your decision (A accepts, X rejects); "
                     "accepted and rejected: decided. An export takes the accepted spans."),
        "origin": _t("Who or what made the span: you (manual), a rule of the program (gazetteer, amount rules …), "
                     "the model that learns from your decisions, or an import."),
        "reason": _t("Why the program proposed it: the rule that found it, and the model's confidence "
                     "(p, from 0 to 1)."),
        "qualifier": _t("A word before the amount saying how it is meant (超 over, 近 nearly, 约 about …); "
                        "the yuan are the number written."),
        "links": _t("What the span belongs to: an amount or a target linked to its district and its project. "
                    "L links it to the span under the mouse or the nearest district; Ctrl+L chooses from a list."),
        "jurisdiction": _t("The district the whole document reports for (of the document, not of this span): "
                           "amounts and targets with no district of their own are counted for it. Grey: the "
                           "program's guess; type a name or a code to set it."),
    }
