"""The coders' links carried into the gold layer with their spans.

A gold span adjudication wrote is a copy of one coder's span (its reason ``from li``). That coder's
accepted links from the span come along: a link to a district by name as it is, a link to another
span of the coder's when the layer holds an accepted span of the same label and offsets (taken from
any coder: the same mention), or the one span of that label overlapping it (the mention decided with
other boundaries). A gold span that has an open link of the kind keeps it (one set by
hand in the gold layer, or carried before). Run after each decision over the whole document, so a
link whose target is decided later (the AMOUNT before its DISTRICT) comes along then. Without this
the gold layer held no link: its facts all fell to the jurisdiction, the coders' district and
project links lost.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from annotator.core.divisions import canonical
from annotator.core.jurisdiction import jurisdiction_of
from annotator.core.links import Resolved, resolve
from annotator.core.models import ADJUDICATED, Annotation, ChangeSet, Link
from annotator.core.store import Store, now

FROM = "from "
Key = tuple[str, int, int]


def _key(a: Annotation) -> Key:
    return a.label, a.start, a.end


def _same_mention(gold: dict[Key, Annotation], target: Annotation) -> Annotation | None:
    """The layer's span of ``target``'s mention: the same label and offsets, else the one span of its
    label that overlaps it (the mention decided with other boundaries)."""
    if _key(target) in gold:
        return gold[_key(target)]
    near = [a for a in gold.values() if a.label == target.label and a.start < target.end and target.start < a.end]
    return near[0] if len(near) == 1 else None


def carry_links(store: Store, doc_id: int, layer: str) -> ChangeSet:
    """Inside a write: the links of the coders' spans the layer's accepted spans copy, between the
    layer's spans (see the module); the links added, as one ChangeSet."""
    spans = store.annotations(doc_id)
    gold = {_key(a): a for a in spans if a.annotator == layer and a.status == "accepted" and a.origin == ADJUDICATED}
    if not gold:
        return ChangeSet((), "carry links")
    by_id = {a.id: a for a in spans if a.id is not None}
    coder_span = {(a.annotator, _key(a)): a for a in spans if a.status == "accepted"}
    links = store.links(doc_id, statuses=["accepted"])
    held = {(k.source_id, k.kind) for k in store.links(doc_id) if k.status != "rejected"}
    stamp, new = now(), []
    for copy in gold.values():
        coder = copy.reason[len(FROM):] if copy.reason.startswith(FROM) else None
        mine = coder_span.get((coder, _key(copy))) if coder is not None else None
        if mine is None or copy.id is None:
            continue
        for link in links:
            if link.source_id != mine.id or (copy.id, link.kind) in held:
                continue
            target = by_id.get(link.target_id) if link.target_id is not None else None
            dest = _same_mention(gold, target) if target is not None else None
            if link.target_id is not None and dest is None:
                continue  # its target is not (yet) in the layer
            new.append(Link(None, doc_id, copy.id, link.kind, dest.id if dest is not None else None, dict(link.value),
                            "accepted", ADJUDICATED, layer, f"{FROM}{coder}", stamp, stamp))
            held.add((copy.id, link.kind))
    return store.add_links(new) if new else ChangeSet((), "carry links")


Sign = frozenset[tuple[Key, object, object]]
Versions = Iterable[tuple[str, Iterable[Annotation]]]


def link_signer(store: Store, doc_id: int) -> Callable[[Versions], dict[str, Sign]]:
    """Reads the document's spans and accepted links once; gives what each coder's links say of their
    spans of a region, as the agreement reads them (``link_agreement.py``): per span its district (code,
    else name; a span left unlinked concerns the document's jurisdiction) and the offsets of its project.
    Coders who agree on the spans may link them differently (li puts 55.1亿元 in 湖里区, wang and zhao in
    思明区); one who left a fact unlinked and one who linked it to the jurisdiction agree."""
    spans = {a.id: a for a in store.annotations(doc_id) if a.id is not None}
    resolved = resolve(store.links(doc_id, statuses=["accepted"]), spans, ("accepted",))
    home = jurisdiction_of(store.document(doc_id), [a for a in spans.values()
                                                   if a.label == "DISTRICT" and a.status == "accepted"])

    def district(r: Resolved | None) -> object:
        d = r.district if r is not None and r.district_link is not None else home.district if home else None
        return None if d is None else canonical(d.code) or d.name  # 350206000000 is 350206 (湖里区)

    def signs(versions: Versions) -> dict[str, Sign]:
        out: dict[str, Sign] = {}
        for coder, mine in versions:
            sign: set[tuple[Key, object, object]] = set()
            for a in mine:
                if a.label == "DISTRICT" or a.id is None:
                    continue
                r = resolved.get(a.id)
                project = r.project if r is not None else None
                sign.add((_key(a), district(r), _key(project) if project is not None else None))
            out[coder] = frozenset(sign)
        return out
    return signs


def gold_span_of(store: Store, span: Annotation, layer: str) -> Annotation | None:
    """The layer's accepted span of ``span``'s mention (the same label and offsets, else the one span of
    its label overlapping it), or None: what a link made by hand while the Adjudication panel is open
    joins in place of a coder's span (a gold link joins gold spans; the coder's stays as they left it)."""
    gold = {_key(a): a for a in store.annotations(span.document_id, labels=[span.label], annotators=[layer])
            if a.status == "accepted"}
    return _same_mention(gold, span)
