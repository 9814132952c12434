"""What import says of a file it does not read: the files of other programs a user may give by name
or keep in a folder (a report as .doc beside the .txt ones), each with what to do instead, and
the one sentence naming what import reads (every document format of ``formats.py``)."""
from __future__ import annotations

from annotator.core.imports import formats

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
