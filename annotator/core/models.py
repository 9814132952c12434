"""Plain data of the core: documents, labels, annotations and suggestions."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

STATUSES = ("suggested", "accepted", "rejected")
MANUAL = "manual"


@dataclass(frozen=True)
class Label:
    name: str
    color: str = "#888888"
    shortcut: str = ""
    description: str = ""
    position: int = 0
    id: int | None = None


@dataclass(frozen=True)
class Document:
    id: int | None
    name: str
    title: str
    text: str
    sha256: str = ""
    source_path: str = ""
    encoding: str = ""
    char_count: int = 0
    imported_at: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    done: bool = False


@dataclass(frozen=True)
class Suggestion:
    """What a suggester proposes: a span of text with a label, a value and a reason."""

    start: int
    end: int
    label: str
    text: str
    value: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.5
    reason: str = ""
    origin: str = ""


@dataclass(frozen=True)
class Annotation:
    """A stored span. Offsets are code-point indices; ``end`` is exclusive."""

    id: int | None
    document_id: int
    start: int
    end: int
    label: str
    text: str
    value: dict[str, Any] = field(default_factory=dict)
    status: str = "accepted"
    origin: str = MANUAL
    annotator: str = ""
    confidence: float | None = None
    reason: str = ""
    note: str = ""
    created_at: str = ""
    updated_at: str = ""

    def with_(self, **changes: Any) -> "Annotation":
        return replace(self, **changes)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class Change:
    """One annotation before and after an edit: (None, a) added, (a, None) deleted."""

    before: Annotation | None
    after: Annotation | None


@dataclass(frozen=True)
class ChangeSet:
    """What one user action changed; enough to undo and redo it."""

    changes: tuple[Change, ...] = ()
    description: str = ""

    @property
    def document_ids(self) -> set[int]:
        ids = set()
        for c in self.changes:
            for a in (c.before, c.after):
                if a is not None:
                    ids.add(a.document_id)
        return ids

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)
