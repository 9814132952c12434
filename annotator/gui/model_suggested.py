"""The status bar's line after Run suggestions (F5, suggest-on-import: ``gui/model_work.py``): what
was added, and by which model — the project's, the shipped one, the rules alone, the shipped one in
place of a project's model that cannot be read, or the project's own layers alone where the shipped
seed cannot be read (a damaged installation: its sentence names the file and says to reinstall)."""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

# the link line's count by the rule that proposed each (attribute 17, clause 1, jurisdiction 301 …): the
# command line's, in words a newcomer does not know, and too long for the status bar: the window says the total
_LINK_ORIGINS = re.compile(r"(new link suggestion\(s\)) \(.*\)$")
# "3 document(s): " before the spans' count and again before the links': said once, before the first
_DOCUMENTS = re.compile(r"[\d,]+ document\(s\): ")


def _t(text: str) -> str:
    return QCoreApplication.translate("ModelWork", text)


def suggested_line(report: Any, used: str, seed_damaged: str = "") -> str:
    from annotator.gui.summaries import summary_line, summary_text

    model = {"project": _t("with the project's model"), "seed": _t("with the shipped model"),
             "none": _t("by the rules alone"),
             "damaged": _t("with the shipped model: the project's model cannot be read (damaged); "
                           "train it again (Project › Train the model)")}[used]
    if seed_damaged:
        model = _t("with the project's model, for the labels it learned; {0}").format(summary_text(seed_damaged))
    lines = [_LINK_ORIGINS.sub(r"\1", line) for line in report.lines()]
    counted = _DOCUMENTS.match(lines[0]) if lines else None
    if counted:
        lines = [lines[0], *(line.removeprefix(counted.group()) if "new link suggestion(s)" in line else line
                             for line in lines[1:])]
    # the dash as the interface language writes it (Chinese: ——, as the status bar's "按 N 转到下一条")
    return _t("{0} — {1}").format(summary_line(lines), model)
