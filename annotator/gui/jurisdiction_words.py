"""What the window's status bar says of a jurisdiction typed in the form (``linking.py``) that gives
the facts it places no district code: a name of no division (湖里县), one several units keep
(鼓楼区: they are named, and how to say which), or a former unit's (宜州市: its codes and years), as
``annotator meta`` says it (:class:`annotator.core.jurisdiction.Unclear`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core import jurisdiction
from annotator.core.models import ChangeSet

if TYPE_CHECKING:
    from annotator.core.store import Store


def _t(text: str) -> str:
    return QCoreApplication.translate("JurisdictionWords", text)


def no_code_said(typed: str) -> str:
    """The status bar's sentence for a jurisdiction ``typed`` that is given no division code."""
    said = jurisdiction.unclear(typed)
    if said is not None and said.named.ambiguous:
        from annotator.core.division_names import path_name

        first = said.named.candidates[0]
        return _t("{0} names {1} divisions ({2}), so the facts it places get no district code; type the city "
                  "before it, as {3}, or the code too, as {4}").format(
            said.typed, len(said.named.candidates), said.named.choices(), path_name(first.code),
            f"{first.name} {first.code}")
    if said is not None and said.former:  # 宜州市: no typo; what the former units' table knows of it
        years = _t(", ").join(_t("{0} from {1} to {2}").format(r.code, r.first, r.last) for r in said.former)
        return _t("{0} is a former unit, no division of today's gazetteer (the former units' table: {1}): the link "
                  "rules compare it by its code in the document's year, and the facts it places keep its name with "
                  "code null; for a report of a later year, type today's unit with its code").format(said.typed, years)
    return _t("{0} names no division the gazetteer or this document's districts know, so the facts it places "
              "get no district code; type the code too, as 湖里区 350206").format(typed)



def followed(store: Store | None, doc_id: int, step: ChangeSet, given: bool) -> str:
    """The status bar's sentence for a jurisdiction or year saved (``step``; ``given``: one is given now, else
    it was cleared): what the open district suggestions did (``follow.Tally``) and the accepted ones of
    ``doc_id`` whose code the tables' order chose that the jurisdiction would code otherwise, to be checked
    (``core/suggest/district/follow.py``); "" for none."""
    from annotator.core.suggest.district.follow import Tally, kept_guesses

    tally = Tally()
    tally.add(step)
    said = [s.format(f"{n:,}") for s, n in zip(sentences(), tally.counts(), strict=True) if n]
    kept = kept_guesses(store, [doc_id]) if store is not None and given and step.metadata_changes else 0
    if kept:
        said.append(_t("{0} accepted district span(s) keep a code the tables' order chose: check them").format(kept))
    return joined(said)


def sentences() -> tuple[str, ...]:
    """``follow.SENTENCES`` in the interface's language, in their order."""
    return (_t("{0} open district suggestion(s) now coded in the jurisdiction"),
            _t("{0} open district suggestion(s) now coded by the tables' order: the jurisdiction does not decide"),
            _t("{0} open district suggestion(s) of the model now without a code: the jurisdiction does not decide"),
            _t("{0} open district suggestion(s) coded anew without a jurisdiction"),
            _t("{0} open district suggestion(s) coded anew for the document's year"),
            _t("{0} open district suggestion(s) coded anew without a year"))


def joined(said: list[str]) -> str:
    """Sentences of the status bar, one after another."""
    return _t("; ").join(s for s in said if s)
