"""Traditional characters read as simplified ones, one for one, so that rules written in
simplified characters read a report converted from Big5 (力爭新增80家, 確保, 實現, 3.5萬人)
as they read its simplified form. A character is replaced by one character, so every offset
stays: a suggester runs on :func:`simplified` and takes its spans' text from the original.

The table (``resources/traditional_chars.txt``, from OpenCC) lists only characters outside
GB2312: a simplified text is never changed, and is returned as it is after one search.
"""
from __future__ import annotations

import re
from functools import cache

from annotator.core.suggest.lexicon import entries

_FILE = "traditional_chars.txt"


@cache
def _table() -> tuple[frozenset[str], dict[int, str]]:
    pairs = entries(_FILE)
    return frozenset(p[0] for p in pairs), {ord(p[0]): p[1] for p in pairs}


def pairs() -> dict[str, str]:
    """Each traditional character of the table and its simplified one (經: 经)."""
    return {chr(code): simple for code, simple in _table()[1].items()}


def simplified(text: str) -> str:
    """``text`` with its traditional characters replaced by simplified ones (the same length);
    ``text`` itself when it holds none. A text GB2312 can write holds none (0.5 ms for 200,000
    characters, where a search for any of the table's characters took 40 ms); otherwise only
    the characters it cannot write are looked up."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        pass
    else:
        return text
    traditional, table = _table()
    # each character GB2312 cannot write, as &#n; (a literal "&#n;" in the text only adds a candidate)
    odd = {chr(int(n)) for n in _REF.findall(text.encode("gb2312", "xmlcharrefreplace"))}
    found = odd & traditional
    return text.translate({ord(c): table[ord(c)] for c in found}) if found else text


_REF = re.compile(rb"&#(\d+);")
