"""The rejected spans and links that the formats without a rejected status leave out (Label Studio's tasks,
doccano's lines): written there, a rejected span came back ACCEPTED when the file was imported (or, where it
overlapped an accepted span of its label, got the whole doccano line refused). They are counted as they are
left out, and the export's summary says how many, and why (:meth:`LeftOut.note`)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from annotator.core.export.links import relations_between
from annotator.core.models import Annotation
from annotator.core.store import Store


@dataclass
class LeftOut:
    """The rejected spans and links an export left out, counted document by document."""

    spans: int = 0
    links: int = 0

    def take(self, store: Store, doc_id: int, statuses: Iterable[str], found: list[Annotation],
             links: bool = True) -> tuple[list[Annotation], list[str]]:
        """``found`` (a document's spans of ``statuses``) without its rejected ones, and the statuses of the links
        to write; what was left out counted (its links only where the format writes links: ``links``)."""
        statuses = list(statuses)
        shown = [status for status in statuses if status != "rejected"]
        if len(shown) == len(statuses):
            return found, statuses
        if links:
            left, left_by_name = relations_between(store, doc_id, ["rejected"], found)
            self.links += len(left) + len(left_by_name)
        self.spans += sum(a.status == "rejected" for a in found)
        return [a for a in found if a.status != "rejected"], shown

    def note(self, program: str) -> str:
        """The summary's line on what was left out, beginning with a line break ("": nothing was)."""
        if not self.spans and not self.links:
            return ""
        said = [f"{self.spans:,} rejected span(s)"] * bool(self.spans) + [f"{self.links:,} rejected link(s)"] * bool(
            self.links)
        return (f"\nnote: {' and '.join(said)} were left out: {program} has no rejected status, so they would come "
                "back accepted when the file is imported")
