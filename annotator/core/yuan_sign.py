"""The sign of a sum in yuan against its span's text: one rule for every way a value comes in.

Reports write a decrease as a positive figure (下降5亿元, 减少5亿元: the verb says it falls), and an AMOUNT's
value is the sum as written, so a negative yuan figure is refused for a span whose text writes no minus
(-3亿元, －3亿元, −3亿元, ﹣3亿元, 负3亿元 may stand in a table: those keep theirs, and the AMOUNT rule reads
such a sum negative, ``numbers.MINUS_BEFORE``). Refused alike, with the same
sentence (:class:`NegativeYuan`), by

- the workbook import (``imports/xlsx_rows.check_negative``: the row is refused, naming sheet and column),
- the JSON Lines import (``imports/jsonl_lines.line_span``: the line is rejected, named by its number),
- the window's form (:func:`annotator.core.typed_value.typed_value`: nothing is stored, the field says why).

Only a sum a change brings is checked (``before``): a stored one is no news, and other edits of its span go on.
"""
from __future__ import annotations

import re
from typing import Any

from annotator.core.fields import CellError, YuanType, number_cell
from annotator.core.labels import value_fields
from annotator.core.numbers import MINUS_SIGNS

MINUS = re.compile(f"[{MINUS_SIGNS}负]")  # what writes a sum negative in a span's text


class NegativeYuan(CellError):
    """A sum in yuan negative where its span's text writes no minus; the message names its column (or key)."""

    def __init__(self, column: str, yuan: int | float, text: str) -> None:
        super().__init__(f"{column} {yuan:,} is negative, but the span's text {text!r} writes no minus: reports write "
                         "a decrease (下降5亿元, 减少5亿元) as a positive figure, and an amount's value is the sum as "
                         "written; type it without the minus")
        self.column, self.yuan, self.text = column, yuan, text


def check_sign(yuan: Any, text: str, column: str) -> None:
    """Raise :class:`NegativeYuan` for a negative sum in yuan (a number, or numeric text) where ``text``, its
    span's, writes no minus; anything else passes (a value that is no number is refused elsewhere)."""
    figure = number_cell(yuan)
    if figure is not None and figure < 0 and not MINUS.search(text):
        raise NegativeYuan(column, figure, text)


def check_value_sign(value: Any, text: str, before: Any = None) -> None:
    """:func:`check_sign` of each sum in yuan of ``value`` (the schema's yuan fields, by key) that ``before``,
    the span's stored value, does not hold already."""
    if not isinstance(value, dict):
        return
    before = before if isinstance(before, dict) else {}
    for f in value_fields():
        if isinstance(f.type, YuanType) and f.key in value and value[f.key] != before.get(f.key):
            check_sign(value[f.key], text, f.key)
