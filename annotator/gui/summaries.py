"""The core's reports in the interface's language: what an import of articles read, what an export
wrote, what a suggesting run added, why the agreement could not be computed.

The core writes them in English (the command line prints them as they are); the window shows them
through this table, as :mod:`annotator.gui.reasons` shows the suggesters' reasons. Each rule is a
whole line's pattern of the English and its template (``tr`` in the context "Summaries", ``{0}`` …
for the pattern's groups); a group may be said in the language too: a file's reason or a sheet's
count (by the rules of :func:`_pieces`), label names with their counts (地区 2、金额 1), origins,
statuses, a list of names. In English every template is its own phrase, so a line shows as the
core wrote it (names listed without their quotes). A line no rule knows is said as an error of the
core (:mod:`annotator.gui.core_errors`: every error box of the window shows its message through
:func:`summary_text`), else it stays as it is (a new message of the core).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_errors import error_line, said_by
from annotator.gui.display import label_text, origin_text, status_text
from annotator.gui.i18n import names_list
from annotator.gui.import_again import again_pieces
from annotator.gui.summaries_agreement import NOTES, agreement_lines, notes_text
from annotator.gui.summaries_kinds import kinds_line
from annotator.gui.summaries_metadata import metadata_lines
from annotator.gui.summaries_ofd import ofd_pieces
from annotator.gui.summaries_office import ADVICE, office_pieces
from annotator.gui.summaries_reflow import reflow_lines
from annotator.gui.summaries_rejected import rejected_left_out
from annotator.gui.summaries_suggest_cancel import suggest_cancel_lines
from annotator.gui.summaries_word import word_pieces


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


# how a group is said: as a piece of a line, a list of pieces, label names (with counts), origins, statuses, names
PIECE, LIST, LABEL, LABELS, ORIGINS, STATUSES, NAMES = ("piece", "list", "label", "labels", "origins", "statuses",
                                                        "names")
Rule = tuple[str, str, tuple[str, ...]]  # (pattern, template, how each group is said: "" as it is)
# a list of suffixes (".txt, .md, .text"): the core names what import reads from its formats, so the rules
# take the list as a group (said as a list of the language) rather than spelling it out
_SUFFIXES = r"(\.\w+(?:, \.\w+)*)"


def _lines() -> list[Rule]:
    """Whole lines of the core's reports."""
    return [
        # importing articles (core/imports/documents.py)
        (r"imported ([\d,]+) document\(s\)", _t("imported {0} document(s)"), ()),
        *reflow_lines(),
        (r"named (.+?) \(from (.+)\): other files of this import are named (.+) too",
         _t("named {0} (from {1}): other files of this import are named {2} too"), ()),
        (r"named (.+?) \(from (.+)\): a document of the project is already named (.+)",
         _t("named {0} (from {1}): a document of the project is already named {2}"), ()),
        (r"named ([\d,]+) document\(s\) by their folders as well \(e\.g\. (.+)\): other files of this import or "
         r"documents of the project have the same file names", _t("named {0} document(s) by their folders as well "
                                                                  "(e.g. {1}): other files of this import or documents "
                                                                  "of the project have the same file names"), ()),
        (r"warning (.+?): " + _known_reason(), _t("warning {0}: {1}"), ("", PIECE)),
        (r"warning (.+?): (.+)", _t("warning {0}: {1}"), ("", PIECE)),
        (r"skipped ([\d,]+) file\(s\): (.+)", _t("skipped {0} file(s): {1}"), ("", PIECE)),
        (r"skipped ([\d,]+) file\(s\) of other programs in the folders \((.+)\): annotator reads plain text "
         r"\(" + _SUFFIXES + r"\), Word \.docx, PDF, OFD and web pages \(\.html, \.htm, \.mht\)" + ADVICE,
         _t("skipped {0} file(s) of other programs in the folders ({1}): annotator reads plain text ({2}), "
            "Word .docx, PDF, OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt files through "
            "LibreOffice, not found on this computer: install LibreOffice (libreoffice.org) and import again, or "
            "convert many files at once on the command line: soffice --headless --convert-to docx *.doc"),
         ("", "", LIST)),
        (r"skipped (.+?): " + _known_reason(), _t("skipped {0}: {1}"), ("", PIECE)),
        (r"skipped (.+?): (.+)", _t("skipped {0}: {1}"), ("", PIECE)),
        (r"failed (.+?): " + _known_reason(), _t("failed {0}: {1}"), ("", PIECE)),
        (r"failed (.+?): (.+)", _t("failed {0}: {1}"), ("", PIECE)),  # a reason no rule knows (an error of the core)
        (r"cancelled: the files not yet read were not imported", _t("cancelled: the files not yet read were not "
                                                                    "imported"), ()),
        (r"cancelled: (.+?) was read to line ([\d,]+) of ([\d,]+); the rest of it and the files after it were not "
         r"imported \(importing it again adds only what is missing\)",
         _t("cancelled: {0} was read to line {1} of {2}; the rest of it and the files after it were not imported "
            "(importing it again adds only what is missing)"), ()),
        (r"cancelled: (.+?) was read to row ([\d,]+) of ([\d,]+); the rest of it and the files after it were not "
         r"imported \(importing it again adds only what is missing\)",
         _t("cancelled: {0} was read to row {1} of {2}; the rest of it and the files after it were not imported "
            "(importing it again adds only what is missing)"), ()),
        (r"stopped: the project could not be written to, so ([\d,]+) file\(s\) after it were not tried; the "
         r"documents imported before it are stored, each whole",
         _t("stopped: the project could not be written to, so {0} file(s) after it were not tried; the documents "
            "imported before it are stored, each whole"), ()),
        # exporting (core/export/formats.py, xlsx.py, conll.py)
        (r"wrote ([\d,]+) line\(s\) to (.+)", _t("wrote {0} line(s) to {1}"), ()),
        (r"note: ([\d,]+) open suggestion\(s\) were left out; review them, or export the status suggested too",
         _t("note: {0} open suggestion(s) were left out; review them, or export the status suggested too"), ()),
        (r"note: ([\d,]+) span\(s\) are exported once for each annotator who marked them \((.+)\), so counts and "
         r"sums take them more than once; --annotator NAME exports one annotator's",
         _t("note: {0} span(s) are exported once for each annotator who marked them ({1}), so counts and sums take "
            "them more than once; ticking one annotator in Project › Export… exports one annotator's"), ()),
        (r"wrote ([\d,]+) row\(s\) to (.+)", _t("wrote {0} row(s) to {1}"), ()),
        (r"wrote ([\d,]+) task\(s\) to (.+)", _t("wrote {0} task(s) to {1}"), ()),  # Label Studio's (label_studio.py)
        *rejected_left_out(),
        (r"Label Studio's labeling config for them: (.+) \(paste it in Label Studio's project settings, Labeling "
         r"Interface, Code, before importing the tasks\)",
         _t("Label Studio's labeling config for them: {0} (paste it in Label Studio's project settings, Labeling "
            "Interface, Code, before importing the tasks)"), ()),
        (r"wrote ([\d,]+) fact\(s\) to (.+)", _t("wrote {0} fact(s) to {1}"), ()),
        (r"wrote ([\d,]+) document\(s\), ([\d,]+) sentence\(s\) to (.+); warning: ([\d,]+) span\(s\) inside or "
         r"across a longer one left out \(BIO has one tag a character\)",
         _t("wrote {0} document(s), {1} sentence(s) to {2}; warning: {3} span(s) inside or across a longer one left "
            "out (BIO has one tag a character)"), ()),
        (r"wrote ([\d,]+) document\(s\), ([\d,]+) sentence\(s\) to (.+)",
         _t("wrote {0} document(s), {1} sentence(s) to {2}"), ()),
        (r"wrote ([\d,]+) document\(s\), ([\d,]+) span\(s\) to (.+)",  # the reading export (html_page.py)
         _t("wrote {0} document(s), {1} span(s) to {2}"), ()),
        (r"wrote (.+?): ([\d,]+) annotation\(s\) in ([\d,]+) document\(s\); ([\d,]+) fact\(s\); (.+)",
         _t("wrote {0}: {1} annotation(s) in {2} document(s); {3} fact(s); {4}"), ("", "", "", "", LIST)),
        # suggesting (core/suggest/runner.py, links.py)
        (r"([\d,]+) document\(s\): ([\d,]+) new suggestion\(s\) \((.+)\)",
         _t("{0} document(s): {1} new suggestion(s) ({2})"), ("", "", LABELS)),
        (r"([\d,]+) document\(s\): ([\d,]+) new link suggestion\(s\) \((.+)\)",
         _t("{0} document(s): {1} new link suggestion(s) ({2})"), ("", "", ORIGINS)),
        (r"([\d,]+) document\(s\): ([\d,]+) new link suggestion\(s\)",  # the window's, without the rules' counts
         _t("{0} document(s): {1} new link suggestion(s)"), ()),
        (r"([\d,]+) new link suggestion\(s\)",  # after the spans' line, the documents said once (model_suggested.py)
         _t("{0} new link suggestion(s)"), ()),
        *suggest_cancel_lines(),
        (r"([\d,]+) open suggestion\(s\) of an earlier model replaced by this model's",
         _t("{0} open suggestion(s) of an earlier model replaced by this model's"), ()),
        (r"skipped ([\d,]+) document\(s\) already suggested with these settings",
         _t("skipped {0} document(s) already suggested with these settings"), ()),
        (r"the strings accepted since were looked for in ([\d,]+) of them: ([\d,]+) new suggestion\(s\)",
         _t("the strings accepted since were looked for in {0} of them: {1} new suggestion(s)"), ()),
        *metadata_lines(),  # a table of metadata (core/metadata_table.py MetadataReport)
        *agreement_lines(),  # the agreement of coders (core/team/agreement.py, unnamed.py)
    ]


