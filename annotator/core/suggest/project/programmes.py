"""The programme rule: a titled programme or campaign named right after the verb that
launches it, without quotation marks (实施消费场景提质行动, 启动产业示范带动工程, 实施家庭农场
培育计划和小农户提升工程). The title names a field and what is done in it: it holds a verb
(提质, 培育, 带动, 发展 …) after a first word, and no figure but a span of years (三年行动).
Set labels (五大行动), plans that are documents (…行动计划) and titles with no action
(智慧安防工程: a kind of works) are left out."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate, is_generic
from annotator.core.suggest.project.words import PROGRAMME_HEADS, PROGRAMME_VERBS, HeadWords

# the launching verb (深入实施, 启动), the title, its head; the title never crosses a clause
RE_PROGRAMME = re.compile(f"(?:{PROGRAMME_VERBS.pattern()})"
                          f"([\u4e00-\u9fff]{{2,16}}?)({PROGRAMME_HEADS.pattern()})")
RE_FIGURE = re.compile(r"[0-9０-９零〇一二三四五六七八九十两百千万双]")
RE_YEARS = re.compile(r"[一二三四五两]年")
RE_JOINED = re.compile(f"[和、及]([\u4e00-\u9fff]{{2,16}}?)({PROGRAMME_HEADS.pattern()})")
VERB_TAGS = ("v", "vn")
GENERIC_ACTIONS = ("建设", "发展")


def programme_candidates(text: str, res: HeadWords, out: list[Candidate]) -> None:
    if "实施" not in text and "启动" not in text and "开展" not in text:
        return
    for m in RE_PROGRAMME.finditer(text):
        end = _title(text, res, m.start(1), m.end(1), m.end(2), out)
        while end is not None:  # …计划和小农户提升工程: the titles joined to it
            j = RE_JOINED.match(text, end)
            if j is None:
                break
            end = _title(text, res, j.start(1), j.end(1), j.end(2), out)


def _title(text: str, res: HeadWords, s: int, hs: int, he: int, out: list[Candidate]) -> int | None:
    """Propose text[s:he] (the head at text[hs:he]) where it is a title; its end, or None."""
    title = text[s:hs]
    if text.startswith("计划", he) or "的" in title:
        return None  # …行动计划: a plan, a document; 的: a description
    if RE_FIGURE.search(RE_YEARS.sub("", title)):
        return None  # 提振消费五大行动: a set label
    if title.endswith("专项"):
        return None  # 扫黑除恶专项行动: a campaign, not a programme of the place
    toks = segment.tokens(title, s)
    if len(toks) < 2 or toks[-1].end != hs or not any(t.tag in VERB_TAGS for t in toks[1:]):
        return None  # no field and action: 智慧安防工程, 专项行动
    if len(toks) == 2 and toks[1].word in GENERIC_ACTIONS:
        return None  # 乡村建设行动: a field and building it, a national campaign
    if is_generic(res, text[s:he], text, s, he):
        return None
    out.append(Candidate(s, he, 0.6, "project: programme launched by its title"))
    return he
