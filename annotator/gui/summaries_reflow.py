"""What the re-flow of text copied from a PDF or OFD did (``core/imports/reflow.py``: ``reflowed_lines``) in
the interface's language: rules of :mod:`annotator.gui.summaries`, in its context "Summaries". A count
that is zero is left out of the line, so each of its two halves is a line of its own too."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]
_PAGES = r" in ([\d,]+) document\(s\) laid out in pages \(PDF, OFD\)"


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def reflow_lines() -> list[Rule]:
    """Whole lines of an import's report on the re-flow."""
    return [
        (r"re-flowed ([\d,]+) wrapped line\(s\) and removed ([\d,]+) page-number or header line\(s\)" + _PAGES,
         _t("re-flowed {0} wrapped line(s) and removed {1} page-number or header line(s) in {2} document(s) laid out "
            "in pages (PDF, OFD)"), ()),
        (r"re-flowed ([\d,]+) wrapped line\(s\)" + _PAGES,
         _t("re-flowed {0} wrapped line(s) in {1} document(s) laid out in pages (PDF, OFD)"), ()),
        (r"removed ([\d,]+) page-number or header line\(s\)" + _PAGES,
         _t("removed {0} page-number or header line(s) in {1} document(s) laid out in pages (PDF, OFD)"), ()),
        (r"removed the spaces between the Chinese characters of ([\d,]+) line\(s\)" + _PAGES,
         _t("removed the spaces between the Chinese characters of {0} line(s) in {1} document(s) laid out in pages "
            "(PDF, OFD)"), ()),
    ]
