"""A project link the link suggester (``links.py``) proposes for an investment: the sum is the
project's own when the clause naming the project is followed right away by one that only says
how much was invested (the guide's 松元产业园完成投资12亿元):

- 宜州重点推进大任产业园建设，计划完成投资9亿元 → 大任产业园 (a district governing the sentence,
  宜州, does not make the sum the district's alone: the project takes 宜州 and the sum takes both);
- 大任产业园完成投资9亿元 (the verb right after the project, 建设 between them or not).

Never when the sentence names another project before the sum, when the project is one item of a
list (大任产业园和都安临港工业园建设, A、B), when its clause counts what the sum is over
(…起步区引进项目86个，总投资超420亿元) or when the clause of the sum has a subject of its own
(全市完成固定资产投资…, 园区基础设施建设完成投资…, 宜州完成投资…); the caller has already
left out totals over a list (…等17个项目) and campaigns (…行动).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.core.models import Annotation

# a clause that only says how much was invested (计划完成投资, 总投资约, 年度投资, 累计完成投资)
_INVESTED = re.compile(
    r"(?:今年|全年|年内|当年|计划|预计|力争|累计|已|共)*(?:完成|实现)?(?:总|年度|计划|累计)?投资(?:总额|额)?"
    r"(?:约|近|超|超过|达|达到|逾|高达)?")
_SAME_CLAUSE = re.compile(r"(?:项目)?(?:建设)?" + _INVESTED.pattern)  # 大任产业园（建设）完成投资
_NUMBER = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万]")
# a clause break between the project and the sum; only a comma lets the sum's clause go on the project's
_BREAK = re.compile(r"[，,；;：:、（(）)“”\"]")
_COMMA = frozenset("，,")
_LIST = re.compile(r"[、和及与等]")
# the project's clause counts what it holds (…南岸起步区累计引进科创项目86个，总投资超420亿元): the sum is theirs
_COUNTED = re.compile(r"[0-9一二三四五六七八九十百千]\s*[个项家所条批]")


def invested_in(text: str, s: Annotation, in_sentence: Sequence[Annotation],
                sentence_start: int) -> tuple[Annotation, str] | None:
    """The project ``s`` (an AMOUNT or TARGET) is the investment of, with the reason, given the
    PROJECT spans of its sentence in order (the sentence starts at ``sentence_start``)."""
    if in_sentence[0].end > s.start or (len(in_sentence) > 1 and in_sentence[1].start < s.end):
        return None  # none before it, or another one before it or around it
    p = in_sentence[0]
    number = _NUMBER.search(s.text)
    lead = s.text[:number.start()] if number else s.text  # a goal's own verb: 完成投资232.6亿元
    breaks = list(_BREAK.finditer(text, p.end, s.start))
    if not breaks:  # the same clause: 大任产业园（建设）完成投资9亿元
        if _SAME_CLAUSE.fullmatch(text[p.end:s.start] + lead) is None:
            return None
        return p, f"invested in it: {p.text}{text[p.end:s.start]}{s.text}"
    if len(breaks) != 1 or breaks[0].group() not in _COMMA:
        return None
    comma = breaks[0].start()
    clause_start = max((m.end() for m in _BREAK.finditer(text, sentence_start, p.start)), default=sentence_start)
    if (_LIST.search(text, p.end, comma) or _LIST.search(text[clause_start:p.start])
            or text[clause_start - 1:clause_start] == "、" or _COUNTED.search(text, p.end, comma)):
        return None  # one item of a list, or a sum over what the project counts: not the project's alone
    if _INVESTED.fullmatch(text[comma + 1:s.start] + lead) is None:
        return None
    return p, f"invested in it: {p.text}…，{text[comma + 1:s.start]}{s.text}"
