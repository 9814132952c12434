"""Where a span came from, as a methods section reports it: the column ``origin`` of its row, with
``manual`` told apart into the spans a coder made by hand and the suggestions a coder changed.

A suggestion keeps its suggester's name as origin (``gazetteer``, ``amount``, ``project``,
``target``: the rules; ``learned``: a string accepted elsewhere in the project, proposed again;
``model``: the sequence model; ``label-studio``: another model's pre-annotations read from a Label Studio
file's predictions) when it is accepted, also with its value corrected. A new label, start
or end makes it the coder's (origin ``manual``, ``store/annotations.py``), its confidence kept as it
was; a span a coder selects and labels has none. So ``manual`` with a confidence is a suggestion a
coder changed (:data:`CHANGED`); which suggester had proposed it is not kept.
"""
from __future__ import annotations

from collections.abc import Mapping

from annotator.core.models import ADJUDICATED, IMPORTED, MANUAL

RULES = ("gazetteer", "amount", "project", "target")  # suggest/__init__.REGISTRY's, each an origin
LEARNED = "learned"
MODEL = "model"  # suggest/model/suggester.ORIGIN
PREDICTED = "label-studio"  # imports/label_studio_predictions.ORIGIN: another model's pre-annotation, accepted
OWN_PREDICTIONS = "annotator"  # the model_version Label Studio exports write suggestions as (read back as ours)
CHANGED = "suggestion-changed"  # origin manual with a suggestion's confidence kept: moved or relabelled
MACHINE = (*RULES, LEARNED, MODEL)
# the kinds in the order a report lists them
ORDER = (*MACHINE, PREDICTED, CHANGED, MANUAL, IMPORTED, ADJUDICATED)
PROPOSED = "suggested"  # a suggestion accepted as proposed: the kinds of MACHINE together
OTHER = "other"  # an origin of none of the kinds above (another program's)
# the groups a summary of the accepted spans gives (the About sheet, the window's Statistics panel)
GROUPS = (PROPOSED, PREDICTED, CHANGED, MANUAL, IMPORTED, ADJUDICATED, OTHER)
# the origins suggest/links.py gives the links it suggests (core/links.ORIGINS names them all)
LINK_RULES = ("nested", "clause", "project", "jurisdiction", "attribute")


def made_here(origin: str) -> bool:
    """Whether an open suggestion of ``origin`` is one our suggesters made (:data:`MACHINE`), which
    ``annotator suggest --replace`` drops and makes anew; every other stays: another model's imported
    predictions (``label-studio``), another tool's proposals imported from a file (``spacy``, ``hanlp``;
    ``manual`` when its line names none), one a coder changed and left open (``manual``)."""
    return origin in MACHINE


def link_made_here(origin: str) -> bool:
    """Whether an open suggested link of ``origin`` is one our link suggester made (:data:`LINK_RULES`),
    which ``annotator suggest-links --replace`` drops and makes anew; every other stays (``label-studio``,
    ``imported``: a file's, another tool's)."""
    return origin in LINK_RULES


def kind(origin: str, confidence: float | None) -> str:
    """The kind of a span of ``origin``: its origin, else :data:`CHANGED` for a suggestion a coder changed."""
    return CHANGED if origin == MANUAL and confidence is not None else origin


def accepted_groups(counts: Mapping[tuple[str, str], int]) -> dict[str, int]:
    """The accepted spans of {(status, kind): n} (:meth:`Store.count_by_origin`) by how they came about,
    in :data:`GROUPS`: suggested and accepted as proposed (the rules, learned and the model together;
    its value may have been corrected), another model's pre-annotation accepted (a Label Studio
    prediction), changed by a coder, made by hand, imported, adjudicated, other."""
    groups = dict.fromkeys(GROUPS, 0)
    for (status, k), n in counts.items():
        if status == "accepted":
            group = PROPOSED if k in MACHINE else k if k in GROUPS else OTHER
            groups[group] += n
    return groups


def percent(n: int, total: int) -> str:
    """``n`` as a share of ``total``, in per cent with one decimal (the About sheet, the methods paragraph)."""
    return f"{100 * n / total:.1f}"


def ordered(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """``counts`` by kind, in :data:`ORDER` and then the other origins by name (none of zero)."""
    rank = {k: i for i, k in enumerate(ORDER)}
    return sorted(((k, n) for k, n in counts.items() if n), key=lambda kn: (rank.get(kn[0], len(ORDER)), kn[0]))


def by_status(counts: Mapping[tuple[str, str], int]) -> dict[str, int]:
    """{(status, kind): n} as ``annotator stats --json`` gives it: ``"status/kind": n``, statuses as
    the store orders them, kinds in :data:`ORDER`."""
    from annotator.core.models import STATUSES

    statuses = [*STATUSES, *sorted({s for s, _k in counts} - set(STATUSES))]
    return {f"{s}/{k}": n for s in statuses for k, n in ordered({k: n for (t, k), n in counts.items() if t == s})}


def lines(origins: Mapping[str, int]) -> list[str]:
    """:func:`by_status`'s counts as ``annotator stats`` prints them: one line per status."""
    per: dict[str, list[str]] = {}
    for key, n in origins.items():
        status, _, k = key.partition("/")
        per.setdefault(status, []).append(f"{k} {n:,}")
    if not per:
        return []
    return ["origins (suggestion-changed: a suggestion a coder moved or relabelled; manual: made by hand):",
            *(f"  {status}: {', '.join(parts)}" for status, parts in per.items())]
