"""A report's date line, ——2015年1月21日在河池市第三届人民代表大会第六次会议上, read in one place:
the day the report was given (stored as the document's ``date`` on import) and the year it speaks
for. Given in November or December, a report reviews that year and plans the next (——2014年12月29日
在…: 2015). The TARGET rules read it for the plan's year, the DISTRICT rules for which former
names were still in use. Digits may be full-width (２０１５年) or Chinese numerals, as older reports
and their scans write the line (二〇一五年一月二十一日在…)."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from annotator.core.numbers import FULLWIDTH, parse_number

_CN = "〇零○一二三四五六七八九十"
RE_DATE_LINE = re.compile(rf"((?:20|19)[0-9][0-9]|[一二][〇零○一二三四五六七八九]{{3}})年"
                          rf"([0-9]{{1,2}}|[{_CN}]{{1,3}})月([0-9]{{1,2}}|[{_CN}]{{1,4}})日在")
LOOK = 400  # the date line stands under the title, within the report's first characters


def _number(written: str) -> int:
    """12, 十二, 二〇一五 (digit by digit) as a whole number."""
    return int(written) if written.isascii() else int(parse_number(written))


def date_line_day(text: str) -> date | None:
    """The day of the report's date line in its first :data:`LOOK` characters, or None (no such
    line, or a day that does not exist: 2月30日)."""
    m = RE_DATE_LINE.search(text[:LOOK].translate(FULLWIDTH))
    if m is None:
        return None
    try:
        return date(*(_number(g) for g in m.groups()))
    except ValueError:
        return None


def date_line_year(text: str) -> int | None:
    """The year the report speaks for: its date line's year, the next one for a report given in
    November or December; None without a date line."""
    day = date_line_day(text)
    return None if day is None else _speaks_for(day)


def _speaks_for(day: date) -> int:
    return day.year + (1 if day.month >= 11 else 0)


def with_date_line(text: str, metadata: dict[str, Any]) -> dict[str, Any]:
    """``metadata`` as import stores it: where neither the file (a page's own date) nor the user
    (``--meta date=``) gives a date, the report's date line gives ``date`` (2014-12-29) and, unless
    given, ``year``, the year it speaks for (2015 for a report given in December: its plan's year,
    as its title 2015年政府工作报告 would say; the exports' ``year`` read the date's year else)."""
    day = date_line_day(text) if "date" not in metadata else None
    if day is None:
        return metadata
    return {"date": day.isoformat(), "year": str(_speaks_for(day)), **metadata}
