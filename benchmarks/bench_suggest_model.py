"""Speed of suggesting with the model (issue 17: at least 100,000 characters per second on one
core), beside the rules alone.

    python benchmarks/bench_suggest_model.py [--repeat 7] [--profile N]

The six reports of the shared folder (``reports/*.txt``), proposed --repeat times over
with ``propose`` (:mod:`annotator.core.suggest.runner`), as ``annotator suggest P`` does with
``--model none`` (the rules alone) and with the shipped seed model (the rules, then the model's
features and layers). CPU time of this process (``time.process_time``), after one warm-up pass
(the gazetteer, jieba's dictionary and the model's taggers are loaded once per process). The
segmentation caches are cleared before each document, so that every pass costs what unseen
documents would (kept, the second pass would find every clause and whole text cut already).
The passes alternate between the two, and the median pass is printed with the best and the
worst (another process on the machine moves CPU time too). ``--profile N`` prints the N
costliest functions (cProfile, cumulative) of one pass with the model. Prints timings only;
nothing is asserted. Runs on older commits too (``git archive``; they cache whole texts only).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from shared_data import missing_reason, shared_files  # noqa: E402  (ANNOTATOR_SHARED or ../shared)


def one_pass(texts: list[str], model: object) -> float:
    """Characters per second of CPU time proposing every text once, each with a cold
    segmentation cache."""
    from annotator.core.suggest import segment
    from annotator.core.suggest.runner import propose

    clear = getattr(segment, "clear_caches", segment._cut.cache_clear)
    elapsed = 0.0
    for text in texts:
        clear()
        start = time.process_time()
        propose(text, model=model)  # type: ignore[arg-type]
        elapsed += time.process_time() - start
    return sum(map(len, texts)) / elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    args = ap.parse_args()
    files = shared_files("reports", "*.txt")
    if not files:
        sys.exit(missing_reason("reports", "*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    from annotator.core.suggest import segment
    from annotator.core.suggest.model.choice import seed_model
    from annotator.core.suggest.model.crf import SequenceModel
    from annotator.core.suggest.model.suggester import MODEL_ONLY, ModelSuggester
    from annotator.core.suggest.runner import propose

    seed = seed_model()
    model = ModelSuggester(seed, 0.0, "the shipped seed model", MODEL_ONLY)
    # the same layers tagged through python-crfsuite's Tagger (what the C interface replaced)
    binding = ModelSuggester(SequenceModel(seed.layers, seed.info, through_c=False, stacked=seed.stacked), 0.0,
                             "the seed model", MODEL_ONLY)
    chars = sum(map(len, texts))
    print(f"{len(texts)} reports, {chars:,} characters, {args.repeat} passes, CPU time")
    for text in texts:  # warm: loads, first taggers
        propose(text, model=model)
        propose(text, model=binding)
    rates: dict[str, list[float]] = {"rules alone": [], "rules + seed model": [], "  (python-crfsuite)": []}
    for _ in range(args.repeat):  # interleaved: a busy neighbour slows all alike
        rates["rules alone"].append(one_pass(texts, None))
        rates["rules + seed model"].append(one_pass(texts, model))
        rates["  (python-crfsuite)"].append(one_pass(texts, binding))
    for name, found in rates.items():
        found.sort()
        print(f"{name + ':':<20}{found[len(found) // 2]:>9,.0f} chars/s median of {len(found)} passes "
              f"(best {found[-1]:,.0f}, worst {found[0]:,.0f})")
    if args.profile:
        clear = getattr(segment, "clear_caches", segment._cut.cache_clear)
        prof = cProfile.Profile()
        for text in texts:
            clear()
            prof.enable()
            propose(text, model=model)
            prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
