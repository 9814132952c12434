"""The held-back pair (河池 2015, 滨州 2024) scored with a seed model that never saw them: trained as
``scripts/train_seed_model.py`` trains the shipped seed (the shared corpus and reports, the excerpts
of ``resources/seed_gold/``) but without those two reports; rules alone, the model alone and both
(as ``annotator suggest`` proposes), overlap P / R / F1 per label. Prints only; writes nothing.

With ``--each``: leave-one-report-out over all six reports (issue 17's protocol), each report scored
beside a seed trained on everything but it (the other held-back report included); PROJECT per report,
then every label pooled over the six and over the two the rules were never written on.

    python scripts/seed_held_pair.py             # about 2 minutes (the stacked PROJECT layer)
    python scripts/seed_held_pair.py --each      # about 12 minutes
    python scripts/seed_held_pair.py --no-stack  # the seed before 4 December: one PROJECT layer
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))
import train_seed_model as seed  # noqa: E402
from shared_data import SHARED_ENV, shared_dir  # noqa: E402

from annotator.core.evaluate import score  # noqa: E402
from annotator.core.imports.annotations import import_annotations  # noqa: E402
from annotator.core.imports.documents import import_files  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.core.suggest.model.crf import Params  # noqa: E402
from annotator.core.suggest.model.scoring import SYSTEMS, gold_spans, predictions  # noqa: E402
from annotator.core.suggest.model.stackfeatures import KINDS  # noqa: E402
from annotator.core.suggest.model.suggester import MODEL_ONLY  # noqa: E402
from annotator.core.suggest.model.training import Document, gather  # noqa: E402

HELD_BACK = ("hechi_2015.txt", "binzhou_2024.txt")
LABELS = ("DISTRICT", "AMOUNT", "PROJECT", "TARGET")


def gold_documents(texts: list[Path]) -> list[Document]:
    with tempfile.TemporaryDirectory() as tmp, Store.create(Path(tmp) / "p") as store:
        import_files(store, texts)
        import_annotations(store, [p.with_suffix(".gold.jsonl") for p in texts], status="accepted")
        return gather(store)


def seed_without(train: list[Path]) -> object:
    """A seed trained as the shipped one (stacked, unless ``--no-stack``), on ``train`` and the excerpts."""
    stack = "" if "--no-stack" in sys.argv[1:] else KINDS["all"]
    return seed.seed_from(gold_documents(train) + seed.excerpt_documents(), Params(max_iterations=80), "held-pair",
                          stack)[0]


def table(gold: list, found: dict[str, list], labels: tuple[str, ...] = LABELS) -> list[str]:
    """One line per label: overlap P / R / F1 of each system."""
    lines = []
    for label in labels:
        cells = []
        for name in SYSTEMS:
            o = score([s for s in gold if s.label == label],
                      [s for s in found[name] if s.label == label])["labels"].get(label, {}).get("overlap", {})
            cells.append(f"{name} {o.get('p', 0):.3f} / {o.get('r', 0):.3f} / {o.get('f1', 0):.3f}")
        lines.append(f"{label:<9} " + "   ".join(cells))
    return lines


def scored(docs: list[Document], model: object) -> tuple[list, dict[str, list]]:
    gold, found = [], {name: [] for name in SYSTEMS}
    for doc in docs:
        gold += gold_spans(doc)
        for name, spans in predictions(doc, model, model_only=MODEL_ONLY).items():  # as beside the seed
            found[name] += spans
    return gold, found


def main() -> int:
    shared = shared_dir()
    reports = sorted((shared / "reports").glob("*.txt"))
    if not reports:
        sys.exit(f"no reports in {shared}: set {SHARED_ENV}")
    corpus = sorted((shared / "corpus").glob("*.txt"))
    if "--each" not in sys.argv[1:]:
        model = seed_without(corpus + [p for p in reports if p.name not in HELD_BACK])
        print("\n".join(table(*scored(gold_documents([p for p in reports if p.name in HELD_BACK]), model))))
        return 0
    pooled: dict[str, tuple[list, dict[str, list]]] = {
        k: ([], {name: [] for name in SYSTEMS}) for k in ("all six", "the two the rules never saw")}
    for report in reports:
        gold, found = scored(gold_documents([report]), seed_without(corpus + [p for p in reports if p != report]))
        print(report.name, table(gold, found, ("PROJECT",))[0], flush=True)
        for key in pooled if report.name in HELD_BACK else ("all six",):
            pooled[key][0].extend(gold)
            for name in SYSTEMS:
                pooled[key][1][name].extend(found[name])
    for key, (gold, found) in pooled.items():
        print(f"pooled over {key}:", *table(gold, found), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
