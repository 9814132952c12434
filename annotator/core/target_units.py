"""A target's quantity in its unit without the scale the unit carries: 1.2万人 is 12,000 人, 55亿元
5,500,000,000 元, 410万亩 4,100,000 亩, so that targets compare across reports that write one
figure in different scales (新增就业1.2万人 beside 新增就业12000人). The stored value keeps the
quantity and unit as written (TARGET's ``quantity`` and ``unit``); the exports add the base pair.

Only 万, 亿 and their compounds at the unit's start are scales. 千 and 百 alone are not (千瓦, 千米,
千克 and 百分点 are units of their own), and a scale class (千亿级 产业集群: quantity 1,000, unit 亿级)
is kept as written: it names a size, not a count of 级."""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from annotator.core.suggest.traditional import simplified

# longest first: 万亿 before 亿 and 万, 千万 before 万
SCALES = (("万亿", 10**12), ("萬億", 10**12), ("千万", 10**7), ("千萬", 10**7), ("百万", 10**6), ("百萬", 10**6),
          ("十万", 10**5), ("十萬", 10**5), ("亿", 10**8), ("億", 10**8), ("万", 10**4), ("萬", 10**4))


def base_quantity(quantity: Any, unit: Any) -> tuple[Any, Any]:
    """(quantity, unit) with the unit's scale taken into the quantity: (1.2, "万人") → (12000, "人");
    as given where the unit carries no scale, is a scale class (亿级) or the quantity is no number. A unit
    in traditional characters is the simplified one (5, "萬畝") → (50000, "亩"), (80, "個") → (80, "个"),
    so a table groups one unit whichever writing a report or a coder typed (``suggest.traditional``)."""
    if isinstance(unit, str):
        unit = simplified(unit)
    if isinstance(quantity, bool) or not isinstance(quantity, (int, float)) or not isinstance(unit, str) \
            or not math.isfinite(quantity):
        return quantity, unit
    for prefix, factor in SCALES:
        if unit.startswith(prefix):
            rest = unit[len(prefix):]
            if rest.startswith("级"):
                return quantity, unit
            value = Decimal(str(quantity)) * factor  # exact: 1.2 × 10,000 is 12,000, not 12,000.000000000002
            # 万亿 alone (迈上万亿台阶) leaves no unit: an empty cell, not an empty text, which Excel counts
            return (int(value) if value == value.to_integral_value() else float(value)), rest or None
    return quantity, unit
