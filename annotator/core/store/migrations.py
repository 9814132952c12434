"""Schema steps. ``PRAGMA user_version`` holds how many have run; they only ever go forward. Steps 13 on live in
:mod:`.later_steps`."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.core import labels
from annotator.core.store.later_steps import _v13, _v14, _v15, _v16

if TYPE_CHECKING:  # sqlite-utils is imported only when a step runs (annotator.core.sqlite): opening a
    from annotator.core.sqlite import Database  # project of today's schema does not pay its 70 ms


def _v1(db: Database) -> None:
    db.create_table("meta", {"key": str, "value": str}, pk="key")
    db.create_table(
        "labels",
        {"id": int, "name": str, "color": str, "shortcut": str, "description": str, "position": int},
        pk="id", not_null={"name"},
    )
    db.table("labels").create_index(["name"], unique=True)
    db.create_table(
        "documents",
        {"id": int, "name": str, "title": str, "text": str, "sha256": str, "source_path": str,
         "encoding": str, "char_count": int, "imported_at": str, "metadata": str, "done": int},
        pk="id", not_null={"name", "text", "sha256"}, defaults={"done": 0, "metadata": "{}"},
    )
    db.table("documents").create_index(["sha256"], unique=True)
    db.table("documents").create_index(["name"], unique=True)
    db.execute(
        """CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" > start),
            label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
            text TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
            origin TEXT NOT NULL DEFAULT 'manual',
            annotator TEXT NOT NULL DEFAULT '',
            confidence REAL,
            reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.table("annotations").create_index(["document_id", "start"])
    db.table("annotations").create_index(["label", "text"])
    # the labels a new project starts with come from the label schema as it is when the project
    # is created; projects made earlier keep theirs (this step never runs on them again)
    for position, spec in enumerate(labels.defaults()):
        db.table("labels").insert({"name": spec.name, "color": spec.color, "shortcut": spec.key,
                                   "description": spec.description, "position": position})


def _v2(db: Database) -> None:
    """Annotation ids are never reused (AUTOINCREMENT), so undoing a delete cannot collide
    with a span another writer added meanwhile."""
    old_sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'annotations'").fetchone()[0]
    new_sql = old_sql.replace("id INTEGER PRIMARY KEY,", "id INTEGER PRIMARY KEY AUTOINCREMENT,", 1)
    assert new_sql != old_sql, "annotations table is not in the shape v1 made"
    db.execute(new_sql.replace("CREATE TABLE annotations", "CREATE TABLE annotations_v2", 1))
    db.execute("INSERT INTO annotations_v2 SELECT * FROM annotations")
    db.execute("DROP TABLE annotations")
    db.execute("ALTER TABLE annotations_v2 RENAME TO annotations")
    db.table("annotations").create_index(["document_id", "start"])
    db.table("annotations").create_index(["label", "text"])


LINKS_SQL = """CREATE TABLE links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('district', 'project')),
    target_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
    value TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
    origin TEXT NOT NULL DEFAULT 'manual',
    annotator TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)"""


def _v3(db: Database) -> None:
    """Links between spans (an AMOUNT to its PROJECT, a span to its DISTRICT): at most one
    open (not rejected) link of each kind per span."""
    db.execute(LINKS_SQL)
    db.execute("CREATE INDEX links_document ON links(document_id)")
    db.execute("CREATE INDEX links_target ON links(target_id)")
    db.execute("CREATE INDEX links_source ON links(source_id, kind)")  # rejected ones too (no rescan per link)
    db.execute("CREATE UNIQUE INDEX links_open ON links(source_id, kind) WHERE status != 'rejected'")


def _v4(db: Database) -> None:
    """Trained models the project keeps (the sequence labeller of ``core/suggest/model``): one row
    per name, the model's bytes and what it was trained on (JSON). Kept in the database so that
    a backup, a restore or a copy of the project carries the model that goes with its spans."""
    db.execute("""CREATE TABLE models (
        name TEXT PRIMARY KEY,
        data BLOB NOT NULL,
        info TEXT NOT NULL DEFAULT '{}',
        trained_at TEXT NOT NULL
    )""")


