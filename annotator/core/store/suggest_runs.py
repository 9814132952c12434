"""What each document's last completed suggesting run ran with (``runner.suggest_documents``):
``annotator suggest P`` and the window's Run suggestions pass over a document whose record covers
the settings of the run (:func:`covers`) and suggest links only where they are not done, so that a
run interrupted, or one after importing a few new reports, does only what is left.

A record is written in the same write as the document's suggestions (a kill in the middle leaves
the document unrecorded), and its ``links`` mark in the same write as its link suggestions;
``learned`` is a digest of the accepted strings the run looked for (``suggest/resume.py`` looks
for those accepted since in the documents skipped).
``settings`` is a digest of the suggesters' version, their resources and the model
(``suggest.fingerprint.settings_digest``); ``labels`` the labels asked for (None: all of them).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import NamedTuple

from annotator.core.store.base import StoreBase
from annotator.core.store.rows import now


class SuggestRecord(NamedTuple):
    settings: str
    labels: tuple[str, ...] | None  # None: every label
    links: bool  # its links were suggested after these spans
    learned: str  # digest of the accepted strings looked for ("": none)
    finished_at: str


def covers(record: SuggestRecord | None, settings: str, labels: Iterable[str] | None) -> bool:
    """Whether suggesting with these settings would propose nothing ``record``'s run did not: the
    same digest, the labels asked for among those it ran (all of them: None). Its links are apart
    (``record.links``): a run stopped before them does only them again."""
    if record is None or record.settings != settings:
        return False
    return record.labels is None or (labels is not None and set(labels) <= set(record.labels))


class SuggestRunQueries(StoreBase):
    def suggest_records(self, doc_ids: Iterable[int] | None = None) -> dict[int, SuggestRecord]:
        """The records of ``doc_ids`` (all when None) that have one."""
        rows = self.conn.execute("SELECT document_id, settings, labels, links, learned, finished_at "
                                 "FROM suggest_runs")
        wanted = None if doc_ids is None else set(doc_ids)
        return {doc_id: SuggestRecord(settings, None if labels is None else tuple(json.loads(labels)),
                                      bool(links), learned, at)
                for doc_id, settings, labels, links, learned, at in rows if wanted is None or doc_id in wanted}

    def record_suggested(self, doc_id: int, settings: str, labels: Iterable[str] | None, learned: str = "") -> None:
        """Document ``doc_id``'s suggestions with ``settings`` are stored (call inside that write);
        its links are not suggested yet."""
        names = None if labels is None else json.dumps(sorted(set(labels)), ensure_ascii=False)
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO suggest_runs(document_id, settings, labels, links, learned, "
                              "finished_at) VALUES (?, ?, ?, 0, ?, ?)", (doc_id, settings, names, learned, now()))

    def record_learned(self, doc_id: int, learned: str) -> None:
        """The accepted strings of digest ``learned`` were looked for in ``doc_id`` and found nothing new."""
        with self.transaction():
            self.conn.execute("UPDATE suggest_runs SET learned = ? WHERE document_id = ?", (learned, doc_id))

    def record_links_suggested(self, doc_id: int) -> None:
        """Document ``doc_id``'s links are suggested after its recorded spans (inside that write)."""
        with self.transaction():
            self.conn.execute("UPDATE suggest_runs SET links = 1, finished_at = ? WHERE document_id = ?",
                              (now(), doc_id))

    def _forget_suggested(self, doc_id: int) -> None:
        """Inside a write: document ``doc_id`` as if never suggested on (its text read again,
        ``replace_document``: the next run suggests on it)."""
        self.conn.execute("DELETE FROM suggest_runs WHERE document_id = ?", (doc_id,))
