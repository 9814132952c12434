"""Links from JSON Lines: the ``links`` list of a gold span line, and the guide's gold link
files (``*.links.jsonl``: ``{"doc", "start", "end", "label", "district": {"name", "code"},
"project": [start, end] | null}``, one line per PROJECT, AMOUNT and TARGET span).

Links are stored after the spans of their batch, so a file of spans with their links, or a
gold file followed by its links file, imports in one run. A link names its spans by offsets
and label, of the import's coder where several coders marked that place. Under a name (``--annotator
B``, the window's import under a name) a line joins B's spans only (or spans of no name: the program's
suggestions, a solo project's), never another coder's: where B has no span at its place, the line is
refused ("B has no PROJECT span at 120-128 to link to"), not stored in A's layer nor counted as A's
link already there. Without a name it joins the span at the place, whoever's. A gold district
without offsets (a links file's) goes to the DISTRICT span of that district nested in the span,
else the nearest one before it (after it) — the span's own coder's first (under a name: no other
coder's) — else to the district by name and code. A span line's entry without offsets, and a doccano relation line's
``district_links``, are links to the district by name and code, as exported (``export/links.py``,
``export/jsonl.py``): they stay so, though a DISTRICT span of that district is there (the exported
link did not point at it).
A code the link gives that its DISTRICT span's value lacks (a township's nine digits) stays on the
link (``links.district_of`` reads it), so Facts and Districts keep it.

A span keeps at most one open link of a kind. One the project has already (a link a user made
or accepted, or a suggestion when the links are imported as suggestions) stays as it is: a
duplicate. Links imported as accepted (gold) decide an open *suggested* link of their span and
kind, as gold spans decide open span suggestions: the same target (for a district: the same
district, by code, else by name; a township's code the gold adds goes onto the suggestion)
accepts the suggestion; another one rejects it (so the link
suggester does not propose it again) and stores the gold's link in its place, in one savepoint.
A links line whose ``project`` is null (the fact is for no project) rejects an open suggested
project link of its AMOUNT or TARGET span alike (``Stored.rejected_suggestions``); a link a user
made or accepted stays. ``district`` is never null in the format (every fact concerns one district):
a line without one leaves the span's district link as it is.

Accepted links join accepted spans only (a link is accepted only when its spans are: README
"Links"): a line whose span, or the span it links to, is still an open suggestion is refused
(``SPAN_OPEN``) and changes nothing, and a district named by no accepted span goes by name and
code. A span line's entry exported as suggested (``annotator export --status accepted,suggested``)
is stored suggested, and one exported as rejected rejected, whatever the import's status (its spans
found whatever theirs: a rejected link of a rejected span reads back from ``--status
accepted,rejected``); every entry
keeps its origin (the rule that proposed it) and reason, and joins the spans of its line's annotator.
So the gold spans are
imported before their links (``import_annotations`` takes the
``*.links.jsonl`` files of one call last), and links imported first are refused whole, not
left accepted on spans that are still suggestions.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from annotator.core.errors import ValidationError
from annotator.core.jurisdiction import district_key
from annotator.core.links import DISTRICT, KINDS, PROJECT, District, district_of, kinds_for
from annotator.core.models import Annotation, Link
from annotator.core.store import Store, now

Ref = tuple[str, int, int]  # label, start, end
SPAN_OPEN = ("a span it links is still a suggestion: import the gold spans first, then their links "
             "(an accepted link joins accepted spans)")


@dataclass(frozen=True)
class LinkSpec:
    number: int  # the line it came from
    doc_id: int
    source: Ref
    kind: str
    target: Ref | None
    value: dict[str, Any] = field(default_factory=dict)
    none: bool = False  # the line says the span has no link of this kind (``"project": null``)
    status: str | None = None  # a span line's entry: its own (suggested, rejected stay so; else the import's)
    origin: str | None = None  # a span line's entry: the rule that proposed it, as exported (else "imported")
    owner: str | None = None  # a span line's annotator: its spans and its link are that coder's (else the import's)
    by_name: bool = False  # a district without offsets exported as such: a link to it by name (not to a span)
    reason: str = ""  # a span line's entry: why the rule proposed it, as exported
    predicted: bool = False  # a Label Studio prediction's relation: a model's proposal (never refuses its task)


def is_links_line(obj: dict[str, Any]) -> bool:
    """A line of a gold links file (no text, a district or a project)."""
    return "text" not in obj and ("district" in obj or "project" in obj)


def _ref(label: Any, start: Any, end: Any) -> Ref:
    if not (type(start) is int and type(end) is int and isinstance(label, str)):
        raise ValidationError(f"a link names its span by whole-number offsets and a label, not {start!r}-{end!r}")
    return label, start, end


def _district_value(d: Any) -> dict[str, Any]:
    if not isinstance(d, dict) or not d.get("name"):
        raise ValidationError(f"district must be {{\"name\", \"code\"}}, not {d!r}")
    return {"name": str(d["name"]), "code": str(d["code"]) if d.get("code") else None}


def specs_of_links_line(number: int, doc_id: int, obj: dict[str, Any]) -> list[LinkSpec]:
    source = _ref(obj["label"], obj["start"], obj["end"])
    out = []
    if obj.get("district"):
        out.append(LinkSpec(number, doc_id, source, DISTRICT, None, _district_value(obj["district"])))
    project = obj.get("project")
    if project:
        if not (isinstance(project, list) and len(project) == 2):
            raise ValidationError(f"project must be [start, end] or null, not {project!r}")
        out.append(LinkSpec(number, doc_id, source, PROJECT, _ref("PROJECT", *project)))
    elif "project" in obj and project is None and PROJECT in kinds_for(source[0]):
        out.append(LinkSpec(number, doc_id, source, PROJECT, None, none=True))
    return out


def specs_of_span_line(number: int, doc_id: int, obj: dict[str, Any], annotator: str = "") -> list[LinkSpec]:
    """The ``links`` entries of a gold span line (as ``export/links.py`` writes them). Their owner is
    the import's ``annotator``, else the line's: the link joins that coder's spans (a merged team's
    file holds each coder's equal spans)."""
    owner = annotator or obj.get("annotator") or None
    entries = obj.get("links") or []
    if not isinstance(entries, list):
        raise ValidationError("links must be a list")
    source = _ref(obj["label"], obj["start"], obj["end"])
    out = []
    for e in entries:
        if not isinstance(e, dict) or e.get("kind") not in KINDS:
            raise ValidationError(f"a link needs a kind ({' or '.join(KINDS)}): {e!r}")
        target = _ref(e.get("label") or "DISTRICT", e["start"], e["end"]) if e.get("start") is not None else None
        value = _district_value(e["district"]) if target is None or e.get("district") else {}
        kept = e.get("status") if e.get("status") in ("suggested", "rejected") else None  # as exported: stays so
        out.append(LinkSpec(number, doc_id, source, e["kind"], target, value, status=kept,
                            origin=e["origin"] if isinstance(e.get("origin"), str) and e["origin"] else None,
                            owner=owner, by_name=target is None,
                            reason=e["reason"] if isinstance(e.get("reason"), str) else ""))
    return out