_REMOVE_AGAIN = r"remove it \(annotator remove PROJECT --doc NAME\) and import it again choosing the encoding " \
                r"\(--encoding\)"
_SAVE_AS = r"save it as \.docx \(Word, WPS and LibreOffice can\) or plain text and import that"


def _pdf_pieces() -> list[Rule]:
    """Why a PDF was not imported (core/imports/pdf.py)."""
    ocr = ("run OCR on it first (e.g. ocrmypdf, or a PDF reader's 'recognise text'), or copy its text into a .txt "
           "file, and import that")
    return [
        (r"is an SQLite database \(an annotator project's project\.sqlite\?\), not a document: open a project with "
         r"'annotator gui FOLDER' \(Project › Open project… in the window\), or bring its coders' annotations in with "
         r"'annotator merge PROJECT FOLDER'",
         _t("is an SQLite database (an annotator project's project.sqlite?), not a document: open its folder as a "
            "project with Project › Open project…, or bring its coders' annotations in with Project › Coding team › "
            "Merge coders' work…"), ()),
        (r"is a PDF under another name: rename it to \.pdf and import that",
         _t("is a PDF under another name: rename it to .pdf and import that"), ()),
        (r"the file is empty \(0 bytes\)", _t("the file is empty (0 bytes)"), ()),
        (r"is not a PDF \(it does not start with %PDF-\)", _t("is not a PDF (it does not start with %PDF-)"), ()),
        (r"is a damaged PDF: it is cut off before its end \(a download that stopped\?\); download or save it again "
         r"and import that", _t("is a damaged PDF: it is cut off before its end (a download that stopped?); download "
                                "or save it again and import that"), ()),
        (r"is a damaged PDF that cannot be read \((.+)\); open it in a PDF reader, save or print it as a new PDF and "
         r"import that", _t("is a damaged PDF that cannot be read ({0}); open it in a PDF reader, save or print it as "
                            "a new PDF and import that"), ()),
        (r"is a damaged PDF: its page ([\d,]+) of ([\d,]+) cannot be read \((.+)\); open it in a PDF reader, save "
         r"or print it as a new PDF and import that", _t("is a damaged PDF: its page {0} of {1} cannot be read ({2}); "
                                                         "open it in a PDF reader, save or print it as a new PDF and "
                                                         "import that"), ()),
        (r"is encrypted in a way this installation cannot read \((.+)\); install the 'cryptography' package, or save "
         r"the PDF without protection", _t("is encrypted in a way this installation cannot read ({0}); install the "
                                           "'cryptography' package, or save the PDF without protection"), ()),
        (r"is protected by a password; open it in a PDF reader with its password, save or print it as a PDF without "
         r"one \(or copy its text into a \.txt file\) and import that",
         _t("is protected by a password; open it in a PDF reader with its password, save or print it as a PDF "
            "without one (or copy its text into a .txt file) and import that"), ()),
        (r"has no text layer \(([\d,]+) page\(s\) of images: a scan\?\); " + re.escape(ocr),
         _t("has no text layer ({0} page(s) of images: a scan?); run OCR on it first (e.g. ocrmypdf, or a PDF "
            "reader's 'recognise text'), or copy its text into a .txt file, and import that"), ()),
    ]


