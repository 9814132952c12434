"""The spans agreement and adjudication leave aside because they are in no coder's layer (no annotator
name), told apart by what they are, since what to do about them differs:

- the program's open suggestions (``annotator suggest``, the model, another model's Label Studio
  predictions: :func:`program_suggestions`) are nobody's work: they are named as such, and no
  advice follows (importing them under a name would make the program a coder);
- the other spans without a name (:func:`unnamed_spans`) were made or imported without one — a Label
  Studio export naming its coder by number alone — and a coder's work: import it with
  ``--annotator NAME``.
"""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.provenance import MACHINE, PREDICTED
from annotator.core.store import Store

PROGRAM = (*MACHINE, PREDICTED)  # the origins of the program's suggestions (a coder's changed one: "manual")


def program_suggestions(store: Store, statuses: Iterable[str] = ("accepted",)) -> int:
    """How many open suggestions of the program (:data:`PROGRAM`) have no annotator name, when
    ``statuses`` has ``suggested`` (else 0: they are not among the spans compared)."""
    if "suggested" not in set(statuses):
        return 0
    return sum(n for (status, kind), n in store.count_by_origin(annotators=[""]).items()
               if status == "suggested" and kind in PROGRAM)


def unnamed_spans(store: Store, statuses: Iterable[str] = ("accepted",)) -> int:
    """How many spans of ``statuses`` have no annotator name (no coder's) and are not the program's
    open suggestions (:func:`program_suggestions`): a coder's work imported or made without a name."""
    wanted = set(statuses)
    every = sum(n for (who, _label, status), n in store.count_by_annotator().items() if not who and status in wanted)
    return every - program_suggestions(store, wanted)


def unnamed_notes(n: int, statuses: Iterable[str], suggestions: int = 0) -> list[str]:
    """What agreement and adjudication say of the spans in no coder's layer: the ``n`` made or imported
    without a name, with how to name their coder; the program's open ``suggestions``, as not a coder's
    work (none of either: no line)."""
    out = [f"not compared: {n:,} span(s) ({', '.join(statuses)}) in no coder's layer, with no annotator name "
           "(made or imported without one, as a Label Studio export naming its coder by number alone: import it "
           "with --annotator NAME)"] if n else []
    if suggestions:
        out.append(f"{suggestions:,} open suggestion(s) of the program are not a coder's work: not compared")
    return out


def unnamed_note(n: int, statuses: Iterable[str], suggestions: int = 0) -> str:
    """:func:`unnamed_notes` on one line ("; " between them; none: '')."""
    return "; ".join(unnamed_notes(n, statuses, suggestions))
