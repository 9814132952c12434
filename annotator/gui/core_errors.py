"""The core's error sentences in the interface's language: why a project cannot be opened or
created, why an edit was not saved, why a label was refused, why a backup or an export failed.

The core raises them in English (the command line prints them as they are); every error box of the
window (:func:`annotator.gui.dialogs.errors.show_error`, through
:func:`annotator.gui.summaries.summary_text`) and the backup warning in the status bar show them
through this table. Each rule is a whole line's pattern of the English and its template (``tr`` in
the context "CoreErrors", ``{0}`` … for the pattern's groups). A path, a file's or an annotator's
name, a quoted span text and what SQLite or the system said stay as they are; a label of the schema
is named as the window names it (地区 for DISTRICT). In English every template is its own phrase, so
a line shows as the core wrote it; a line no rule knows (a new message of the core) stays as it is.
``tests/gui/test_core_errors.py`` makes the core raise each message and checks its rule matches.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_words import disk_words, field_word
from annotator.gui.display import label_text, link_kind_text, status_text
from annotator.gui.i18n import names_list


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)


# how a group is said: as a piece (a backup's hint, a size), as a whole error line, a label, label names
PIECE, ERROR, LABEL, LABELS, FIELD, LINK = "piece", "error", "label", "labels", "field", "link"
STATUS, QUOTED_LABEL = "status", "quoted label"  # a status ('rejected'; else as it is), a label ('AMOUNT'), quoted
DISK = "disk"  # why the disk refused a write, as SQLite or the system said it (core_error_words.py)
Rule = tuple[str, str, tuple[str, ...]]  # (pattern, template, how each group is said: "" as it is)

_QUOTED = r"('.*'|\".*\")"  # a Python repr of a string: a span's text, a name
# two windows' edits of one field (core/store/validation.py merge_edit)
_MEANWHILE = (r"was changed meanwhile in another window or program to (.+), so yours, (.+), was not saved — look at "
              r"the stored one and type yours again if it should replace it")


def _overwrite(field: str = r"\S+", now: str = ".+") -> str:
    """Undo or redo over a field another window or program changed since (store/validation.py changed_meanwhile)."""
    return (rf": its ({field}) was changed meanwhile in another window or program to ({now}), so undo or redo would "
            r"overwrite it; nothing was written")


_OVERWRITE = _overwrite(r"(?!(?:status|label) )\S+")  # a status or a label by the rules after it
_STATUS_NOW = _overwrite("status", "'(?:accepted|rejected|suggested)'")  # said as the window names the status
_RESTORE_HINT = r"'annotator restore' brings back a backup — the file was left untouched"


def _opening() -> list[Rule]:
    """Opening or creating a project (core/store/base.py, db_file.py, texts.py)."""
    return [
        (r"(.+): a project already exists here", _t("{0}: a project already exists here"), ()),
        (r"(.+): is a file, not a folder", _t("{0}: is a file, not a folder"), ()),
        (r"(.+): cannot create the project folder \((.+)\)", _t("{0}: cannot create the project folder ({1})"), ()),
        (r"(.+): no such project folder", _t("{0}: no such project folder"), ()),
        (r"(.+): is not a folder", _t("{0}: is not a folder"), ()),
        (r"(.+): not an annotator project \(no (.+)\); create one with 'annotator new (.+)'",
         _t("{0}: not an annotator project (no {1}); create one with 'annotator new {2}'"), ()),
        (r"(.+): the project folder is read-only; annotator needs to write its database and journal there",
         _t("{0}: the project folder is read-only; annotator needs to write its database and journal there"), ()),
        (r"(.+): the database file is read-only; nothing was changed",
         _t("{0}: the database file is read-only; nothing was changed"), ()),
        (r"(.+): cannot open the database \((.+)\)", _t("{0}: cannot open the database ({1})"), ()),
        (r"(.+): the project is read-only \(its folder or database file cannot be written\), so changes cannot be "
         r"saved; copy the project folder to a writable place to edit it — nothing was changed",
         _t("{0}: the project is read-only (its folder or database file cannot be written), so changes cannot be "
            "saved; copy the project folder to a writable place to edit it — nothing was changed"), ()),
        (r"(.+): the project is read-only and of an older version \(schema (\d+), this annotator reads (\d+)\); it "
         r"must be upgraded before it can be read, which writes: copy the project folder to a writable place and "
         r"open the copy — nothing was changed",
         _t("{0}: the project is read-only and of an older version (schema {1}, this annotator reads {2}); it must be "
            "upgraded before it can be read, which writes: copy the project folder to a writable place and open the "
            "copy — nothing was changed"), ()),
        (r"(.+): the project is read-only and was not closed cleanly: its write-ahead log (.+) holds changes that "
         r"cannot be read without its (.+) file; copy the project folder to a writable place and open the copy — "
         r"nothing was changed",
         _t("{0}: the project is read-only and was not closed cleanly: its write-ahead log {1} holds changes that "
            "cannot be read without its {2} file; copy the project folder to a writable place and open the copy — "
            "nothing was changed"), ()),
        (r"(.+): a name in this path is (\d+) bytes long, more than the (\d+) bytes a file system allows for one "
         r"file or folder name; choose a shorter name — nothing was changed",
         _t("{0}: a name in this path is {1} bytes long, more than the {2} bytes a file system allows for one file "
            "or folder name; choose a shorter name — nothing was changed"), ()),
        (r"(.+): the path is too long for the file system \((\d+) bytes\); move the project to a shorter path — "
         r"nothing was changed",
         _t("{0}: the path is too long for the file system ({1} bytes); move the project to a shorter path — "
            "nothing was changed"), ()),
        (r"(.+): its path is too long for SQLite \((\d+) bytes, at most (\d+)\); move or rename the project folder to "
         r"a shorter path — nothing was changed",
         _t("{0}: its path is too long for SQLite ({1} bytes, at most {2}); move or rename the project folder to a "
            "shorter path — nothing was changed"), ()),
        (r"(.+): cannot be opened, the disk is full \((.+)\); nothing was written to it — free some space on the disk "
         r"and try again",
         _t("{0}: cannot be opened, the disk is full ({1}); nothing was written to it — free some space on the disk "
            "and try again"), ("", DISK)),
        (r"(.+): cannot be opened, the disk reported an error \((.+)\); nothing was written to it — the database "
         r"itself is not known to be damaged: check the disk and try again",
         _t("{0}: cannot be opened, the disk reported an error ({1}); nothing was written to it — the database itself "
            "is not known to be damaged: check the disk and try again"), ("", DISK)),
        (r"(.+): the database is damaged or not a project database \((.+)\); nothing was written to it — (.+)",
         _t("{0}: the database is damaged or not a project database ({1}); nothing was written to it — {2}"),
         ("", "", PIECE)),
        (r"(.+): the database is damaged \((.+)\); nothing was written to it — (.+)",
         _t("{0}: the database is damaged ({1}); nothing was written to it — {2}"), ("", "", PIECE)),
        (r"(.+): the database is damaged \(the text of document (.+) no longer matches the sha256 it was imported "
         r"with\); nothing more was done — (.+)",
         _t("{0}: the database is damaged (the text of document {1} no longer matches the sha256 it was imported "
            "with); nothing more was done — {2}"), ("", "", PIECE)),
        (r"(.+): is an SQLite database but not an annotator project; it was left untouched",
         _t("{0}: is an SQLite database but not an annotator project; it was left untouched"), ()),
        (r"(.+): made by a newer annotator \(schema (\d+), this one knows (\d+)\); update annotator to open it — "
         r"nothing was changed",
         _t("{0}: made by a newer annotator (schema {1}, this one knows {2}); update annotator to open it — "
            "nothing was changed"), ()),
        (r"(.+): its tables are not those of an annotator project of schema (\d+) \((.+)\); it was left untouched",
         _t("{0}: its tables are not those of an annotator project of schema {1} ({2}); it was left untouched"),
         ()),
        (r"(.+): cannot switch the database to WAL mode \((.+)\)",
         _t("{0}: cannot switch the database to WAL mode ({1})"), ()),
        (r"(.+): cannot read the database \((.+)\)", _t("{0}: cannot read the database ({1})"), ()),
        (r"(.+): is empty \(0 bytes\), so the project database is lost or damaged; " + _RESTORE_HINT,
         _t("{0}: is empty (0 bytes), so the project database is lost or damaged; 'annotator restore' brings "
            "back a backup — the file was left untouched"), ()),
        (r"(.+): is not an SQLite database \(damaged or another kind of file\); it was left untouched",
         _t("{0}: is not an SQLite database (damaged or another kind of file); it was left untouched"), ()),
        (r"(.+): is truncated \((\d+) bytes, less than the 100-byte header\); " + _RESTORE_HINT,
         _t("{0}: is truncated ({1} bytes, less than the 100-byte header); 'annotator restore' brings back a "
            "backup — the file was left untouched"), ()),
        (r"(.+): is damaged: it has bytes after its end \((\d+) bytes where its header says (.+)\); " + _RESTORE_HINT,
         _t("{0}: is damaged: it has bytes after its end ({1} bytes where its header says {2}); 'annotator "
            "restore' brings back a backup — the file was left untouched"), ("", "", PIECE)),
        (r"(.+): is damaged: it does not hold whole pages \((\d+) bytes where its header says (.+)\); "
         + _RESTORE_HINT,
         _t("{0}: is damaged: it does not hold whole pages ({1} bytes where its header says {2}); 'annotator "
            "restore' brings back a backup — the file was left untouched"), ("", "", PIECE)),
        (r"(.+): is truncated \((\d+) bytes where its header says (.+)\); " + _RESTORE_HINT,
         _t("{0}: is truncated ({1} bytes where its header says {2}); 'annotator restore' brings back a backup "
            "— the file was left untouched"), ("", "", PIECE)),
    ]


def _editing() -> list[Rule]:
    """Writes refused or failed (core/store/base.py, validation.py, labels.py, guides.py)."""
    overwrite = _t("{0} {1}: its {2} was changed meanwhile in another window or program to {3}, so undo or redo would "
                   "overwrite it; nothing was written")
    return [
        (r"(.+): could not write \((.+)\); nothing was saved", _t("{0}: could not write ({1}); nothing was saved"),
         ("", DISK)),
        (r"(.+): the project is busy in another program \((.+)\) and stayed busy for (\S+) s; nothing was saved "
         r"— try again",
         _t("{0}: the project is busy in another program ({1}) and stayed busy for {2} s; nothing was saved — "
            "try again"), ()),
        (r"(.+?) " + _QUOTED + r" \((\d+)-(\d+)\) overlaps (.+?) " + _QUOTED + r" \((\d+)-(\d+)\); one "
         r"annotator's spans of one label may not overlap",
         _t("{0} {1} ({2}-{3}) overlaps {4} {5} ({6}-{7}); one annotator's spans of one label may not overlap"),
         (LABEL, "", "", "", LABEL)),
        (r"(.+?) " + _QUOTED + r": its note " + _MEANWHILE,
         _t("{0} {1}: its note was changed meanwhile in another window or program to {2}, so yours, {3}, was not saved "
            "— look at the stored one and type yours again if it should replace it"), (LABEL, "", "", "")),
        # a status or a label another program set is named as the window names it ('已拒绝', '金额')
        (r"(\S+) " + _QUOTED + _STATUS_NOW, overwrite, (LABEL, "", FIELD, STATUS)),
        (r"(\S+) " + _QUOTED + _overwrite("label", "'[^']+'"), overwrite, (LABEL, "", FIELD, QUOTED_LABEL)),
        (r"(\S+) " + _QUOTED + _OVERWRITE,
         overwrite, (LABEL, "", FIELD, "")),
        (r"the (\S+) link of (\S+) " + _QUOTED + _overwrite(),
         _t("the {0} link of {1} {2}: its {3} was changed meanwhile in another window or program to {4}, so undo or "
            "redo would overwrite it; nothing was written"), (LINK, LABEL, "", FIELD, STATUS)),
        (r"the document " + _QUOTED + r": its (\S+) " + _MEANWHILE,
         _t("the document {0}: its {1} was changed meanwhile in another window or program to {2}, so yours, {3}, was "
            "not saved — look at the stored one and type yours again if it should replace it"), ("", FIELD, "", "")),
        (r"the document " + _QUOTED + _OVERWRITE,
         _t("the document {0}: its {1} was changed meanwhile in another window or program to {2}, so undo or redo "
            "would overwrite it; nothing was written"), ("", FIELD, "")),
        (r"(.+?) " + _QUOTED + r": its value's (\S+) " + _MEANWHILE,
         _t("{0} {1}: its value's {2} was changed meanwhile in another window or program to {3}, so yours, {4}, was "
            "not saved — look at the stored one and type yours again if it should replace it"),
         (LABEL, "", "", "", "")),
        (r"offsets (\S+?)-(\S+) are outside the text \(0-(\d+)\) or empty",
         _t("offsets {0}-{1} are outside the text (0-{2}) or empty"), ()),
        (r"no span text given for (\S+?)-(\S+); the document has (.+) there \(the text is asked for, to check the "
         r"offsets\)",
         _t("no span text given for {0}-{1}; the document has {2} there (the text is asked for, to check the "
            "offsets)"), ()),
        (r"span text (.+) does not match the document at (\S+?)-(\S+) \((.+)\)",
         _t("span text {0} does not match the document at {1}-{2} ({3})"), ()),
        (r"value must be a JSON object, not (.+)", _t("value must be a JSON object, not {0}"), ()),
        (r"value cannot be stored as JSON \((.+)\)", _t("value cannot be stored as JSON ({0})"), ()),
        (r"(\w+) must be a string, not (\w+) (.*)", _t("{0} must be a string, not {1} {2}"), ()),
        (r"(\w+) holds a lone surrogate (.+) at position (\d+) \(broken UTF-16\), which cannot be stored",
         _t("{0} holds a lone surrogate {1} at position {2} (broken UTF-16), which cannot be stored"), ()),
        (r"confidence must be a number, not (.+)", _t("confidence must be a number, not {0}"), ()),
        (r"unknown status (.+) \(one of (.+)\)", _t("unknown status {0} (one of {1})"), ()),
        # the label editor
        (r"a label needs a name", _t("a label needs a name"), ()),
        (r"label (.+) exists already", _t("label {0} exists already"), ()),
        (r"shortcut (.+) is taken by (.+) in (.+): choose another or clear (.+)'s first",
         _t("shortcut {0} is taken by {1} in {2}: choose another or clear {3}'s first"), ("", LABEL, "", LABEL)),
        (r"label (.+) was kept: ([\d,]+) span\(s\) in (.+) use it; relabel or delete those spans first, or rename "
         r"the label instead", _t("label {0} was kept: {1} span(s) in {2} use it; relabel or delete those spans "
                                  "first, or rename the label instead"), (LABEL,)),
        (r"label (.+) is no longer in the project", _t("label {0} is no longer in the project"), (LABEL,)),
        (r"(.+) is one of the schema's labels: its values, links and suggestions go by that name, so it keeps it "
         r"— its colour, key and description can be changed, and the window shows it in your language; nothing "
         r"was changed",
         _t("{0} is one of the schema's labels: its values, links and suggestions go by that name, so it keeps it "
            "— its colour, key and description can be changed, and the window shows it in your language; nothing "
            "was changed"), ()),
        # a label's guide
        (r"the guide of (.+) has ([\d,]+) characters; at most ([\d,]+) are kept",
         _t("the guide of {0} has {1} characters; at most {2} are kept"), (LABEL,)),
        (r"the guide of (.+) was changed in the meantime \(in another window or program\): Cancel shows it, then "
         r"Edit again",
         _t("the guide of {0} was changed in the meantime (in another window or program): Cancel shows it, then "
            "Edit again"), (LABEL,)),
        # adjudication (core/team/adjudication.py)
        (r"the layer " + _QUOTED + r" in (.+) holds spans not written by adjudication \(a coder's, or imported under "
         r"that name\), which a decision would replace; name another gold layer \(default (.+)\)",
         _t("the layer {0} in {1} holds spans not written by adjudication (a coder's, or imported under that name), "
            "which a decision would replace; name another gold layer (default {2})"), ()),
    ]


def _backups() -> list[Rule]:
    """Automatic backups and restoring one (core/store/base.py, backup.py, restore.py), exports
    refused (core/export/formats.py, sheets.py, xlsx.py, core/writing.py)."""
    return [
        (r"automatic backup of (.+?) failed: (.+)", _t("automatic backup of {0} failed: {1}"), ("", ERROR)),
        (r"the project database is damaged \((.+)\); it was not kept as a backup",
         _t("the project database is damaged ({0}); it was not kept as a backup"), ()),
        (r"(.+): is not a usable backup \((.+)\)", _t("{0}: is not a usable backup ({1})"), ()),
        (r"(.+): backup fails its integrity check \((.+)\)", _t("{0}: backup fails its integrity check ({1})"), ()),
        (r"(.+): is an SQLite database but not a backup of an annotator project",
         _t("{0}: is an SQLite database but not a backup of an annotator project"), ()),
        (r"(.+): was made by a newer annotator \(schema (\d+), this one knows (\d+)\); it was not restored",
         _t("{0}: was made by a newer annotator (schema {1}, this one knows {2}); it was not restored"), ()),
        (r"(.+): has no backups in (.+)", _t("{0}: has no backups in {1}"), ()),
        (r"(.+): no such backup file", _t("{0}: no such backup file"), ()),
        (r"(.+): the project is busy in another program \((.+)\) and stayed busy for (\S+) s; nothing was restored "
         r"— close it and try again", _t("{0}: the project is busy in another program ({1}) and stayed busy for {2} s; "
                                         "nothing was restored — close it and try again"), ()),
        (r"(.+): the project folder is read-only; nothing was restored",
         _t("{0}: the project folder is read-only; nothing was restored"), ()),
        (r"(.+): the database file is read-only; nothing was restored",
         _t("{0}: the database file is read-only; nothing was restored"), ()),
        (r"(.+): could not be written \((.+)\); nothing was restored",
         _t("{0}: could not be written ({1}); nothing was restored"), ("", DISK)),
        (r"(.+): could not be written \((.+)\); nothing was restored — the damaged database is back where it was",
         _t("{0}: could not be written ({1}); nothing was restored — the damaged database is back where it was"),
         ("", DISK)),
        # exports
        (r"(.+): is a project database \(or one of its files\); an export never replaces it — choose another "
         r"file name; nothing was written",
         _t("{0}: is a project database (or one of its files); an export never replaces it — choose another file "
            "name; nothing was written"), ()),
        (r"(.+): cannot write there \((.+)\)", _t("{0}: cannot write there ({1})"), ("", DISK)),
        (r"(.+): is a folder; choose a file name to write; nothing was written",
         _t("{0}: is a folder; choose a file name to write; nothing was written"), ()),
        (r"(.+): the folder (.+) does not exist; nothing was written",
         _t("{0}: the folder {1} does not exist; nothing was written"), ()),
        (r"(.+): could not be written \((.+)\); nothing was changed",
         _t("{0}: could not be written ({1}); nothing was changed"), ("", DISK)),
        (r"the (.+) sheet would hold more than ([\d,]+) rows, Excel's limit; export fewer documents or labels "
         r"\(--doc, --label\), or export CSV \(--format csv / --table facts\), which has no such limit",
         _t("the {0} sheet would hold more than {1} rows, Excel's limit; export fewer documents or labels (--doc, "
            "--label), or export CSV (--format csv / --table facts), which has no such limit"), ()),
        (r"no label " + _QUOTED + r" in (.+) \(its labels: (.*)\)", _t("no label {0} in {1} (its labels: {2})"),
         ("", "", LABELS)),
        (r"no label " + _QUOTED + r" in (.+) \(its labels: (.*)\); did you mean " + _QUOTED + r"\?",
         _t("no label {0} in {1} (its labels: {2}); did you mean {3}?"), ("", "", LABELS)),
    ]


def _team() -> list[Rule]:
    """Handing out, opening and merging packages (core/team/package.py, merge.py)."""
    return [
        (r"(.+): a package is a \.zip file", _t("{0}: a package is a .zip file"), ()),
        (r"(.+): no documents to hand out", _t("{0}: no documents to hand out"), ()),
        (r"(.+): not an annotator package \(it should hold one folder with (.+); found (\d+)\)",
         _t("{0}: not an annotator package (it should hold one folder with {1}; found {2})"), ()),
        (r"(.+): not a readable zip file \((.+)\); it may have been cut off while copied or sent: ask for it again",
         _t("{0}: not a readable zip file ({1}); it may have been cut off while copied or sent: ask for it again"), ()),
        (r"(.+): its project needs ([\d,]+) bytes, (.+) has ([\d,]+) free",
         _t("{0}: its project needs {1} bytes, {2} has {3} free"), ()),
        (r"(.+): is a project folder, not a package; a package is the \.zip file '(.+)' makes; this project opens "
         r"as it is \((.+)\)", _t("{0}: is a project folder, not a package; a package is the .zip file '{1}' makes; "
                                   "this project opens as it is ({2})"), ()),
        (r"(.+): is a folder, not a package; a package is the \.zip file '(.+)' makes",
         _t("{0}: is a folder, not a package; a package is the .zip file '{1}' makes"), ()),
        (r"(.+): no such package file", _t("{0}: no such package file"), ()),
        (r"(.+): exists and is not an empty folder; name a new folder for the project",
         _t("{0}: exists and is not an empty folder; name a new folder for the project"), ()),
        (r"(.+): no such project folder or package", _t("{0}: no such project folder or package"), ()),
        (r"(.+): is the project being merged into", _t("{0}: is the project being merged into"), ()),
    ]


def _pieces() -> list[Rule]:
    """Parts of a line: where the newest backup is; the size a database's header gives."""
    return [
        (r"there is no backup of it", _t("there is no backup of it"), ()),
        (r"the newest backup is (.+); 'annotator restore (.+)' brings it back",
         _t("the newest backup is {0}; 'annotator restore {1}' brings it back"), ()),
        (r"(\d+) bytes", _t("{0} bytes"), ()),
        (r"pages of (\d+) bytes", _t("pages of {0} bytes"), ()),
        # a field of a table of metadata (core/metadata.py)
        (r"metadata year takes a year in digits from (\d+) to (\d+), not " + _QUOTED,
         _t("metadata year takes a year in digits from {0} to {1}, not {2}"), ()),
        (r"a metadata field needs a key before '=', not '=(.*)'",
         _t("a metadata field needs a key before '=', not '={0}'"), ()),
    ]


