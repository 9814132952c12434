"""The first line of an import that read documents of more than one kind (``ImportReport.imported_line``:
"imported 422 document(s): 180 PDF, 150 Word, 70 web page(s), 22 text") in the interface's language,
each kind as ``formats.counted`` names it, in the context "Summaries" of :mod:`annotator.gui.summaries`."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from annotator.gui.i18n import names_list

LINE = re.compile(r"imported ([\d,]+) document\(s\): ((?:[\d,]+ [^,]+)(?:, [\d,]+ [^,]+)*)")


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def kinds() -> dict[str, str]:
    """Each kind an import counts (``ImportFormat.counted_as``, ``formats.OFFICE_COUNTED_AS``) and how many of
    it are said."""
    return {"text": _t("{0} text"), "Word": _t("{0} Word"), "web page(s)": _t("{0} web page(s)"),
            "PDF": _t("{0} PDF"), "OFD": _t("{0} OFD"), "WPS": _t("{0} WPS"), "RTF": _t("{0} RTF"),
            "OpenDocument": _t("{0} OpenDocument")}


def kinds_line(line: str) -> str | None:
    """``line`` in the interface's language when it is an import's first line counting kinds; else None."""
    match = LINE.fullmatch(line)
    if match is None:
        return None
    said = kinds()
    pieces = [(n, kind) for n, _sp, kind in (part.partition(" ") for part in match[2].split(", "))]
    return _t("imported {0} document(s): {1}").format(
        match[1], names_list(said[kind].format(n) if kind in said else f"{n} {kind}" for n, kind in pieces))
