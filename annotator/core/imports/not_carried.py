"""What an export of ours in a format that cannot carry a project whole did not bring, said once a file.

A colleague who imports a project's doccano lines, Label Studio tasks or gold JSONL gets spans, values and
metadata back, and took the project for whole: nothing said that a doccano file has no status (every span
came in with one status, in one layer), that a Label Studio file keeps no origin of an accepted span, or that none of
them keeps a span's note or a done mark. The report now says so in one line after the file's, naming only what
that file lacks (a doccano-relations file has its links; a Label Studio file without accepted spans has no
origin to lose) and the way that carries it: ``annotator export-package --with annotations``, which keeps all
but the done marks (``team/package.py``).

Only a file our exports wrote is told so (a doccano line or Label Studio task whose ``meta`` has the ``values``
they write; a gold line with a key only a project's export writes beside the guide's: ``annotator``, ``meta``,
``links``): the guide's gold files, doccano's or Label Studio's own exports and a model's proposals (lines with
``status``, ``origin``, ``confidence``, ``reason``, as the README's import of proposals reads them) never held
what they are said to lack.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OURS = ("annotator", "meta", "links")  # a gold line's keys that only a project's export writes
PACKAGE = "annotator export-package --with annotations keeps all but done marks"
DOCCANO, DOCCANO_RELATIONS, LABEL_STUDIO, LABEL_STUDIO_PREDICTED, GOLD = (
    "doccano", "doccano-relations", "label-studio", "label-studio-predicted", "gold")
SAID = {
    DOCCANO: "a doccano file has no status, coder, origin, link, span note or done mark: its spans came in with "
             f"one status, in one layer; {PACKAGE}",
    DOCCANO_RELATIONS: "a doccano file has no status, coder, origin, span note or done mark: its spans and links came "
                       f"in with one status, in one layer; {PACKAGE}",
    LABEL_STUDIO: "a Label Studio file has no rejected span or link, span note or done mark, nor the origin, "
                  f"confidence or reason of an accepted span; {PACKAGE}",
    LABEL_STUDIO_PREDICTED: f"a Label Studio file has no rejected span or link, span note or done mark; {PACKAGE}",
    GOLD: "a gold JSONL file has no span note or done mark; annotator export-package --with annotations keeps the "
          "notes",
}


def ours(meta: Any) -> bool:
    """Whether a doccano line's ``meta`` (a Label Studio task's ``data.meta``) is one our exports wrote."""
    return isinstance(meta, dict) and "values" in meta


@dataclass
class NotCarried:
    """The kinds of our exports a file's stored lines were, for :meth:`lines`."""

    kinds: set[str] = field(default_factory=set)

    def read(self, line: dict[str, Any]) -> None:
        """A JSON line stored: a doccano line (``entities``: with relations) or a gold line (a links line of the
        guide's ``*.links.jsonl`` is neither: the file's span lines say). A line without spans (its document alone)
        lost none."""
        if "text" in line and "start" not in line:
            if ours(line.get("meta")) and (line.get("label") or line.get("entities")):
                self.kinds.add(DOCCANO_RELATIONS if "entities" in line else DOCCANO)
        elif "text" in line and any(key in line for key in OURS):
            self.kinds.add(GOLD)

    def label_studio(self, record: dict[str, Any]) -> None:
        """A Label Studio task stored (as ``imports/label_studio.record_of`` reads it)."""
        if ours(record.get("meta")) and (record.get("label") or record.get("predicted")):
            self.kinds.add(LABEL_STUDIO if record.get("label") else LABEL_STUDIO_PREDICTED)

    def lines(self, name: str) -> list[str]:
        """The report's lines on ``name``: one for each kind it was (a file of doccano lines with relations and
        without says the first; one with accepted spans in some tasks says what those lack)."""
        kinds = set(self.kinds)
        if DOCCANO_RELATIONS in kinds:
            kinds.discard(DOCCANO)
        if LABEL_STUDIO in kinds:
            kinds.discard(LABEL_STUDIO_PREDICTED)
        return [f"{name}: {SAID[kind]}" for kind in SAID if kind in kinds]