def _pieces() -> list[Rule]:
    """Parts of a line: why a file was not imported or what to check in it; an xlsx sheet's count."""
    return [
        (r"the same text is already in the project", _t("the same text is already in the project"), ()),
        (r"no such file or folder", _t("no such file or folder"), ()),
        (r"no (\S+(?:, \S+)*) or (\S+) file in it or its subfolders, only ([\d,]+) file\(s\) of other programs "
         r"\((.+)\): annotator reads plain text \(" + _SUFFIXES + r"\), Word \.docx, PDF, OFD and web pages "
         r"\(\.html, \.htm, \.mht\)" + ADVICE,
         _t("no {0} or {1} file in it or its subfolders, only {2} file(s) of other programs ({3}): annotator reads "
            "plain text ({4}), Word .docx, PDF, OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt "
            "files through LibreOffice, not found on this computer: install LibreOffice (libreoffice.org) and import "
            "again, or convert many files at once on the command line: soffice --headless --convert-to docx *.doc"),
         (LIST, "", "", NAMES, LIST)),
        (r"no (\S+(?:, \S+)*) or (\S+) file in it or its subfolders", _t("no {0} or {1} file in it or its subfolders"),
         (LIST, "")),
        (r"is not a file", _t("is not a file"), ()),
        (r"the file is empty", _t("the file is empty"), ()),
        (r"holds no text \(only white space\)", _t("holds no text (only white space)"), ()),
        (r"the document holds no text", _t("the document holds no text"), ()),
        (r"cannot read \((.+)\)", _t("cannot read ({0})"), ()),
        (r"looks like a binary file \(it holds NUL bytes\), not text",
         _t("looks like a binary file (it holds NUL bytes), not text"), ()),
        (r"looks like a binary file \(control characters\), not text",
         _t("looks like a binary file (control characters), not text"), ()),
        (r"holds ([\d,]+) NUL character\(s\), which no text holds \(the first at line (\d+), column (\d+)\); remove "
         r"them in a text editor and import it again", _t("holds {0} NUL character(s), which no text holds (the first "
                                                          "at line {1}, column {2}); remove them in a text editor and "
                                                          "import it again"), ()),
        (r"cannot tell its encoding \(not UTF-8, UTF-16, GB18030 or Big5\)",
         _t("cannot tell its encoding (not UTF-8, UTF-16, GB18030 or Big5)"), ()),
        (r"cannot tell its encoding: it is not UTF-8, GB18030 or Big5 text, and it reads as UTF-16 \((.+)\) only by "
         r"chance, it seems: it has no byte-order mark, nor the bytes of UTF-16 line ends, digits or punctuation — if "
         r"you know its encoding, choose it \(--encoding\)",
         _t("cannot tell its encoding: it is not UTF-8, GB18030 or Big5 text, and it reads as UTF-16 ({0}) only by "
            "chance, it seems: it has no byte-order mark, nor the bytes of UTF-16 line ends, digits or punctuation "
            "— if you know its encoding, choose it when the import offers the readings, or save the file as "
            "UTF-8"), ()),
        (r"is not valid (\S+) \(byte (\d+): (.+)\)", _t("is not valid {0} (byte {1}: {2})"), ()),
        (r"is not (\S+) text \(--encoding (\S+)\): it does not decode as (\S+) \(byte (\d+): (.+)\); it reads as "
         r"(\S+): leave out --encoding", _t("is not {0} text (the encoding chosen: {1}): it does not decode as {2} "
                                            "(byte {3}: {4}); it reads as {5}: import it again with Project › Import "
                                            "files… without choosing an encoding for it"), ()),
        (r"is not (\S+) text \(--encoding (\S+)\): it does not decode as (\S+) \(byte (\d+): (.+)\)",
         _t("is not {0} text (the encoding chosen: {1}): it does not decode as {2} (byte {3}: {4})"), ()),
        (r"starts with a (\S+) mark but is not valid (\S+) \(byte (\d+)\)",
         _t("starts with a {0} mark but is not valid {1} (byte {2})"), ()),
        (r"does not read as Chinese or Latin text in any encoding tried \(UTF-8, GB18030, Big5, UTF-16\); the best "
         r"guess, (\S+), gives (\d+)% unusual characters — if you know its encoding, choose it \(--encoding\)",
         _t("does not read as Chinese or Latin text in any encoding tried (UTF-8, GB18030, Big5, UTF-16); the best "
            "guess, {0}, gives {1}% unusual characters — if you know its encoding, choose it when the import offers "
            "the readings, or save the file as UTF-8"), ()),
        (r"mixes encodings: it reads mostly as (\S+), but holds UTF-8 text at byte (\d+) \((.+)\); save it in one "
         r"encoding and import it again",
         _t("mixes encodings: it reads mostly as {0}, but holds UTF-8 text at byte {1} ({2}); save it in one "
            "encoding and import it again"), ()),
        (r"ends in the middle of a character: it reads as (\S+) but its last (\d+) byte\(s\) are half of one, so the "
         r"file seems cut off \(a download or copy that stopped\); copy or save it again whole and import that",
         _t("ends in the middle of a character: it reads as {0} but its last {1} byte(s) are half of one, so the file "
            "seems cut off (a download or copy that stopped); copy or save it again whole and import that"), ()),
        (r"is not a valid \.docx \(not a zip archive\)", _t("is not a valid .docx (not a zip archive)"), ()),
        (r"is a damaged \.docx: its zip archive is cut off or corrupt; open it in Word or WPS \(they can often repair "
         r"it\), save it again and import that",
         _t("is a damaged .docx: its zip archive is cut off or corrupt; open it in Word or WPS (they can often repair "
            "it), save it again and import that"), ()),
        (r"is a password-protected Word document, or an old \.doc named \.docx; open it in Word or WPS, save it as "
         r"\.docx without a password and import that",
         _t("is a password-protected Word document, or an old .doc named .docx; open it in Word or WPS, save it as "
            ".docx without a password and import that"), ()),
        (r"no article text found: the page holds no paragraphs of Chinese text \(a login page, a list of links\?\); "
         r"open the article's own page, save it and import that, or copy its text into a \.txt file",
         _t("no article text found: the page holds no paragraphs of Chinese text (a login page, a list of links?); "
            "open the article's own page, save it and import that, or copy its text into a .txt file"), ()),
        (r"is no longer there \(moved or deleted after the import started\); nothing was read from it",
         _t("is no longer there (moved or deleted after the import started); nothing was read from it"), ()),
        (r"is (a folder|a named pipe \(FIFO\)|a socket|a device|something other than a regular file), not a file "
         r"of text; nothing was read from it", _t("is {0}, not a file of text; nothing was read from it"), (PIECE,)),
        (r"a folder", _t("a folder"), ()),
        (r"a named pipe \(FIFO\)", _t("a named pipe (FIFO)"), ()),
        (r"a socket", _t("a socket"), ()),
        (r"a device", _t("a device"), ()),
        (r"something other than a regular file", _t("something other than a regular file"), ()),
        (r"a symbolic link that leads back to itself \(a loop\)",
         _t("a symbolic link that leads back to itself (a loop)"), ()),
        (r"is a zip file but not a Word \.docx document", _t("is a zip file but not a Word .docx document"), ()),
        (r"unpacks to ([\d,]+) MB; refused as a possible zip bomb \(limits: ([\d,]+) MB in all, ([\d,]+) MB of "
         r"document text\)", _t("unpacks to {0} MB; refused as a possible zip bomb (limits: {1} MB in all, {2} MB of "
                                 "document text)"), ()),
        *_pdf_pieces(),
        *ofd_pieces(),
        *office_pieces(),
        *word_pieces(),
        *again_pieces(),
        (r"is a workbook: annotator reads documents from " + _SUFFIXES + r" and (\.\w+) files",
         _t("is a workbook: annotator reads documents from {0} and {1} files"), (LIST, "")),
        (r"not a web archive: no web page \(a text/html part\) in it; open the page in a browser, save it again as "
         r"\"Webpage, Single File\" \(\.mht\) or \"Web page, complete\" \(\.html\) and import that",
         _t("not a web archive: no web page (a text/html part) in it; open the page in a browser, save it again as "
            "\"Webpage, Single File\" (.mht) or \"Web page, complete\" (.html) and import that"), ()),
        (r"is annotations \(JSON lines\), not a document: they go in with 'annotator import-annotations PROJECT FILE'",
         _t("is annotations (JSON lines), not a document: they go in with Project › Import annotations…"), ()),
        (r"is an old Office or WPS document under another name: " + _SAVE_AS,
         _t("is an old Office or WPS document under another name: save it as .docx (Word, WPS and LibreOffice "
            "can) or plain text and import that"), ()),
        (r"is a Word \.docx document under another name: rename it to \.docx and import that",
         _t("is a Word .docx document under another name: rename it to .docx and import that"), ()),
        (r"is a zip archive, not text: unpack it and import its files",
         _t("is a zip archive, not text: unpack it and import its files"), ()),
        (r"is a workbook: annotations exported by annotator go in with 'annotator import-annotations PROJECT FILE'",
         _t("is a workbook: annotations exported by annotator go in with Project › Import annotations…"), ()),
        (r"is ([\d,]+) MB; files over (\d+) MB are refused \(split it into smaller files\)",
         _t("is {0} MB; files over {1} MB are refused (split it into smaller files)"), ()),
        (r"its encoding was guessed as (\S+), but it also reads as (.+?); if its text looks wrong, " + _REMOVE_AGAIN,
         _t("its encoding was guessed as {0}, but it also reads as {1}; if its text looks wrong, choose the reading "
            "that looks right in the window that follows, and the file is imported again with it"), ()),
        (r"read as (\S+), but (\d+)% of its characters are unusual in Chinese or Latin text; if it is in another "
         r"encoding, " + _REMOVE_AGAIN,
         _t("read as {0}, but {1}% of its characters are unusual in Chinese or Latin text; if it is in another "
            "encoding, choose the reading that looks right in the window that follows, and the file is imported "
            "again with it"), ()),
        (r"read as (\S+), but (\d+)% of its characters are unusual in Chinese or Latin text; if it is in another "
         r"encoding, " + _REMOVE_AGAIN + r"; it reads as (\S+): leave out --encoding",
         _t("read as {0}, but {1}% of its characters are unusual in Chinese or Latin text; if it is in another "
            "encoding, remove the document and import the file again, choosing another reading when the import "
            "offers them; it reads as {2}"), ()),
        # an xlsx export's sheets (core/export/label_sheets.py)
        (r"(\d+) district\(s\)", _t("{0} district(s)"), ()),
        (r"(\d+) project\(s\)", _t("{0} project(s)"), ()),
        (r"(\d+) amount\(s\) totalling (.+)", _t("{0} amount(s) totalling {1}"), ()),
        (r"(\d+) target\(s\)", _t("{0} target(s)"), ()),
        (r"(\d+) (\S+) span\(s\)", _t("{0} {1} span(s)"), ("", LABEL)),
    ]


