"""Why an OFD file was not imported (``core/imports/ofd.py``, ``ofd_package.py``) in the interface's
language: rules of :mod:`annotator.gui.summaries`, in its context "Summaries"."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]
PIECE = "piece"  # summaries.PIECE: a group said by the rules of its pieces
_REOPEN = "open it in an OFD reader, save it again or print it as a PDF, and import that"
_SCAN = ("print it as a PDF from an OFD reader and run OCR on that (e.g. ocrmypdf), or copy its text into a .txt "
         "file, and import that")


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def ofd_pieces() -> list[Rule]:
    """Why an .ofd was not imported, or a document of it was left out."""
    reopen, scan = re.escape(_REOPEN), re.escape(_SCAN)
    return [
        (r"is not an OFD document \(not a zip archive\)", _t("is not an OFD document (not a zip archive)"), ()),
        (r"is a damaged OFD document: its zip archive is cut off or corrupt; download or save it again and import "
         r"that", _t("is a damaged OFD document: its zip archive is cut off or corrupt; download or save it again "
                     "and import that"), ()),
        (r"is a zip archive but not an OFD document \(no OFD\.xml in it\)",
         _t("is a zip archive but not an OFD document (no OFD.xml in it)"), ()),
        (r"is a damaged OFD document: its part (.+?) cannot be read \((.+)\); " + reopen,
         _t("is a damaged OFD document: its part {0} cannot be read ({1}); open it in an OFD reader, save it "
            "again or print it as a PDF, and import that"), ()),
        (r"is a damaged OFD document: its part (.+?) is missing; " + reopen,
         _t("is a damaged OFD document: its part {0} is missing; open it in an OFD reader, save it again or print "
            "it as a PDF, and import that"), ()),
        (r"is a damaged OFD document: its OFD\.xml names no document \(DocBody/DocRoot\); " + reopen,
         _t("is a damaged OFD document: its OFD.xml names no document (DocBody/DocRoot); open it in an OFD "
            "reader, save it again or print it as a PDF, and import that"), ()),
        (r"is a damaged OFD document: its page ([\d,]+) of ([\d,]+) \((.+?)\) is missing; " + reopen,
         _t("is a damaged OFD document: its page {0} of {1} ({2}) is missing; open it in an OFD reader, save it "
            "again or print it as a PDF, and import that"), ()),
        (r"is a damaged OFD document: its page ([\d,]+) of ([\d,]+) cannot be read \((.+)\); " + reopen,
         _t("is a damaged OFD document: its page {0} of {1} cannot be read ({2}); open it in an OFD reader, save "
            "it again or print it as a PDF, and import that"), ()),
        (r"is an OFD document without pages \(its document lists none\); " + reopen,
         _t("is an OFD document without pages (its document lists none); open it in an OFD reader, save it again "
            "or print it as a PDF, and import that"), ()),
        (r"has no text \(([\d,]+) page\(s\) of images: a scan\?\); " + scan,
         _t("has no text ({0} page(s) of images: a scan?); print it as a PDF from an OFD reader and run OCR on "
            "that (e.g. ocrmypdf), or copy its text into a .txt file, and import that"), ()),
        (r"its text comes out garbled \(its fonts map characters in a code of their own\); " + scan,
         _t("its text comes out garbled (its fonts map characters in a code of their own); print it as a PDF from "
            "an OFD reader and run OCR on that (e.g. ocrmypdf), or copy its text into a .txt file, and import that"),
         ()),
        (r"left out ([\d,]+) of its ([\d,]+) documents, which cannot be read; the first, document ([\d,]+): (.+)",
         _t("left out {0} of its {1} documents, which cannot be read; the first, document {2}: {3}"),
         ("", "", "", PIECE)),
        (r"is an OFD document under another name: rename it to \.ofd and import that",
         _t("is an OFD document under another name: rename it to .ofd and import that"), ()),
    ]
