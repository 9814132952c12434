"""A value typed into a value field of the window's form, read as the span's new value: by the field's type
(:meth:`annotator.core.fields.FieldType.parse`), a sum in yuan by the sign rule too (``yuan_sign.py``); a
division code typed alone brings its unit's name. ValueError when it is refused (the form says why)."""
from __future__ import annotations

from typing import Any

from annotator.core.labels import ValueField, names_a_division
from annotator.core.models import Annotation
from annotator.core.yuan_sign import check_value_sign


def typed_value(a: Annotation, field: ValueField, raw: str) -> dict[str, Any]:
    """The span's value with ``raw`` typed into ``field``; ValueError when it cannot be read, and
    :class:`~annotator.core.yuan_sign.NegativeYuan` (one) for a sum typed negative where the span's text
    writes no minus (only a sum that differs from the stored one: retyping it changes nothing)."""
    parsed = field.type.parse(raw)
    value = dict(a.value)
    if parsed in (None, ""):
        value.pop(field.key, None)
    else:
        value[field.key] = parsed
    check_value_sign({field.key: parsed}, a.text, a.value)
    if names_a_division(a.label):  # a code typed alone brings its unit's name
        from annotator.core.divisions import name_and_code_agreeing  # when first needed: not at start

        value = name_and_code_agreeing(a.value, value)
    return value
