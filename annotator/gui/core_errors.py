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

The rules are kept by area: opening a project (:mod:`.core_errors_opening`), an edit refused
(:mod:`.core_errors_editing`), here backups, exports, a team's packages and tables of metadata; the
kinds of their groups in :mod:`.core_error_kinds`.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_kinds import (
    DATABASE,
    DISK,
    ERROR,
    FIELD,
    LABEL,
    LABELS,
    LINK,
    NAMES,
    PIECE,
    QUOTED,
    QUOTED_LABEL,
    SOURCE_PIECE,
    STATUS,
    Rule,
)
from annotator.gui.core_error_words import disk_words, field_word
from annotator.gui.core_errors_editing import editing
from annotator.gui.core_errors_opening import opening
from annotator.gui.core_errors_store import pieces as store_pieces
from annotator.gui.core_errors_store import rules as store_rules
from annotator.gui.core_errors_tools import pieces as tools_pieces
from annotator.gui.core_errors_tools import rules as tools_rules
from annotator.gui.display import label_text, link_kind_text, status_text
from annotator.gui.i18n import names_list
from annotator.paths import DB_FILENAME


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)


def _backups() -> list[Rule]:
    """Automatic backups and restoring one (core/store/base.py, backup.py, restore.py), exports
    refused (core/export/formats.py, sheets.py, xlsx.py, core/writing.py)."""
    return [
        (r"automatic backup of (.+?) failed: (.+)", _t("automatic backup of {0} failed: {1}"), ("", ERROR)),
        (r"the project database is damaged \((.+)\); it was not kept as a backup",
         _t("the project database is damaged ({0}); it was not kept as a backup"), ()),
        (r"(.+): is not a usable backup \((.+)\); nothing was restored — choose another backup",
         _t("{0}: is not a usable backup ({1}); nothing was restored — choose another backup"), ("", SOURCE_PIECE)),
        (r"(.+): is a damaged backup \(it fails its integrity check: (.+)\); nothing was restored — choose another "
         r"backup", _t("{0}: is a damaged backup (it fails its integrity check: {1}); nothing was restored — choose "
                       "another backup"), ()),
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
        (r"(.+): cannot write there \((.+)\); nothing was changed", _t("{0}: cannot write there ({1}); nothing was "
                                                                        "changed"), ("", DISK)),
        (r"(.+): is a folder; choose a file name to write; nothing was written",
         _t("{0}: is a folder; choose a file name to write; nothing was written"), ()),
        (r"(.+): the folder (.+) does not exist; nothing was written",
         _t("{0}: the folder {1} does not exist; nothing was written"), ()),
        (r"(.+): could not be written \((.+)\); nothing was changed",
         _t("{0}: could not be written ({1}); nothing was changed"), ("", DISK)),
        (r"the (.+) sheet would hold more than ([\d,]+) rows, Excel's limit; export fewer documents or labels "
         r"\(--doc, --label\), or export CSV \(--format csv / --table facts\), which has no such limit",
         _t("the {0} sheet would hold more than {1} rows, Excel's limit; export fewer documents or labels (tick them "
            "in Project › Export…), or export a CSV table or the facts table, which has no such limit"), ()),
        (r"no label " + QUOTED + r" in (.+) \(its labels: (.*)\)", _t("no label {0} in {1} (its labels: {2})"),
         ("", "", LABELS)),
        (r"no label " + QUOTED + r" in (.+) \(its labels: (.*)\); did you mean " + QUOTED + r"\?",
         _t("no label {0} in {1} (its labels: {2}); did you mean {3}?"), ("", "", LABELS)),
    ]


def _team() -> list[Rule]:
    """Handing out, opening and merging packages (core/team/package.py, merge.py); the coders."""
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
        # the coders (core/store/coders.py: Project › Coding team › Coders…)
        (r"not a coder of (.+): (.+) \(its coders: (.+)\); nothing was changed",
         _t("not a coder of {0}: {1} (its coders: {2}); nothing was changed"), ()),
        (r"not a coder of (.+): (.+) \(it has none\); nothing was changed",
         _t("not a coder of {0}: {1} (it has none); nothing was changed"), ()),
        (r"a coder needs a name: the annotator name of their spans \(li\)",
         _t("a coder needs a name: the annotator name of their spans (li)"), ()),
    ]


