"""A project that came from someone else, checked whole before anything of it is read: a coder's package
opened (``annotator open-package``) or a package or folder merged (``annotator merge``).

Every open runs SQLite's ``quick_check``, which reads each page but does not compare an index with its table,
nor look at what the rows hold. A package damaged on its way (a page of its database overwritten) passed it:
it opened with an index that no longer matched its table, or its merge stopped half way with a traceback or an
error naming the wrong project ("Could not decode to UTF-8 column 'label'", a label read as bytes). So a
received project gets the full ``integrity_check``, and each value of its tables must be of the type its column
declares, its text valid UTF-8; the rows are read one at a time (a package of 5,000 reports: about a second).
"""
from __future__ import annotations

import re
import sqlite3
from typing import Any

from annotator.core.errors import ProjectError
from annotator.core.store.db_file import one_line

TABLES = ("labels", "documents", "annotations", "links", "meta", "suggest_runs", "coders", "document_files",
          "tombstones", "link_tombstones")
_UNDECODED = re.compile(r"Could not decode to UTF-8 column '([^']*)'")
_TYPES = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("real", "integer")}


def check_received(store: Any) -> None:
    """Refuse (ProjectError naming the database) a received project that is damaged (see the module)."""
    try:
        problem = _problem(store.conn)
    except (sqlite3.Error, UnicodeDecodeError) as e:  # a message quoting a damaged page's bytes is not UTF-8
        problem = e.object.decode("utf-8", "replace") if isinstance(e, UnicodeDecodeError) else str(e)
        if (column := _UNDECODED.match(problem)) is not None:  # (it quotes the damaged text whole)
            problem = f"a stored text is not valid UTF-8 (column {column.group(1)!r})"
    problem = " ".join(problem.split())[:300]
    if problem:
        raise ProjectError(f"{store.path}: the database is damaged ({problem}); nothing was written to it — "
                           "ask for the project again")


def _problem(conn: sqlite3.Connection) -> str:
    checked = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
    if checked != ["ok"]:
        return one_line(checked)
    for table in TABLES:
        columns = [(name, _TYPES.get(str(declared).upper())) for _i, name, declared, *_rest
                   in conn.execute(f"PRAGMA table_info({table})")]
        for name, types in columns:
            if types is None:
                continue
            allowed = ", ".join(f"'{t}'" for t in (*types, "null"))
            found = conn.execute(f'SELECT typeof("{name}") FROM {table} WHERE typeof("{name}") NOT IN ({allowed}) '
                                 "LIMIT 1").fetchone()
            if found is not None:
                return f"the {name} of a row of {table} is {found[0]}, not {types[0]}"
        texts = [name for name, types in columns if types == _TYPES["TEXT"]]
        if texts:
            quoted = ", ".join(f'"{n}"' for n in texts)
            for _row in conn.execute(f"SELECT {quoted} FROM {table}"):
                pass  # a text that is not UTF-8 raises "Could not decode to UTF-8 column …"
    return ""
