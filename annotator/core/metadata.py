"""The document metadata keys whose values have a type, checked before they are stored
(``annotator import --meta KEY=VALUE``, ``annotator meta P KEY=VALUE``); every other key is free text.

``year`` is a whole number of a year: the exports write it as a number (the ``year`` column of
the Facts table and the metadata columns, ``export/meta.py``), and read a year only from 1800
to 2099 - a ``year=abc`` was stored and then quietly ignored, the column filled from the date or
the title instead.
"""
from __future__ import annotations

import re

from annotator.core.errors import AnnotatorError
from annotator.core.jurisdiction import Corrected, corrected, unclear

STANDARD_KEYS = ("title", "date", "year", "source", "jurisdiction")  # the keys the exports give columns of their own
YEARS = range(1800, 2100)  # the years export/meta.py's year_of reads
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")  # as a Chinese input method types digits


def checked_value(key: str, value: str) -> str:
    """``value`` as stored under ``key``: stripped, a year's full-width digits as ASCII ones; an
    empty value (which clears the key) is always fine. A value the key's type refuses is a
    :class:`AnnotatorError` naming the key and the value."""
    value = value.strip()
    if key != "year" or not value:
        return value
    digits = value.translate(_FULL_WIDTH)
    if not (digits.isascii() and digits.isdigit() and int(digits) in YEARS):
        raise AnnotatorError(f"metadata year takes a year in digits from {YEARS.start} to {YEARS.stop - 1}, "
                              f"not {value!r}")
    return digits


def checked_field(key: str, value: str) -> tuple[str, str]:
    """(key, value) as stored: the key stripped, and one of the exports' own keys written in
    another case (``Year=2020``, ``JURISDICTION=…``) taken as that key, not as a free-text key
    of its own (which became a ``meta_year`` column beside an empty ``year``); the value as
    :func:`checked_value` checks it. An empty key is a :class:`AnnotatorError`."""
    key = key.strip()
    if not key:
        shown = _CONTROL.sub(lambda m: repr(m.group())[1:-1], value)  # a cell's line break: one line still
        raise AnnotatorError(f"a metadata field needs a key before '=', not '={shown}'")
    if key.lower() in STANDARD_KEYS:
        key = key.lower()
    return key, checked_value(key, value)


def jurisdiction_fixed(key: str, value: str) -> Corrected | None:
    """For a ``jurisdiction`` given as NAME CODE whose name is not the coded division's (河池币
    451200), the correction the command line stores and warns of (:func:`~.jurisdiction.corrected`);
    None for any other key or value."""
    if key != "jurisdiction" or not value:
        return None
    return corrected(value)


def jurisdiction_checked(key: str, value: str) -> tuple[str, list[str]]:
    """``value`` as stored under ``key`` and what to warn of (``import --meta``, ``meta --from``): a
    jurisdiction given as NAME CODE whose name is not the coded division's stored as the code's
    (:func:`jurisdiction_fixed`); one given by a name several units keep (鼓楼区) as typed, the
    warning naming them and how to say which; one given by a name of no division (湖里县, a typo) as
    typed, the warning saying so, as ``annotator meta`` does; one given by a former unit's name (宜州市) as typed,
    the warning saying what the former units' table knows of it. Any other key or value: as it is, no warning."""
    fix = jurisdiction_fixed(key, value)
    if fix is not None:
        return fix.value, [] if fix.other_writing else [fix.warning()]
    if key == "jurisdiction" and (said := unclear(value)) is not None:
        return value, [said.warning()]
    return value, []


def given_field(key: str, value: str) -> tuple[str, str, list[str]]:
    """(key, value) as stored and what to warn of, by the rules every way in applies (``import --meta``,
    ``meta --from``, a doccano line's ``meta``): :func:`checked_field`, then :func:`jurisdiction_checked`.
    A key or value refused is a :class:`AnnotatorError`."""
    key, value = checked_field(key, value)
    value, warnings = jurisdiction_checked(key, value)  # 河池币 451200: the code's name; 鼓楼区: which
    return key, value, warnings