def doccano_entities(obj: dict[str, Any]) -> list[Any]:
    """The spans of a doccano relation line as [start, end, LABEL] (an entry that is no entity is
    passed on as it is, for the span reader to refuse by name)."""
    return [[e.get("start_offset"), e.get("end_offset"), e.get("label")] if isinstance(e, dict) else e
            for e in obj["entities"]]


def specs_of_doccano_line(number: int, doc_id: int, obj: dict[str, Any]) -> list[LinkSpec]:
    """The links of a doccano relation line: each relation (``type`` a link kind) between two of
    its entities, and the ``district_links`` its ``meta`` keeps for districts named by no span."""
    refs = {_id(e.get("id")): _ref(e.get("label"), e.get("start_offset"), e.get("end_offset"))
            for e in obj["entities"] if isinstance(e, dict)}
    refs.pop(None, None)  # an id that is no number or string (a list: "unhashable type: 'list'") names nothing
    out = []
    relations = obj.get("relations") or []
    if not isinstance(relations, list):
        raise ValidationError("relations must be a list")
    for r in relations:
        kind = str(r.get("type", "")).lower() if isinstance(r, dict) else ""
        if kind not in KINDS:
            raise ValidationError(f"relation {r!r}: its type must be a link kind ({', '.join(KINDS)})")
        if _id(r.get("from_id")) not in refs or _id(r.get("to_id")) not in refs:
            raise ValidationError(f"relation {r.get('id')!r} joins an entity id the line does not have")
        out.append(LinkSpec(number, doc_id, refs[r["from_id"]], kind, refs[r["to_id"]]))
    meta = obj.get("meta")
    for item in (meta.get("district_links") or []) if isinstance(meta, dict) else []:
        if not (isinstance(item, list) and len(item) == 4):
            raise ValidationError(f"district_links entry {item!r} is not [start, end, LABEL, district]")
        out.append(LinkSpec(number, doc_id, _ref(item[2], item[0], item[1]), DISTRICT, None,
                            _district_value(item[3]), by_name=True))
    return out


