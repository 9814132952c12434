"""A project's name as a key to follow it across documents and years (``project_key`` of Facts and
Projects): reports name one park 松元产业园 one year, 松元产业园区 or 松元园区 the next.

The key folds what only writes the name differently: full-width forms (NFKC), white space and the
marks around or inside a name (·“”《》（）), traditional characters (松元產業園 is 松元产业园, one for
one: ``suggest.traditional``, so a corpus of simplified and traditional reports keeps one key), a
trailing 项目, and a park's head at the end (产业园区, 产业园, 园区 are all 园). It is a grouping aid,
not an identity: two projects with one key may still be two (check the sentences), and one project
renamed keeps two keys."""
from __future__ import annotations

import re
import unicodedata

from annotator.core.suggest.traditional import simplified

_MARKS = re.compile(r"[\s·・•‧\"'“”‘’「」『』《》〈〉()（）\[\]【】]+")
_HEADS = (("产业园区", "园"), ("产业园", "园"), ("园区", "园"))


def project_key(name: str | None) -> str | None:
    """The key of a project's name (None for none)."""
    if not name:
        return None
    key = _MARKS.sub("", simplified(unicodedata.normalize("NFKC", name)))
    if key.endswith("项目") and len(key) > 2:
        key = key[:-2]
    for head, short in _HEADS:
        if key.endswith(head) and len(key) > len(head):
            key = key[: -len(head)] + short
            break
    return key or name