def _metadata_table() -> list[Rule]:
    """A table of metadata refused (core/metadata_table.py): the file, else the file and its row."""
    stored = r"; nothing was stored"
    return [
        (r"(.+): row (\d+): no document named" + stored, _t("{0}: row {1}: no document named; nothing was stored"), ()),
        (r"(.+): row (\d+): the project holds no document " + _QUOTED + r" \(`(annotator documents P)` lists their "
         r"names\)" + stored, _t("{0}: row {1}: the project holds no document {2} (`{3}` lists their names); nothing "
                                  "was stored"), ()),
        (r"(.+): row (\d+): " + _QUOTED + r" is named in row (\d+) too" + stored,
         _t("{0}: row {1}: {2} is named in row {3} too; nothing was stored"), ()),
        (r"(.+): row (\d+): (metadata year takes .+|a metadata field needs a key before .+)" + stored,
         _t("{0}: row {1}: {2}; nothing was stored"), ("", "", PIECE)),
        (r"(.+): cannot be read \((.+)\)", _t("{0}: cannot be read ({1})"), ()),
        (r"(.+): ([\d,]+) bytes is not a table of metadata \(at most ([\d,]+)\)",
         _t("{0}: {1} bytes is not a table of metadata (at most {2})"), ()),
        (r"(.+): the table is empty", _t("{0}: the table is empty"), ()),
        (r"(.+): no column names the documents: the first row needs one headed ('document' \(or .+\)) beside the "
         r"metadata keys", _t("{0}: no column names the documents: the first row needs one headed {1} beside the "
                              "metadata keys"), ()),
        (r"(.+): not a CSV table \((.+)\)", _t("{0}: not a CSV table ({1})"), ()),
        (r"(.+): not an Excel workbook that can be read \((.+)\)",
         _t("{0}: not an Excel workbook that can be read ({1})"), ()),
    ]


