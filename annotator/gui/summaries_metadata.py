"""What a table of metadata set (``core/metadata_table.py`` ``MetadataReport``) in the interface's language:
rules of :mod:`annotator.gui.summaries`, in its context "Summaries" — the report's line, and the lines of the
open district suggestions that followed the jurisdictions given (``core/suggest/district/follow.py``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def metadata_lines() -> list[Rule]:
    """Whole lines of the report of a table of metadata."""
    return [
        (r"set ([\d,]+) field\(s\) of ([\d,]+) document\(s\) from (.+) \(([\d,]+) already as given\) in (.+)",
         _t("set {0} field(s) of {1} document(s) from {2} ({3} already as given) in {4}"), ()),
        (r"([\d,]+) open district suggestion\(s\) now coded in the jurisdiction",
         _t("{0} open district suggestion(s) now coded in the jurisdiction"), ()),
        (r"([\d,]+) open district suggestion\(s\) now coded by the tables' order: the jurisdiction does not decide",
         _t("{0} open district suggestion(s) now coded by the tables' order: the jurisdiction does not decide"), ()),
        (r"([\d,]+) open district suggestion\(s\) of the model now without a code: the jurisdiction does not "
         r"decide",
         _t("{0} open district suggestion(s) of the model now without a code: the jurisdiction does not decide"), ()),
        (r"([\d,]+) open district suggestion\(s\) coded anew without a jurisdiction",
         _t("{0} open district suggestion(s) coded anew without a jurisdiction"), ()),
        (r"([\d,]+) open district suggestion\(s\) coded anew for the document's year",
         _t("{0} open district suggestion(s) coded anew for the document's year"), ()),
        (r"([\d,]+) open district suggestion\(s\) coded anew without a year",
         _t("{0} open district suggestion(s) coded anew without a year"), ()),
        (r"([\d,]+) accepted district span\(s\) keep a code the tables' order chose: check them",
         _t("{0} accepted district span(s) keep a code the tables' order chose: check them"), ()),
    ]
