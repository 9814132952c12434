"""TARGET: the word lists and patterns (resources/target_words.txt, explained there), what a
quantity is (a number with a measure word, unit or %; a scale goal), and quotations."""
from __future__ import annotations

import re

from annotator.core.numbers import MINUS_BEFORE, normalize_digits, parse_number
from annotator.core.suggest.lexicon import alternation, lexicon

_WORDS = "target_words.txt"  # the word lists and patterns, explained there
UNITS = alternation(_WORDS, "units")
# digits may be full-width (８０家, ６．５％), as a report typed in them writes them
NUM = r"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二三四五六七八九十两百千]+(?:点[一二三四五六七八九零]+)?)"
RE_QTY = re.compile(rf"{NUM}(?P<mod>多|余)?(?P<unit>{UNITS})")
# a scale goal (千亿级, 万亿台阶): no count of its own written before it (十个千亿级 counts 个)
RE_SCALE = re.compile(r"(?=[百千万亿])(?<![0-9０-９一二三四五六七八九十两百千万个])(?:"
                      + alternation(_WORDS, "scale_goal") + ")")
# a range before the number: its lower bound is the value (选择3至5家: 3 家)
RE_RANGE_BEFORE = re.compile(r"([0-9０-９]+(?:[.．][0-9０-９]+)?|[一二三四五六七八九十两百千]+)[至到~～\-－—]$")
# a minus sign written on the number (增长负0.5%, 增速为负1%, 增长-0.5%): the quantity is negative; the
# rule the amounts' share (numbers.MINUS_BEFORE). 下降0.5% and 负增长0.5% are written positive: their quantity stays so.
RE_MINUS = MINUS_BEFORE

FORWARD = re.compile(alternation(_WORDS, "forward"))
BACKWARD = re.compile(alternation(_WORDS, "backward"))
# forward markers that do not turn a review (过去一年…。争取上级资金3亿元: money obtained)
WEAK_FORWARD = lexicon(_WORDS, "weak_forward")
# a sentence that states results whatever its direction so far (预计全年…, 同比增长, 全市第一)
RE_RESULT = re.compile(alternation(_WORDS, "result_cues"))
WEAK = 2  # the value of a weak forward marker: forward unless the text looks back
RE_FORWARD_IN_SENTENCE = re.compile(alternation(_WORDS, "forward_in_sentence"))
NOT_FORWARD_AFTER_JIANG = lexicon(_WORDS, "not_forward_after_jiang")
NOT_FORWARD_BEFORE_YUQI = lexicon(_WORDS, "not_forward_before_yuqi")
RE_NOT_FORWARD_AFTER_JIHUA = re.compile(alternation(_WORDS, "not_forward_after_jihua"))
# 今年 looks forward in a report or a New-Year article; in an end-of-year piece that also
# speaks of 明年, 今年 is the year under review (今年来/今年以来 are BACKWARD above)
THIS_YEAR = re.compile(r"今年(?!来|以来)")
SENT_END = "。！？!?；;\n"
CLAUSE_END = "，,。；;！!？?：:\n"
# a line that starts or ends with one of these is a line of a paragraph broken at a fixed
# width (a PDF's text), not a heading
CLAUSE_BREAK = "，,、；;"
# a paragraph that opens with its year and says what the year was (2024 年，是…之年)
RE_YEAR_IS = re.compile(r"20\d\d ?年[，,]?是")
QUOTE_OPEN = "“「『\""
QUOTE_CLOSE = "”」』\""
# a year at the start of a clause ("2023年，…", "据悉，2024年番禺…", "到2025年")
RE_YEAR_CLAUSE = re.compile(r"(?:^|[，,。；;：:\n、])[ \u3000]*(?:到|至)?(20\d\d)年(?!度)")
# a report's date line; one given in November or December plans for the next year
RE_YEAR = re.compile(r"(?<![到至])(20\d\d)年(?!度|前|底前|以前)")
# a heading: a short line with no full stop; its words set the direction of its section
HEAD_FORWARD = re.compile(alternation(_WORDS, "heading_forward"))
HEAD_BACKWARD = re.compile(alternation(_WORDS, "heading_backward"))
RE_HEADING = re.compile(r"【([^】]{1,20})】")
# a part of the document: 一、…, 第二部分…, a 【…】 heading at the start of a line. A part whose
# heading looks back (一、2023年工作回顾) is the review of the past year as a whole: results,
# whatever its sentences say (预计 gives expected full-year figures, 将 what a finished
# project will do); it ends at the next part or at a heading that looks forward
RE_PART = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}部分|【)")
# the head of a long line that starts with a part number: up to its first punctuation
RE_HEAD_OF_LINE = re.compile(r"[^。！？!?；;，,：:]{1,40}")
# a paragraph that opens the plan where no heading does (2020年是…, 今年…, 新的一年…)
RE_PLAN_OPENER = re.compile(r"(?:各位代表[，,：:！!]?)?(?:(?P<year>20\d\d)年(?!以来|来|度|底|末)|"
                            r"今年(?!以来|来)|新的一年|明年|展望|主要预期目标)")
