"""A sentence each rule of the window's tables of the core's sentences matches (its groups given the
shortest values they take: 甲 for any text, 1 for digits, an alternation's first branch), for
``test_core_messages_said``: a message whose value must be one of a few words ("is {what}, not a file of
text", what being "a folder" or "a socket") is met by the rule's own sample where no value put in its
holes is one of them."""
from __future__ import annotations

import re
from functools import cache

from annotator.gui import core_errors, summaries
from annotator.gui.line_reasons import _rules as line_rules

try:  # the parser of re (Python 3.11 on); sre_parse before it
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as parser  # type: ignore[no-redef]

_C = parser  # its constants (LITERAL, BRANCH …) live beside it
_CATEGORY = {"CATEGORY_DIGIT": "1", "CATEGORY_SPACE": " "}


def _one(item) -> str:
    op, value = item
    name = str(op)
    if name == "LITERAL":
        return chr(value)
    if name in ("ANY", "NOT_LITERAL"):
        return "甲"
    if name == "IN":
        first = value[0]
        if str(first[0]) == "NEGATE":
            return "甲"
        return _one(first) if str(first[0]) != "RANGE" else chr(first[1][0])
    if name == "CATEGORY":
        return _CATEGORY.get(str(value), "甲")
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, sub = value
        return _sample(sub) * max(low, 1)
    if name == "SUBPATTERN":
        return _sample(value[-1])
    if name == "BRANCH":
        return _sample(value[1][0])
    return ""  # AT, ASSERT, ASSERT_NOT: no text


def _sample(parsed) -> str:
    return "".join(_one(item) for item in parsed)


def sample(pattern: str) -> str | None:
    """A text ``pattern`` matches whole, made from its own words; None where the shortest values miss."""
    text = _sample(parser.parse(pattern))
    return text if re.fullmatch(pattern, text) else None


@cache
def rule_samples() -> tuple[str, ...]:
    """A sample of each rule the window says the core's sentences by (whole lines and their pieces)."""
    tables = (core_errors.rules() + core_errors.received() + core_errors.piece_rules() + summaries._pieces()
              + line_rules())
    return tuple(s for pattern, _template, _kinds in tables if (s := sample(pattern)) is not None)
