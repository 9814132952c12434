"""What import says of a file it does not read: the files of other programs a user may give by name
or keep in a folder (a report as .doc beside the .txt ones), each with what to do instead, and
the one sentence naming what import reads (every document format of ``formats.py``)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from annotator.core.imports import formats
from annotator.core.imports.zip_package import OLE, ZIP, head

# what import reads, as the messages below name it: every suffix of the document formats (formats.py)
READS = (f"annotator reads plain text ({', '.join(formats.TEXT_SUFFIXES)}), Word .docx, PDF, OFD and web pages "
         "(.html, .htm, .mht)")
SAVE_AS = "save it as .docx (Word, WPS and LibreOffice can) or plain text and import that"
# .doc, .wps, .odt and .rtf are read through LibreOffice (office.py); without it each is refused with this
INSTALL = ("install LibreOffice (libreoffice.org) and import again, or convert many files at once with: "
           "soffice --headless --convert-to docx *")
NO_LIBREOFFICE = f"annotator reads it through LibreOffice, not found on this computer: {INSTALL}"


def _needs(what: str, suffix: str) -> str:
    return f"{what}; {NO_LIBREOFFICE}{suffix}"


# files of other programs a user may give by name: what to do instead (else: 'a binary file')
OTHER_PROGRAMS = {
    ".doc": _needs("an old Word document", ".doc"), ".wps": _needs("a WPS document", ".wps"),
    ".odt": _needs("a LibreOffice document", ".odt"), ".rtf": _needs("a rich-text document", ".rtf"),
    ".xlsx": "a workbook: annotations exported by annotator go in with 'annotator import-annotations PROJECT FILE'",
    ".xls": f"a workbook: annotator reads documents from {formats.listed(formats.ordered(formats.DOCUMENTS))} files",
    ".jsonl": "annotations (JSON lines), not a document: they go in with 'annotator import-annotations PROJECT FILE'",
}
# found in a folder without LibreOffice, these are named as not read (a report as .doc beside the .txt ones was
# left out unsaid); with it they are imported (office.OFFICE_SUFFIXES)
DOCUMENTS_OF_OTHERS = (".doc", ".wps", ".odt", ".rtf")
OTHERS_ADVICE = (f"{READS}, and .doc, .wps, .rtf and .odt files through LibreOffice, not found on this computer: "
                 f"{INSTALL}.doc")

SQLITE = b"SQLite format 3\x00"  # the first bytes of every SQLite database: an annotator project's among them
PROJECT_FILE = ("an SQLite database (an annotator project's project.sqlite?), not a document: open a project with "
                "'annotator gui FOLDER' (Project › Open project… in the window), or bring its coders' annotations in "
                "with 'annotator merge PROJECT FOLDER'")


def another_program(path: Path) -> str | None:
    """What a file read as text is by its first bytes, when another program wrote it whatever its
    name says (a .docx renamed .txt was 'a binary file'); None: text, or nothing known."""
    first = head(path)  # b"" when it cannot be read: the reader says why
    if first == SQLITE[:8]:
        return PROJECT_FILE
    if first.startswith(b"%PDF-"):
        return "a PDF under another name: rename it to .pdf and import that"
    if first == OLE:  # the compound file of Word 97-2003, Excel's .xls, WPS
        return f"an old Office or WPS document under another name: {SAVE_AS}"
    if first.startswith(ZIP):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            names = set()
        if "word/document.xml" in names:
            return "a Word .docx document under another name: rename it to .docx and import that"
        if "OFD.xml" in names:
            return "an OFD document under another name: rename it to .ofd and import that"
        if "xl/workbook.xml" in names:
            return OTHER_PROGRAMS[".xlsx"]
        return "a zip archive, not text: unpack it and import its files"
    return None
