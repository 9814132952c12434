"""A value typed into a value field of the window's form (:mod:`annotator.gui.widgets.form`): read by
the core (:func:`annotator.core.typed_value.typed_value`: the field's type, and for a sum in yuan the sign
rule of ``core/yuan_sign.py``), or refused. A refused value is
not saved (the store keeps the last good one); its field is washed red and says, in its tooltip and in
the status bar, what was typed and what the field reads (the type's ``expects``, in the interface's
language), until the field shows a stored value again (then the status bar's sentence goes too: it said
"the stored value … is kept" over the value just saved)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit

from annotator.core.labels import ValueField
from annotator.core.yuan_sign import NegativeYuan
from annotator.gui.contrast import tint
from annotator.gui.scheme import Restyled

REFUSED = "#ff0000"  # a value refused as typed: its field washed with this red (readable, light or dark)


def _t(text: str) -> str:
    return QCoreApplication.translate("FormValues", text)


def expected_text(expects: str) -> str:
    """What a field type reads (its ``expects``), in the interface's language; as written when unknown."""
    known = {
        "a number: 80, 6.5, 1,200 or 80万": _t("a number: 80, 6.5, 1,200 or 80万"),
        "a whole number of yuan: 5510000000 or 55.1亿元": _t("a whole number of yuan: 5510000000 or 55.1亿元"),
        "a division code of 6, 9 or 12 digits: 350211 or 350211001":
            _t("a division code of 6, 9 or 12 digits: 350211 or 350211001"),
    }
    return known.get(expects, expects)


def refusal_text(caption: str, typed: str, field: ValueField, stored: Any, error: ValueError | None = None) -> str:
    """The sentence a refused value gets: the field, what was typed, what it reads (or, for a sum typed negative
    where the span's text writes no minus, ``error`` a :class:`NegativeYuan`, why it is refused), what is kept."""
    kept = field.type.show(stored)
    if isinstance(error, NegativeYuan) and kept:
        return _t("{0}: “{1}” is negative, but the span's text “{2}” writes no minus: reports write a decrease "
                  "(下降5亿元, 减少5亿元) as a positive figure; type it without the minus. The stored value, {3}, is "
                  "kept.").format(caption, typed.strip(), error.text, kept)
    if isinstance(error, NegativeYuan):
        return _t("{0}: “{1}” is negative, but the span's text “{2}” writes no minus: reports write a decrease "
                  "(下降5亿元, 减少5亿元) as a positive figure; type it without the minus. Nothing was saved.").format(
            caption, typed.strip(), error.text)
    if kept:
        return _t("{0}: cannot read “{1}”; type {2}. The stored value, {3}, is kept.").format(
            caption, typed.strip(), expected_text(field.type.expects), kept)
    return _t("{0}: cannot read “{1}”; type {2}. Nothing was saved.").format(
        caption, typed.strip(), expected_text(field.type.expects))


def refused_sheet(palette: QPalette) -> str:
    """The refused field's wash, its text readable on it in ``palette`` (on white: #ffd6d6)."""
    return f"background: {tint(REFUSED, 41 / 255, palette).name()}"


def mark_refused(edit: QLineEdit | QComboBox, message: str) -> None:
    """Washed red until :func:`unmark`, again for the new palette when the system turns dark or light."""
    restyled = Restyled.of(edit)
    if restyled is None:
        Restyled(edit, refused_sheet)
    else:
        restyled.apply()
    edit.setToolTip(message)


def unmark(edit: QLineEdit | QComboBox) -> str:
    """The field as any other again; the sentence it was refused with ("" when it was not marked)."""
    if not edit.styleSheet():
        return ""
    said = edit.toolTip()
    restyled = Restyled.of(edit)
    if restyled is not None:
        restyled.stop()
    edit.setStyleSheet("")
    edit.setToolTip("")
    return said
