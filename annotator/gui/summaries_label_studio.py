"""What Label Studio's export left out (``core/export/label_studio.py``: the rejected spans and links, which
Label Studio would read back as accepted) in the interface's language: rules of :mod:`annotator.gui.summaries`,
in its context "Summaries"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def rejected_left_out() -> list[Rule]:
    """Label Studio's export leaving out the rejected spans and links (core/export/label_studio.py)."""
    why = r" were left out: Label Studio has no rejected status, so they would come back accepted when the file is "\
        r"imported"
    return [
        (r"note: ([\d,]+) rejected span\(s\) and ([\d,]+) rejected link\(s\)" + why,
         _t("note: {0} rejected span(s) and {1} rejected link(s) were left out: Label Studio has no rejected status, "
            "so they would come back accepted when the file is imported"), ()),
        (r"note: ([\d,]+) rejected span\(s\)" + why,
         _t("note: {0} rejected span(s) were left out: Label Studio has no rejected status, so they would come back "
            "accepted when the file is imported"), ()),
        (r"note: ([\d,]+) rejected link\(s\)" + why,
         _t("note: {0} rejected link(s) were left out: Label Studio has no rejected status, so they would come back "
            "accepted when the file is imported"), ()),
    ]
