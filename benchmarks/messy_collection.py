"""A researcher's collection of reports for scale runs: N files in a tree of subfolders, made
from the shared reports (slices, concatenations, changed numbers; a few of 400,000 characters).

    python benchmarks/messy_collection.py OUT_DIR [--files 3000] [--seed 32]

Then: ``annotator new P && /usr/bin/time -v annotator import P OUT_DIR`` and so on (README,
"Scale"). Each file's text is different (a serial number is written into it), so none is skipped
as a text already in the project.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from shared_data import shared_dir  # noqa: E402

LONG = 400_000  # characters of the few long files
LONG_EVERY = 500  # one long file in this many


def reports() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((shared_dir() / "reports").glob("*.txt"))]


def _renumber(text: str, rnd: random.Random) -> str:
    def change(m: re.Match[str]) -> str:
        digits = m.group()
        return str(rnd.randint(1, 10 ** len(digits) - 1)) if rnd.random() < 0.5 else digits
    return re.sub(r"\d+", change, text)


def make_text(i: int, texts: list[str], rnd: random.Random) -> str:
    kind = i % 4
    if i % LONG_EVERY == 7:
        parts: list[str] = []
        while sum(map(len, parts)) < LONG:
            parts.append(_renumber(rnd.choice(texts), rnd))
        body = "\n".join(parts)[:LONG]
    elif kind == 0:  # a slice
        t = rnd.choice(texts)
        a = rnd.randrange(0, len(t) // 2)
        body = t[a:a + rnd.randint(500, len(t) - a)]
    elif kind == 1:  # two reports concatenated
        body = rnd.choice(texts) + "\n\n" + rnd.choice(texts)[: rnd.randint(1000, 8000)]
    else:  # a whole report with changed numbers
        body = _renumber(rnd.choice(texts), rnd)
    return f"编号{i:05d}\n{body}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--files", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=32)
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    texts = reports()
    total = 0
    for i in range(args.files):
        folder = args.out / f"{2015 + i % 11}" / f"batch{i % 7}" / ("deep/deeper" if i % 13 == 0 else "")
        folder.mkdir(parents=True, exist_ok=True)
        text = make_text(i, texts, rnd)
        total += len(text)
        (folder / f"report_{i:05d}.txt").write_text(text, encoding="utf-8")
    print(f"{args.files} files, {total:,} characters in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