# an unnumbered heading line that opens a review part by itself (过去一年工作回顾)
RE_REVIEW_HEADING = re.compile(alternation(_WORDS, "review_heading"))
RE_TITLE = re.compile(alternation(_WORDS, "title_words"))
RE_LEAD = re.compile(rf"[ \u3000]*(?:{alternation(_WORDS, 'lead_words')})[，,]?")
RE_QTY_SUFFIX = re.compile(alternation(_WORDS, "quantity_suffixes"))
QUOTE_SPEECH_MIN = 20
# a numbered item of a work plan: （四）…, 4.…, 四是… - a new point, in its section's direction
RE_ITEM = re.compile(r"[ \u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|"
                     r"[0-9]{1,2}[.．、](?![0-9]))")
# a sum that describes something (总投资45亿元的…项目, 规模10亿元的基金, 1亿元以上的项目) is an
# attribute, not a goal; a sum that the clause grants (给予500万元奖励, 最高补贴3000万元) is a
# policy's scale, not a goal either
RE_ATTRIBUTE_AFTER = re.compile(r"(?:以上|以下|左右|以内)?(?:的|项目|企业)")  # 10亿元以上项目30个
RE_POLICY = re.compile(alternation(_WORDS, "policy_words"))
SKIP_BEFORE = lexicon(_WORDS, "skip_before")
NOT_GOAL_AFTER = re.compile(alternation(_WORDS, "not_goal_after"))
RE_FRAME = re.compile(alternation(_WORDS, "frame_after"))
RE_LISTED_PROJECT = re.compile(alternation(_WORDS, "listed_project"))
CAPACITY_UNITS = lexicon(_WORDS, "capacity_units")
RULE_NAMES_AFTER_XIANG = lexicon(_WORDS, "rule_names_after_xiang")
RE_TRIGGER = re.compile(alternation(_WORDS, "triggers"))
RE_CONFIDENT = re.compile(alternation(_WORDS, "confident_triggers"))


def quantity(num: str) -> int | float | None:
    """The number of a quantity as running text writes it (百家 100, 三五家 5, 三点五 3.5):
    a float where it has a decimal point, else an int; None if it is no numeral."""
    try:
        value = parse_number(normalize_digits(num), colloquial=True)
    except ValueError:
        return None
    return float(value) if "." in num or "．" in num or "点" in num else int(value)


def quantities(text: str, s: int, e: int) -> list[re.Match[str]]:
    """The quantities of ``text[s:e]`` in text order: a number with its unit, and scale
    goals (千亿级, 万亿台阶) where no such number starts (千亿元级 is a scale, not 千亿元)."""
    qty = [m for m in RE_QTY.finditer(text, s, e) if text[m.end():m.end() + 1] != "级"]
    if "亿" not in text[s:e]:
        return qty
    taken = {m.start() for m in qty}
    scales = [m for m in RE_SCALE.finditer(text, s, e) if m.start() not in taken]
    return sorted(qty + scales, key=lambda m: m.start()) if scales else qty


_QUOTE_MARKS = re.compile("[“「『”」』\n]")


def quoted_mask(text: str) -> list[bool]:
    """True inside short quotations (names, slogans: “十四五”, “一件事一次办”); a long
    quotation with clause punctuation is reported speech (an official's words in a press
    write-up), whose goals are goals like any other. Only the quotation marks and line breaks
    are visited (a loop over every character cost a tenth of the TARGET rules)."""
    mask = [False] * len(text)
    depth = 0
    opened = -1
    for m in _QUOTE_MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in "“「『":
            if depth == 0:
                opened = i
            depth += 1
        elif ch == "\n":
            depth = 0
        elif depth:  # a closing mark
            depth -= 1
            if depth == 0 and opened >= 0:
                inner = text[opened + 1:i]
                if not (len(inner) > QUOTE_SPEECH_MIN and any(c in inner for c in "，,。！？!?；;")):
                    mask[opened + 1:i] = [True] * (i - opened - 1)
    return mask


def closed(text: str, start: int, qs: int) -> bool:
    """Does a quotation opened at ``start`` close before the quantity at ``qs``?"""
    return any(c in QUOTE_CLOSE for c in text[start + 1:qs])