DOCUMENTS_V5 = """CREATE TABLE documents_v5 (
    "id" INTEGER PRIMARY KEY,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "sha256" TEXT NOT NULL,
    "source_path" TEXT,
    "encoding" TEXT,
    "char_count" INTEGER,
    "imported_at" TEXT,
    "metadata" TEXT DEFAULT '{}',
    "done" INTEGER DEFAULT 0,
    "text" TEXT NOT NULL
)"""
DOCUMENT_COLUMNS = "id, name, title, sha256, source_path, encoding, char_count, imported_at, metadata, done, text"
FTS_SQL = ("CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id', "
           "tokenize='trigram', detail='none')")
FTS_TRIGGERS = (
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text); END",
)


def _v5(db: Database) -> None:
    """What lists and counts read, without reading the texts: the documents' text moves to the
    end of their rows (a long text spills into overflow pages, which every column after it had
    to walk); counts per label and status, and per document and status, come from covering
    indexes; search finds its documents through a trigram index (FTS5, kept by triggers)
    instead of reading every text. Runs with foreign keys off (the runner checks them after)."""
    db.execute(DOCUMENTS_V5)
    db.execute(f"INSERT INTO documents_v5({DOCUMENT_COLUMNS}) SELECT {DOCUMENT_COLUMNS} FROM documents")
    db.execute("DROP TABLE documents")
    db.execute("ALTER TABLE documents_v5 RENAME TO documents")
    db.execute('CREATE UNIQUE INDEX "idx_documents_sha256" ON "documents" ("sha256")')
    db.execute('CREATE UNIQUE INDEX "idx_documents_name" ON "documents" ("name")')
    db.execute("CREATE INDEX annotations_label_status ON annotations(label, status, annotator)")
    db.execute("CREATE INDEX annotations_document_status ON annotations(document_id, status, label)")
    db.execute("CREATE INDEX documents_counts ON documents(done, char_count)")
    db.execute("CREATE INDEX links_kind_status ON links(kind, status)")
    db.execute(FTS_SQL)
    for trigger in FTS_TRIGGERS:
        db.execute(trigger)
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")


def _v6(db: Database) -> None:
    """A document's spans come in text order (start, end, id) straight from the index: it held
    (document_id, start), so SQLite sorted every document's spans by end in a temporary B-tree
    at each read (10,000 spans: 37 ms read, 27 ms with this index). Same width, same cost to keep."""
    db.execute('DROP INDEX IF EXISTS "idx_annotations_document_id_start"')
    db.execute('CREATE INDEX "idx_annotations_document_id_start" ON "annotations" ("document_id", "start", "end")')


def _v7(db: Database) -> None:
    """The window's read of a document's spans (``Store.span_rows``: start, end, id, label,
    status, origin, annotator, value) comes from the text-order index alone: it holds those
    columns after (document_id, start, end, id), so SQLite reads no table row (a bare read of
    10,000 spans: 15 -> 12.5 ms) and still gives them in text order without sorting. Same name,
    same leading columns: what used the index of schema 6 uses this one."""
    db.execute('DROP INDEX IF EXISTS "idx_annotations_document_id_start"')
    db.execute('CREATE INDEX "idx_annotations_document_id_start" ON "annotations" '
               '("document_id", "start", "end", "id", "label", "status", "origin", "annotator", "value")')


def _v8(db: Database) -> None:
    """A span's overlap check (one annotator's spans of one label that are not rejected never
    overlap) asks its layer for the span that starts last before the new one ends: the only one
    that can reach into it. With the layer's spans in start order that is one step down this
    index (a few microseconds); through the text-order index it read every span of the document
    before the new one's end (1.2 ms at the middle of a 10,000-span document, at each label key).
    Not the status: accepting or rejecting spans in bulk leaves this index as it is."""
    db.execute('CREATE INDEX annotations_layer ON annotations(document_id, label, annotator, start, "end")')


def _v9(db: Database) -> None:
    """The window lists a suggestion's confidence (``Store.span_rows`` reads it after the value):
    the text-order index of schema 7 holds it too, so that read still comes from the index alone
    (a bare read of 10,000 spans: 13.1 ms without the confidence, 15.3 ms with it from this index,
    16.5-17 ms with it from the table's rows). Same name, same leading columns, one REAL more a span."""
    db.execute('DROP INDEX IF EXISTS "idx_annotations_document_id_start"')
    db.execute('CREATE INDEX "idx_annotations_document_id_start" ON "annotations" '
               '("document_id", "start", "end", "id", "label", "status", "origin", "annotator", "value", "confidence")')


