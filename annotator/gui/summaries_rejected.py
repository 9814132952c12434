"""What the exports without a rejected status left out (``core/export/rejected.py``: the rejected spans and links
of Label Studio's tasks and doccano's lines, which would come back accepted) in the interface's language: rules
of :mod:`annotator.gui.summaries`, in its context "Summaries"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def rejected_left_out() -> list[Rule]:
    """An export leaving out the rejected spans and links (the program's name, Label Studio or doccano, as it is)."""
    why = r" were left out: (Label Studio|doccano) has no rejected status, so they would come back accepted when " \
        r"the file is imported"
    return [
        (r"note: ([\d,]+) rejected span\(s\) and ([\d,]+) rejected link\(s\)" + why,
         _t("note: {0} rejected span(s) and {1} rejected link(s) were left out: {2} has no rejected status, so they "
            "would come back accepted when the file is imported"), ()),
        (r"note: ([\d,]+) rejected span\(s\)" + why,
         _t("note: {0} rejected span(s) were left out: {1} has no rejected status, so they would come back "
            "accepted when the file is imported"), ()),
        (r"note: ([\d,]+) rejected link\(s\)" + why,
         _t("note: {0} rejected link(s) were left out: {1} has no rejected status, so they would come back "
            "accepted when the file is imported"), ()),
    ]
