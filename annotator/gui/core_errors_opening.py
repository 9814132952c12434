"""The core's error sentences of opening or creating a project, in the interface's language (core/store/base.py,
db_file.py, texts.py): the rules of :mod:`annotator.gui.core_errors` for that area."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_kinds import DISK, PIECE, SOURCE_PIECE, Rule


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)



_RESTORE_HINT = r"'annotator restore' brings back a backup — the file was left untouched"
# what to do, a piece: restore a backup, or (a package's or a coder's folder's: core/team/package.py) ask again
_WHAT_TO_DO = r"(" + _RESTORE_HINT + r"|ask for the project again)"


def opening() -> list[Rule]:
    """Opening or creating a project (core/store/base.py, db_file.py, texts.py)."""
    return [
        (r"(.+): a project already exists here", _t("{0}: a project already exists here"), ()),
        (r"(.+): is a file, not a folder", _t("{0}: is a file, not a folder"), ()),
        (r"(.+): cannot create the project folder \((.+)\)", _t("{0}: cannot create the project folder ({1})"), ()),
        (r"(.+): no such project folder", _t("{0}: no such project folder"), ()),
        (r"(.+): is a file, not a project folder", _t("{0}: is a file, not a project folder"), ()),
        (r"(.+): not an annotator project \(no (.+)\); create one with 'annotator new (.+)'",
         _t("{0}: not an annotator project (no {1}); Project › New project… (Ctrl+N) makes one"), ()),
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
        (r"(.+): the project is read-only and was not closed cleanly: its rollback journal (.+) holds a change cut "
         r"short, which must be undone in the database before it can be read, and that writes; copy the project "
         r"folder to a writable place and open the copy — nothing was changed",
         _t("{0}: the project is read-only and was not closed cleanly: its rollback journal {1} holds a change cut "
            "short, which must be undone in the database before it can be read, and that writes; copy the project "
            "folder to a writable place and open the copy — nothing was changed"), ()),
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
        (r"(.+): its write-ahead log (\S+) does not fit it \(left from another database\?\): read with it, the "
         r"database is damaged \((.+)\); nothing was written to it — move (\S+) out of the folder to open the project "
         r"as last saved without it \((.+)\)",
         _t("{0}: its write-ahead log {1} does not fit it (left from another database?): read with it, the database is "
            "damaged ({2}); nothing was written to it — move {3} out of the folder to open the project as last saved "
            "without it ({4})"), ("", "", "", "", PIECE)),
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
         ("", "", SOURCE_PIECE)),
        (r"(.+): cannot switch the database to WAL mode \((.+)\)",
         _t("{0}: cannot switch the database to WAL mode ({1})"), ()),
        (r"(.+): cannot read the database \((.+)\)", _t("{0}: cannot read the database ({1})"), ()),
        (r"(.+): is empty \(0 bytes\), so the project database is lost or damaged; " + _WHAT_TO_DO,
         _t("{0}: is empty (0 bytes), so the project database is lost or damaged; {1}"), ("", PIECE)),
        (r"(.+): is not an SQLite database \(damaged or another kind of file\); it was left untouched",
         _t("{0}: is not an SQLite database (damaged or another kind of file); it was left untouched"), ()),
        (r"(.+): is truncated \((\d+) bytes, less than the 100-byte header\); " + _WHAT_TO_DO,
         _t("{0}: is truncated ({1} bytes, less than the 100-byte header); {2}"), ("", "", PIECE)),
        (r"(.+): is damaged: it has bytes after its end \((\d+) bytes where its header says (.+)\); " + _WHAT_TO_DO,
         _t("{0}: is damaged: it has bytes after its end ({1} bytes where its header says {2}); {3}"),
         ("", "", PIECE, PIECE)),
        (r"(.+): is damaged: it does not hold whole pages \((\d+) bytes where its header says (.+)\); "
         + _WHAT_TO_DO,
         _t("{0}: is damaged: it does not hold whole pages ({1} bytes where its header says {2}); {3}"),
         ("", "", PIECE, PIECE)),
        (r"(.+): is truncated \((\d+) bytes where its header says (.+)\); " + _WHAT_TO_DO,
         _t("{0}: is truncated ({1} bytes where its header says {2}); {3}"), ("", "", PIECE, PIECE)),
    ]
