"""The project store: one SQLite database per project folder. All SQL lives in this package.

:class:`Store` is the one object the rest of the program uses; its parts live in modules
named for what they hold: :mod:`.base` (opening, checks, transactions, automatic backups),
:mod:`.labels`, :mod:`.documents`, :mod:`.annotations`, :mod:`.labelling` (a span labelled by
hand, in place of the suggestions it overlaps), :mod:`.own_copies` (the user's edits, another coder's
span copied into their layer rather than changed), :mod:`.links` (links between
spans), :mod:`.read_again` (a document replaced in place by its file read again), :mod:`.changes` (undo and redo of
ChangeSets of every kind), :mod:`.validation` (what the store refuses, as pure functions),
:mod:`.rows` (table layout), :mod:`.model_settings` (the learning model's settings),
:mod:`.span_rows` (the window's narrow read), :mod:`.space` (free pages given back),
:mod:`.suggest_runs` (each document's last suggesting run), :mod:`.origins` (spans by
where they came from), :mod:`.coders` (the layers a coding team brought in), :mod:`.document_files` (the files each
document was read from, by their keys), :mod:`.tombstones` (the spans deleted, by their keys, and when),
:mod:`.link_tombstones` (the links deleted, likewise) and
:mod:`.span_index` (overlap checks in O(log n)).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.labels import in_order
from annotator.core.store.base import BUSY_TIMEOUT_MS
from annotator.core.store.changes import ChangeQueries
from annotator.core.store.coders import CoderQueries
from annotator.core.store.document_files import DocumentFileQueries
from annotator.core.store.export_reads import ExportReadQueries
from annotator.core.store.labelling import LabellingQueries
from annotator.core.store.link_tombstones import LinkTombstoneQueries
from annotator.core.store.model_settings import ModelSettingsQueries
from annotator.core.store.origins import OriginQueries
from annotator.core.store.own_copies import OwnCopyQueries
from annotator.core.store.read_again import ReadAgainQueries
from annotator.core.store.rows import now
from annotator.core.store.space import SpaceQueries
from annotator.core.store.span_rows import SpanRowQueries
from annotator.core.store.suggest_runs import SuggestRunQueries
from annotator.core.store.tombstones import TombstoneQueries

__all__ = ["Store", "BUSY_TIMEOUT_MS", "now"]


class Store(ChangeQueries, ReadAgainQueries, LabellingQueries, OwnCopyQueries, SpanRowQueries, ModelSettingsQueries,
            SuggestRunQueries, SpaceQueries, OriginQueries, CoderQueries, DocumentFileQueries,
            ExportReadQueries, TombstoneQueries, LinkTombstoneQueries):
    """An open project. Use :meth:`open` or :meth:`create`; close with :meth:`close`.

    Editing methods (spans, links, labels, done marks) return a :class:`~annotator.core.models.ChangeSet`
    that :meth:`revert` and :meth:`reapply` use for undo and redo
    (:class:`annotator.core.undo.UndoHistory` keeps a session's steps).
    """

    def backup_now(self, reason: str) -> Path:
        """A backup of the project as it is, made now whatever the newest one holds
        (``backups/project-<UTC time>-<reason>.sqlite``): the one an action Undo does not take back (a
        merge) names, so that restoring it takes back that action and nothing else (the newest backup may
        be older than the last edits, or made since by another program); ProjectError when none can be made."""
        import sqlite3

        from annotator.core.errors import ProjectError
        from annotator.core.store import backup

        try:
            return backup.backup(self.conn, self.folder, reason)
        except (OSError, sqlite3.Error) as e:
            raise ProjectError(f"{self.path}: no backup could be made ({e})") from e

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (before copying or moving it)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def fold_log(self) -> None:
        """Copy what the write-ahead log holds into the database file, waiting for no one (PASSIVE: a
        page another connection still reads stays in the log): ``project.sqlite`` copied alone, or a
        folder copied without its ``-wal``, then holds the edits made so far. Nothing on a read-only project."""
        if not self.read_only:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def stats(self, annotators: Iterable[str] | None = None) -> dict[str, Any]:
        """Counts of documents, characters, spans (``annotations``: by label/status, of ``annotators``
        only when given; ``annotators``: the same per annotator name) and links (theirs when given)."""
        counted = self.count_by_annotator()  # one pass over an index
        order = in_order({label for _who, label, _s in counted}, [label.name for label in self.labels()])
        place = {(label, s): (order.index(label), s) for _who, label, s in counted}  # the project's label order
        chosen = None if annotators is None else set(annotators)
        by_annotator: dict[str, dict[str, int]] = {}
        spans: dict[str, int] = {}
        for (who, label, s), n in sorted(counted.items(), key=lambda item: (item[0][0], place[item[0][1:]])):
            if chosen is None or who in chosen:
                by_annotator.setdefault(who, {})[f"{label}/{s}"] = n
        for label, s in sorted(place, key=place.__getitem__):
            total = sum(counts.get(f"{label}/{s}", 0) for counts in by_annotator.values())
            if total:
                spans[f"{label}/{s}"] = total
        documents, characters, done = self.conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(char_count), 0), COALESCE(SUM(done != 0), 0) FROM documents").fetchone()
        return {
            "documents": documents,
            "characters": characters,
            "done": done,
            "annotations": spans,
            "annotators": by_annotator,
            "links": {f"{kind}/{s}": n for (kind, s), n in sorted(self.count_links(annotators=annotators).items())},
        }
