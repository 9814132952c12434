"""What a file of our exports could not bring, as the report of its import says once after the file's line
(``core/imports/not_carried.py``), in the interface's language: rules of
:mod:`annotator.gui.annotation_summaries`, in its context "AnnotationImport". The command the core names
(``annotator export-package --with annotations``) is said as the window's way to it: Hand out a package…
with every span and link."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]
PACKAGE = r"; annotator export-package --with annotations keeps all but done marks"


def _t(text: str) -> str:
    return QCoreApplication.translate("AnnotationImport", text)


def not_carried_lines() -> list[Rule]:
    return [
        (r"(.+?): a doccano file has no status, coder, origin, link, span note or done mark: its spans came in with "
         r"one status, in one layer" + PACKAGE,
         _t("{0}: a doccano file has no status, coder, origin, link, span note or done mark: its spans came in with "
            "one status, in one layer; a package handed out with every span and link (Project › Coding team › Hand "
            "out a package…) keeps all but done marks"), ()),
        (r"(.+?): a doccano file has no status, coder, origin, span note or done mark: its spans and links came in "
         r"with one status, in one layer" + PACKAGE,
         _t("{0}: a doccano file has no status, coder, origin, span note or done mark: its spans and links came in "
            "with one status, in one layer; a package handed out with every span and link (Project › Coding team › "
            "Hand out a package…) keeps all but done marks"), ()),
        (r"(.+?): a Label Studio file has no rejected span or link, span note or done mark, nor the origin, "
         r"confidence or reason of an accepted span" + PACKAGE,
         _t("{0}: a Label Studio file has no rejected span or link, span note or done mark, nor the origin, "
            "confidence or reason of an accepted span; a package handed out with every span and link (Project › "
            "Coding team › Hand out a package…) keeps all but done marks"), ()),
        (r"(.+?): a Label Studio file has no rejected span or link, span note or done mark" + PACKAGE,
         _t("{0}: a Label Studio file has no rejected span or link, span note or done mark; a package handed out "
            "with every span and link (Project › Coding team › Hand out a package…) keeps all but done marks"), ()),
        (r"(.+?): a gold JSONL file has no span note or done mark; annotator export-package --with annotations keeps "
         r"the notes",
         _t("{0}: a gold JSONL file has no span note or done mark; a package handed out with every span and link "
            "(Project › Coding team › Hand out a package…) keeps the notes"), ()),
    ]