@cache
def _known_reason() -> str:
    """A group matching the whole of a reason that a rule of ``_pieces`` knows: a file's name may hold
    ": " itself (a folder "a: b"), so "failed NAME: REASON" is split where a known reason follows, not at
    the first ": " (the name up to it was said as the file, the rest as an unknown reason)."""
    # the pieces' own groups made non-capturing: only the whole reason is a group
    return "(" + "|".join("(?:" + re.sub(r"(?<!\\)\((?!\?)", "(?:", p) + ")" for p, _tpl, _k in _pieces()) + ")"


def _counts(text: str, say: Callable[[str], str]) -> str:
    """"AMOUNT 2, DISTRICT 1" (or "none") in the language: 金额 2、地区 1."""
    if text == "none":
        return _t("none")
    pairs = [part.rpartition(" ") for part in text.split(", ")]
    return names_list(f"{say(name)} {n}" if name else n for name, _sp, n in pairs)


def _group(kind: str, text: str) -> str:
    if kind == PIECE:  # a file's reason, else an error of the core (the project busy while importing it)
        said = _said(text, _pieces())
        return error_line(text) if said is None else said
    if kind == LIST:
        return names_list(_say(part, _pieces()) for part in text.split(", "))
    if kind == LABEL:
        return label_text(text)
    if kind == LABELS:
        return _counts(text, label_text)
    if kind == ORIGINS:
        return _counts(text, origin_text)
    if kind == STATUSES:
        return names_list(status_text(s) for s in text.split(", "))
    if kind == NOTES:
        return notes_text(text)
    if kind == NAMES:
        return _t("nobody") if text == "nobody" else names_list(n.strip("'") for n in text.split(", "))
    return text