def _id(value: Any) -> int | float | str | None:
    """An entity's id as a relation names it: a number or a string (None for anything else)."""
    return value if isinstance(value, int | float | str) else None


@dataclass
class Stored:
    added: int = 0  # links stored where the span had none of their kind
    accepted: int = 0  # open suggested links the gold has as they are: accepted
    replaced: int = 0  # open suggested links the gold has otherwise: rejected, the gold's stored
    rejected_suggestions: int = 0  # open suggested links of a kind the gold says the span has none of
    duplicates: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)


class _Kept(Exception):
    """The gold's link repeats one rejected before: the savepoint is rolled back, nothing changes."""


def _spans_by_ref(spans: Iterable[Annotation], owner: str | None, only: bool) -> dict[Ref, Annotation]:
    """A document's spans by label and offsets, of any status (an export of rejected spans holds their
    rejected links: ``--status accepted,rejected`` reads back); where several hold the same place, one
    not rejected before a rejected one, then ``owner``'s (the line's coder). ``only`` (the import names a
    coder): ``owner``'s spans and those of no name (the program's suggestions, a solo project's), never
    another name's (a coder's links do not go into another coder's layer)."""
    held = sorted((a for a in spans if not only or a.annotator in (owner, "")),
                  key=lambda a: (a.status != "rejected", a.annotator == owner))
    return {(a.label, a.start, a.end): a for a in held}


def store_links(store: Store, specs: Iterable[LinkSpec], *, status: str, annotator: str) -> Stored:
    """Inside a write: store the links of ``specs`` (a span that has an open link of a kind already
    keeps it, a duplicate, unless it is a suggestion the accepted ``specs`` decide: see the module)."""
    result = Stored()
    spans: dict[tuple[int, str | None], dict[Ref, Annotation]] = {}
    for spec in specs:
        who = spec.owner if spec.owner is not None else annotator
        if (spec.doc_id, who) not in spans:  # a links file's line joins the import's coder's spans
            spans[(spec.doc_id, who)] = _spans_by_ref(store.annotations(spec.doc_id), who, bool(annotator))
        by_ref = spans[(spec.doc_id, who)]
        outcome: str
        try:
            if spec.none:
                outcome = _store_none(store, spec, by_ref, status, who)
            else:
                own = spec.status or status  # an exported suggestion or rejected link stays one
                outcome = _store_link(store, _link(spec, by_ref, own, who, bool(annotator)), who)
        except ValidationError as e:
            if not any(number == spec.number for number, _why in result.rejected):  # a line's reason once
                result.rejected.append((spec.number, str(e)))
            continue
        if outcome:
            setattr(result, outcome, getattr(result, outcome) + 1)
    return result


def _store_none(store: Store, spec: LinkSpec, by_ref: dict[Ref, Annotation], status: str, annotator: str
                ) -> Literal["rejected_suggestions", "duplicates", ""]:
    """The line says its span has no link of ``spec.kind``: accepted (gold), it rejects the span's
    open suggested link of the kind; a link a user made or accepted stays ("already in the project")."""
    source = by_ref.get(spec.source)
    if status != "accepted" or source is None or source.id is None:
        return ""  # nothing to decide (a line without its span is refused by its district, if it has one)
    if source.status != "accepted":
        raise ValidationError(SPAN_OPEN)
    open_links = [k for k in store.links_from(source.id) if k.kind == spec.kind and k.status != "rejected"]
    suggested = [k.id for k in open_links if k.status == "suggested" and k.id is not None]
    if suggested:
        store.set_link_status(suggested, "rejected", annotator)
        return "rejected_suggestions"
    return "duplicates" if open_links else ""


