"""After an import: the few documents of a kind other than most of them, named (a folder of reports
also holding notes, ``LINKS.md``, ``SOURCES-A.md``, reads them as articles too: the user is told
which, and how to take them out), so that they are not found only later among the reports. A folder
that mixes kinds on purpose (PDFs, Word files, web pages) is not told this: the import's first line
counts its kinds (``ImportReport.imported_line``)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from annotator.core.imports import formats


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportKinds", text)


def other_kinds(names: Sequence[str], among: Sequence[str] = ()) -> str:
    """"" when the documents ``names`` are all of the kind most of the project's (``among``) are, or mix
    kinds on purpose; else one sentence naming the few of another kind (``formats.other_kinds``: at most
    ``formats.STRAYS``) and how to remove one."""
    main, others = formats.other_kinds(names, among)  # .htm with .html: saved pages are of one kind
    if not others:
        return ""
    shown = _tr(", ").join(others)
    if len(others) == 1:
        return _tr("1 of them is not a {0} file: {1}; the Project menu's Remove document(s)… takes it out if it "
                   "was imported by mistake.").format(main or _tr("(no suffix)"), shown)
    return _tr("{0} of them are not {1} files: {2}; the Project menu's Remove document(s)… takes out one "
               "imported by mistake.").format(len(others), main or _tr("(no suffix)"), shown)


def annotation_files_note(paths: Sequence[str]) -> str:
    """One sentence naming the annotation files (gold ``*.gold.jsonl``, an exported workbook) that the
    folders among ``paths`` hold beside their articles, which importing articles passes over, and the
    entry that reads them (Import folder… on the shared reports said nothing of their 12 gold files);
    "" when they hold none."""
    from pathlib import Path

    from annotator.core.imports.folders import annotation_files

    found = annotation_files(list(paths))
    if not found:
        return ""
    kinds = "/".join(sorted({Path(name).suffix.lower() for name in found}))
    return _tr("The folder also holds {0} annotation file(s) ({1}), which importing articles does not read: "
               "Project › Import annotations… reads them.").format(len(found), kinds)


def joined(*parts: str) -> str:
    """Sentences on one line (a status bar's): "; " between them in English, "；" in Chinese."""
    return _tr("; ").join(parts)
