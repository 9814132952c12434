"""The short forms of counties and townships that national work reports use as words of their own:
candidates for ``resources/district_stopwords.txt`` (reviewed by hand before they go in: a place
those reports name as a place, 汶川, stays out).

    python scripts/district_report_words.py REPORTS.jsonl [--min-reports 5]

REPORTS.jsonl: one JSON object a line with the report's text in ``content`` (the State Council's
work reports 1954-2025 of github aldohemsn/chinese-political-corpora were read on 3 December 2026).
Prints each short form that is a word of the suggesters' segmentation in that many reports or more,
with how often, in how many reports, the units it names and one place it stands. Names already
listed (stop words, ordinary words) and short forms of provinces and prefectures are left out.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from annotator.core.suggest.district import DistrictSuggester
from annotator.core.suggest.segment import tokens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reports", type=Path)
    parser.add_argument("--min-reports", type=int, default=5)
    args = parser.parse_args()
    suggester = DistrictSuggester()
    g = suggester.gazetteer
    reports: dict[str, set[int]] = defaultdict(set)
    count: Counter[str] = Counter()
    example: dict[str, str] = {}
    with args.reports.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            text = json.loads(line)["content"]
            words = {t.start: t.end for t in tokens(text)}
            for start, end, key, entries, has_full in suggester._found(text):
                if has_full or key in g.stop or key in g.ordinary or words.get(start) != end:
                    continue
                if min(g.unit(code).level for code, _ in entries) <= 2:
                    continue
                reports[key].add(i)
                count[key] += 1
                example.setdefault(key, text[max(0, start - 8):end + 8].replace("\n", " "))
    for key in sorted(reports, key=lambda k: (-len(reports[k]), k)):
        if len(reports[key]) >= args.min_reports:
            units = sorted({g.unit(code).name for code, _ in g.entries_full(g.automaton.get(key)[1])[0]})
            print(f"{key}\t{count[key]}\t{len(reports[key])}\t{'、'.join(units[:4])}\t{example[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
