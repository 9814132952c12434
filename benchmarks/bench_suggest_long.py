"""Suggesting one long document: the time must grow linearly with its length (run on demand).

    python benchmarks/bench_suggest_long.py [--sizes 250000,500000,1000000,2000000]

Builds one document per size from the texts of tests/data (real reports' wording), imports it
into a fresh project and times `annotator suggest` as a whole process (/usr/bin/time would
show the same). Prints seconds, characters per second and each size's time over the previous.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def source_text() -> str:
    files = sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def run(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "annotator", *args], check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250000,500000,1000000,2000000")
    args = parser.parse_args()
    base = source_text()
    previous = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            text = (base * (n // len(base) + 1))[:n]
            doc = Path(tmp) / f"doc{n}.txt"
            doc.write_text(text, encoding="utf-8")
            project = Path(tmp) / f"p{n}"
            run("new", str(project))
            run("import", str(project), str(doc))
            t = time.perf_counter()
            run("suggest", str(project), "--model", "none")  # the rules, as the README's figures
            seconds = time.perf_counter() - t
            ratio = f"  ×{seconds / previous:.2f} of the previous size" if previous else ""
            print(f"{n:>9,} characters: {seconds:6.1f} s  ({n / seconds:,.0f} chars/s){ratio}")
            previous = seconds
    return 0


if __name__ == "__main__":
    sys.exit(main())
