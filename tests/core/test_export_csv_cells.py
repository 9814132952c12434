"""``csv.safe`` turns each cell as before its fast path by type and its cache of times: a time keeps
its own wall clock (two equal instants in two zones are not one cached text), a str subclass is
still guarded against formulas, numbers are never prefixed, booleans are written TRUE/FALSE."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from annotator.core.export.csv import safe


class Name(str):
    pass


def test_cells_keep_their_own_text_whatever_was_turned_before():
    beijing = timezone(timedelta(hours=8))
    utc = datetime(2026, 12, 1, 2, 0, 0, tzinfo=UTC)
    assert safe(datetime(2026, 12, 1, 2, 0, 0)) == "2026-12-01 02:00:00"
    assert safe(utc) == "2026-12-01 02:00:00"
    assert safe(utc.astimezone(beijing)) == "2026-12-01 10:00:00"  # the same instant, its own clock
    assert safe(datetime(2026, 12, 1, 2, 0, 0)) == "2026-12-01 02:00:00"
    assert safe(Name("=1+1")) == "'=1+1" and safe("=1+1") == "'=1+1" and safe("-x") == "'-x"
    assert safe(-3) == -3 and safe(-2.5) == -2.5 and safe(None) is None
    assert safe(True) == "TRUE" and safe(False) == "FALSE"  # as Excel writes them: R and pandas read logicals
    assert safe(date(2026, 1, 2)) == date(2026, 1, 2)
