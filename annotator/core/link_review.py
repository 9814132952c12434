"""Accepting or rejecting a project's suggested links in bulk (``annotator review P --accept --links``),
as ``review.open_suggestions`` does for spans: chosen by document, by kind (district, project), by
the label of the span they go from and by origin (nested, clause, project, jurisdiction …; a
link has a reason but no confidence), decided in one write and one ChangeSet.

What a link joins decides whether it may be accepted:

- both its spans accepted (or, for a district given by name, its one span): it is accepted;
- a span of it still an open suggestion: it stays suggested (*waiting*). Accepting the link
  would put an accepted fact on a span nobody has decided on; accept the spans first
  (``annotator review P --accept``), then the links. The window's ``L`` on one span is a person
  looking at that span, and may accept its links regardless;
- a span of it rejected: it stays suggested (*stale*), never accepted: a rejected span concerns
  nothing (rejecting a span rejects its open links in the same step, so this happens only
  when the span was rejected another way, e.g. by an import). ``--reject --links`` rejects it.

Rejecting takes every chosen link whatever its spans' state: a rejected link is kept so that the
link suggester does not propose it again.

A reviewer named (``annotator``) decides no other coder's link: one from another coder's span
(``labelling.coders_span``: li's 湖里区, li one of the project's coders, whoever suggested the link) or
of another coder's name stays
as li left it, counted (*theirs*), as a review of spans leaves li's spans (``Store.decide_as``);
agreement and adjudication compare the coders' layers as the coders left them.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import NamedTuple

from annotator.core import links as rules
from annotator.core.errors import AnnotatorError
from annotator.core.models import ADJUDICATED, ChangeSet
from annotator.core.store import Store

ACCEPTED, REJECTED = "accepted", "rejected"


class OpenLinks(NamedTuple):
    """The suggested links a bulk review chose, by what their spans are."""

    ready: list[int]  # both spans accepted
    waiting: list[int]  # a span still an open suggestion, none rejected
    stale: list[int]  # a span rejected
    theirs: tuple[str, ...] = ()  # other coders' links, left as they are: the coder of each

    @property
    def total(self) -> int:
        return len(self.ready) + len(self.waiting) + len(self.stale)


class LinkReview(NamedTuple):
    """What a bulk review of links did: its ChangeSet (empty when not kept), how many links it
    changed, and how many it left suggested because a span of theirs is open or rejected."""

    changes: ChangeSet
    changed: int
    waiting: int = 0
    stale: int = 0
    theirs: tuple[str, ...] = ()  # other coders' links left as they are: the coder of each


def check_link_filters(labels: Iterable[str] | None = None, kinds: Iterable[str] | None = None) -> None:
    """Refuse a kind no link has, or a label no link goes from (a DISTRICT is linked to, never from)."""
    for kind in kinds or ():
        if kind not in rules.KINDS:
            raise AnnotatorError(f"no link is of the kind {kind!r}; the kinds: {', '.join(rules.KINDS)}")
    sources = sorted(set().union(*(rules.RULES[k][0] for k in (kinds or rules.KINDS))))
    for label in labels or ():
        if label not in sources:
            what = f"{'/'.join(kinds)} link" if kinds else "link"
            raise AnnotatorError(f"no {what} goes from a {label} span: links go from {', '.join(sources)} "
                                 f"spans (--label names the span a link goes from)")


def coder_of(span_annotator: str, span_origin: str, link_annotator: str, link_origin: str, annotator: str,
             coders: Collection[str]) -> str:
    """The other coder whose layer a link is in, to ``annotator`` ("" when none): its span's coder (the
    rule of spans, ``labelling.coders_span``: one of the project's ``coders``), else the link's own name
    when it is another coder's (not the program's, theirs, a name no coder's, nor a gold layer's:
    origin adjudicated)."""
    if span_annotator != annotator and span_annotator in coders and span_origin != ADJUDICATED:
        return span_annotator
    mine = link_annotator == annotator or link_annotator not in coders or link_origin == ADJUDICATED
    return "" if mine else link_annotator


def open_links(store: Store, doc_ids: Iterable[int] | None = None, kinds: Iterable[str] | None = None,
               labels: Iterable[str] | None = None, origins: Iterable[str] | None = None,
               annotator: str | None = None) -> OpenLinks:
    """The suggested links of ``doc_ids`` (None: the project), of ``kinds``, from spans of ``labels``,
    of ``origins`` (None: any), sorted by what their spans are (see the module's text); with
    ``annotator`` (the reviewer), other coders' links apart, as *theirs* (:func:`coder_of`)."""
    ready: list[int] = []
    waiting: list[int] = []
    stale: list[int] = []
    theirs: list[str] = []
    coders = store.coders() if annotator is not None else ()
    for link_id, source, target, *whose in store.suggested_link_states(
            None if doc_ids is None else list(doc_ids), None if kinds is None else list(kinds),
            None if labels is None else list(labels), None if origins is None else list(origins)):
        if annotator is not None and (coder := coder_of(whose[0], whose[1], whose[2], whose[3], annotator, coders)):
            theirs.append(coder)
            continue
        states = (source,) if target is None else (source, target)
        if REJECTED in states:
            stale.append(link_id)
        elif all(s == ACCEPTED for s in states):
            ready.append(link_id)
        else:
            waiting.append(link_id)
    return OpenLinks(ready, waiting, stale, tuple(theirs))


def review_links(store: Store, status: str, doc_ids: Iterable[int] | None = None,
                 kinds: Iterable[str] | None = None, labels: Iterable[str] | None = None,
                 origins: Iterable[str] | None = None, annotator: str = "",
                 keep_changes: bool = True) -> LinkReview:
    """Accept (``status`` "accepted") the chosen suggested links whose spans are accepted, or reject
    (``status`` "rejected") every chosen one, in one transaction; one ChangeSet (undone as one
    step) unless ``keep_changes`` is False. ``annotator`` is stored with each decision; other coders'
    links are left as they are (counted: the module's text)."""
    if status not in (ACCEPTED, REJECTED):
        raise AnnotatorError(f"a suggested link is accepted or rejected, not {status!r}")
    kinds, labels = (None if kinds is None else list(kinds)), (None if labels is None else list(labels))
    check_link_filters(labels, kinds)
    with store.transaction():  # chosen and decided in one write: nothing changes in between
        chosen = open_links(store, doc_ids, kinds, labels, origins, annotator)
        if status == ACCEPTED:
            ids, waiting, stale = chosen.ready, len(chosen.waiting), len(chosen.stale)
        else:
            ids, waiting, stale = [*chosen.ready, *chosen.waiting, *chosen.stale], 0, 0
        changes, changed = store.decide_suggested_links(ids, status, annotator, keep_changes)
    return LinkReview(changes, changed, waiting, stale, chosen.theirs)


def suggested_links_of(store: Store, decided: ChangeSet) -> int:
    """How many suggested links go from or to the spans ``decided`` changed (a bulk review of spans chosen by
    label, document, origin or confidence: ``annotator review`` says how many of their links stay open)."""
    spans = {a.id for c in decided.annotation_changes for a in (c.before, c.after) if a is not None}
    spans.update(i for c in decided.status_changes for i in c.ids)
    return sum(1 for source, target in store.link_ends(statuses=["suggested"], doc_ids=decided.document_ids)
               if source in spans or target in spans)
