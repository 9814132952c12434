"""Plain data of the core: documents, labels, annotations and suggestions."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, NamedTuple

STATUSES = ("suggested", "accepted", "rejected")
MANUAL = "manual"
ADJUDICATED = "adjudicated"  # the origin of a span a decision wrote into a gold layer (core/team/adjudication.py)
ALONE_STEP = ", who alone coded the document"  # how adjudication.take_alone's step ends (gui/step_names.py)
IMPORTED = "imported"  # the origin of a span read from a file (core/imports)
# origins whose confidence means nothing (a person's span, a file's, a decision's: the window shows none;
# a suggester's or the model's origin keeps the confidence it proposed with, accepted or not)
UNSCORED_ORIGINS = (MANUAL, IMPORTED, ADJUDICATED)


@dataclass(frozen=True)
class Label:
    """A project's label: its name, colour, shortcut key, description and place in the list."""

    name: str
    color: str = "#888888"
    shortcut: str = ""
    description: str = ""
    position: int = 0
    id: int | None = None


@dataclass(frozen=True)
class Document:
    """A stored document: its name, title and text, where it came from, its metadata and done mark."""

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


class DocumentEntry(NamedTuple):
    """A document as the document list shows it: its name, its title (metadata ``title``, else
    its first line), its date (metadata ``date``, else ""), its done mark. A tuple: a list of
    100,000 documents is read without building a :class:`Document` for each."""

    id: int
    name: str
    title: str
    date: str
    done: bool


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

    def with_(self, **changes: Any) -> Annotation:
        """A copy with ``changes`` (as dataclasses.replace at a tenth of its cost: bulk edits make one
        per span; the instance dict is filled directly, as ``store/rows.row_to_annotation`` does)."""
        unknown = changes.keys() - _ANNOTATION_FIELDS
        if unknown:
            raise TypeError(f"Annotation has no field {', '.join(sorted(unknown))}")
        new = object.__new__(Annotation)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


_ANNOTATION_FIELDS = frozenset(f.name for f in fields(Annotation))


class Change(NamedTuple):
    """One annotation before and after an edit: (None, a) added, (a, None) deleted."""

    before: Annotation | None
    after: Annotation | None

    def inverse(self) -> Change:
        return Change(self.after, self.before)


class LabelChange(NamedTuple):
    """One label before and after: (None, l) added, (l, None) deleted. A new name carries the
    label's spans with it (the store renames them), so a rename holds no annotation changes."""

    before: Label | None
    after: Label | None

    def inverse(self) -> LabelChange:
        return LabelChange(self.after, self.before)

    @property
    def renamed(self) -> tuple[str, str] | None:
        """(old name, new name) when this change renames a label."""
        if self.before is not None and self.after is not None and self.before.name != self.after.name:
            return self.before.name, self.after.name
        return None


class DoneChange(NamedTuple):
    """A document's done mark before and after (``name``: the document's, for naming the step)."""

    document_id: int
    before: bool
    after: bool
    name: str = ""

    def inverse(self) -> DoneChange:
        return DoneChange(self.document_id, self.after, self.before, self.name)


class NameChange(NamedTuple):
    """A document's name before and after (Project › Rename document…, ``annotator rename``)."""

    document_id: int
    before: str
    after: str

    def inverse(self) -> NameChange:
        return NameChange(self.document_id, self.after, self.before)


@dataclass(frozen=True)
class Link:
    """A stored link from a span (``source_id``) to what it concerns: ``kind`` "district" (the
    DISTRICT span ``target_id``, or, when the district is named by no span, ``value``
    {"name", "code"}) or "project" (the PROJECT span ``target_id``). Status, origin, annotator
    and reason as on spans (:mod:`annotator.core.links` holds the rules)."""

    id: int | None
    document_id: int
    source_id: int
    kind: str
    target_id: int | None
    value: dict[str, Any] = field(default_factory=dict)
    status: str = "accepted"
    origin: str = MANUAL
    annotator: str = ""
    reason: str = ""
    created_at: str = ""
    updated_at: str = ""

    def with_(self, **changes: Any) -> Link:
        return replace(self, **changes)


class LinkChange(NamedTuple):
    """One link before and after: (None, l) added, (l, None) removed."""

    before: Link | None
    after: Link | None

    def inverse(self) -> LinkChange:
        return LinkChange(self.after, self.before)


class MetadataChange(NamedTuple):
    """One key of a document's metadata before and after (None: absent)."""

    document_id: int
    key: str
    before: str | None
    after: str | None

    def inverse(self) -> MetadataChange:
        return MetadataChange(self.document_id, self.key, self.after, self.before)


