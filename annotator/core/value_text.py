"""A span's normalised value as one line of text: what the window's Annotations table shows in
its Value column and the reading export (``export/html_page.py``) in a span's tooltip."""
from __future__ import annotations

from typing import Any

from annotator.core.labels import value_fields


def format_value(value: dict[str, Any]) -> str:
    """The value's parts in the order of the schema's fields (a district's name before its code, however
    the stored value orders them: one edited in the form was stored code first and read "371602 滨城区"
    among "滨州市 371600"), a whole number of five digits or more grouped (5,510,000,000 yuan); an amount's
    qualifier after its sum, in yuan or another currency alike ("5,670,000,000,000 达", "USD 16,060,000,000 达":
    the foreign sum's qualifier came first, "达 USD 16,060,000,000", and a narrow Value column cut the sum)."""
    order = _field_order()
    last = order.get("amount", len(order)) + 0.5  # the qualifier after the sum in any currency: "USD 16,060,000,000 达"
    return " ".join(f"{v:,}" if is_whole(v) and abs(v) >= 10_000 else str(v)
                    for _k, v in sorted(value.items(), key=lambda kv: last if kv[0] == "qualifier"
                                        else order.get(kv[0], len(order)))
                    if v not in (None, ""))


def _field_order() -> dict[str, int]:
    fields = value_fields()  # cached by the schema; a new schema (a label added) gives a new tuple
    if _order[0] is not fields:
        _order[:] = [fields, {f.key: i for i, f in enumerate(fields)}]
    order: dict[str, int] = _order[1]
    return order


_order: list[Any] = [None, {}]


def is_whole(v: Any) -> bool:
    """An int that is not a bool."""
    return isinstance(v, int) and not isinstance(v, bool)
