"""AMOUNT suggestions: sums of money, a number directly followed by a currency unit.

55.1亿元, 4251万元, 1,200元, ３２．５万元, 三千万元, 十二亿三千万元, 1.5万亿元, 10余亿元,
43.8亿美元; ranges 3000万至5000万元 give two amounts. Qualifiers before the number
(超, 近, 约, 达/高达, 逾) stay outside the span and are kept in the value; 余/多 between the
number and its unit are inside the span, both the qualifier 余 (5亿多元, as the gold writes
it). Scales with no number (千亿级, 116个亿元项目), percentages, areas and counts of other
things are never proposed: a currency unit must follow the number directly.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from annotator.core.models import Suggestion
from annotator.core.numbers import exact, minus_before, parse_number, to_int
from annotator.core.suggest.lexicon import charset, entries, table

_D = "[0-9０-９]"
_ARABIC = rf"{_D}+(?:[,，]{_D}{{3}}(?!{_D}))*(?:[.．]{_D}+)?"
_CN_START = "零〇一二两三四五六七八九十"
# 萬 and 億 are the traditional forms of 万 and 亿 (a report converted from Big5)
_UNITS = "十百千万亿萬億"
# 点 is the decimal point of a Chinese numeral (三点五亿元, 一点二万亿元): its digits follow
_NUM = rf"(?:{_ARABIC}|[{_CN_START}])(?:{_ARABIC}|[{_CN_START}{_UNITS}])*(?:点[零〇一二两三四五六七八九]+)?"
_WORDS = "amount_words.txt"  # the word lists, explained there
CURRENCIES = table(_WORDS, "currencies")
_CUR = "|".join(sorted(CURRENCIES, key=len, reverse=True))
# 元 starting a word that is not money: 元旦, 元素, 元器件, 元首 ...
_NOT_YUAN = "".join(entries(_WORDS, "not_yuan"))
_SEP = "至到~～\\-－—–"
# every match starts with a digit: the lookahead only lets the engine skip other positions fast
PATTERN = re.compile(
    rf"(?=[0-9０-９{_CN_START}])"
    rf"(?:(?P<n1>{_NUM})(?P<a1>[余餘多])?(?P<m1>[{_UNITS}]*)\s*[{_SEP}]\s*)?"
    rf"(?P<n2>{_NUM})(?P<a2>[余餘多])?(?P<m2>[{_UNITS}]*)(?P<a3>[余餘])?"
    rf"(?P<cur>{_CUR})(?!(?<=元)[{_NOT_YUAN}])"
)
# Every character of a match before its currency is one of these, and no currency holds
# one: a match is the tail of a run of them right before a currency word.
_BODY = frozenset("0123456789０１２３４５６７８９" + _CN_START + _UNITS + "余餘多点" + _SEP.replace("\\", "")
                  + ",，.．" + "".join(chr(c) for c in range(0x3001) if chr(c).isspace()))  # \s
_CUR_AT = re.compile(_CUR)
# a bare 百/千 before 万/亿 and the currency, no digit before it (投资超百亿元): a numeral where
# the sum is an amount (10^10 yuan), a scale where it qualifies a noun (第三个百亿元产业,
# 千亿元级, 超百亿元企业); 几百亿元, 数千万元, 上百亿元, 成千万元 are no figure
BARE = re.compile(rf"(?<![0-9０-９{_CN_START}百千几数上成个])(?P<n>[百千])(?P<m>[万亿萬億]+)(?P<cur>{_CUR})")
# what may follow a bare sum that is an amount: no noun, but punctuation or these
_AFTER_BARE_SUM = charset(_WORDS, "after_bare_sum")
_CUR_MAX = max(map(len, CURRENCIES))
# currency words that, written before a number ending in 元, name its currency (元 alone does not)
_CUR_BEFORE = sorted((w for w in CURRENCIES if len(w) > 1), key=len, reverse=True)
# qualifiers written right before the number, longest first
QUALIFIERS = tuple(table(_WORDS, "qualifiers").items())
# words ending in a qualifier's character that are no qualifier (签约, 节约, 下达)
_NOT_QUALIFIERS = frozenset(entries(_WORDS, "not_qualifiers"))
# 一 after these is part of a word (统一, 唯一, 之一), not a number
_YI_WORDS = charset(_WORDS, "yi_words")
_BAD_BEFORE = set("0123456789０１２３４５６７８９.．第几数") | set(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# 余 as written in traditional characters, and 多 (5亿多元): the same "more than", qualifier 余
_APPROX = {"餘": "余", "多": "余"}
_HAS_DIGIT = re.compile(r"[0-9０-９]").search
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "萬": 10**4, "億": 10**8}


def _mult(units: str) -> int:
    value = 1
    for ch in units:
        value *= _UNIT_VALUE[ch]
    return value


def _has_unit(num: str) -> bool:
    return any(ch in _UNIT_VALUE for ch in num)


def _trailing_units(num: str) -> str:
    i = len(num)
    while i > 0 and num[i - 1] in _UNIT_VALUE:
        i -= 1
    return num[i:]


def _qualifier(text: str, start: int) -> str | None:
    before = text[max(0, start - 2):start]
    if before in _NOT_QUALIFIERS:
        return None
    for word, q in QUALIFIERS:
        if before.endswith(word):
            return q
    return None


def _named_before(text: str, start: int) -> str | None:
    """The currency written right before the number, a qualifier between them allowed: 港币3亿元
    is HK$300 million, not ¥ (元 is the unit of every currency named so); None if none is."""
    end = start
    for word, _q in QUALIFIERS:
        if text.endswith(word, 0, end):
            end -= len(word)
            break
    for word in _CUR_BEFORE:
        if text.endswith(word, 0, end):
            return CURRENCIES[word]
    return None


def _plausible(text: str, start: int, num: str) -> bool:
    prev = text[start - 1] if start > 0 else ""
    if prev in _BAD_BEFORE:
        return False
    if num[0] == "一" and prev in _YI_WORDS:
        return False
    if not _HAS_DIGIT(num):
        # a lone Chinese digit before 元 (一元化, 三元区) is too often no money
        if len(num) == 1 and num not in "十":
            return False
    return True


def _matches(text: str) -> Iterator[re.Match[str]]:
    """``PATTERN.finditer(text)``, searching only the runs of number characters that end
    right before a currency word."""
    body = _BODY
    done = 0  # end of the last match
    n = len(text)
    for c in _CUR_AT.finditer(text):
        q = c.start()
        if q <= done or text[q - 1] not in body:
            continue
        ws = q - 1
        while ws > done and text[ws - 1] in body:
            ws -= 1
        # the currency and the character after it (the 元旦 check) lie before endpos
        found = False
        for m in PATTERN.finditer(text, ws, min(n, q + _CUR_MAX + 1)):
            if m.start() >= q:
                break
            done = m.end()
            found = True
            yield m
        if not found:
            k = q
            while k > ws and text[k - 1] in "万亿萬億":
                k -= 1
            if k < q and k > ws and text[k - 1] in "百千":
                bare = BARE.match(text, k - 1)
                if bare:
                    done = bare.end()
                    yield bare


class AmountSuggester:
    name = "amount"
    labels = ("AMOUNT",)

    def _make(self, text: str, start: int, end: int, value: Decimal, currency: str,
              approx: str | None, chinese: bool) -> Suggestion:
        if minus_before(text, start):  # -3亿元: the minus is the sum's, and its span's
            start, value = start - 1, -value
        qualifier = _APPROX.get(approx, approx) if approx else _qualifier(text, start)
        if currency == "CNY":
            val: dict[str, Any] = {"yuan": to_int(value), "qualifier": qualifier}
            reason = f"amount: {to_int(value)} yuan"
        else:
            val = {"currency": currency, "amount": exact(value), "qualifier": qualifier}
            if isinstance(val["amount"], Decimal):
                val["amount"] = float(val["amount"])
            reason = f"amount: {val['amount']} {currency}"
        if qualifier:
            reason += f" (qualifier {qualifier})"
        conf = 0.8 if chinese else 0.95
        return Suggestion(start, end, "AMOUNT", text[start:end], val, conf, reason, self.name)

    def suggest(self, text: str) -> list[Suggestion]:
        out: list[Suggestion] = []
        for m in _matches(text):
            cur = CURRENCIES[m.group("cur")]
            if m.group("cur") == "元":  # 港币-3亿元: the currency stands before the minus
                cur = _named_before(text, m.start() - minus_before(text, m.start())) or cur
            if m.re is BARE:
                after = text[m.end():m.end() + 1]
                if after and "\u4e00" <= after <= "\u9fff" and after not in _AFTER_BARE_SUM:
                    continue  # 百亿元产业: a scale that qualifies a noun
                value = Decimal(_UNIT_VALUE[m.group("n")] * _mult(m.group("m")))
                out.append(self._make(text, m.start(), m.end(), value, cur, None, True))
                continue
            n2, m2 = m.group("n2"), m.group("m2")
            approx2 = m.group("a2") or m.group("a3")
            if m.group("n1") is None:
                start = m.start("n2")
            else:
                start = m.start("n1")
            if not _plausible(text, start, m.group("n1") or n2):
                continue
            try:
                v2 = parse_number(n2) * _mult(m2)
            except ValueError:
                continue
            chinese2 = not _HAS_DIGIT(n2)
            if m.group("n1") is not None:
                n1, m1 = m.group("n1"), m.group("m1")
                try:
                    v1 = parse_number(n1) * _mult(m1)
                except ValueError:
                    v1 = None
                if v1 is not None:
                    if not _has_unit(n1) and not m1:
                        # 3000-5000万元: the first takes its unit from the second
                        v1 *= _mult(_trailing_units(n2) + m2)
                    end1 = m.end("m1")
                    out.append(self._make(text, start, end1, v1, cur, m.group("a1"),
                                          not _HAS_DIGIT(n1)))
                start = m.start("n2")
            out.append(self._make(text, start, m.end(), v2, cur, approx2, chinese2))
        return out

    def value_of_span(self, text: str, start: int, end: int) -> dict[str, Any] | None:
        """The value of a span that leaves out the minus written directly before it (3亿元 of −3亿元, where
        the rules propose −3亿元): the sum as the span writes it, positive (a negative one is for a span
        whose text writes the minus: ``core/yuan_sign.py``); None for any other span no rule proposes."""
        if not minus_before(text, start):
            return None
        lo = max(0, start - 9)  # a currency and a qualifier before the minus (港币约-3亿元) stay in view
        for s in self.suggest(text[lo:min(len(text), end + 1)]):
            if (s.start + lo, s.end + lo) == (start - 1, end):
                return {k: abs(v) if k in ("yuan", "amount") and isinstance(v, int | float) else v
                        for k, v in s.value.items()}
        return None
