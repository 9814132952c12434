"""Counts of one document, in the shape of the project's (``Store.stats``, ``annotator stats``):
the window's statistics show both side by side."""
from __future__ import annotations

from typing import Any

from annotator.core.errors import ValidationError
from annotator.core.store.links import LinkQueries


class CountQueries(LinkQueries):
    def counts_mark(self) -> tuple[int, int]:
        """What changes whenever the project's counts may have: the rows this connection wrote
        (``total_changes``) and another connection's commit (``data_version``). Equal marks: the
        counts ``stats()`` read are still right (the window's statistics need not read ~900,000 spans
        again when only another document was opened)."""
        return self.conn.total_changes, self.data_version()

    def export_layers(self) -> tuple[list[str], list[str]]:
        """Every annotator name the spans carry ("": none), sorted, and the gold layers among them:
        those adjudication wrote (:meth:`adjudicated_layers`) that hold accepted spans (one of
        rejected spans alone would export nothing). Two scans of every span: 300 ms for 475,000,
        which the export dialog reads off the window's thread (``gui/export_layers.py``)."""
        counts = self.count_by_annotator()
        accepted = {who for who, _label, status in counts if status == "accepted"}
        return sorted({who for who, _label, _status in counts}), sorted(self.adjudicated_layers() & accepted)

    def document_stats(self, doc_id: int) -> dict[str, Any]:
        """``documents`` (1), ``characters``, ``done`` (0 or 1), spans by "label/status" and links
        by "kind/status" of document ``doc_id``."""
        row = self.conn.execute("SELECT char_count, done FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise ValidationError(f"document {doc_id} is not in the project")
        return {
            "documents": 1,
            "characters": row[0] or 0,
            "done": 1 if row[1] else 0,
            "annotations": {f"{label}/{s}": n for (label, s), n in sorted(self.count_annotations(doc_id).items())},
            "links": {f"{kind}/{s}": n for (kind, s), n in sorted(self.count_links(doc_id).items())},
        }
