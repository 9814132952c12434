"""A report's date line, ——2015年1月21日在河池市第三届人民代表大会第六次会议上, read in one place:
the year the report speaks for. Given in November or December, a report reviews that year and
plans the next (——2014年12月29日在…: 2015). The TARGET rules read it for the plan's year, the
DISTRICT rules for which former names were still in use."""
from __future__ import annotations

import re

RE_DATE_LINE = re.compile(r"(20\d\d|19\d\d)年(\d{1,2})月\d{1,2}日在")
LOOK = 400  # the date line stands under the title, within the report's first characters


def date_line_year(text: str) -> int | None:
    """The year of the report's date line in its first :data:`LOOK` characters, or None."""
    m = RE_DATE_LINE.search(text, 0, LOOK)
    if m is None:
        return None
    return int(m.group(1)) + (1 if int(m.group(2)) >= 11 else 0)
