"""The import's lines about .doc, .wps, .rtf and .odt files (``core/imports/office_batches.py``,
``other_programs.py``) in the interface's language: rules of :mod:`annotator.gui.summaries`, in its
context "Summaries"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]
PIECE = "piece"  # summaries.PIECE: a group said by the rules of its pieces
# what a folder's line says after "annotator reads …" without LibreOffice (other_programs.OTHERS_ADVICE)
INSTALL = (r"install LibreOffice \(libreoffice\.org\) and import again, or convert many files at once with: "
           r"soffice --headless --convert-to docx \*")
ADVICE = (r", and \.doc, \.wps, \.rtf and \.odt files through LibreOffice, not found on this computer: " + INSTALL
          + r"\.doc")
_OPEN = r"open it in Word, WPS or LibreOffice, save it as \.docx and import that"


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def office_pieces() -> list[Rule]:
    """Why a .doc, .wps, .rtf or .odt file was not imported."""
    return [
        (r"is (an old Word document|a WPS document|a LibreOffice document|a rich-text document); annotator reads it "
         r"through LibreOffice, not found on this computer: " + INSTALL + r"(\.\w+)",
         _t("is {0}; annotator reads it through LibreOffice, not found on this computer: install LibreOffice "
            "(libreoffice.org) and import again, or convert many files at once on the command line: "
            "soffice --headless --convert-to docx *{1}"), (PIECE, "")),
        (r"an old Word document", _t("an old Word document"), ()),
        (r"a WPS document", _t("a WPS document"), ()),
        (r"a LibreOffice document", _t("a LibreOffice document"), ()),
        (r"a rich-text document", _t("a rich-text document"), ()),
        (r"LibreOffice does not read this WPS document \(it reads some Kingsoft WPS files, not all\); open it in WPS "
         r"Office, save it as \.docx and import that",
         _t("LibreOffice does not read this WPS document (it reads some Kingsoft WPS files, not all); open it in "
            "WPS Office, save it as .docx and import that"), ()),
        (r"LibreOffice could not convert it \(damaged, password-protected, or not a document\); " + _OPEN,
         _t("LibreOffice could not convert it (damaged, password-protected, or not a document); open it in Word, "
            "WPS or LibreOffice, save it as .docx and import that"), ()),
        (r"LibreOffice did not finish converting it within (\d+) seconds and was stopped; " + _OPEN,
         _t("LibreOffice did not finish converting it within {0} seconds and was stopped; open it in Word, WPS or "
            "LibreOffice, save it as .docx and import that"), ()),
        (r"LibreOffice did not read it as a document \(its text came out as random characters: damaged, or not "
         r"a (\.\w+) file\); " + _OPEN,
         _t("LibreOffice did not read it as a document (its text came out as random characters: damaged, or not "
            "a {0} file); open it in Word, WPS or LibreOffice, save it as .docx and import that"), ()),
        (r"LibreOffice \((.+)\) could not be started \((.+)\)", _t("LibreOffice ({0}) could not be started ({1})"),
         ()),
    ]
