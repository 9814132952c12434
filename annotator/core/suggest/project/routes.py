"""The route rule: metro and rail lines by their number (地铁22号线北延段, 轨道交通3号线一期),
with the city before them where one stands there (广州地铁22号线)."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate
from annotator.core.suggest.project.words import RAIL_KINDS

RE_LINE = re.compile(f"(?:{RAIL_KINDS.pattern()})"
                     r"(?:[0-9]+|[一二三四五六七八九十]+)号线"
                     r"(?:[一二三四五六七八九十]期(?:工程)?|[东南西北]延(?:长)?(?:段|线)|支线)?")


def route_candidates(text: str, out: list[Candidate]) -> None:
    if "号线" not in text:
        return
    for m in RE_LINE.finditer(text):
        a = m.start()
        before = segment.tokens(text[max(0, a - 8):a], max(0, a - 8))
        if before and before[-1].tag == "ns":
            a = before[-1].start  # 广州地铁22号线
        out.append(Candidate(a, m.end(), 0.7, "project: metro or rail line"))
