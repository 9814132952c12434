"""The Agreement sheet of the workbook: how far the project's coders agree, when it has two or more.

The coders are the annotators of the exported spans (``--annotator``, else every annotator name
with spans of the exported statuses); the figures are those of ``annotator agreement``
(:mod:`annotator.core.team.agreement`: span F1, Cohen's κ and Krippendorff's α per character,
value agreement, the agreement of the district and project links of the facts both coders
marked), on the exported labels, statuses (but rejected: a coder's "not this" is no code of
theirs) and documents. The documents one coder alone coded (a coder's copy whose text differs,
added by a merge under a free name) are named in the sheet's note on the About sheet, as are the pairs of
coders with no document in common: they have no rows (rows of zeros would read as total disagreement),
as the printed table and ``agreement -o`` leave them out.
"""
from __future__ import annotations

from typing import Any

from annotator.core.export.codebook import TYPES, UNITS
from annotator.core.export.rows import Column
from annotator.core.store import Store

TITLE = "Agreement"
NOTE = ("how far the coders agree, per pair of coders (and all together) and label: span F1 (exact, overlap), "
        "Cohen's kappa and Krippendorff's alpha per character, values of exactly matched spans, district and "
        "project links of the facts both coders marked ('annotator agreement')")


def columns() -> tuple[Column, ...]:
    """The sheet's columns, the figures shown with the decimals ``annotator agreement`` prints (as ``-o``'s)."""
    from annotator.core.team.agreement_table import DIGITS, SHEET_COLUMNS

    return tuple(Column(header, f"decimals{DIGITS[header]}" if header in DIGITS else kind)
                 for header, kind, _meaning in SHEET_COLUMNS)


def agreement_rows(store: Store, statuses: list[str], labels: list[str] | None, doc_ids: list[int] | None,
                   annotators: list[str] | None) -> tuple[list[list[Any]], str] | None:
    """The sheet's rows and its note (:data:`NOTE`, and the documents not compared), or None when
    fewer than two coders have exported spans."""
    from annotator.core.team.agreement import coders_of, project_agreement
    from annotator.core.team.agreement_table import apart_note, sheet_rows
    from annotator.core.team.uncompared import lines

    statuses = [s for s in statuses if s != "rejected"]  # a coder's "not this" is no code of theirs
    if not statuses:
        return None
    if annotators is not None:  # those named with spans of these statuses (one may have only rejected ones)
        present = {who for who, _label, status in store.count_by_annotator() if status in statuses}
        coders = [c for c in annotators if c in present]
    else:
        coders = coders_of(store, statuses)
    if len(set(coders)) < 2:
        return None
    result = project_agreement(store, annotators=coders, statuses=statuses, labels=labels, doc_ids=doc_ids)
    alone, apart = lines(result.alone), apart_note(result)  # a pair with no document in common: named, no row
    return sheet_rows(result), NOTE + (f". {apart}" if apart else "") + (
        f". {alone[0]} {'; '.join(x.strip() for x in alone[1:])}" if alone else "")


def codebook_rows() -> list[list[Any]]:
    """The Codebook's rows for the sheet's columns (their meanings are the sheet's own)."""
    from annotator.core.team.agreement_table import SHEET_COLUMNS

    return [[TITLE, header, meaning, UNITS.get(header) or UNITS.get(kind), TYPES.get(kind, kind)]
            for header, kind, meaning in SHEET_COLUMNS]
