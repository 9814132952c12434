"""A sum or goal linked by hand to a project takes the project's district (the guide's LINKS: an
AMOUNT or TARGET that belongs to a project takes that project's district), where its own district
is only a suggestion the rules made without that project: the district of the clause, the
jurisdiction, or another project's. Before, 5亿元 linked by hand to 巴马国际旅游区集散中心项目 kept
its suggested link to the jurisdiction, and Facts and Districts credited the county's project's sum
to the city. A district link the user or the gold decided (accepted), or one named inside the span
(``nested``), is kept. The project's district is followed as the link suggester follows it: when it
is accepted, or suggested as named inside the project or governing its clause (a project placed
only by the jurisdiction says nothing the span's own rules do not)."""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.links import DISTRICT
from annotator.core.models import AnyChange, ChangeSet, Link
from annotator.core.store import Store

REPLACEABLE = frozenset({"project", "clause", "jurisdiction"})  # suggested below "project" in the rules' order
PLACING = frozenset({"nested", "clause"})


def _district_link(store: Store, span_id: int) -> Link | None:
    links = [k for k in store.links_from(span_id) if k.kind == DISTRICT and k.status != "rejected"]
    return next((k for k in links if k.status == "accepted"), links[0] if links else None)


def follow_project(store: Store, source_ids: Iterable[int], project_id: int) -> ChangeSet:
    """The spans ``source_ids`` (a fact and its range's other ends), just linked to ``project_id``,
    given the project's district as a suggestion where theirs is a replaceable one; one write."""
    changes: list[AnyChange] = []
    with store.transaction():
        placed = _district_link(store, project_id)
        if placed is None or (placed.status != "accepted" and placed.origin not in PLACING):
            return ChangeSet()
        project = store.annotation(project_id)
        why = placed.reason or placed.origin
        for source_id in source_ids:
            own = _district_link(store, source_id)
            if own is not None and (own.status != "suggested" or own.origin not in REPLACEABLE
                                    or (own.target_id, own.value) == (placed.target_id, placed.value)):
                continue
            changes += store.add_link(source_id, DISTRICT, placed.target_id, value=placed.value, status="suggested",
                                      origin="project", reason=f"project: {project.text} ({why})").changes
    return ChangeSet(tuple(changes), "district of its project")
