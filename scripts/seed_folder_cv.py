"""Grouped cross-validation of the seed model over every gold folder that ships or is shared: each
fold's model is trained as ``scripts/train_seed_model.py`` trains the seed (the shared corpus and
reports and the excerpts of ``resources/seed_gold/``) but without the fold's folders, and the fold
is scored as ``annotator suggest`` proposes beside that model (PROJECT from the model alone) and
by the rules alone, on the labels each folder marks. Overlap F1 pooled over all folds, over the
six reports, the held-back pair (河池 2015, 滨州 2024) and the excerpts.

    python scripts/seed_folder_cv.py                      # about 1.5 minutes on two cores
    python scripts/seed_folder_cv.py --eval DIR[:LABELS]  # also score a folder no fold trains on
    python scripts/seed_folder_cv.py --train DIR[:LABELS] # add a folder to every fold's training
    python scripts/seed_folder_cv.py --augment 1 [--augment-lines]  # mention replacement (not kept)
    python scripts/seed_folder_cv.py --stack none|own     # PROJECT unstacked (the seed before 4 December), or
                                                          # stacked on the character's own marginal alone
    python scripts/seed_folder_cv.py --stack near|word|nearword  # more of the first layer read (not kept)
    python scripts/seed_folder_cv.py --groups 8           # the stacked layer's jackknife in 8 groups (not kept)
    python scripts/seed_folder_cv.py --clusters own|near --cluster-table TSV  # word clusters (not kept)
    python scripts/seed_folder_cv.py --places 4           # four decimals, and the spans right of those proposed
    python scripts/seed_folder_cv.py --self-train DIR [--self-min 0.9]  # self-training on unlabeled reports (not kept)

Why: the held-back pair alone holds 91 PROJECT spans, so one training setting against another
moves its figure by ±0.03 where this pooled figure (2,121 PROJECT spans) moves by < 0.01: the
decisions of the fifteenth session were made on this one (README, "Suggestions that learn").
``--eval``/``--train`` folders hold NAME.txt with NAME.gold.jsonl (an empty one: none there);
LABELS (comma-separated, default PROJECT) are those their gold marks in full. ``--augment N``: each
fold also learns from N copies of its training documents with every PROJECT name replaced by another
of that fold's training names (:mod:`annotator.core.suggest.model.augment`; ``--augment-lines``: the
copies keep only the lines holding a name). Each fold's model is stacked as the seed is (``--stack all``,
the default): its PROJECT spans are those of a second layer that also reads the first layer's marginals
(out of fold on its training documents) of the character, its list-mates and its word's other mentions
(:mod:`annotator.core.suggest.model.stacking`); ``--stack own``: of the character alone; ``--stack
none``: one PROJECT layer; ``near``, ``word``, ``nearword``: also of the characters either side and of its
own word (:mod:`annotator.core.suggest.model.stackfeatures`; tried on 3 December, not kept). ``--groups N``:
the out-of-fold marginals the stacked layer learns from in N groups (4, the seed's; 8 and 16 tried, not kept).
``--clusters``: every layer also reads the clusters of the character's jieba word (``own``) and of the words
either side (``near``) in a table ``scripts/build_word_clusters.py`` made of unlabeled reports (tried on
3 December, not kept: :mod:`annotator.core.suggest.model.clusters`).
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))
import self_training  # noqa: E402
import train_seed_model as seed  # noqa: E402
from shared_data import SHARED_ENV, shared_dir  # noqa: E402

from annotator.core.evaluate import Span, score  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.core.suggest.model.augment import mention_copies  # noqa: E402
from annotator.core.suggest.model.clusters import load as load_clusters  # noqa: E402
from annotator.core.suggest.model.crf import Params  # noqa: E402
from annotator.core.suggest.model.features import learn_clusters  # noqa: E402
from annotator.core.suggest.model.scoring import SYSTEMS, gold_spans, predictions  # noqa: E402
from annotator.core.suggest.model.stackfeatures import KINDS  # noqa: E402
from annotator.core.suggest.model.stacking import GROUPS, with_stage_two  # noqa: E402
from annotator.core.suggest.model.suggester import MODEL_ONLY  # noqa: E402
from annotator.core.suggest.model.training import Document, gather, model_from  # noqa: E402

LABELS = ("DISTRICT", "AMOUNT", "PROJECT", "TARGET")
REPORTS = ("liaoyuan_2015", "tianshui_2020", "jincheng_2020", "shiyan_2025", "hechi_2015", "binzhou_2024")
HELD = ("report:hechi_2015", "report:binzhou_2024")
# the folds: folders of about 250-400 PROJECT spans each; a seed_gold folder named in none is a fold of its own
FOLDS = (("A-dev", "A-test", "B-dev", "B-test"), ("C", "D-a", "D-b"), ("F-a", "F-b", "H", "I"), ("K", "L", "P", "Q"),
         ("R", "S", "T1", "T2"), ("T3", "T4", "corpus"), tuple(f"report:{r}" for r in REPORTS[:3]),
         tuple(f"report:{r}" for r in REPORTS[3:]))
Sets = dict[str, list[Document]]
Result = tuple[str, tuple[str, ...], list[Span], dict[str, list[Span]]]
Augment = tuple[int, bool]  # (copies, lines only) of mention replacement: (0, False) none
Stack = tuple[str, int]  # the features the stacked layer adds ("": none), the groups of its jackknife
SELF_MIN: list[float] = []  # --self-min: the confidence of the lines self-training takes (none: no self-training)


def read_folder(key: str, folder: Path, labels: tuple[str, ...], pattern: str = "*.txt") -> list[Document]:
    """The documents of ``folder`` with their gold, featurised, named ``key/NAME``, each teaching
    ``labels`` (an excerpt without spans teaches that none is there)."""
    with tempfile.TemporaryDirectory() as tmp, Store.create(Path(tmp) / "cv") as store:
        seed.read_gold(store, sorted(folder.glob(pattern)))
        ids = [d.id for d in store.documents() if d.id is not None]
        found = {d.doc_id: d for d in gather(store)}
        blank = seed._blank(store, [doc_id for doc_id in ids if doc_id not in found])
        return [dataclasses.replace(d, name=f"{key}/{d.name}", done_labels=labels) for d in [*found.values(), *blank]]


def _folder_arg(value: str) -> tuple[Path, tuple[str, ...]]:
    path, _, labels = value.partition(":")
    return Path(path), tuple(labels.split(",")) if labels else ("PROJECT",)


def read_sets(extra: list[tuple[Path, tuple[str, ...]]]) -> Sets:
    shared = shared_dir()
    sets: Sets = {f"report:{r}": read_folder("report", shared / "reports", LABELS, f"{r}.txt") for r in REPORTS}
    sets["corpus"] = read_folder("corpus", shared / "corpus", LABELS)
    for folder, labels in seed.excerpt_folders().items():
        sets[folder.name] = read_folder(folder.name, folder, labels)
    for folder, labels in extra:
        sets[f"extra:{folder.name}"] = read_folder(f"extra:{folder.name}", folder, labels)
    if not any(sets[f"report:{r}"] for r in REPORTS):
        sys.exit(f"no reports in {shared}: set {SHARED_ENV}")
    return sets


_SETS: Sets = {}


def _fold(job: tuple[tuple[str, ...], tuple[str, ...], Params, Augment, Stack]) -> list[Result]:
    """Train on the sets ``job[1]`` (and copies of them with other names, ``job[3]``; a second PROJECT
    layer stacked on the first, ``job[4]``: the features it adds and its jackknife's groups), score the
    sets ``job[0]`` (in a worker process)."""
    tested, trained, params, (copies, lines_only), (stack, groups) = job
    docs = [d for key in trained for d in _SETS[key]]
    if copies:  # the names drawn from these training documents only, never from the tested ones
        docs += mention_copies(docs, copies, lines_only)
    model, _ = model_from(docs, params, "cross-validation")
    if stack:  # learned from these training documents alone
        model = with_stage_two(model, docs, params, stack, groups)
    if SELF_MIN and _SETS.get("unlabeled"):  # the lines of unlabeled reports this model is sure of, then again
        docs += self_training.sure_lines(model, _SETS["unlabeled"], SELF_MIN[0])
        model, _ = model_from(docs, params, "cross-validation")
        if stack:
            model = with_stage_two(model, docs, params, stack, groups)
    return [(key, doc.done_labels, gold_spans(doc), predictions(doc, model, model_only=MODEL_ONLY))
            for key in tested for doc in _SETS[key]]


def run(sets: Sets, evaluate: list[str], train: list[str], params: Params, jobs: int,
        augment: Augment = (0, False), stack: Stack = (KINDS["all"], GROUPS)) -> list[Result]:
    global _SETS
    _SETS = sets
    folds = [tuple(k for k in fold if k in sets) for fold in FOLDS]
    named = {k for fold in FOLDS for k in fold}
    folds += [(k,) for k in sets if k not in named and k not in evaluate and k not in train and k != "unlabeled"]
    trainable = [k for fold in folds for k in fold] + train
    work = [(fold, tuple(k for k in trainable if k not in fold), params, augment, stack) for fold in folds if fold]
    if evaluate:
        work.append((tuple(evaluate), tuple(trainable), params, augment, stack))
    with ProcessPoolExecutor(jobs) as pool:  # forked workers see _SETS
        return [r for found in pool.map(_fold, work) for r in found]


def table(results: list[Result], groups: dict[str, Callable[[str], bool]], places: int = 3) -> list[str]:
    """Overlap scores of each group of folds, per label, to ``places`` decimals."""
    lines = []
    for name, wanted in groups.items():
        cells = []
        for label in LABELS:
            gold: list[Span] = []
            found: dict[str, list[Span]] = {s: [] for s in SYSTEMS}
            for key, labels, g, p in results:
                if wanted(key) and label in labels:
                    gold += [s for s in g if s.label == label]
                    for system in SYSTEMS:
                        found[system] += [s for s in p[system] if s.label == label]
            if not gold:
                continue
            f1: dict[str, Any] = {s: score(gold, found[s])["labels"].get(label, {}).get("overlap", {})
                                  for s in ("rules", "both")}
            both = f1["both"]
            cells.append(f"{label} rules {f1['rules'].get('f1', 0):.{places}f}, as suggest proposes "
                         f"{both.get('p', 0):.{places}f} / {both.get('r', 0):.{places}f} / "
                         f"{both.get('f1', 0):.{places}f} ({len(gold)}"
                         + (f"; right {both.get('tp', 0)} of {both.get('pred', 0)} proposed)" if places > 3 else ")"))
        if cells:
            lines.append(f"{name}:\n  " + "\n  ".join(cells))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", action="append", default=[], type=_folder_arg, metavar="DIR[:LABELS]")
    parser.add_argument("--train", action="append", default=[], type=_folder_arg, metavar="DIR[:LABELS]")
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--iterations", type=int, default=80)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--augment", type=int, default=0, metavar="N",
                        help="N copies of the training documents with other PROJECT names (default none)")
    parser.add_argument("--augment-lines", action="store_true", help="the copies keep only lines holding a name")
    parser.add_argument("--stack", choices=[*sorted(KINDS), "none"], default="all",
                        help="a second PROJECT layer reading the first's marginals: of the character, its "
                        "list-mates and its word elsewhere (all, the default: the seed's), or the character's (own); "
                        "none: one layer")
    parser.add_argument("--groups", type=int, default=GROUPS,
                        help=f"the groups of the stacked layer's jackknife (default {GROUPS}, the seed's)")
    parser.add_argument("--clusters", choices=["none", "own", "near"], default="none",
                        help="word clusters of unlabeled reports as features (a table of "
                        "scripts/build_word_clusters.py): of the character's word (own), and of the words either side "
                        "(near); tried on 3 December, not kept")
    parser.add_argument("--cluster-table", type=Path, metavar="TSV", help="the table --clusters reads")
    parser.add_argument("--self-train", type=Path, metavar="DIR",
                        help="unlabeled reports (DIR/*.txt): each fold's model learns again with the lines of them "
                        "it is sure of (tried on 3 December, not kept)")
    parser.add_argument("--self-min", type=float, default=0.9, help="the confidence of those lines (default 0.9)")
    parser.add_argument("--places", type=int, default=3, help="decimals of the scores printed (default 3)")
    args = parser.parse_args(argv)
    if args.clusters != "none":
        if args.cluster_table is None:
            parser.error("--clusters needs --cluster-table TSV (made by scripts/build_word_clusters.py)")
        load_clusters(args.cluster_table)
        learn_clusters(args.clusters)
    sets = read_sets(args.eval + args.train)
    if args.self_train is not None:
        sets["unlabeled"] = self_training.unlabeled(args.self_train)
        SELF_MIN.append(args.self_min)
    evaluate = [f"extra:{folder.name}" for folder, _ in args.eval]
    train = [f"extra:{folder.name}" for folder, _ in args.train]
    results = run(sets, evaluate, train, Params(c1=args.c1, max_iterations=args.iterations), args.jobs,
                  (args.augment, args.augment_lines), (KINDS.get(args.stack, ""), args.groups))
    groups: dict[str, Callable[[str], bool]] = {
        "every fold": lambda k: k not in evaluate, "the six reports": lambda k: k.startswith("report:"),
        "the held-back pair": lambda k: k in HELD,
        "the excerpts of resources/seed_gold": lambda k: not k.startswith(("report:", "extra:")) and k != "corpus"}
    for key in evaluate:
        groups[f"{key[6:]} (never trained on)"] = lambda k, key=key: k == key  # type: ignore[misc]
    print("\n".join(table(results, groups, args.places)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