def _said(text: str, rules: list[Rule]) -> str | None:
    return said_by(text, rules, _group)


def _say(text: str, rules: list[Rule]) -> str:
    said = _said(text, rules)
    return text if said is None else said


def _file_reasons() -> list[Rule]:
    """A file named with why it cannot be read, a reason of ``_pieces`` (the core's ImportFileError as
    reading a text raises it: a table of metadata that is empty or binary, ``text.decode``); looked at
    after every other rule, so a line a rule of the core's errors knows is said as it says it."""
    return [(r"(.+?): " + _known_reason(), _t("{0}: {1}"), ("", PIECE))]


def _line(line: str) -> str:
    """A whole line: a report's, else an error's of the core, else a file and its reason, else as it is."""
    known = _said(line, _lines()) or kinds_line(line)
    if known is not None:
        return known
    return said if (said := error_line(line)) != line else _said(line, _file_reasons()) or line


def summary_text(text: str) -> str:
    """A report of the core (lines joined by newlines or "; ") in the interface's language; a line no
    rule knows as the core wrote it."""
    return "\n".join(_line(line) for line in text.split("\n"))


def summary_lines(lines: list[str]) -> list[str]:
    """Each line of a report's ``lines()`` in the interface's language."""
    return [_line(line) for line in lines]


def summary_line(lines: list[str]) -> str:
    """A report's ``lines()`` on one line (a status bar's): "; " between them in English, "；" in Chinese."""
    return _t("; ").join(summary_lines(lines))
