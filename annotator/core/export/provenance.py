"""The About sheet's rows for a methods section: the program and schema versions (``program``), the
suggesters (``suggesters``, :mod:`annotator.core.suggest.model.described`), where the exported spans
came from (``origins``, :mod:`annotator.core.provenance`) and, for a team's merged project, its
coders and gold layers (``team``). README's "A methods paragraph" shows how they read in one.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from annotator import __version__
from annotator.core.models import ADJUDICATED, IMPORTED, MANUAL
from annotator.core.provenance import (
    CHANGED,
    LEARNED,
    MACHINE,
    MODEL,
    PREDICTED,
    PROPOSED,
    RULES,
    accepted_groups,
    ordered,
    percent,
)
from annotator.core.store import Store

ORIGINS_NOTE = ("where the exported spans came from (column origin of Annotations): a rule's name, learned or "
                "model for a suggestion accepted as proposed (its value may have been corrected); manual for a "
                "span a coder made or changed: one that keeps a suggestion's confidence was proposed and then "
                "moved or relabelled (which suggester had proposed it is not kept), one without was selected "
                "and labelled by hand")
_KIND_ITEMS = {  # kind -> (item, detail)
    LEARNED: ("learned, accepted as proposed", "origin learned: a string accepted elsewhere, proposed again"),
    MODEL: ("model, accepted as proposed", "origin model: the sequence model (suggesters: model in use)"),
    PREDICTED: ("Label Studio prediction, accepted", "origin label-studio: a region of a Label Studio file's "
                "predictions, another model's pre-annotation, accepted as proposed"),
    CHANGED: ("suggested, changed by a coder", "origin manual, a suggestion's confidence kept: a boundary "
              "moved or the label changed after it was proposed (the store does not keep which suggester)"),
    MANUAL: ("made by hand", "origin manual, no confidence: selected and labelled by a coder (a gold JSONL line "
             "without an origin, a doccano line, too: coded by hand elsewhere)"),
    IMPORTED: ("imported", "origin imported: a row of a workbook (.xlsx) that names no origin, read into the "
               "project"),
    ADJUDICATED: ("adjudicated", "origin adjudicated: a decision written into a gold layer"),
}


def program_rows(store: Store) -> list[list[Any]]:
    return [["program", "annotator version", __version__, "the version of annotator that wrote this workbook"],
            ["program", "project schema", store.schema_version,
             "the version of the project database's layout (annotator upgrades an older one when it opens it)"]]


def _share(n: int, total: int) -> str:
    return f"{percent(n, total)} % of {total}" if total else "none"


def origin_rows(kinds: Counter[tuple[str, str]]) -> list[list[Any]]:
    """Rows for the exported spans by (status, kind): the accepted ones by kind, each other status in one row."""
    accepted = Counter({k: n for (status, k), n in kinds.items() if status == "accepted"})
    total = sum(accepted.values())
    rules = sum(accepted[r] for r in RULES)
    machine = accepted_groups(kinds)[PROPOSED]
    out: list[list[Any]] = [
        ["origins", "accepted spans", total, "exported spans with status accepted, by origin below"],
        ["origins", "suggested, accepted as proposed", machine,
         f"{_share(machine, total)}: the rules, learned and the model together (boundaries and label as proposed)"],
        ["origins", "rules, accepted as proposed", rules,
         f"{_share(rules, total)}; " + (", ".join(f"{r} {accepted[r]}" for r in RULES if accepted[r]) or "none")]]
    for k, (item, detail) in _KIND_ITEMS.items():
        if k == PREDICTED and not accepted[k]:
            continue  # a row for a project that read Label Studio's predictions, not a 0 for every other
        out.append(["origins", item, accepted[k], f"{_share(accepted[k], total)}; {detail}"])
    others = [(k, n) for k, n in ordered(accepted) if k not in MACHINE and k not in _KIND_ITEMS]
    if others:
        n = sum(n for _k, n in others)
        out.append(["origins", "other origins", n, ", ".join(f"{k} {n}" for k, n in others)])
    for status in sorted({s for s, _k in kinds if s != "accepted"}):
        counts = Counter({k: n for (s, k), n in kinds.items() if s == status})
        out.append(["origins", f"{status} spans", sum(counts.values()),
                    ", ".join(f"{k} {n}" for k, n in ordered(counts)) or None])
    return out


@dataclass(frozen=True)
class Team:
    """The coders of a merged project and its gold layers, as the About sheet and the methods paragraph give them."""

    coders: list[str]
    spans: Counter[str]  # accepted spans by annotator
    documents: dict[str, int]  # documents holding an annotator's accepted spans
    coded: int  # documents holding a coder's accepted spans
    layers: list[str]  # the layers adjudication wrote

    @property
    def is_team(self) -> bool:
        return len(self.coders) >= 2 or bool(self.layers)

    @property
    def layered(self) -> bool:
        """More than one coder or layer holds the spans counted together (each counts a span it marked)."""
        return len(self.coders) + len(self.layers) > 1


def team(store: Store, doc_ids: Iterable[int] | None = None) -> Team:
    """The coders and gold layers of the project, counted in ``doc_ids`` only when given (a methods
    paragraph of some documents: ``--doc``); a coder or layer with no accepted span there is left out."""
    from annotator.core.team.adjudication import coders_of

    ids = None if doc_ids is None else sorted(set(doc_ids))
    spans = Counter[str](store.spans_by_annotator("accepted", ids))
    docs = store.documents_by_annotator("accepted", ids)
    coders = [c for c in coders_of(store) if spans[c]]
    layers = [layer for layer in sorted(store.adjudicated_layers()) if ids is None or docs.get(layer)]
    return Team(coders, spans, docs, store.documents_of(coders, doc_ids=ids), layers)


def team_rows(store: Store, doc_ids: Iterable[int] | None = None) -> list[list[Any]]:
    """The coders and gold layers of a merged project (none for one coder's project without a gold layer)."""
    t = team(store, doc_ids)
    if not t.is_team:
        return []
    docs, spans, coded = t.documents, t.spans, t.coded
    out: list[list[Any]] = [["team", "coders", len(t.coders), "; ".join(
        f"{c}: {spans[c]} accepted span(s) in {docs.get(c, 0)} document(s)" for c in t.coders)
        or "no coder's accepted spans in this project: the gold layer came without them (imported from a file)"]]
    for layer in t.layers:
        written = (f"{spans[layer]} accepted span(s) written by adjudication (annotator adjudicate, the window's "
                   "Adjudicate)")
        if not coded:  # the layer alone (a colleague's project seeded with the workbook): no "7 of 0"
            out.append(["team", f"gold layer {layer}", f"in {docs.get(layer, 0)} document(s)",
                        f"{written}; the coders' versions it was adjudicated from are not in this project"])
            continue
        out.append(["team", f"gold layer {layer}", f"adjudicated in {docs.get(layer, 0)} of {coded} document(s)",
                    f"{written}; {coded}: the documents that hold a coder's accepted spans" + _alone(store, t, layer,
                                                                                                    doc_ids)])
    if not t.layers:
        out.append(["team", "gold layer", "none", "no span was adjudicated (annotator adjudicate)"])
    return out


def _alone(store: Store, t: Team, layer: str, doc_ids: Iterable[int] | None) -> str:
    """Why the layer is missing from some coded documents: one coder alone coded them (nothing to compare,
    :mod:`annotator.core.team.uncompared`); taken as coded into the layer in some, maybe."""
    from annotator.core.team.uncompared import alone_in, coded_in, summary

    found = alone_in(store, t.coders, doc_ids=doc_ids) if len(t.coders) >= 2 else ()
    if not found:
        return ""
    held = {store.document(d).name for d in coded_in(store, [layer], doc_ids=doc_ids)[layer]}
    taken = sum(a.document in held for a in found)
    return (f"; {len(found)} of them one coder alone coded, with no other version to adjudicate from "
            f"({summary(found, t.coders)}): " + (f"that coder's spans taken as coded in {taken}" if taken else
                                                 "not adjudicated (annotator adjudicate --take-alone takes them)"))
