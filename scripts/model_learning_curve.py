"""How the model that learns from accepted spans does as its training data grows: a learning
curve under leave-one-report-out on the six reports of the shared folder.

    python scripts/model_learning_curve.py [--labels PROJECT TARGET] [--iterations 60] [--extra DIR ...]

Each report is held out in turn. The model is trained on the two corpus articles alone, then on
the corpus and 1, 2, … 5 of the other reports (added in a fixed order, the held-out one skipped),
and the held-out report is scored for the rules alone, the model alone and both together
(overlap F1, pooled over the six held-out reports; the rules' figure does not depend on the
training data). A second table pools only 河池 2015 and 滨州 2024, the reports the rules were not
written on (README: "How good the suggestions are"). ``--extra DIR …``: gold folders (``*.txt``
with a non-empty ``*.gold.jsonl`` beside each) that every model learns from besides, at every
step (more annotated text of the same kind, e.g. a team's corrected documents).
The shared folder is ``$ANNOTATOR_SHARED`` or ``../shared`` (tests/shared_data.py).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from shared_data import SHARED_ENV, shared_dir  # noqa: E402  (ANNOTATOR_SHARED or ../shared)

from annotator.core.evaluate import Span, score  # noqa: E402
from annotator.core.imports.annotations import import_annotations  # noqa: E402
from annotator.core.imports.documents import import_files  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.core.suggest.model.crf import Params  # noqa: E402
from annotator.core.suggest.model.scoring import SYSTEMS, gold_spans, predictions  # noqa: E402
from annotator.core.suggest.model.training import Document, gather, model_from  # noqa: E402

HELD_BACK = ("hechi_2015.txt", "binzhou_2024.txt")  # never read while the rules were written


def load(extra: list[Path]) -> tuple[list[Document], list[Document], list[Document]]:
    """The corpus, the reports and the extra folders' documents, with their gold."""
    texts = {sub: sorted((shared_dir() / sub).glob("*.txt")) for sub in ("corpus", "reports")}
    if not texts["corpus"] or not texts["reports"]:
        sys.exit(f"no corpus/ or reports/ in {shared_dir()}: set {SHARED_ENV}")
    more = [p for folder in extra for p in sorted(folder.glob("*.txt"))
            if p.with_suffix(".gold.jsonl").is_file() and p.with_suffix(".gold.jsonl").stat().st_size]
    files = texts["corpus"] + texts["reports"] + more
    with tempfile.TemporaryDirectory() as tmp, Store.create(Path(tmp) / "p") as store:
        import_files(store, files)
        import_annotations(store, [p.with_suffix(".gold.jsonl") for p in files])
        docs = gather(store)
    names = {sub: {p.name for p in texts[sub]} for sub in texts}
    return ([d for d in docs if d.name in names["corpus"]], [d for d in docs if d.name in names["reports"]],
            [d for d in docs if d.name not in names["corpus"] | names["reports"]])


def curve(corpus: list[Document], reports: list[Document], params: Params,
          extra: list[Document]) -> dict[int, dict[str, list[Span]]]:
    """{number of reports trained on: {"gold" / system: spans of the held-out reports}}."""
    out: dict[int, dict[str, list[Span]]] = {}
    for held in reports:
        others = [d for d in reports if d is not held]
        for k in range(len(others) + 1):
            model, _ = model_from(corpus + others[:k] + extra, params)
            got = out.setdefault(k, {"gold": [], **{name: [] for name in SYSTEMS}})
            got["gold"] += gold_spans(held)
            for name, spans in predictions(held, model).items():
                got[name] += spans
        print(f"  held out {held.name}", file=sys.stderr)
    return out


def table(results: dict[int, dict[str, list[Span]]], labels: list[str], docs: set[str] | None = None) -> list[str]:
    head = "| trained on | " + " | ".join(f"{label} rules / model / both" for label in labels) + " |"
    rows = [head, "|---|" + "---|" * len(labels)]
    for k, got in sorted(results.items()):
        keep = (lambda s: s.doc in docs) if docs else (lambda s: True)
        scores = {name: score([s for s in got["gold"] if keep(s)], [s for s in got[name] if keep(s)])
                  for name in SYSTEMS}
        cells = []
        for label in labels:
            f1 = [scores[name]["labels"].get(label, {}).get("overlap", {}).get("f1", 0.0) for name in SYSTEMS]
            cells.append(" / ".join(f"{x:.3f}" for x in f1))
        what = "corpus (2 articles)" if k == 0 else f"corpus + {k} report{'s' if k > 1 else ''}"
        rows.append(f"| {what} | " + " | ".join(cells) + " |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", nargs="+", default=["PROJECT", "TARGET"])
    parser.add_argument("--iterations", type=int, default=Params().max_iterations)
    parser.add_argument("--extra", nargs="+", type=Path, default=[],
                        help="gold folders every model learns from besides")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    corpus, reports, extra = load(args.extra)
    if args.extra:
        print(f"every model also learns from {len(extra)} document(s) of {', '.join(map(str, args.extra))}")
    results = curve(corpus, reports, Params(max_iterations=args.iterations), extra)
    print(f"overlap F1 on the held-out report, pooled over all {len(reports)}:")
    print("\n".join(table(results, args.labels)))
    print(f"\npooled over the reports the rules were not written on ({', '.join(HELD_BACK)}):")
    print("\n".join(table(results, args.labels, set(HELD_BACK))))
    print(f"\n{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
