"""*Import again*'s map of a stored text onto its new reading (``core/spans_moved.py``), timed on a
400,000-character document under the edits a new reading brings (run on demand, not in CI):

    python benchmarks/bench_import_again.py [--chars 400000]

- a paragraph added at the top and a sentence edited (a source file fixed);
- every line break removed (a re-flow: every line differs);
- a space added after every comma (a reader that spaces differently: every line differs);
- 300 and 30,000 edits of a few characters scattered (a reader that reads some characters anew).

Prints, for each, the seconds and the share of the old text the new one holds unchanged.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.core.spans_moved import text_moves  # noqa: E402


def long_text(chars: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    hanzi = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    out, i = [], 0
    while sum(map(len, out)) < chars:
        out.append(f"（{i}）" + "".join(rng.choice(hanzi) for _ in range(40)) + f"{rng.randrange(10**6)}亿元，"
                   + "\n".join("".join(rng.choice(hanzi) for _ in range(25)) for _ in range(2)) + "。\n\n")
        i += 1
    return "".join(out)[:chars]


def scattered(text: str, edits: int, seed: int) -> str:
    rng, chars = random.Random(seed), list(text)
    for _ in range(edits):
        at = rng.randrange(len(chars))
        chars[at:at + rng.randrange(4)] = list("改动")
    return "".join(chars)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=400_000)
    old = long_text(parser.parse_args().chars)
    middle = old.index("。", len(old) // 2)
    cases = {
        "paragraph added, sentence edited": "新增一段文字。\n\n" + old[:middle - 8] + "改过" + old[middle - 6:],
        "every line break removed": old.replace("\n", ""),
        "a space after every comma": old.replace("，", "， "),
        "300 scattered edits": scattered(old, 300, 1),
        "3,000 scattered edits": scattered(old, 3_000, 3),
        "30,000 scattered edits": scattered(old, 30_000, 2),
    }
    for name, new in cases.items():
        began = time.perf_counter()
        moves = text_moves(old, new)
        took = time.perf_counter() - began
        print(f"{name:36} {took:6.3f} s  {moves.kept() / len(old):6.1%} of the old text held unchanged")


if __name__ == "__main__":
    main()
