"""The documents the agreement cannot compare: those only one of the coders compared coded.

A document whose text differs in a coder's copy is added by a merge under a free name
(``jincheng_2020 (2).txt``, :mod:`.merge`): that coder's spans are there, the others' on
``jincheng_2020.txt``, and neither document has two coders. The agreement names each such document
once, with the document of the same name the others coded (its text differs); a document one coder
alone coded, with no such namesake, is named too (the others left it to them).

**Coded** is decided here once (:func:`coded_documents`) for the agreement, adjudication (a document
one coder alone coded holds no disagreement: the Adjudication panel and ``annotator adjudicate`` say
so) and the About sheet: a coder coded a document where they hold a span of the statuses compared.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.core.store import Store

_FREE = re.compile(r"^(.*) \(\d+\)((?:\.[^.]*)?)$")  # the free name a store gives: "a (2).txt"


@dataclass(frozen=True)
class Alone:
    """A document only ``coder`` coded, of the coders compared."""

    coder: str
    document: str
    differs_from: str | None = None  # a document of the same name that other coders coded (its text differs)
    others: tuple[str, ...] = ()  # the coders of that document

    def as_dict(self) -> dict[str, Any]:
        return {"coder": self.coder, "document": self.document, "differs_from": self.differs_from,
                "differs_from_coders": list(self.others)}

    def line(self) -> str:
        who = self.coder or '""'
        if self.differs_from is None:
            return f"{who}'s {self.document}: no other coder coded it, not compared"
        others = ", ".join(c or '""' for c in self.others)
        return f"{who}'s {self.document}: its text differs from {self.differs_from} ({others}), not compared"


def coded_documents(marks: Iterable[tuple[str, int]], coders: Iterable[str] = ()) -> dict[str, set[int]]:
    """Which documents each coder coded, from a (coder, document) pair per span of the statuses compared
    (any label; a rejected span, "not this", is no code of theirs): a coder coded a document where they hold
    at least one such span. Every one of ``coders`` is a key (an empty set: none coded)."""
    out: dict[str, set[int]] = {c: set() for c in coders}
    for coder, doc in marks:
        out.setdefault(coder, set()).add(doc)
    return out


def coded_in(store: Store, coders: Iterable[str], statuses: Iterable[str] = ("accepted",),
             doc_ids: Iterable[int] | None = None) -> dict[str, set[int]]:
    """:func:`coded_documents` of ``coders`` in ``store`` (of ``doc_ids`` only, when given)."""
    coders = list(coders)
    spans = store.iter_annotations(statuses=list(statuses), annotators=coders,
                                   doc_ids=None if doc_ids is None else list(doc_ids))
    return coded_documents(((a.annotator, a.document_id) for a in spans), coders)


def alone_in(store: Store, coders: Iterable[str], statuses: Iterable[str] = ("accepted",),
             doc_ids: Iterable[int] | None = None) -> tuple[Alone, ...]:
    """:func:`alone` of ``coders`` in ``store``: the documents one of them alone coded."""
    names = {d.id: d.name for d in store.document_entries() if d.id is not None}
    return alone(coded_in(store, coders, statuses, doc_ids), names)


def still_to_take(store: Store, coders: Iterable[str], layer: str, doc_ids: Iterable[int] | None = None
                  ) -> tuple[Alone, ...]:
    """:func:`alone_in` of ``coders`` but the documents where the gold ``layer`` holds a decision (a span
    accepted or rejected): those one coder alone coded whose spans are still to take as they are (the
    Adjudication panel's *Take NAME's spans*; ``annotator adjudicate`` names them, the panel's J counts them)."""
    doc_ids = None if doc_ids is None else list(doc_ids)
    decided = coded_in(store, [layer], ("accepted", "rejected"), doc_ids)[layer]
    names = {d.name for d in store.document_entries() if d.id in decided}
    return tuple(a for a in alone_in(store, coders, doc_ids=doc_ids) if a.document not in names)


def summary(found: Iterable[Alone], coders: Iterable[str] = ()) -> str:
    """One line for a cell or a message: "Li Ming alone coded jincheng_2020.txt, liaoyuan_2015.txt; 王芳 did
    not"; a document whose text differs from a namesake's as :meth:`Alone.line` says it."""
    found, coders = list(found), list(coders)
    parts = [a.line() for a in found if a.differs_from is not None]
    per_coder: dict[str, list[str]] = {}
    for a in found:
        if a.differs_from is None:
            per_coder.setdefault(a.coder, []).append(a.document)
    for coder, docs in per_coder.items():
        others = ", ".join(c or '""' for c in coders if c != coder)
        did_not = f"; {others} did not" if others else ""
        parts.append(f"{coder or chr(34) * 2} alone coded {', '.join(docs)}{did_not}")
    return "; ".join(parts)


def base_name(name: str) -> str:
    """``name`` without the free name's number: ``a (2).txt`` -> ``a.txt``."""
    m = _FREE.match(name)
    return m.group(1) + m.group(2) if m else name


def alone(coded: Mapping[str, Iterable[int]], names: Mapping[int, str]) -> tuple[Alone, ...]:
    """The documents one coder alone coded (``coded``: each coder's documents; ``names``: the
    documents' names), by coder and name; of a namesake coded by one other coder alone, only the
    free-named one (the other is named in its line)."""
    coders_of: dict[int, list[str]] = {}
    for coder, docs in coded.items():
        for d in set(docs):
            coders_of.setdefault(d, []).append(coder)
    family: dict[str, list[int]] = {}
    for d in coders_of:
        family.setdefault(base_name(names.get(d, "")), []).append(d)
    out = []
    for d, who in coders_of.items():
        if len(who) != 1:
            continue
        name = names.get(d, str(d))
        kin = sorted((o for o in family[base_name(name)] if o != d and set(coders_of[o]) - set(who)),
                     key=lambda o: (-len(coders_of[o]), names.get(o, "")))
        if not kin:
            out.append(Alone(who[0], name))
            continue
        other = kin[0]
        if base_name(name) == name and len(coders_of[other]) == 1 and base_name(names.get(other, "")) != names.get(
                other, ""):
            continue  # the free-named namesake's line names this one
        out.append(Alone(who[0], name, names.get(other, str(other)), tuple(sorted(coders_of[other]))))
    return tuple(sorted(out, key=lambda a: (a.differs_from is None, a.coder, a.document)))


def lines(found: Iterable[Alone], listed: int = 5) -> list[str]:
    """The text lines: each document whose text differs; the others, per coder, a count and the
    first ``listed`` names."""
    found = list(found)
    out = [a.line() for a in found if a.differs_from is not None]
    per_coder: dict[str, list[str]] = {}
    for a in found:
        if a.differs_from is None:
            per_coder.setdefault(a.coder, []).append(a.document)
    for coder, docs in per_coder.items():
        shown = ", ".join(docs[:listed]) + (", …" if len(docs) > listed else "")
        out.append(f"{coder or chr(34) * 2} alone coded {len(docs):,} document(s), not compared: {shown}")
    return ["documents not compared (one coder alone coded them):"] + ["  " + line for line in out] if out else []
