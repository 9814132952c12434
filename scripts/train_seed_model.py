"""Train the seed model that ships with annotator: the sequence labeller of
``annotator/core/suggest/model`` trained on the gold of the shared corpus and reports, written to
``resources/seed_model.zip`` (package data). A project that has trained no model of its own
suggests with it (``annotator suggest P``; ``--model none`` leaves it out).

    python scripts/train_seed_model.py [--out resources/seed_model.zip] [--c1 0.1] [--iterations 80]

The shared folder is ``$ANNOTATOR_SHARED`` or ``../shared`` (tests/shared_data.py). The gold is
imported into a temporary project as accepted spans and trained on exactly as ``annotator train``
trains a project; the file is replaced only when complete. Kept small (well under 2 MB) by L1
regularisation (``--c1``: weak features get a weight of zero and are not written).
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

from annotator.core.imports.annotations import import_annotations  # noqa: E402
from annotator.core.imports.documents import import_files  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.core.suggest.model.crf import DEFAULT, Params  # noqa: E402
from annotator.core.suggest.model.training import gather, model_from  # noqa: E402
from annotator.core.writing import atomic_path  # noqa: E402

MAX_BYTES = 2 * 1024 * 1024
FOLDERS = ("corpus", "reports")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "seed_model.zip")
    parser.add_argument("--c1", type=float, default=DEFAULT.c1, help="L1 regularisation (larger: smaller model)")
    parser.add_argument("--iterations", type=int, default=80)
    args = parser.parse_args(argv)
    texts, golds = [], []
    for sub in FOLDERS:
        texts += sorted((shared_dir() / sub).glob("*.txt"))
        golds += sorted((shared_dir() / sub).glob("*.gold.jsonl"))
    if not texts or not golds:
        sys.exit(f"no gold in {shared_dir()}/{{{','.join(FOLDERS)}}}: set {SHARED_ENV}")
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store.create(Path(tmp) / "seed") as store:
        import_files(store, texts)
        import_annotations(store, list(golds), status="accepted")
        docs = gather(store)
    model, report = model_from(docs, Params(c1=args.c1, max_iterations=args.iterations), "seed")
    model.info["trained_on"] = sorted(f"{p.parent.name}/{p.name}" for p in texts)
    data = model.to_bytes()
    if len(data) > MAX_BYTES:
        sys.exit(f"the model is {len(data)} bytes, more than {MAX_BYTES}: raise --c1")
    with atomic_path(args.out) as part:
        part.write_bytes(data)
    print("\n".join(report.lines()))
    print(f"{args.out}: {len(data):,} bytes, labels {', '.join(model.labels)}, "
          f"{time.perf_counter() - began:.1f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
