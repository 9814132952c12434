"""The figures of a methods paragraph (``annotator methods``, the window's Project › Methods paragraph…),
gathered by the functions the workbook's About sheet uses: the version, the suggesters and the model in
use (:mod:`annotator.core.suggest.model.described`), the accepted spans by label and by how they came
about (:mod:`annotator.core.provenance`), a team's coders and gold layers
(:mod:`annotator.core.export.provenance`) and the coders' agreement as ``annotator agreement`` computes
it (:mod:`annotator.core.team.agreement`). :mod:`.methods_text` writes them in English or Chinese.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator import __version__
from annotator.core.errors import AnnotatorError
from annotator.core.export.provenance import Team, team
from annotator.core.models import STATUSES
from annotator.core.provenance import CHANGED, PROPOSED, RULES, accepted_groups
from annotator.core.store import Store
from annotator.core.suggest.model import described
from annotator.core.suggest.model.described import ProjectModel, Runs

if TYPE_CHECKING:
    from annotator.core.suggest.model.choice import Chosen
    from annotator.core.team.uncompared import Alone


@dataclass(frozen=True)
class Agreed:
    """One label's (or overall's) agreement, the figures ``annotator agreement --json`` gives."""

    label: str  # a label's name, or team.agreement.OVERALL
    overlap_f1: float | None
    alpha: float | None


@dataclass(frozen=True)
class Figures:
    version: str
    rules: tuple[str, ...]
    model: str  # "project", "seed", "none", or "unreadable" (a stored model that cannot be read)
    seed: str  # the first 12 hex digits of the shipped seed's SHA-256
    own: ProjectModel | None  # the project's model, when it trained one
    runs: Runs | None  # each document's last suggest run (None: the model could not be read)
    documents: int  # the documents described (all, or those chosen)
    chosen: bool  # documents chosen by name (--doc)
    statuses: tuple[str, ...]
    per_label: tuple[tuple[str, int], ...]  # accepted spans per label, in the project's order
    groups: dict[str, int]  # accepted spans by how they came about (provenance.GROUPS)
    others: tuple[tuple[str, int], ...]  # the spans of each other status chosen
    team: Team
    agreement: tuple[Agreed, ...] = ()  # per label, then overall (two coders or more)
    pooled: bool = False  # three coders or more: F1 the mean of the pairs', α over all coders
    not_compared: str = ""  # why no agreement is given for a team of coders (an AnnotatorError's words)
    unreadable: str = field(default="")  # why the model in use could not be read
    rules_alone: int = 0  # of runs.other: last runs with this version's rules and no model (suggest --model none)
    uncompared: tuple[Alone, ...] = ()  # documents one coder alone coded: no agreement there, nothing to adjudicate
    undecided: tuple[tuple[str, int, int], ...] = ()  # each gold layer's disagreements not decided yet, documents

    @property
    def accepted(self) -> int:
        return sum(n for _label, n in self.per_label)

    @property
    def unsuggested(self) -> bool:
        """No suggest run recorded and no span counted that a suggester proposed: all made by hand or imported."""
        proposed = self.groups.get(PROPOSED, 0) + self.groups.get(CHANGED, 0) + dict(self.others).get("suggested", 0)
        return self.runs is not None and self.runs.suggested == 0 and not proposed


def figures(store: Store, *, statuses: Iterable[str] = ("accepted",),
            doc_ids: Iterable[int] | None = None) -> Figures:
    """The figures of ``store``'s methods paragraph: the spans of ``statuses`` in ``doc_ids`` (default all)."""
    statuses = tuple(dict.fromkeys(statuses))
    for status in statuses:
        if status not in STATUSES:
            raise AnnotatorError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    ids = None if doc_ids is None else sorted(set(doc_ids))
    model, runs, unreadable = "unreadable", None, ""
    alone = 0
    try:
        chosen, seed = described.in_use(store)
        model, runs = chosen.kind, described.last_runs(store, chosen, seed)
        alone = _rules_alone(store, chosen, seed)
    except AnnotatorError as e:
        unreadable = str(e)
    counts: dict[tuple[str, str], int] = {}
    for key, n in (store.count_annotations().items() if ids is None else
                   ((k, n) for d in ids for k, n in store.count_annotations(d).items())):
        counts[key] = counts.get(key, 0) + n
    names = store.label_names()
    per_label = tuple((name, counts.get((name, "accepted"), 0)) for name in names) if "accepted" in statuses else ()
    others = tuple((s, sum(n for (_label, t), n in counts.items() if t == s)) for s in statuses if s != "accepted")
    t = team(store, ids)
    agreement, pooled, why, uncompared = _agreement(store, t, statuses, ids)
    return Figures(__version__, RULES, model, described.seed_fingerprint(), described.project_model(store), runs,
                   len(store.document_entries()) if ids is None else len(ids), ids is not None, statuses,
                   per_label, accepted_groups(store.count_by_origin(doc_ids=ids)), others, t, agreement, pooled,
                   why, unreadable, alone, uncompared, _undecided(store, t, ids))


def _undecided(store: Store, t: Team, ids: list[int] | None) -> tuple[tuple[str, int, int], ...]:
    """Each gold layer's disagreements of the coders that are not decided yet, and the documents holding
    them: the paragraph said "Disagreements were adjudicated" after Take all agreed alone."""
    from annotator.core.team.adjudication import disagreements

    if len(t.coders) < 2 or not t.layers or not t.coded:
        return ()
    docs = ids if ids is not None else [d.id for d in store.document_entries()]
    out = []
    for layer in t.layers:
        open_ = [n for d in docs if (n := sum(not r.decided for r in disagreements(store, d, t.coders, layer)))]
        if open_:
            out.append((layer, sum(open_), len(open_)))
    return tuple(out)


def _rules_alone(store: Store, chosen: Chosen, seed: Chosen) -> int:
    """The documents whose last run used this version's rules without a model, the model in use being
    another (``annotator suggest --model none``): counted among ``Runs.other`` by ``last_runs``."""
    from annotator.core.suggest.fingerprint import settings_digest

    alone = settings_digest(None)
    if alone in (settings_digest(chosen.suggester), settings_digest(seed.suggester)):
        return 0
    return sum(r.settings == alone for r in store.suggest_records().values())


def _agreement(store: Store, t: Team, statuses: tuple[str, ...],
               ids: list[int] | None) -> tuple[tuple[Agreed, ...], bool, str, tuple[Alone, ...]]:
    """Overlap F1 and α per label and overall, as ``annotator agreement`` gives them for the team's coders,
    and the documents it did not compare (one coder alone coded them)."""
    from annotator.core.team.agreement import ALL, OVERALL, project_agreement

    if len(t.coders) < 2:
        return (), False, "", ()
    compared = [s for s in statuses if s != "rejected"] or ["accepted"]
    try:
        result = project_agreement(store, annotators=t.coders, statuses=compared, doc_ids=ids)
    except AnnotatorError as e:
        return (), False, str(e), ()
    pooled = len(t.coders) > 2
    out = []
    for label in (*result.labels, OVERALL):
        row = result.row((ALL,) if pooled else t.coders, label).as_dict()
        if row["overlap_f1"] is not None or row["alpha"] is not None:
            out.append(Agreed(label, row["overlap_f1"], row["alpha"]))
    return tuple(out), pooled, "", tuple(result.alone)
