"""Help › First steps…: the way from one's own reports to a workbook, each step with its menu entry and
its key, for someone who has not read the README (the Help menu held only the demo and About, and the
About box one line on what the program is for)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui import messages

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("FirstSteps", text)


def first_steps_text() -> str:
    return "\n".join([
        _t("From your reports to a workbook:"),
        _t("1. Project › New project… (Ctrl+N): a folder that will hold your work."),
        _t("2. Project › Import files… (Ctrl+I) or Import folder…: your reports (.txt, .docx, .pdf, .ofd, web pages)."),
        _t("3. Project › Run suggestions (F5): the program proposes districts, projects, amounts and targets, "
           "underlined in the article (with Suggest on import checked, at once)."),
        _t("4. Review them: N goes to the next suggestion, A or Enter accepts it, X rejects it; select text and "
           "press 1–4 to label it yourself. The form on the right corrects a value (an amount's yuan, a "
           "district's code)."),
        _t("5. Ctrl+D marks a document done."),
        _t("6. Project › Export… (Ctrl+E): an Excel workbook of the accepted spans."),
        "",
        _t("F1 shows the annotation guide of the label under the cursor; a report already annotated: Help › Open "
           "the demo project."),
    ])


def show_first_steps(window: MainWindow) -> None:
    messages.information(window, _t("First steps"), first_steps_text())
