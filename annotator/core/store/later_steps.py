"""Schema steps 13 on: the project's coders, the files its documents were read from, the spans and the links its
coders deleted (``migrations.MIGRATIONS`` lists every step)."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (as in migrations: sqlite-utils is imported only when a step runs)
    from annotator.core.sqlite import Database


CODERS_SQL = """CREATE TABLE coders (
    name TEXT PRIMARY KEY,
    how TEXT NOT NULL,
    added_at TEXT NOT NULL
)"""
# the named layers that hold an accepted span another named layer holds too (two coders marked the
# same words: a merge's or a named import's; a solo project's layers never hold one span twice)
FOUND_SHARED = """INSERT OR IGNORE INTO coders(name, how, added_at)
SELECT DISTINCT a.annotator, 'found', ? FROM annotations a JOIN annotations b
    ON b.document_id = a.document_id AND b.start = a.start AND b."end" = a."end" AND b.label = a.label
WHERE a.annotator != '' AND b.annotator != '' AND b.annotator != a.annotator
    AND a.status = 'accepted' AND b.status = 'accepted' AND a.origin != 'adjudicated' AND b.origin != 'adjudicated'"""
# the layers whose versions adjudication took into a gold layer (its copies say "from li")
FOUND_ADJUDICATED = """INSERT OR IGNORE INTO coders(name, how, added_at)
SELECT DISTINCT substr(g.reason, 6), 'found', ? FROM annotations g
WHERE g.origin = 'adjudicated' AND g.reason LIKE 'from %' AND substr(g.reason, 6) IN (
    SELECT annotator FROM annotations WHERE annotator != '' AND origin != 'adjudicated')"""


def _v13(db: Database) -> None:
    """The project's coders (``store/coders.py``): the layers a merge or a named import brought in, whose
    spans the user's edits leave as their coder left them. Nothing recorded which layers those were, so
    this step records those a project shows to be a team's: a layer holding an accepted span another
    named layer holds too (two coders marked the same words), and a layer adjudication took a version of.
    A solo project (its layers never hold one span twice) and the demo (meta ``demo``) get none; a
    merge of one coder alone, or of coders who coded other documents, shows nothing: merging their
    copies again records them (it adds no span twice)."""
    db.execute(CODERS_SQL)
    if db.execute("SELECT 1 FROM meta WHERE key = 'demo'").fetchone() is not None:
        return
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute(FOUND_SHARED, (stamp,))
    db.execute(FOUND_ADJUDICATED, (stamp,))


DOCUMENT_FILES_SQL = ("CREATE TABLE document_files (key TEXT PRIMARY KEY, "
                      "document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE) WITHOUT ROWID")


def _v14(db: Database) -> None:
    """The files each document was read from, by their keys (``store/document_files.py``): importing a folder
    again passes over the files read before unread. A table, not a column of ``documents``: several files may
    give one document, and a key recorded on a document stored before leaves its row (its text) unwritten.
    The documents stored before have none: their files are read once more at the next import, which records them."""
    db.execute(DOCUMENT_FILES_SQL)
    db.execute("CREATE INDEX document_files_document ON document_files(document_id)")  # a removal's cascade


TOMBSTONES_SQL = """CREATE TABLE tombstones (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    annotator TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (document_id, start, "end", label, annotator)
) WITHOUT ROWID"""


def _v15(db: Database) -> None:
    """The spans deleted, each by its key and when (``store/tombstones.py``): a deletion left no time behind,
    so a coder's older copy merged again after the one without the span brought it back unseen
    (``team/corrected.py``). One row per key of the project's documents (its primary key, which a document's
    read and a removal's cascade go down), the latest deletion's time kept. The spans an older project deleted
    left none: there is nothing to fill."""
    db.execute(TOMBSTONES_SQL)


LINK_TOMBSTONES_SQL = """CREATE TABLE link_tombstones (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    annotator TEXT NOT NULL,
    kind TEXT NOT NULL,
    to_start INTEGER NOT NULL,
    to_end INTEGER NOT NULL,
    to_label TEXT NOT NULL,
    to_annotator TEXT NOT NULL,
    district TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (document_id, start, "end", label, annotator, kind, to_start, to_end, to_label, to_annotator, district)
) WITHOUT ROWID"""


def _v16(db: Database) -> None:
    """The links deleted, each by its key and when (``store/link_tombstones.py``): as a span deleted before schema
    15, a link deleted left no time behind, so a coder's older copy merged again after the one without the link
    brought it back unseen (``team/corrected.py``). A table of its own, not rows of ``tombstones``: a link's key
    (the span it starts from, its kind, the span or district it joins) is not a span's, and that table's primary
    key could not grow without rebuilding it. The links an older project deleted left none: there is nothing to
    fill."""
    db.execute(LINK_TOMBSTONES_SQL)