class GuideChange(NamedTuple):
    """A label's guide in the project (its codebook text) before and after (None: the project has
    written none, so the shipped text shows)."""

    label: str
    before: str | None
    after: str | None

    def inverse(self) -> GuideChange:
        return GuideChange(self.label, self.after, self.before)


Statuses = tuple[str, str, str]  # status, annotator, updated_at


@dataclass(frozen=True)
class StatusChange:
    """The status (with annotator and time) of many spans set in one step, kept compactly: an
    accept of 400,000 suggestions holds a small row per span, not two Annotations. ``before`` and
    ``after`` give each span's (status, annotator, updated_at); equal triples are one object."""

    ids: tuple[int, ...]
    documents: tuple[int, ...]  # the document of each span
    before: tuple[Statuses, ...]
    after: tuple[Statuses, ...]

    def inverse(self) -> StatusChange:
        return StatusChange(self.ids, self.documents, self.after, self.before)

    def __len__(self) -> int:
        return len(self.ids)


AnyChange = (Change | LabelChange | DoneChange | LinkChange | MetadataChange | GuideChange | StatusChange
             | NameChange)


@dataclass(frozen=True)
class ChangeSet:
    """What one user action changed (spans, links, labels, done marks); enough to undo and redo it.

    Views read the kind they show: :attr:`annotation_changes`, :attr:`label_changes`,
    :attr:`done_changes`, :attr:`link_changes`; the store's ``revert`` / ``reapply`` handle every kind.
    """

    changes: tuple[AnyChange, ...] = ()
    description: str = ""

    @property
    def annotation_changes(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if isinstance(c, Change))

    @property
    def status_changes(self) -> tuple[StatusChange, ...]:
        """Statuses of many spans set at once (views re-read what they show: no Annotations here)."""
        return tuple(c for c in self.changes if isinstance(c, StatusChange))

    @property
    def label_changes(self) -> tuple[LabelChange, ...]:
        return tuple(c for c in self.changes if isinstance(c, LabelChange))

    @property
    def done_changes(self) -> tuple[DoneChange, ...]:
        return tuple(c for c in self.changes if isinstance(c, DoneChange))

    @property
    def link_changes(self) -> tuple[LinkChange, ...]:
        return tuple(c for c in self.changes if isinstance(c, LinkChange))

    @property
    def metadata_changes(self) -> tuple[MetadataChange, ...]:
        return tuple(c for c in self.changes if isinstance(c, MetadataChange))

    @property
    def name_changes(self) -> tuple[NameChange, ...]:
        return tuple(c for c in self.changes if isinstance(c, NameChange))

    @property
    def guide_changes(self) -> tuple[GuideChange, ...]:
        return tuple(c for c in self.changes if isinstance(c, GuideChange))

    @property
    def document_ids(self) -> set[int]:
        """The documents whose spans or done mark this ChangeSet changes."""
        return set(self.documents())

    def documents(self) -> list[int]:
        """The documents this ChangeSet changes, in the order of its changes (no repeats)."""
        ids: dict[int, None] = {}
        for c in self.changes:
            if isinstance(c, (DoneChange, MetadataChange, NameChange)):
                ids[c.document_id] = None
            elif isinstance(c, (Change, LinkChange)):
                for a in (c.before, c.after):
                    if a is not None:
                        ids[a.document_id] = None
            elif isinstance(c, StatusChange):
                ids.update(dict.fromkeys(c.documents))
        return list(ids)

    def first_span(self, doc_id: int) -> tuple[int, int] | None:
        """(start, end) of the first span this ChangeSet changes in ``doc_id``."""
        for c in self.annotation_changes:
            for a in (c.after, c.before):
                if a is not None and a.document_id == doc_id:
                    return a.start, a.end
        return None

    def renamed(self, label: str) -> str:
        """What the label called ``label`` before this ChangeSet is called after it."""
        for c in self.label_changes:
            if c.renamed is not None and c.renamed[0] == label:
                label = c.renamed[1]
        return label

    def inverse(self) -> ChangeSet:
        """The ChangeSet that undoes this one (what an undo wrote)."""
        return ChangeSet(tuple(c.inverse() for c in reversed(self.changes)), f"undo {self.description}")

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        """How many things it changed (a StatusChange counts its spans)."""
        return sum(len(c) if isinstance(c, StatusChange) else 1 for c in self.changes)
