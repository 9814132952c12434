"""DISTRICT: the open suggestions follow the document's jurisdiction when it is given (or changed) after
they were made (the window suggests on import; ``annotator suggest`` ran before ``annotator meta``).

A name several units keep (鼓楼区: 南京, 徐州, 福州, 开封) in a text that names no city was coded by the
tables' order, its reason saying so (:data:`GUESS`); a span of the model's got no code where the text
decided nothing. Given the jurisdiction, each such OPEN suggestion gets what a suggest run would give it
now: the rules' value and fresh reason at its place, or the one unit of its name within the jurisdiction
("; NAME CODE of the document's jurisdiction", as :func:`span_value.in_jurisdiction` gives the model's).
A jurisdiction changed (福州市 -> 开封市) or cleared takes back what the former one chose, where the span is
still as it chose it. Accepted, rejected and hand-made spans never change: the user decided
(:func:`guessed_accepted` counts the accepted ones the tables' order coded, to be checked).

Pure: the store writes the pairs (before, after) in the same write as the metadata
(``Store.set_metadata_with_values``); :func:`set_metadata` joins the two.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from annotator.core.jurisdiction import KEY, given_code
from annotator.core.models import MANUAL, Annotation, ChangeSet, Suggestion
from annotator.core.suggest.district.units import TABLES_CHOSE

if TYPE_CHECKING:
    from annotator.core.store import Store

GUESS = TABLES_CHOSE  # the end of the reason of a code the tables' order chose (suggester.py ``_suggestions``)
_RULE_GUESS = re.compile(r"gazetteer: [^;]*?" + re.escape(GUESS))
_GIVEN = re.compile(r"; ([^;]+?) (\d{6}(?:\d{3})?) of the document's jurisdiction$")  # in_jurisdiction's

Pair = tuple[Annotation, Annotation]  # a span as stored, and as it is to be


def followed(text: str, metadata: Mapping[str, Any], value: str | None, spans: Iterable[Annotation]) -> list[Pair]:
    """The open DISTRICT suggestions of a document (``text``; ``metadata`` before the change) given the
    value and reason a suggest run would give them under the jurisdiction ``value`` (None or "": none):
    (before, after) of each that changes; [] where the jurisdiction's code is the same as before."""
    old, new = _code(metadata.get(KEY)), _code(value)
    if old == new:
        return []
    open_ = [a for a in spans if a.label == "DISTRICT" and a.status == "suggested" and a.origin != MANUAL]
    if not open_:
        return []
    from annotator.core.suggest import get_suggester
    from annotator.core.suggest.district.former import metadata_year
    from annotator.core.suggest.traditional import simplified
    from annotator.core.suggest.values import suggested

    plain = simplified(text)
    year = metadata_year(dict(metadata))
    suggester: Any = get_suggester("gazetteer")
    runs: dict[str, dict[tuple[int, int], Suggestion]] = {}

    def rules(area: str) -> dict[tuple[int, int], Suggestion]:  # each area's run made once, when needed
        if area not in runs:
            runs[area] = {(s.start, s.end): s for s in suggested(suggester, plain, year, area) if s.label == "DISTRICT"}
        return runs[area]

    out: list[Pair] = []
    for a in open_:
        to = _followed(a, old, new, rules, lambda key: suggester.value_in_area(key, new) if new else {})
        if to is not None and (to.value, to.reason) != (a.value, a.reason):
            out.append((a, to))
    return out


def _followed(a: Annotation, old: str, new: str, rules: Callable[[str], dict[tuple[int, int], Suggestion]],
              in_area: Callable[[str], dict[str, Any]]) -> Annotation | None:
    """Span ``a`` as a suggest run under jurisdiction ``new`` (its code; "": none) would give it, where the
    tables' order, the former jurisdiction ``old`` or no jurisdiction coded it; None: it stays."""
    place = (a.start, a.end)
    if "gazetteer: " in a.reason:  # the rules' (alone, or agreed with the model's)
        now = rules(new).get(place)
        if now is None:
            return None
        if GUESS in a.reason:
            if GUESS in now.reason and now.value == a.value:
                return None  # the jurisdiction decides nothing here (鼓楼区 in a report of 厦门市)
            return a.with_(value=dict(now.value), reason=_RULE_GUESS.sub(lambda _m: now.reason, a.reason, count=1))
        before = rules(old).get(place) if old else None
        if before is None or before.value != a.value or before.reason not in a.reason:
            return None  # what the text decided, or a value changed since: it stays
        return a.with_(value=dict(now.value), reason=a.reason.replace(before.reason, now.reason, 1))
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


def guessed_accepted(spans: Iterable[Annotation]) -> int:
    """How many accepted DISTRICT spans keep a code the tables' order chose (their reason says so): the
    user decided them, so a jurisdiction given since changes none; they are to be checked."""
    return sum(a.label == "DISTRICT" and a.status == "accepted" and GUESS in a.reason for a in spans)


def set_metadata(store: Store, doc_id: int, key: str, value: str | None,
                 expected: str | None | bool = False) -> ChangeSet:
    """``store.set_document_metadata`` and, for the ``jurisdiction``, its open DISTRICT suggestions that
    follow it (:func:`followed`) in the same write: one ChangeSet, undone as one step."""
    if key != KEY:
        return store.set_document_metadata(doc_id, key, value, expected)
    pairs: list[Pair] = []
    spans = store.annotations(doc_id, statuses=["suggested"], labels=["DISTRICT"])
    if spans:  # (the text read only then, and only for another code: a table of 5,000 documents)
        metadata = store.document_metadata(doc_id)
        if _code(metadata.get(KEY)) != _code(value):
            pairs = followed(store.document(doc_id).text, metadata, value, spans)
    return store.set_metadata_with_values(doc_id, key, value, expected, pairs)


def _code(value: Any) -> str:
    return (given_code({KEY: value}) or "") if value else ""


def kept_guesses(store: Store, doc_ids: Iterable[int]) -> int:
    """:func:`guessed_accepted` over the documents ``doc_ids`` (those whose jurisdiction was just given)."""
    return sum(guessed_accepted(store.annotations(doc_id, statuses=["accepted"], labels=["DISTRICT"]))
               for doc_id in doc_ids)


def coded_said(n: int, given: bool = True) -> str:
    """What the command line and the window say of the ``n`` open suggestions a jurisdiction coded anew
    (``given``: one is given now; else it was cleared)."""
    return (f"{n:,} open district suggestion(s) now coded in the jurisdiction" if given
            else f"{n:,} open district suggestion(s) coded anew without a jurisdiction")


def kept_said(n: int) -> str:
    """What they say of the ``n`` accepted spans that keep a code the tables' order chose."""
    return f"{n:,} accepted district span(s) keep a code the tables' order chose: check them"
