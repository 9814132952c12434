"""The held-back pair (河池 2015, 滨州 2024) scored with a seed model that never saw them: trained as
``scripts/train_seed_model.py`` trains the shipped seed (the shared corpus and reports, the excerpts
of ``resources/seed_gold/``) but without those two reports; rules alone, the model alone and both
(as ``annotator suggest`` proposes), overlap P / R / F1 per label. Prints only; writes nothing.

    python scripts/seed_held_pair.py          # about a minute
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
from annotator.core.suggest.model.suggester import MODEL_ONLY  # noqa: E402
from annotator.core.suggest.model.training import Document, gather, model_from  # noqa: E402

HELD_BACK = ("hechi_2015.txt", "binzhou_2024.txt")


def gold_documents(texts: list[Path]) -> list[Document]:
    with tempfile.TemporaryDirectory() as tmp, Store.create(Path(tmp) / "p") as store:
        import_files(store, texts)
        import_annotations(store, [p.with_suffix(".gold.jsonl") for p in texts], status="accepted")
        return gather(store)


def main() -> int:
    shared = shared_dir()
    reports = sorted((shared / "reports").glob("*.txt"))
    if not reports:
        sys.exit(f"no reports in {shared}: set {SHARED_ENV}")
    train = sorted((shared / "corpus").glob("*.txt")) + [p for p in reports if p.name not in HELD_BACK]
    model, _ = model_from(gold_documents(train) + seed.excerpt_documents(), Params(max_iterations=80), "held-pair")
    gold, found = [], {name: [] for name in SYSTEMS}
    for doc in gold_documents([p for p in reports if p.name in HELD_BACK]):
        gold += gold_spans(doc)
        for name, spans in predictions(doc, model, model_only=MODEL_ONLY).items():  # as beside the seed
            found[name] += spans
    for label in ("DISTRICT", "AMOUNT", "PROJECT", "TARGET"):
        cells = []
        for name in SYSTEMS:
            o = score([s for s in gold if s.label == label],
                      [s for s in found[name] if s.label == label])["labels"].get(label, {}).get("overlap", {})
            cells.append(f"{name} {o.get('p', 0):.3f} / {o.get('r', 0):.3f} / {o.get('f1', 0):.3f}")
        print(f"{label:<9} " + "   ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