def _store_link(store: Store, link: Link, annotator: str) -> Literal["added", "accepted", "replaced", "duplicates"]:
    """Store one link; which ``Stored`` count it adds to."""
    suggested = None
    if link.status == "accepted":
        open_links = [k for k in store.links_from(link.source_id) if k.kind == link.kind and k.status != "rejected"]
        suggested = open_links[0] if len(open_links) == 1 and open_links[0].status == "suggested" else None
    if suggested is None or suggested.id is None:
        return "added" if store.add_links([link], skip_invalid=False).changes else "duplicates"
    same = _same(store, suggested, link)
    if same is not None:
        store.accept_suggested_link(suggested.id, annotator, value=same.value)
        return "accepted"
    try:
        with store.transaction():  # a savepoint: the suggestion rejected and the gold's link stored, or neither
            store.set_link_status([suggested.id], "rejected", annotator)
            if not store.add_links([link], skip_invalid=False).changes:
                raise _Kept
    except _Kept:
        return "duplicates"
    return "replaced"


def _same(store: Store, suggested: Link, gold: Link) -> Link | None:
    """The suggested link as the gold has it, if it says what the gold's says: the same project
    span; the same district (by the gold's code, else its name), a code the gold's link keeps
    beside its span (a township's) added to the suggestion's value. None if it says otherwise."""
    if suggested.target_id == gold.target_id and suggested.value == gold.value:
        return suggested
    if gold.kind != DISTRICT or (suggested.target_id is not None
                                 and store.annotation(suggested.target_id).status != "accepted"):
        return None  # accepted, it would point at a span that is still a suggestion
    theirs = _district(store, gold)
    candidates = [suggested] + ([suggested.with_(value=gold.value)] if gold.value else [])
    for candidate in candidates:
        mine = _district(store, candidate)
        if theirs is not None and mine is not None and (
                mine.code == theirs.code if theirs.code else mine.name == theirs.name):
            return candidate
    return None


def _district(store: Store, link: Link) -> District | None:
    return district_of(link, store.annotation(link.target_id) if link.target_id is not None else None)


def _link(spec: LinkSpec, by_ref: dict[Ref, Annotation], status: str, annotator: str, only: bool) -> Link:
    """``only``: ``by_ref`` holds the named coder's (``annotator``'s) spans and those of no name, and the
    district goes to a DISTRICT mention of theirs (else of no name), never another coder's: else by name."""
    source = by_ref.get(spec.source)
    joins = (lambda a: a is not None) if status == "rejected" else (lambda a: a is not None and a.status != "rejected")
    whose = f"{annotator} has " if only else ""  # a coder named: "B has no PROJECT span at …"
    if not joins(source):  # an open link joins spans not rejected; a rejected one, as exported, any
        raise ValidationError(f"{whose}no {spec.source[0]} span at {spec.source[1]}-{spec.source[2]} to link")
    assert source is not None
    accepted = status == "accepted"
    target = None
    if spec.target is not None:
        target = by_ref.get(spec.target)
        if not joins(target):
            raise ValidationError(f"{whose}no {spec.target[0]} span at {spec.target[1]}-{spec.target[2]} to link to")
    elif spec.kind == DISTRICT and not spec.by_name:
        districts = [a for a in by_ref.values() if a.label == "DISTRICT"
                     and (a.status == "accepted" or not accepted and a.status != "rejected")
                     and spec.owner in (None, a.annotator)]  # (``only``: ``by_ref`` holds no other coder's)
        own = [a for a in districts if a.annotator == source.annotator]  # the coder's own mention first
        target = _district_span(source, own, spec.value) or _district_span(source, districts, spec.value)
    if accepted and "suggested" in (source.status, target.status if target is not None else None):
        raise ValidationError(SPAN_OPEN)
    stamp = now()
    assert source.id is not None
    value = dict(spec.value)
    if target is not None:  # the span names the district; the link keeps only a code the span lacks
        value = value if value.get("code") and not target.value.get("code") else {}
    return Link(None, source.document_id, source.id, spec.kind, target.id if target else None,
                value, status, spec.origin or "imported", annotator, spec.reason, stamp, stamp)


def _district_span(source: Annotation, districts: list[Annotation], value: dict[str, Any]) -> Annotation | None:
    code, name = value.get("code"), value.get("name")
    same = [d for d in districts if (code and district_key(d)[1] == code) or (name and district_key(d)[0] == name)]
    if not same:
        return None
    nested = [d for d in same if source.start <= d.start and d.end <= source.end]
    before = [d for d in same if d.end <= source.start]
    return (nested or before[-1:] or same)[0]
