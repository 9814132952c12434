"""DISTRICT: the open suggestions follow the document's jurisdiction and year when they are given (or
changed, or cleared) after they were made (the window suggests on import; ``annotator suggest`` ran before
``annotator meta``).

A name several units keep (鼓楼区: 南京, 徐州, 福州, 开封) in a text that names no city was coded by the
tables' order, its reason saying so (:data:`GUESS`); a span of the model's got no code where the text
decided nothing. Given the jurisdiction, each such OPEN suggestion gets what a suggest run would give it
now: the rules' value and fresh reason at its place, or the one unit of its name within the jurisdiction
("; NAME CODE of the document's jurisdiction", as :func:`span_value.in_jurisdiction` gives the model's).
A jurisdiction changed (福州市 -> 开封市) or cleared takes back what the former one chose, where the span is
still as it chose it; one that decides nothing (厦门市: no 鼓楼区 there) puts the tables' first back.
The year (metadata ``year``, else that of ``date``: :func:`former.metadata_year`) decides the former units
(无为县 341422 of 2000–2010, 340225 of 2011–2018): a rules' span still as the run of the former year gave
it gets what the run of the new one gives. Accepted, rejected and hand-made spans never change: the user
decided (:func:`kept_guesses` counts the accepted ones the tables' order coded that the jurisdiction would
code otherwise, to be checked).

Pure: the store writes the pairs (before, after) in the same write as the metadata
(``Store.set_metadata_with_values``); :func:`set_metadata` joins the two, :class:`Tally` says what they did.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.core.jurisdiction import KEY, given_code
from annotator.core.models import MANUAL, Annotation, ChangeSet, Suggestion
from annotator.core.suggest.district.units import TABLES_CHOSE

if TYPE_CHECKING:
    from annotator.core.store import Store

GUESS = TABLES_CHOSE  # the end of the reason of a code the tables' order chose (suggester.py ``_suggestions``)
YEAR_KEYS = ("year", "date")  # the keys the suggest run reads the document's year from (former.metadata_year)
KEYS = (KEY, *YEAR_KEYS)  # the metadata the open district suggestions follow
_FORMER = "former unit: "  # the reason of a former unit's span (former.py ``former_mentions``)
_RULES = ("gazetteer: ", _FORMER)  # the reasons of the rules' spans (alone, or agreed with the model's)
_RULE_GUESS = re.compile(r"gazetteer: [^;]*?" + re.escape(GUESS))
_GIVEN = re.compile(r"; ([^;]+?) (\d{6}(?:\d{3})?) of the document's jurisdiction$")  # in_jurisdiction's

Pair = tuple[Annotation, Annotation]  # a span as stored, and as it is to be
Place = tuple[str, int | None]  # (the jurisdiction's code, "": none; the year, None: the text's own)
Rules = Callable[[Place], dict[tuple[int, int], Suggestion]]


def followed(text: str, before: Mapping[str, Any], after: Mapping[str, Any],
             spans: Iterable[Annotation]) -> list[Pair]:
    """The open DISTRICT suggestions of a document (``text``) whose metadata goes from ``before`` to
    ``after``, given the value and reason a suggest run would give them under the new jurisdiction and
    year: (before, after) of each that changes; [] where neither the jurisdiction's code nor the year is
    another."""
    old, new = _place(before), _place(after)
    if old == new:
        return []
    open_ = [a for a in spans if a.label == "DISTRICT" and a.status == "suggested" and a.origin != MANUAL
             and (old[0] != new[0] or _FORMER in a.reason)]  # the year decides the former units only
    if not open_:
        return []
    rules, suggester = _rules(text)
    out: list[Pair] = []
    for a in open_:
        to = _followed(a, old, new, rules, lambda key: suggester.value_in_area(key, new[0]) if new[0] else {})
        if to is not None and (to.value, to.reason) != (a.value, a.reason):
            out.append((a, to))
    return out


def _place(metadata: Mapping[str, Any]) -> Place:
    from annotator.core.suggest.district.former import metadata_year

    return _code(metadata.get(KEY)), metadata_year(metadata)


def _rules(text: str) -> tuple[Rules, Any]:
    """The rules' DISTRICT proposals for ``text`` by their place, under a jurisdiction and year (each run
    once, when asked), and the suggester."""
    from annotator.core.suggest import get_suggester
    from annotator.core.suggest.traditional import simplified
    from annotator.core.suggest.values import suggested

    plain = simplified(text)
    suggester: Any = get_suggester("gazetteer")
    runs: dict[Place, dict[tuple[int, int], Suggestion]] = {}

    def rules(place: Place) -> dict[tuple[int, int], Suggestion]:
        if place not in runs:
            runs[place] = {(s.start, s.end): s for s in suggested(suggester, plain, place[1], place[0])
                           if s.label == "DISTRICT"}
        return runs[place]

    return rules, suggester


def _followed(a: Annotation, old: Place, new: Place, rules: Rules,
              in_area: Callable[[str], dict[str, Any]]) -> Annotation | None:
    """Span ``a`` as a suggest run under jurisdiction and year ``new`` would give it, where the tables'
    order, the former jurisdiction and year ``old`` or no jurisdiction coded it; None: it stays."""
    place = (a.start, a.end)
    if any(r in a.reason for r in _RULES):  # the rules' (alone, or agreed with the model's)
        now = rules(new).get(place)
        if now is None:
            return None
        if GUESS in a.reason:
            if GUESS in now.reason and now.value == a.value:
                return None  # the jurisdiction decides nothing here (鼓楼区 in a report of 厦门市)
            return a.with_(value=dict(now.value), reason=_RULE_GUESS.sub(lambda _m: now.reason, a.reason, count=1))
        was = rules(old).get(place)
        if was is None or was.value != a.value or was.reason not in a.reason:
            return None  # what the text decided, or a value changed since: it stays
        return a.with_(value=dict(now.value), reason=a.reason.replace(was.reason, now.reason, 1))
    if old[0] == new[0]:
        return None  # the model's values follow the jurisdiction only
    given = _GIVEN.search(a.reason)
    if given is not None and a.value.get("code") == given.group(2):  # coded by the former jurisdiction
        base = a.reason[:given.start()]
    elif not a.value:  # the model's, where the text decided nothing
        base = a.reason
    else:
        return None
    value = in_area(a.text)
    return a.with_(value=value, reason=f"{base}; {value['name']} {value['code']} of the document's jurisdiction"
                   if value else base)


def set_metadata(store: Store, doc_id: int, key: str, value: str | None,
                 expected: str | None | bool = False) -> ChangeSet:
    """``store.set_document_metadata`` and, for the ``jurisdiction``, ``year`` and ``date``, its open
    DISTRICT suggestions that follow them (:func:`followed`) in the same write: one ChangeSet, undone as one
    step."""
    if key not in KEYS:
        return store.set_document_metadata(doc_id, key, value, expected)
    pairs: list[Pair] = []
    spans = store.annotations(doc_id, statuses=["suggested"], labels=["DISTRICT"])
    if spans:  # (the text read only then, and only for another code or year: a table of 5,000 documents)
        metadata = store.document_metadata(doc_id)
        after = {k: v for k, v in {**metadata, key: value}.items() if v not in (None, "")}
        if _place(metadata) != _place(after):
            pairs = followed(store.document(doc_id).text, metadata, after, spans)
    return store.set_metadata_with_values(doc_id, key, value, expected, pairs)


def _code(value: Any) -> str:
    return (given_code({KEY: value}) or "") if value else ""


def kept_guesses(store: Store, doc_ids: Iterable[int]) -> int:
    """How many accepted DISTRICT spans of ``doc_ids`` (those whose jurisdiction was just given) keep a code
    the tables' order chose (their reason says so) that their jurisdiction would code otherwise: the user
    decided them, so it changed none; they are to be checked. (Not those it decides nothing of: 鼓楼区 in a
    report of 厦门市 is the tables' first still.)"""
    n = 0
    for doc_id in doc_ids:
        guessed = [a for a in store.annotations(doc_id, statuses=["accepted"], labels=["DISTRICT"])
                   if GUESS in a.reason and "gazetteer: " in a.reason]
        place = _place(store.document_metadata(doc_id)) if guessed else ("", None)
        if not place[0]:
            continue
        rules, _suggester = _rules(store.document(doc_id).text)
        n += sum(_followed(a, place, place, rules, lambda _key: {}) is not None for a in guessed)
    return n


def accepted_guesses(store: Store, step: ChangeSet | None) -> int:
    """How many DISTRICT spans ``step`` accepted (``annotator review --accept``) keep a code the tables'
    order chose, to be checked."""
    if step is None:
        return 0
    ids = {i for c in step.status_changes for i, s in zip(c.ids, c.after, strict=True) if s[0] == "accepted"}
    ids |= {c.after.id for c in step.annotation_changes
            if c.after is not None and c.after.id is not None and c.after.status == "accepted"}
    return guessed_among(store, "accepted", ids, step.documents())


def guessed_among(store: Store, status: str, ids: Iterable[int], doc_ids: Iterable[int] | None) -> int:
    """How many of the spans ``ids`` (of ``status``, in ``doc_ids``; None: anywhere) are DISTRICT spans
    whose code the tables' order chose (the window's Accept all asks before it accepts them)."""
    wanted = set(ids)
    if not wanted:
        return 0
    docs = None if doc_ids is None else list(doc_ids)
    return len(wanted.intersection(store.annotation_ids(statuses=[status], labels=["DISTRICT"], reason_holds=GUESS,
                                                        doc_ids=docs if docs is None or len(docs) <= 500 else None)))


@dataclass
class Tally:
    """What the open district suggestions did when metadata was set (:meth:`add` each step): coded in the
    jurisdiction given, put back to the tables' first or (the model's) left without a code (it decides
    nothing of them), coded anew without a jurisdiction, for the year given, without a year."""

    area: int = 0
    guessed: int = 0
    uncoded: int = 0
    cleared: int = 0
    year: int = 0
    no_year: int = 0

    def add(self, step: ChangeSet) -> None:
        spans = step.annotation_changes
        if not spans or not step.metadata_changes:
            return
        meta = step.metadata_changes[0]
        if meta.key in YEAR_KEYS:
            self.year += len(spans) if meta.after else 0
            self.no_year += 0 if meta.after else len(spans)
        elif not meta.after:
            self.cleared += len(spans)
        else:
            guessed = sum(c.after is not None and GUESS in c.after.reason for c in spans)
            uncoded = sum(c.after is not None and not c.after.value for c in spans)
            self.guessed += guessed
            self.uncoded += uncoded
            self.area += len(spans) - guessed - uncoded

    def __bool__(self) -> bool:
        return any(self.counts())

    def counts(self) -> tuple[int, ...]:
        return self.area, self.guessed, self.uncoded, self.cleared, self.year, self.no_year

    def said(self) -> list[str]:
        """The sentences (each English one is the source text of the window's: ``jurisdiction_words``,
        ``summaries_metadata``)."""
        return [s.format(f"{n:,}") for s, n in zip(SENTENCES, self.counts(), strict=True) if n]


SENTENCES = (
    "{0} open district suggestion(s) now coded in the jurisdiction",
    "{0} open district suggestion(s) now coded by the tables' order: the jurisdiction does not decide",
    "{0} open district suggestion(s) of the model now without a code: the jurisdiction does not decide",
    "{0} open district suggestion(s) coded anew without a jurisdiction",
    "{0} open district suggestion(s) coded anew for the document's year",
    "{0} open district suggestion(s) coded anew without a year",
)
KEPT = "{0} accepted district span(s) keep a code the tables' order chose: check them"


def kept_said(n: int) -> str:
    """What they say of the ``n`` accepted spans that keep a code the tables' order chose."""
    return KEPT.format(f"{n:,}")
