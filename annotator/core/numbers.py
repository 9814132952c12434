"""Exact parsing of Arabic and Chinese numerals (55.1, 1,234.5, ３２．５, 三千万, 十二亿三千万,
1.5万亿, 二〇二三, 三点五) into :class:`decimal.Decimal` values. No floats anywhere.

The one parser of numerals: sums of money (AMOUNT) read them strictly, counts of a target
(TARGET) as running text writes them (``colloquial``, see :func:`parse_number`)."""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3,
             "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7,
             "八": 8, "捌": 8, "九": 9, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)

# A minus written directly on a number (-3亿元, －3亿元, −3亿元, 负3亿元, 增长负0.5%, 增长-0.5%), matched
# by ``MINUS_BEFORE.match(text, at - 1, at)`` for the number at ``at``: a dash after a numeral, its unit or a
# per cent sign is a range (3-5亿元, 3000万-5000万元, 3%-5%), an em dash (——2024年) no minus; 负 only at a
# line's or cell's start, after a word of growth, 为/至/在 … or punctuation (not 担负3项, 肩负2个).
# 下降3亿元 and 负增长0.5% are written positive.
MINUS_SIGNS = "-－−﹣"
MINUS_BEFORE = re.compile(rf"(?:^|(?<=[长速幅为至到在是于率比，,、：:（(|\s]))负$"
                          rf"|(?<![0-9０-９.．%％{NUMERAL_CHARS}])[{MINUS_SIGNS}]$")

_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_ARABIC_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")

Token = Decimal | int | str  # an Arabic chunk, a Chinese digit, a unit character


def normalize_digits(s: str) -> str:
    """Full-width digits and ．， become ASCII."""
    return s.translate(FULLWIDTH)


def parse_arabic(s: str) -> Decimal:
    """``1,234.5``, ``３２．５`` -> Decimal. Separators must group by three."""
    s = normalize_digits(s.strip())
    if "," in s:
        if not _ARABIC_GROUPED.match(s):
            raise ValueError(f"not a number: {s!r}")
        s = s.replace(",", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", s):
        raise ValueError(f"not a number: {s!r}")
    return Decimal(s)


def _tokens(s: str) -> list[Token]:
    """Arabic chunks as Decimal, Chinese digits as int, unit characters as str."""
    out: list[Token] = []
    i = 0
    while i < len(s):
        m = _ARABIC.match(s, i)
        if m:
            out.append(Decimal(m.group()))
            i = m.end()
            continue
        ch = s[i]
        if ch in CN_DIGITS:
            out.append(CN_DIGITS[ch])
        elif ch in SMALL_UNITS or ch in BIG_UNITS:
            out.append(ch)
        else:
            raise ValueError(f"not a numeral: {s!r}")
        i += 1
    return out


def _below_wan(tokens: list[Token], colloquial: bool = False) -> Decimal:
    """A section with 十/百/千 only: 三千零五十, 十二, 3千, 两百."""
    if not tokens:
        return Decimal(0)
    # digit-by-digit (二〇二三, 一九八四): no unit at all, several single digits
    if all(isinstance(t, int) for t in tokens) and len(tokens) > 1 and not colloquial:
        return Decimal("".join(str(t) for t in tokens))
    total = Decimal(0)
    number: Decimal | None = None
    for t in tokens:
        if isinstance(t, str):
            unit = SMALL_UNITS[t]
            total += (number if number is not None else Decimal(1)) * unit
            number = None
        else:
            if number is not None and number != 0 and t != 0 and not colloquial:
                raise ValueError("two numbers in a row")
            number = Decimal(t)  # colloquial: a range (三五, 十一二) is read as its upper bound
    if number is not None:
        total += number
    return total


def _parse_tokens(tokens: list[Token], colloquial: bool = False) -> Decimal:
    for big in ("亿", "億", "万", "萬"):
        if big in tokens:
            i = tokens.index(big)
            left, right = tokens[:i], tokens[i + 1:]
            mult = BIG_UNITS[big]
            # 1.5万亿, 一万亿: everything before the first 亿 is a count of 亿
            if not left:
                raise ValueError("a unit with no number")
            return (_parse_tokens(left, colloquial) * mult
                    + (_parse_tokens(right, colloquial) if right else 0))
    return _below_wan(tokens, colloquial)


def _decimal_point(s: str, colloquial: bool) -> Decimal:
    """``三点五``, ``十二点零五``: the whole part, then the digits after 点 one by one."""
    whole, _, fraction = s.partition("点")
    if not whole or not fraction or any(c not in CN_DIGITS for c in fraction):
        raise ValueError(f"not a decimal: {s!r}")
    return parse_number(whole, colloquial) + Decimal("0." + "".join(str(CN_DIGITS[c]) for c in fraction))


def parse_number(s: str, colloquial: bool = False) -> Decimal:
    """Any mix of Arabic and Chinese numerals: ``1.5万亿`` -> 1500000000000, ``三点五`` -> 3.5.

    Strict by default: ``两三千`` (two numbers in a row) and ``千`` (a unit with no digit but
    十) are refused, and a run of digits without units is read digit by digit (``二〇二三``).
    ``colloquial`` reads numerals as running text writes counts: ``百``/``千`` alone are a
    hundred and a thousand (百家企业), and a run of digits is a colloquial range read as its
    upper bound (三五家 -> 5, 十一二个 -> 12, 一两个 -> 2).
    """
    return _parse_number(s, colloquial)


@lru_cache(maxsize=4096)  # the numbers of a text repeat; Decimals are immutable
def _parse_number(s: str, colloquial: bool) -> Decimal:
    s = normalize_digits(s.strip())
    if _PLAIN.fullmatch(s):
        return Decimal(s)
    if not s:
        raise ValueError("empty")
    if "点" in s:
        return _decimal_point(s, colloquial)
    if "," in s:
        m = re.match(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s)
        if not m:
            raise ValueError(f"bad separators: {s!r}")
        s = m.group().replace(",", "") + s[m.end():]
    tokens = _tokens(s)
    if not any(not isinstance(t, str) for t in tokens) and tokens[0] not in (
            SMALL_UNITS if colloquial else ("十", "拾")):
        raise ValueError(f"no digits: {s!r}")
    return _parse_tokens(tokens, colloquial)


def to_int(value: Decimal) -> int:
    """Round half up to a whole number."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def exact(value: Decimal) -> int | Decimal:
    """An int where the value is whole, else the Decimal itself."""
    try:
        if value == value.to_integral_value():
            return int(value)
    except InvalidOperation:
        pass
    return value


def minus_before(text: str, at: int) -> bool:
    """Does a minus stand directly before the number starting at ``at`` (:data:`MINUS_BEFORE`)?"""
    return at > 0 and MINUS_BEFORE.match(text, at - 1, at) is not None
