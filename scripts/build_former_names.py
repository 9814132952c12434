"""Build resources/gazetteer_former.tsv: the county-level and higher units of 2000 and later whose
names are no unit of today's gazetteer (上饶县 -> 广信区 in 2019, 莱芜市 merged into 济南 in 2019,
襄樊市 -> 襄阳市 in 2010), from the Ministry of Civil Affairs' yearly code tables.

    python scripts/build_former_names.py SOURCE_DIR [OUT_FILE] [--gazetteer TSV]

SOURCE_DIR holds one file per year, ``<year>.txt``, each line ``<code> <name>`` (space or tab),
as the folder ``data/`` of github.com/yescallop/areacodes collects them (each year's table as of
31 December). OUT_FILE defaults to resources/gazetteer_former.tsv, the gazetteer whose names
count as today's to resources/gazetteer.tsv (its ``U`` rows, every level).

Left out: the years before FIRST_YEAR; the placeholder rows (市辖区, 县, 省直辖县级行政区划 ...);
every name that is a unit of today's gazetteer (anywhere: 城区, 郊区, 市中区 ...) or of the newest
year's table (units created after the gazetteer's edition, like 和安县 in 2024, are not former).
Deterministic and rerunnable: the output depends only on the files read.

Rows (tab separated, ``#`` lines are comments):
    <code> <name> <level> <parent code> <first year> <last year>
level 1 province, 2 prefecture, 3 county (from the code's structure); the parent is the code's
prefecture where that year's table has it, else its province (a county under a province
directly: 仙桃市); the years are the first and last table that lists the unit under that code and
name (a name that came back after a gap gets one row per run of years).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "resources" / "gazetteer_former.tsv"
DEFAULT_GAZETTEER = ROOT / "resources" / "gazetteer.tsv"
FIRST_YEAR = 2000
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位"}
_YEAR_FILE = re.compile(r"(\d{4})\.txt")
_ROW = re.compile(r"(\d{6})\s+(\S+)")


def read_years(src: Path) -> dict[int, dict[str, str]]:
    """year -> {code: name} of every ``<year>.txt`` in ``src`` from FIRST_YEAR on."""
    years: dict[int, dict[str, str]] = {}
    for path in sorted(src.iterdir()):
        m = _YEAR_FILE.fullmatch(path.name)
        if not m or int(m.group(1)) < FIRST_YEAR:
            continue
        table = years[int(m.group(1))] = {}
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            row = _ROW.match(line.strip())
            if row and row.group(2) not in PLACEHOLDERS:
                table[row.group(1)] = row.group(2)
    if not years:
        sys.exit(f"no <year>.txt of {FIRST_YEAR} or later in {src}")
    return years


def today_names(gazetteer: Path) -> set[str]:
    """The names of every unit of the gazetteer (its ``U`` rows)."""
    names = set()
    for line in gazetteer.read_text(encoding="utf-8").splitlines():
        if line.startswith("U\t"):
            names.add(line.split("\t")[2])
    return names


def level_parent(code: str, table: dict[str, str]) -> tuple[int, str]:
    if code.endswith("0000"):
        return 1, ""
    if code.endswith("00"):
        return 2, code[:2] + "0000"
    prefecture = code[:4] + "00"
    return 3, prefecture if prefecture in table else code[:2] + "0000"


def former_rows(years: dict[int, dict[str, str]], today: set[str]) -> list[tuple[str, str, int, str, int, int]]:
    """(code, name, level, parent, first year, last year) of each run of years a name held a code."""
    newest = years[max(years)]
    gone = today | set(newest.values())
    runs: dict[tuple[str, str], list[list[int]]] = {}  # (code, name) -> [[first, last], ...]
    parents: dict[tuple[str, str, int], tuple[int, str]] = {}  # (code, name, first) -> level, parent
    ordered = sorted(years)
    for i, year in enumerate(ordered):
        table = years[year]
        for code, name in table.items():
            if name in gone:
                continue
            spans = runs.setdefault((code, name), [])
            if spans and i > 0 and spans[-1][1] == ordered[i - 1]:
                spans[-1][1] = year
            else:
                spans.append([year, year])
                parents[code, name, year] = level_parent(code, table)
    rows = []
    for (code, name), spans in runs.items():
        for first, last in spans:
            level, parent = parents[code, name, first]
            rows.append((code, name, level, parent, first, last))
    return sorted(rows)


def build(src: Path, out: Path, gazetteer: Path) -> int:
    years = read_years(src)
    rows = former_rows(years, today_names(gazetteer))
    lines = [
        "# Former county-level and higher units (generated file, do not edit): names that were a unit",
        f"#   in some year from {min(years)} to {max(years)} and are no unit of resources/gazetteer.tsv.",
        "# Source: Ministry of Civil Affairs, 中华人民共和国县级以上行政区划代码 (each year as of 31 December),",
        "#   as collected in github.com/yescallop/areacodes, folder data/ (CC0 1.0).",
        "# Rebuild: python scripts/build_former_names.py SOURCE_DIR",
        "# code name level(1 province,2 prefecture,3 county) parent first_year last_year",
    ]
    lines += ["\t".join(str(x) for x in row) for row in rows]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(rows)} former units from {len(years)} yearly tables ({min(years)}-{max(years)})")
    return 0


def main(argv: list[str]) -> int:
    gazetteer = DEFAULT_GAZETTEER
    if "--gazetteer" in argv:
        i = argv.index("--gazetteer")
        gazetteer = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    return build(Path(argv[0]), Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT, gazetteer)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
