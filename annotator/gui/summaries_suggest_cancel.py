"""What a suggesting run cut short by Cancel did not do (``core/suggest/runner.py``, ``links.py``: their
reports' ``lines``) in the interface's language: rules of :mod:`annotator.gui.summaries`, in its context
"Summaries"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def suggest_cancel_lines() -> list[Rule]:
    """Whole lines of a cancelled run's report: the documents not looked at, the documents skipped the
    strings accepted since were not looked for in (the spans all stored), the links not suggested."""
    return [
        (r"cancelled: the remaining documents were not looked at",
         _t("cancelled: the remaining documents were not looked at"), ()),
        (r"cancelled: the strings accepted since were not looked for in ([\d,]+) of the documents skipped; run again "
         r"to look in them", _t("cancelled: the strings accepted since were not looked for in {0} of the documents "
                                "skipped; run again to look in them"), ()),
        (r"cancelled: the links of the remaining documents were not suggested",
         _t("cancelled: the links of the remaining documents were not suggested"), ()),
    ]