def rules() -> list[Rule]:
    """Every whole line's rule (tests check each against the core's own message)."""
    return _opening() + _editing() + _backups() + _team() + _metadata_table()


def piece_rules() -> list[Rule]:
    return _pieces()


def _group(kind: str, text: str) -> str:
    if kind == PIECE:
        return _say(text, _pieces()) or text
    if kind == ERROR:
        return error_line(text)
    if kind == LABEL:
        return label_text(text)
    if kind == FIELD:
        return field_word(text)
    if kind == DISK:
        return disk_words(text)
    if kind == LINK:
        return link_kind_text(text)
    if kind == STATUS and text[1:-1] in ("accepted", "rejected", "suggested") or kind == QUOTED_LABEL:
        code = text[1:-1]
        return text[0] + (status_text(code) if kind == STATUS else label_text(code)) + text[-1]
    if kind == LABELS:
        return names_list(label_text(name) for name in text.split(", ")) if text else text
    return text


def said_by(text: str, table: list[Rule], group: Callable[[str, str], str]) -> str | None:
    """``text`` by the first rule of ``table`` whose pattern matches it whole, each group said by
    ``group(kind, text)``; None where no rule does (the report rules of ``summaries`` use it too)."""
    for pattern, template, kinds in table:
        match = re.fullmatch(pattern, text)
        if match is not None:
            groups = match.groups()
            return template.format(*(group(kinds[i] if i < len(kinds) else "", g) for i, g in enumerate(groups)))
    return None


def _say(text: str, table: list[Rule]) -> str | None:
    return said_by(text, table, _group)


def error_line(line: str) -> str:
    """One line of the core's in the interface's language; a line no rule knows as it is."""
    said = _say(line, rules())
    return line if said is None else said


def error_text(text: str) -> str:
    """Each line of ``text`` by :func:`error_line`."""
    return "\n".join(error_line(line) for line in text.split("\n"))
