"""The kinds of a group in a rule of the core's error sentences (:mod:`annotator.gui.core_errors`):
how each group a pattern takes is said in the interface's language, and the patterns the areas' rules share."""
from __future__ import annotations

# how a group is said: as a piece (a backup's hint, a size), as a whole error line, a label, label names
PIECE, ERROR, LABEL, LABELS, FIELD, LINK = "piece", "error", "label", "labels", "field", "link"
STATUS, QUOTED_LABEL = "status", "quoted label"  # a status ('rejected'; else as it is), a label ('AMOUNT'), quoted
DISK = "disk"  # why the disk refused a write, as SQLite or the system said it (core_error_words.py)
DATABASE = "database"  # a database's error line, its path taken off (a package's project: core/team/package.py)
NAMES = "names"  # names as they are, listed the language's way (".json, .jsonl": ".json、.jsonl")
# a piece said by the rules read against the core's source (core_errors_store.pieces, core_errors_tools.pieces;
# tests/gui/test_core_messages_said.py), else as it is: what is wrong with a project's tables, an empty backup
SOURCE_PIECE = "source piece"
Rule = tuple[str, str, tuple[str, ...]]  # (pattern, template, how each group is said: "" as it is)

QUOTED = r"('.*'|\".*\")"  # a Python repr of a string: a span's text, a name
