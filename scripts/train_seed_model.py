"""Train the seed model that ships with annotator: the sequence labeller of
``annotator/core/suggest/model`` trained on the gold of the shared corpus and reports and on the
excerpts of real reports in ``resources/seed_gold/``, written to ``resources/seed_model.zip``
(package data). A project that has trained no model of its own suggests with it (``annotator
suggest P``; ``--model none`` leaves it out).

    python scripts/train_seed_model.py [--out resources/seed_model.zip] [--c1 0.1] [--iterations 80]
                                       [--no-excerpts] [--augment N [--augment-lines]] [--no-stack]

The shared folder is ``$ANNOTATOR_SHARED`` or ``../shared`` (tests/shared_data.py). The gold is
imported into a temporary project as accepted spans and trained on exactly as ``annotator train``
trains a project; the file is replaced only when complete. Kept small (well under 2 MB) by L1
regularisation (``--c1``: weak features get a weight of zero and are not written).

The seed's PROJECT layer is stacked (:mod:`annotator.core.suggest.model.stacking`): a second PROJECT
layer learned from the same documents with stage 1's marginals of the character, its list-mates and
its word's other mentions, those of each training document from a layer that did not learn it (four
groups). ``--no-stack``: the seed of before, one PROJECT layer.

The excerpts' gold marks some labels only (``resources/seed_gold/labels.tsv``: none marks AMOUNT,
one folder no DISTRICT): each excerpt teaches the layers of the labels its folder marks, an excerpt
without a target teaching "no target here", and no other layer (as a project's document teaches
only the labels it holds spans of, unless marked done). Measured by folder cross-validation and
on two sets of excerpts no rule or model had seen: README, "Suggestions that learn".
"""
from __future__ import annotations

import argparse
import dataclasses
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
from annotator.core.suggest.model.augment import mention_copies  # noqa: E402
from annotator.core.suggest.model.crf import DEFAULT, Params, SequenceModel  # noqa: E402
from annotator.core.suggest.model.stackfeatures import KINDS  # noqa: E402
from annotator.core.suggest.model.stacking import with_stage_two  # noqa: E402
from annotator.core.suggest.model.training import Document, TrainReport, featurise, gather, model_from  # noqa: E402
from annotator.core.writing import atomic_path  # noqa: E402

MAX_BYTES = 2 * 1024 * 1024
FOLDERS = ("corpus", "reports")
EXCERPTS = ROOT / "resources" / "seed_gold"


def excerpt_folders() -> dict[Path, tuple[str, ...]]:
    """{folder: the labels its gold marks in full}, from ``seed_gold/labels.tsv``."""
    out = {}
    for line in (EXCERPTS / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, labels = line.split("\t")
            out[EXCERPTS / name] = tuple(labels.split(","))
    return out


def read_gold(store: Store, texts: list[Path]) -> None:
    """Import ``texts`` and the gold beside each (NAME.gold.jsonl) as accepted spans."""
    import_files(store, texts)
    golds = [p.with_suffix(".gold.jsonl") for p in texts]
    import_annotations(store, [p for p in golds if p.exists() and p.stat().st_size], status="accepted")


def _blank(store: Store, doc_ids: list[int]) -> list[Document]:
    """Documents with no span at all, featurised: what they teach is that their labels are absent."""
    docs = [Document(doc_id, (d := store.document(doc_id)).name, d.text, [("gold", [])]) for doc_id in doc_ids]
    for doc in docs:
        featurise(doc)
    return docs


def excerpt_documents() -> list[Document]:
    """The excerpts of ``seed_gold`` featurised, each teaching the labels its folder marks."""
    docs: list[Document] = []
    for folder, labels in excerpt_folders().items():
        with tempfile.TemporaryDirectory() as tmp, Store.create(Path(tmp) / "seed") as store:
            read_gold(store, sorted(folder.glob("*.txt")))
            ids = [d.id for d in store.documents() if d.id is not None]
            with_spans = {d.doc_id: d for d in gather(store)}
            blank = _blank(store, [doc_id for doc_id in ids if doc_id not in with_spans])  # teaches "none here"
            docs += [dataclasses.replace(d, done_labels=labels) for d in [*with_spans.values(), *blank]]
    return docs


def seed_from(docs: list[Document], params: Params, source: str = "seed",
              stack: str = KINDS["all"]) -> tuple[SequenceModel, TrainReport]:
    """A seed trained on ``docs`` as the shipped one is: every label's layer, and (``stack``: the
    features it adds, "" none) a stacked PROJECT layer over them."""
    model, report = model_from(docs, params, source)
    return (with_stage_two(model, docs, params, stack) if stack else model), report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "seed_model.zip")
    parser.add_argument("--c1", type=float, default=DEFAULT.c1, help="L1 regularisation (larger: smaller model)")
    parser.add_argument("--iterations", type=int, default=80)
    parser.add_argument("--no-excerpts", action="store_true", help="the shared gold alone (the seed before 2026-11-29)")
    parser.add_argument("--augment", type=int, default=0, metavar="N",
                        help="also learn from N copies with other PROJECT names (tested, not kept: default none)")
    parser.add_argument("--augment-lines", action="store_true", help="the copies keep only lines holding a name")
    parser.add_argument("--no-stack", action="store_true", help="one PROJECT layer, no stacked one (the seed before "
                        "4 December)")
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
    names = sorted(f"{p.parent.name}/{p.name}" for p in texts)
    if not args.no_excerpts:
        docs += excerpt_documents()
        names += [f"seed_gold/{folder.name}/{p.name}" for folder in excerpt_folders()
                  for p in sorted(folder.glob("*.txt"))]
    if args.augment:
        docs += mention_copies(docs, args.augment, args.augment_lines)
    model, report = seed_from(docs, Params(c1=args.c1, max_iterations=args.iterations), "seed",
                              "" if args.no_stack else KINDS["all"])
    model.info["trained_on"] = names
    data = model.to_bytes()
    if len(data) > MAX_BYTES:
        sys.exit(f"the model is {len(data)} bytes, more than {MAX_BYTES}: raise --c1")
    with atomic_path(args.out) as part:
        part.write_bytes(data)
    print("\n".join(report.lines()))
    print(f"{args.out}: {len(data):,} bytes, labels {', '.join(model.labels)}"
          f"{''.join(f' ({label} stacked)' for label in model.stacked)}, "
          f"{time.perf_counter() - began:.1f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
