"""Build resources/gazetteer.tsv from the NBS division tables in shared/gazetteer/*.csv
(``$ANNOTATOR_SHARED`` or ``../shared`` beside the checkout), and beside it
resources/gazetteer_frequent_chars.txt.

    python scripts/build_gazetteer.py [SOURCE_DIR] [OUT_FILE]
    python scripts/build_gazetteer.py --frequent-chars-only [OUT_FILE]

Rerunnable: the output depends only on the csv files and on jieba's shipped dictionary
(used to flag short forms that are ordinary words and to list the ordinary words that
contain a place name, e.g. 大理石 or 长治久安; this is done here so that the application
never has to load jieba's dictionary for the gazetteer at run time).

gazetteer_frequent_chars.txt ranks the characters of the automaton's keys (names, short
forms, blocking words, resources/district_stopwords.txt) by how often they occur in
government work reports: the demo article (projects/demo/*.txt), then the development corpus
(shared/corpus/*.txt); characters seen fewer than FREQUENT_MIN_COUNT times are left out, ties
keep the order of first occurrence. The automaton looks a character up among a node's children
in the order they were added, so names starting with frequent characters are added first
(annotator/core/suggest/gazetteer.py): the ranking changes the speed of the scan, never its
matches. ``--frequent-chars-only`` rebuilds this file alone, from the existing OUT_FILE.

Rows of the output (tab separated, ``#`` lines are comments):
    U <code> <name> <level> <parent code>
                                            an administrative unit; level 1 province,
                                            2 prefecture, 3 county, 4 township
    K <name> <codes>                        a key of the automaton: codes of the units with
                                            this full name, then (suffix -) short form
    O <word>                                a short form that is an ordinary word
    B <word>                                an ordinary word that contains a short form
Hand additions in resources/gazetteer_extra.tsv are merged into the output.
"""
from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.suggest.gazetteer import (  # noqa: E402
    FREQUENT_CHARS,
    Unit,
    key_entries,
    read_gazetteer_rows,
    short_forms,
)
from annotator.core.suggest.lexicon import entries, parse  # noqa: E402

SHARED = Path(os.environ.get("ANNOTATOR_SHARED") or ROOT.parent / "shared")
DEFAULT_SRC = SHARED / "gazetteer"
DEFAULT_OUT = ROOT / "resources" / "gazetteer.tsv"
# the texts the characters are counted in: the demo article first, then the corpus
FREQUENT_SOURCES = (ROOT / "projects" / "demo", SHARED / "corpus")
FREQUENT_MIN_COUNT = 2
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# township-level rows that are administrative townships; the NBS tables also list
# development zones, farms, forestry centres and parks at this level, which are not
TOWNSHIP_ENDINGS = ("街道", "镇", "乡", "苏木", "地区")

# jieba tags of place and organisation names: such words are not "ordinary words"
PLACE_TAGS = {"ns", "nt", "nr", "nrt", "nrfg"}
ORDINARY_MIN_FREQ = 300       # a short form this frequent (and not a place) is a word
ORDINARY_ANY_TAG_FREQ = 3000  # this frequent is an ordinary word whatever its tag
BLOCK_MIN_FREQ = 10
# a word "short form + one of these" is still a mention of the place (四川大学, 福建人)
MENTION_SUFFIXES = (
    "人", "籍", "话", "方言", "市民", "大学", "学院", "医院", "中学", "小学", "日报", "晚报",
    "电视台", "银行", "机场", "站", "港", "路", "街", "大道", "大桥", "省委", "市委", "县委",
    "区委", "政府", "人民", "境内", "地区", "一带", "全省", "全市", "全县", "全区", "队",
    "公司", "集团", "军区", "盆地", "平原", "高原", "湾", "岛", "山", "江", "河", "湖",
)


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_units(src: Path) -> list[tuple[str, str, int, str]]:
    """(code, name, level, parent) with 6-digit codes above township level."""
    units: dict[str, tuple[str, str, int, str]] = {}
    for r in _read(src / "provinces.csv"):
        code = r["code"].ljust(6, "0")
        units[code] = (code, r["name"], 1, "")
    for r in _read(src / "cities.csv"):
        if r["name"] in PLACEHOLDERS:
            continue
        code = r["code"].ljust(6, "0")
        units[code] = (code, r["name"], 2, r["provinceCode"].ljust(6, "0"))
    for r in _read(src / "areas.csv"):
        if r["name"] in PLACEHOLDERS:
            continue
        code = r["code"]
        if code in units:  # 东莞市, 中山市, 儋州市: the city is its own county row
            continue
        city = r["cityCode"].ljust(6, "0")
        parent = city if city in units else r["provinceCode"].ljust(6, "0")
        units[code] = (code, r["name"], 3, parent)
    for r in _read(src / "streets.csv"):
        name = r["name"]
        if not name.endswith(TOWNSHIP_ENDINGS) or name in TOWNSHIP_ENDINGS:
            continue
        parent = r["areaCode"]
        if parent not in units:
            parent = r["cityCode"].ljust(6, "0")
        units[r["code"]] = (r["code"], name, 4, parent)
    return sorted(units.values(), key=lambda u: u[0])


def load_extra(path: Path) -> list[tuple[str, str, int, str]]:
    rows = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            code, name, level, parent = (line.split("\t") + ["", "", "", ""])[:4]
            rows.append((code, name, int(level), parent))
    return rows


def jieba_words() -> list[tuple[str, int, str]]:
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    return out


