"""What the window's status bar says of a jurisdiction typed in the form (``linking.py``) that gives
the facts it places no district code: a name of no division (湖里县), or one several units keep
(鼓楼区: they are named, and how to say which), as ``annotator meta`` says it
(:class:`annotator.core.jurisdiction.Unclear`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core import jurisdiction


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
    return _t("{0} names no division the gazetteer or this document's districts know, so the facts it places "
              "get no district code; type the code too, as 湖里区 350206").format(typed)