def _pieces() -> list[Rule]:
    """Parts of a line: where the newest backup is; the size a database's header gives."""
    return [
        (r"there is no backup of it", _t("there is no backup of it"), ()),
        (r"ask for the project again", _t("ask for the project again"), ()),  # a package or coder's folder
        (r"'annotator restore' brings back a backup — the file was left untouched",
         _t("Project › Restore from a backup… brings back a backup — the file was left untouched"), ()),
        (r"the newest backup is (.+); 'annotator restore (.+)' brings it back",
         _t("the newest backup is {0}; Project › Restore from a backup… brings it back"), ()),
        (r"(\d+) bytes", _t("{0} bytes"), ()),
        (r"pages of (\d+) bytes", _t("pages of {0} bytes"), ()),
        # a field of a table of metadata (core/metadata.py)
        (r"metadata year takes a year in digits from (\d+) to (\d+), not " + QUOTED,
         _t("metadata year takes a year in digits from {0} to {1}, not {2}"), ()),
        (r"a metadata field needs a key before '=', not '=(.*)'",
         _t("a metadata field needs a key before '=', not '={0}'"), ()),
    ]


def _metadata_table() -> list[Rule]:
    """A table of metadata refused (core/metadata_table.py): the file, else the file and its row."""
    stored = r"; nothing was stored"
    return [
        (r"(.+): row (\d+): no document named" + stored, _t("{0}: row {1}: no document named; nothing was stored"), ()),
        (r"(.+): row (\d+): the project holds no document " + QUOTED + r" \(`(annotator documents P)` lists their "
         r"names\)" + stored, _t("{0}: row {1}: the project holds no document {2} (the document list shows their "
                                  "names); nothing was stored"), ()),
        (r"(.+): row (\d+): " + QUOTED + r" is named in row (\d+) too" + stored,
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
         _t("{0}: not an Excel workbook that can be read ({1})"), ("", SOURCE_PIECE)),
    ]


def received() -> list[Rule]:
    """A package's project, or a coder's folder a merge reads, that cannot be opened (core/team/package.py
    named_by_zip): the package named, then its database's line without its path, said by :func:`rules`. Tried
    before them: "X.zip: the project in this package cannot be opened: is not an SQLite database …" matches
    the rule of the database's line too, whose path would be the package's English sentence."""
    return [
        (r"(.+): the project in this package cannot be opened: (.+)",
         _t("{0}: the project in this package cannot be opened: {1}"), ("", DATABASE)),
        (r"(.+): the project cannot be opened: (.+)", _t("{0}: the project cannot be opened: {1}"), ("", DATABASE)),
    ]


def rules() -> list[Rule]:
    """Every whole line's rule (tests check each against the core's own message)."""
    return opening() + editing() + _backups() + _team() + _metadata_table()


def piece_rules() -> list[Rule]:
    return _pieces()


def source_rules() -> list[Rule]:
    """The whole lines' rules of the sentences the window shows rarely or the command line alone, checked against
    the core's source (tests/gui/test_core_messages_said.py) instead of each made by the core: looked at after
    :func:`rules`."""
    return store_rules() + tools_rules()


def source_pieces() -> list[Rule]:
    """Their pieces, and pieces of :func:`rules`' lines said as SOURCE_PIECE (an empty backup, a workbook
    without a sheet, what is wrong with a project's tables)."""
    return store_pieces() + tools_pieces()


def _group(kind: str, text: str) -> str:
    if kind == PIECE:
        return _say(text, _pieces()) or text
    if kind == SOURCE_PIECE:
        return _say(text, source_pieces()) or text
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
    if kind == NAMES:
        return names_list(text.split(", ")) if text else text
    if kind == DATABASE:  # said as the line of the database it is, whose name is then taken off again
        said = said_line(f"{DB_FILENAME}: {text}")
        return text if said is None else said.removeprefix(DB_FILENAME).lstrip(":： ")
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


def said_line(line: str) -> str | None:
    """One line of the core's in the interface's language; None where no rule knows it."""
    return _say(line, received()) or _say(line, rules()) or _say(line, source_rules())


def error_line(line: str) -> str:
    """One line of the core's in the interface's language; a line no rule knows as it is."""
    said = said_line(line)
    return line if said is None else said


def error_text(text: str) -> str:
    """Each line of ``text`` by :func:`error_line`."""
    return "\n".join(error_line(line) for line in text.split("\n"))