def word_lists(units) -> tuple[list[str], list[str]]:
    """Ordinary short forms and blocking words, from jieba's dictionary."""
    import ahocorasick

    full = {u[1] for u in units}
    shorts = set()
    for u in units:
        shorts.update(s for s in short_forms(u[1], u[2]) if s not in full)
    words = jieba_words()
    ordinary = sorted(
        w for w, freq, tag in words
        if w in shorts and ((freq >= ORDINARY_MIN_FREQ and tag not in PLACE_TAGS)
                            or (freq >= ORDINARY_ANY_TAG_FREQ and tag != "ns")))
    auto = ahocorasick.Automaton()
    for s in shorts:
        auto.add_word(s, s)
    auto.make_automaton()
    block = set()
    for w, freq, tag in words:
        if freq < BLOCK_MIN_FREQ or tag in PLACE_TAGS or w in full or w in shorts:
            continue
        for end, s in auto.iter(w):
            start = end - len(s) + 1
            rest = w[end + 1:]
            if start == 0 and (rest in MENTION_SUFFIXES or any(
                    rest.startswith(x) for x in ("区", "县", "市", "省", "镇", "乡"))):
                continue
            block.add(w)
            break
    return ordinary, sorted(block)


def frequent_chars(gazetteer_text: str, stopwords: list[str], texts: list[str],
                   min_count: int = FREQUENT_MIN_COUNT) -> list[tuple[str, int]]:
    """(character, count) of the automaton's keys in ``texts``, most frequent first."""
    keys, blocks = read_gazetteer_rows(gazetteer_text)
    alphabet = set("".join(keys)) | set("".join(blocks)) | set("".join(stopwords))
    counts: dict[str, int] = {}
    for text in texts:
        for ch in text:
            counts[ch] = counts.get(ch, 0) + 1
    # stable: equal counts keep the order in which the characters first occur
    ranked = sorted((ch for ch in counts if ch in alphabet and counts[ch] >= min_count
                     and not ch.isspace() and ch != "#"), key=lambda ch: -counts[ch])
    return [(ch, counts[ch]) for ch in ranked]


def write_frequent_chars(gazetteer: Path, out: Path) -> int:
    files = [p for folder in FREQUENT_SOURCES for p in sorted(folder.glob("*.txt"))]
    if not any(p.parent == FREQUENT_SOURCES[-1] for p in files):
        print(f"no corpus in {FREQUENT_SOURCES[-1]} (set ANNOTATOR_SHARED)", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8") for p in files]
    stopwords = list(entries("district_stopwords.txt"))
    ranked = frequent_chars(gazetteer.read_text(encoding="utf-8"), stopwords, texts)
    lines = [
        "# Characters of the gazetteer's keys by frequency in government work reports, with their",
        "# counts (generated file, do not edit). The automaton adds names starting with frequent",
        "# characters first: a lookup among a node's children ends early (speed only, never matches).",
        f"# Counted in: {', '.join(str(p.relative_to(p.parents[1])) for p in files)};",
        f"# at least {FREQUENT_MIN_COUNT} occurrences, ties in order of first occurrence.",
        "# Rebuild: python scripts/build_gazetteer.py (or --frequent-chars-only)",
    ]
    lines += [f"{ch} {n}" for ch, n in ranked]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [e.split()[0] for e in parse(out.read_text(encoding="utf-8"))[None]] == [c for c, _ in ranked]
    print(f"{out}: {len(ranked)} characters from {len(files)} texts")
    return 0


def build(src: Path, out: Path) -> int:
    extra = load_extra(ROOT / "resources" / "gazetteer_extra.tsv")
    units = sorted({u[0]: u for u in load_units(src) + extra}.values(), key=lambda u: u[0])
    ordinary, block = word_lists(units)
    keys = key_entries([Unit(c, n, lv, p, tuple(short_forms(n, lv))) for c, n, lv, p in units])
    lines = [
        "# PRC administrative divisions for the DISTRICT suggester (generated file, do not edit)",
        "# Source: National Bureau of Statistics, 统计用区划代码 2023 (data as of 2023-06-30),",
        "#   via github.com/modood/Administrative-divisions-of-China (dist/, commit 57a0aa9c);",
        "#   licence WTFPL. Word flags derived from jieba's dict.txt (MIT).",
        "# Rebuild: python scripts/build_gazetteer.py",
        "# U code name level(1 province,2 prefecture,3 county,4 township) parent",
        "# K name-or-short-form codes (a trailing - marks a short form), precomputed keys",
        "# O ordinary-word short form;  B ordinary word containing a place name",
        "# Hand additions from resources/gazetteer_extra.tsv are included.",
    ]
    lines += [f"U\t{c}\t{n}\t{lv}\t{p}" for c, n, lv, p in units]
    lines += [f"K\t{k}\t{v}" for k, v in keys.items()]
    lines += [f"O\t{w}" for w in ordinary]
    lines += [f"B\t{w}" for w in block]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(units)} units, {len(ordinary)} ordinary, {len(block)} blocking words")
    return write_frequent_chars(out, out.with_name(FREQUENT_CHARS))


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--frequent-chars-only"]:
        tsv = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
        sys.exit(write_frequent_chars(tsv, tsv.with_name(FREQUENT_CHARS)))
    sys.exit(build(Path(args[0]) if args else DEFAULT_SRC,
                   Path(args[1]) if len(args) > 1 else DEFAULT_OUT))
