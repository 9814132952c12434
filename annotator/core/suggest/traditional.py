"""Traditional characters read as simplified ones, one for one, so that rules written in
simplified characters read a report converted from Big5 (力爭新增80家, 確保, 實現, 3.5萬人)
as they read its simplified form. A character is replaced by one character, so every offset
stays: a suggester runs on :func:`simplified` and takes its spans' text from the original.

The table (``resources/traditional_chars.txt``, from OpenCC) lists only characters outside
GB2312: a simplified text is never changed, and is returned as it is after one search. A few
traditional characters GB2312 writes too (後, 於, 徵: :data:`IN_GB2312`) are read as simplified
only in a text that holds characters of the table, a traditional one (後溪鎮 is 后溪镇 there).
"""
from __future__ import annotations

from functools import cache

from annotator.core.suggest.lexicon import entries

_FILE = "traditional_chars.txt"
# Traditional characters GB2312 writes too (a simplified text may hold them: 後 in a name, 於 a surname),
# each with the simplified one OpenCC's TSCharacters.txt gives first: read so in a traditional text (one
# holding characters of the table), where 以後, 後溪鎮, 位於, 特徵 are their traditional forms. Left out:
# 乾 (乾淨 is 干净, 乾隆 stays), 吒, 薹, 袷, 麴, whose reading the text decides.
IN_GB2312 = {"後": "后", "於": "于", "徵": "征", "夥": "伙", "拚": "拼", "捱": "挨", "摺": "折", "榘": "矩",
             "菸": "烟", "醣": "糖", "麽": "么"}
# Characters OpenCC writes in place names (s2t, s2tw, s2hk) that its TSCharacters.txt, whence the table, does
# not read back as the gazetteer writes them: 澄江 is 澂江 in its phrases, 浚县 濬縣 (neither 澂 nor 濬 is read
# as anything), 迳 is 逕 (read as 径, which OpenCC writes 徑: 七逕鎮 was no township) and Taiwan's 鯰 for 鲇
# (鲇鱼山, read as 鲶). Read as the names write them; like the table's, none is in GB2312. Left alone: 鉅
# (OpenCC's 钜桥镇, but 鉅額 is 巨额), 乾 (干沟乡), 麴 (大曲堤镇), whose reading the text decides.
PLACE_FORMS = {"澂": "澄", "濬": "浚", "逕": "迳", "鯰": "鲇"}


@cache
def _table() -> tuple[frozenset[str], dict[int, str]]:
    read = {p[0]: p[1] for p in entries(_FILE)} | PLACE_FORMS
    return frozenset(read), {ord(written): simple for written, simple in read.items()}


def pairs() -> dict[str, str]:
    """Each traditional character of the table and its simplified one (經: 经)."""
    return {chr(code): simple for code, simple in _table()[1].items()}


def simplified(text: str) -> str:
    """``text`` with its traditional characters replaced by simplified ones (the same length; those
    of :data:`IN_GB2312` where it holds others); ``text`` itself when it holds none. A text GB2312
    can write holds none (0.5 ms for 200,000 characters, where a search for any of the table's
    characters took 40 ms); otherwise the table's characters it holds are replaced."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        pass
    else:
        return text
    traditional, table = _table()
    found = set(text) & traditional  # the table's characters are outside GB2312 (a third of the time of
    # finding those GB2312 cannot write as &#n; first: 56 ms for 380,000 characters where that took 125)
    if not found:
        return text
    read = {ord(c): table[ord(c)] for c in found}
    read.update({ord(c): simple for c, simple in IN_GB2312.items() if c in text})  # 後溪鎮: a traditional text's
    return text.translate(read)


def same_writing(a: str, b: str) -> bool:
    """``a`` and ``b`` one text but for how its characters are written: 湖里区 and 湖裡區, 55亿元 and
    55億元 (a gold line made on a report's simplified form, the project holding it in traditional
    characters, or the other way), read as :func:`simplified` reads them."""
    if a == b:
        return True
    if len(a) != len(b):
        return False
    a, b = simplified(a), simplified(b)
    return a == b or all(x == y or IN_GB2312.get(x, x) == IN_GB2312.get(y, y) for x, y in zip(a, b, strict=True))