def _v10(db: Database) -> None:
    """Each document's last completed suggesting run: a digest of what it ran with (the suggesters'
    version and resources, the model, its minimum confidence), the labels asked for (JSON; NULL:
    all), whether its links were suggested after and a digest of the accepted strings it looked
    for (``store/suggest_runs.py``): a second ``annotator suggest`` passes over the documents done
    with the same settings."""
    db.execute("""CREATE TABLE suggest_runs (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        settings TEXT NOT NULL,
        labels TEXT,
        links INTEGER NOT NULL DEFAULT 0,
        learned TEXT NOT NULL DEFAULT '',
        finished_at TEXT NOT NULL
    )""")


# the white space a name may be broken by (what ``\s`` matches in ``core.find``'s patterns): the
# index of schema 11 holds each text without it, so a broken name is one run of trigrams there
WHITE_SPACE = ("\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
               "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def squeezed(column: str) -> str:
    """SQL giving ``column`` without white space, as replace() calls (any SQLite runs the trigger),
    ten to a subquery (SQLite's parser takes no more than about twenty nested calls). Each call keeps
    a copy of the text until its statement ends (a 16 MB text: about 900 MB), so only the trigger
    for a text changed by another program uses it; annotator squeezes in Python (:func:`squeeze`)."""
    expression = column
    for start in range(0, len(WHITE_SPACE), 10):
        removed = "x" if start else column
        for c in WHITE_SPACE[start:start + 10]:
            removed = f"replace({removed}, char({ord(c)}), '')"
        expression = f"(SELECT {removed} FROM (SELECT {expression} AS x))" if start else removed
    return expression


_NO_WHITE_SPACE = dict.fromkeys(map(ord, WHITE_SPACE))


def squeeze(text: str) -> str:
    """``text`` without white space, as the index of schema 11 holds it (one copy, at C speed)."""
    return text.translate(_NO_WHITE_SPACE)


SQUEEZED_SQL = ("CREATE VIRTUAL TABLE documents_squeezed USING fts5(text, content='', "
                "tokenize='trigram case_sensitive 1', detail='none')")
# the store adds and removes a document's entry itself, in the write that adds or removes the
# document (Store.add_document, delete_documents), with the text squeezed in Python: a trigger's
# replace() calls held a copy of the text each (a 16 MB import peaked at 926 MB instead of 209).
# A text that another program changes in place is re-indexed by this trigger.
SQUEEZED_TRIGGERS = (
    "CREATE TRIGGER documents_squeezed_update AFTER UPDATE OF text ON documents BEGIN "
    "INSERT INTO documents_squeezed(documents_squeezed, rowid, text) "
    f"VALUES ('delete', old.id, {squeezed('old.text')}); "
    f"INSERT INTO documents_squeezed(rowid, text) VALUES (new.id, {squeezed('new.text')}); END",
)
SQUEEZED_INSERT = "INSERT INTO documents_squeezed(rowid, text) VALUES (?, ?)"
SQUEEZED_DELETE = "INSERT INTO documents_squeezed(documents_squeezed, rowid, text) VALUES ('delete', ?, ?)"


def _v11(db: Database, progress: Callable[[int, int], None] | None = None) -> None:
    """Search all documents finds a name broken by white space (``core.find``), which the trigram
    index of schema 5 over the texts as they are cannot name, so search stopped reading it (it
    read every text instead: ~110 ms over 5,000 documents of 6,000 characters with no hit). This
    index (FTS5 trigrams, contentless: rowids only) holds each text with its white space removed:
    a name, broken or not, is one run of trigrams there, so it names every document that can
    hold a hit (``Store.search`` checks each with the pattern). The store keeps it (see
    SQUEEZED_TRIGGERS).
    Filling it takes long (5,000 documents of 31 M characters: 14-21 s): ``progress`` hears of
    each chunk of documents indexed."""
    for trigger in ("insert", "delete", "update"):
        db.execute(f"DROP TRIGGER IF EXISTS documents_fts_{trigger}")
    db.execute("DROP TABLE IF EXISTS documents_fts")
    db.execute(SQUEEZED_SQL)
    for trigger in SQUEEZED_TRIGGERS:
        db.execute(trigger)
    ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id")]
    for start in range(0, len(ids), FILL_CHUNK):  # a chunk at a time, in the step's one transaction
        chunk = ids[start:start + FILL_CHUNK]
        rows = db.execute("SELECT id, text FROM documents WHERE id BETWEEN ? AND ?", (chunk[0], chunk[-1]))
        for doc_id, text in rows.fetchall():
            db.execute(SQUEEZED_INSERT, (doc_id, squeeze(text)))
        if progress is not None:
            progress(start + len(chunk), len(ids))


def _v12(db: Database) -> None:
    """Each suggest run reads the accepted spans' latest value per (label, text)
    (``Store.learned_entries``): with 405,827 accepted spans that read every one's row from the
    table, 0.6-1.0 s. This index holds the accepted spans only (a suggestion's write never touches
    it), with what that read needs, in the order it groups them: the read is the index alone,
    ~0.16 s. It costs ~100 bytes an accepted span (40 MB of a 710 MB project of 5,000 reports)."""
    db.execute("CREATE INDEX annotations_learned ON annotations(status, label, text, updated_at, value) "
               "WHERE status = 'accepted'")


FILL_CHUNK = 50  # documents indexed between two progress reports (5,000 documents: ~0.15 s each)
# steps given ``progress(documents done, of)``: the runner reports within them
COUNTED_STEPS = {11}
# what a step that may take long on a large project does (the command line says it before it runs)
LONG_STEPS = {5: "moving the documents' texts and building the search index", 11: "building the search index"}

MIGRATIONS: list[Callable[..., None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11, _v12, _v13, _v14,
                                       _v15, _v16]

# the columns each table has had since v1 (later steps may add columns, never remove one)
COLUMNS = {
    "meta": {"key", "value"},
    "labels": {"id", "name", "color", "shortcut", "description", "position"},
    "documents": {"id", "name", "title", "text", "sha256", "source_path", "encoding", "char_count",
                  "imported_at", "metadata", "done"},
    "annotations": {"id", "document_id", "start", "end", "label", "text", "value", "status", "origin",
                    "annotator", "confidence", "reason", "note", "created_at", "updated_at"},
}
# tables a later step made: (the step, its columns)
LATER_TABLES = {
    "links": (3, {"id", "document_id", "source_id", "kind", "target_id", "value", "status", "origin",
                  "annotator", "reason", "created_at", "updated_at"}),
    "models": (4, {"name", "data", "info", "trained_at"}),
    "suggest_runs": (10, {"document_id", "settings", "labels", "links", "learned", "finished_at"}),
    "coders": (13, {"name", "how", "added_at"}),
    "document_files": (14, {"key", "document_id"}),
    "tombstones": (15, {"document_id", "start", "end", "label", "annotator", "deleted_at"}),
    "link_tombstones": (16, {"document_id", "start", "end", "label", "annotator", "kind", "to_start", "to_end",
                             "to_label", "to_annotator", "district", "deleted_at"}),
}
SCHEMA_VERSION = len(MIGRATIONS)


def shape_problem(db: sqlite3.Connection, version: int) -> str:
    """What is wrong with the tables of a database that says it is at ``version`` ("" if nothing),
    checked before any step runs so that a foreign file is never half converted."""
    for table, columns in COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        missing = columns - have
        if missing:
            return f"table {table} lacks {', '.join(sorted(missing))}"
    for table, (step, columns) in LATER_TABLES.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if version >= step and columns - have:
            return f"table {table} lacks {', '.join(sorted(columns - have))}"
        if version < step and have:
            return f"table {table} exists although schema {version} has none"
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'annotations'").fetchone()[0] or ""
    if version == 1 and "id INTEGER PRIMARY KEY," not in sql:
        return "the annotations table is not in the shape of schema 1"
    if version >= 2 and "AUTOINCREMENT" not in sql.upper():
        return "annotation ids are not AUTOINCREMENT as in schema 2"
    if 5 <= version < 11 and not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").fetchone():
        return "the search index of schema 5 is missing"
    if version >= 11 and not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_squeezed'").fetchone():
        return "the search index of schema 11 is missing"
    return ""


def pending(version: int) -> list[Callable[..., None]]:
    return MIGRATIONS[version:]
