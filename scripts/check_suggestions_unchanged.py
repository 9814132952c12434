"""Write every suggestion of the default suggesters on every gold folder to one file, so that
a refactoring of the suggesters can be shown to change nothing, byte for byte.

    python scripts/check_suggestions_unchanged.py OUT.txt                 # write
    python scripts/check_suggestions_unchanged.py OUT.txt --compare OLD.txt  # write, then diff

Texts: every ``*.txt`` of ``tests/data/*/``, of ``corpus/`` and ``reports/`` of the shared
folder (``tests/shared_data.py``: ``$ANNOTATOR_SHARED`` or ``../shared``) and of the demo
project; then the concatenation of all of them, and their sentences shuffled with a fixed
seed (the same words in new neighbourhoods). One line per suggestion: document, start, end,
label, text, value (JSON, sorted keys; ``repr`` of non-JSON values, so that a float that
becomes an int shows), reason, confidence, origin. The time the suggesters took (the best
of --repeat runs, each with a cold segmentation cache) is printed, not written.

To run an older commit, export it (``git archive COMMIT | tar -x -C DIR``), link its
word lists into its package (``ln -s ../resources DIR/annotator/resources``: the editable
install maps ``annotator.resources`` to this checkout's ``resources/`` otherwise) and run
``PYTHONPATH=DIR python DIR/scripts/check_suggestions_unchanged.py OLD.txt``.
"""
from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from shared_data import shared_dir  # noqa: E402  (ANNOTATOR_SHARED or ../shared)


def sources() -> list[Path]:
    files = sorted(p for p in (ROOT / "tests" / "data").glob("*/*.txt"))
    for sub in ("corpus", "reports"):
        found = sorted((shared_dir() / sub).glob("*.txt"))
        if not found:
            sys.exit(f"no {sub}/*.txt in {shared_dir()}: set ANNOTATOR_SHARED")
        files += found
    files += sorted((ROOT / "projects" / "demo").glob("*.txt"))
    return files


def texts() -> list[tuple[str, str]]:
    out = [(str(p.relative_to(p.parents[1])), p.read_text(encoding="utf-8")) for p in sources()]
    whole = "\n".join(t for _, t in out)
    sentences = [s for s in re.split(r"(?<=[。！？\n])", whole) if s]
    random.Random(7).shuffle(sentences)
    return out + [("<all concatenated>", whole), ("<all sentences shuffled>", "".join(sentences))]


def _value(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr) + \
        " " + repr(sorted((k, type(v).__name__) for k, v in value.items()))


def run(repeat: int = 1) -> tuple[list[str], dict[str, float], int]:
    """The lines, each suggester's least time of ``repeat`` runs (each run with a cold
    segmentation cache) and the number of characters."""
    from annotator.core.suggest import default_suggesters, segment

    suggesters = default_suggesters()
    docs = texts()
    for s in suggesters:  # load the word lists and the gazetteer first: not timed
        s.suggest(docs[0][1][:200])
    best = {s.name: float("inf") for s in suggesters}
    for _ in range(repeat):
        segment.clear_caches()
        lines: list[str] = []
        elapsed = dict.fromkeys(best, 0.0)
        for name, text in docs:
            for s in suggesters:
                t = time.perf_counter()
                got = s.suggest(text)
                elapsed[s.name] += time.perf_counter() - t
                for g in got:
                    lines.append("\t".join([name, str(g.start), str(g.end), g.label, g.text,
                                            _value(g.value), g.reason, repr(g.confidence), g.origin]))
        best = {k: min(v, elapsed[k]) for k, v in best.items()}
    return lines, best, sum(len(t) for _, t in docs)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier output: report any difference")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs; the least time is printed")
    args = ap.parse_args(argv)
    lines, times, chars = run(args.repeat)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elapsed = sum(times.values())
    each = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in times.items())
    print(f"{args.out}: {len(lines)} suggestions on {chars:,} characters; suggesters took "
          f"{elapsed:.2f} s ({each}; best of {args.repeat}), {chars / elapsed:,.0f} chars/s")
    if args.compare is None:
        return 0
    old = args.compare.read_bytes()
    new = args.out.read_bytes()
    if old == new:
        print(f"identical to {args.compare}, byte for byte")
        return 0
    diff = difflib.unified_diff(old.decode("utf-8").splitlines(), new.decode("utf-8").splitlines(),
                                str(args.compare), str(args.out), lineterm="", n=0)
    for i, line in enumerate(diff):
        if i >= 60:
            print("…")
            break
        print(line)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
