"""Scoring a project's links against gold ``*.links.jsonl`` files (``annotator evaluate --links``).

A gold line gives, for one PROJECT, AMOUNT or TARGET span, its district ({"name", "code"}) and
the offsets of the PROJECT it is for (or null). Scores, over the gold spans:

- district accuracy: the span's district (its link's DISTRICT span value, or the link's own)
  is the gold one — same code where both have one, else the same name; a span missing from the
  project or without a district link is wrong;
- the same accuracy over the spans whose gold district is not the document's jurisdiction (the
  district most gold lines of the document give): how often the links find another district;
- project links: precision, recall and F1 of (span, project) pairs;
- ``baseline``: the district accuracy of linking every span to the document's jurisdiction.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.divisions import canonical
from annotator.core.evaluate import share, shown
from annotator.core.evaluation import not_in_project, read_gold_lines
from annotator.core.links import District, resolve
from annotator.core.store import Store

Key = tuple[str, int, int, str]  # doc, start, end, label


@dataclass(frozen=True)
class GoldLink:
    key: Key
    district: District | None
    project: tuple[int, int] | None


def _gold_link(d: dict[str, Any]) -> GoldLink:
    dist = d.get("district") or None
    district = District(str(dist["name"]), str(dist["code"]) if dist.get("code") else None) if dist else None
    project = tuple(map(int, d["project"])) if d.get("project") else None
    return GoldLink((str(d["doc"]), int(d["start"]), int(d["end"]), str(d["label"])), district,
                    (project[0], project[1]) if project else None)


def read_gold_links(paths: Iterable[str | Path]) -> list[GoldLink]:
    return read_gold_lines(paths, "gold link", _gold_link)


def same_district(a: District | None, b: District | None) -> bool:
    if a is None or b is None:
        return False
    if a.code and b.code:
        return canonical(a.code) == canonical(b.code)  # 350206000000 is 350206 (湖里区)
    return a.name == b.name


def _prf(tp: int, pred: int, gold: int) -> dict[str, float | int | None]:
    """P, R and F1 (2·tp / (gold + pred)); each None where it divides by nothing: no gold project
    links and none predicted is n/a, not "P 0.000 R 0.000 F1 0.000"."""
    return {"gold": gold, "pred": pred, "tp": tp, "p": share(tp, pred), "r": share(tp, gold),
            "f1": share(2 * tp, gold + pred)}


def _ratio(right: int, n: int) -> dict[str, float | int | None]:
    return {"spans": n, "right": right, "accuracy": share(right, n)}


def evaluate_links(store: Store, gold_paths: Iterable[str | Path], statuses: Iterable[str],
                   by_text: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``by_text``: gold names the project holds under another name (``evaluate_project``'s
    ``documents_by_text``: gold links give no text to find them by)."""
    gold = read_gold_links(gold_paths)
    names = {g.key[0] for g in gold}
    here = {d.name: d.id for d in store.documents() if d.id is not None}
    ids = {name: here[name] for name in names if name in here}
    ids.update({g: here[n] for g, n in (by_text or {}).items() if g in names and g not in ids and n in here})
    missing = names - set(ids)
    if missing:
        raise not_in_project(store, "gold links name", missing)
    wanted = list(statuses)
    spans = {a.id: a for a in store.iter_annotations(doc_ids=list(ids.values())) if a.id is not None}
    by_key: dict[Key, int] = {}
    names_by_id = {v: k for k, v in ids.items()}
    for a in spans.values():
        if a.status in wanted:
            by_key[(names_by_id[a.document_id], a.start, a.end, a.label)] = a.id or 0
    resolved = resolve(store.links(doc_ids=list(ids.values())), spans, wanted)
    jurisdiction = {doc: Counter(g.district for g in gold if g.key[0] == doc and g.district).most_common(1)[0][0]
                    for doc in names if any(g.key[0] == doc and g.district for g in gold)}
    right = other = other_right = baseline = 0
    project_tp = project_pred = 0
    per_doc: dict[str, list[int]] = {}
    for g in gold:
        ann = by_key.get(g.key)
        r = resolved.get(ann) if ann is not None else None
        ok = same_district(r.district if r else None, g.district)
        right += ok
        baseline += same_district(jurisdiction.get(g.key[0]), g.district)
        per_doc.setdefault(g.key[0], [0, 0])[0] += ok
        per_doc[g.key[0]][1] += 1
        if not same_district(jurisdiction.get(g.key[0]), g.district):
            other += 1
            other_right += ok
        project = r.project if r else None
        if project is not None:
            project_pred += 1
            project_tp += g.project == (project.start, project.end)
    gold_keys = {g.key for g in gold}
    # project links on spans the gold does not hold count as predicted too
    for ann_id, r in resolved.items():
        a = spans[ann_id]
        if r.project is not None and (names_by_id[a.document_id], a.start, a.end, a.label) not in gold_keys:
            project_pred += a.status in wanted
    return {
        "district": _ratio(right, len(gold)),
        "district_not_jurisdiction": _ratio(other_right, other),
        "baseline_jurisdiction": _ratio(baseline, len(gold)),
        "project": _prf(project_tp, project_pred, sum(g.project is not None for g in gold)),
        "documents": {doc: _ratio(r, n) for doc, (r, n) in sorted(per_doc.items())},
    }


def format_links(result: dict[str, Any]) -> str:
    d, o, b, p = (result[k] for k in ("district", "district_not_jurisdiction", "baseline_jurisdiction", "project"))
    return "\n".join([
        "links:",
        f"  district right          {d['right']:>5} / {d['spans']:<5} accuracy {shown(d['accuracy'])}",
        f"  … not the jurisdiction  {o['right']:>5} / {o['spans']:<5} recall   {shown(o['accuracy'])}",
        f"  (all to jurisdiction    {b['right']:>5} / {b['spans']:<5} accuracy {shown(b['accuracy'])})",
        f"  project links  gold {p['gold']}  pred {p['pred']}  tp {p['tp']}  "
        f"P {shown(p['p'])}  R {shown(p['r'])}  F1 {shown(p['f1'])}",
    ] + (["  district right per document:"] if result["documents"] else []) + [
        f"  {doc:<28} {v['right']:>4} / {v['spans']:<4} {shown(v['accuracy'])}"
        for doc, v in result["documents"].items()])
