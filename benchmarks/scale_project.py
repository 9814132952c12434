"""A synthetic project of many documents mixed from real paragraphs, for the scale benchmarks.

    python benchmarks/scale_project.py FOLDER --docs 20000 [--chars 1600] [--seed 1]

Paragraphs come from the real reports and articles in ../shared (``ANNOTATOR_SHARED``, or the
folder beside the checkout); they are shuffled and cut into documents of about ``--chars``
characters, so no two documents are alike and segmentation caches do not flatter. Each
document gets suggestions where a district name, a sum or a target word occurs (about 14 a
document), stored through ``Store.add_suggestions`` in one transaction per 500 documents.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.imports.text import sha256, title_of  # noqa: E402
from annotator.core.models import Document, Suggestion  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.paths import DB_FILENAME  # noqa: E402

PATTERNS = [("DISTRICT", re.compile(r"[\u4e00-\u9fff]{1,3}[省市区县镇乡]")),
            ("AMOUNT", re.compile(r"\d+(?:\.\d+)?[万亿]?元")),
            ("TARGET", re.compile(r"(?:新增|完成|达到)[\u4e00-\u9fff]{0,6}\d+(?:\.\d+)?[家个亿万%]"))]


def shared_folder() -> Path:
    folder = Path(os.environ.get("ANNOTATOR_SHARED") or ROOT.parent / "shared")
    if not (folder / "reports").is_dir():
        sys.exit(f"no shared data at {folder} (set ANNOTATOR_SHARED)")
    return folder


def paragraphs() -> list[str]:
    shared = shared_folder()
    out = []
    for path in sorted([*(shared / "reports").glob("*.txt"), *(shared / "corpus").glob("*.txt")]):
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 20]
    return out


def suggestions(text: str) -> list[Suggestion]:
    found: list[Suggestion] = []
    taken: set[int] = set()
    for label, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if taken.isdisjoint(range(m.start(), m.end())) and len(found) < 20:
                taken.update(range(m.start(), m.end()))
                found.append(Suggestion(m.start(), m.end(), label, m.group(), {}, 0.5, "bench", "bench"))
    return found


def build(folder: Path, docs: int, chars: int = 1600, seed: int = 1) -> Path:
    """Create the project (once: an existing folder with as many documents is reused)."""
    if (folder / DB_FILENAME).exists():
        with Store.open(folder) as store:
            if store.stats()["documents"] == docs:
                return folder
        raise SystemExit(f"{folder} holds another project; remove it first")
    pool = paragraphs()
    rng = random.Random(seed)
    started = time.perf_counter()
    with Store.create(folder) as store:
        order: list[str] = []
        for n in range(docs):
            text = []
            while sum(map(len, text)) < chars:
                if not order:
                    order = pool[:]
                    rng.shuffle(order)
                text.append(order.pop())
            body = f"第{n}号 " + "\n".join(text)
            if n % 500 == 0:
                if n:
                    store.conn.execute("COMMIT")
                store.conn.execute("BEGIN IMMEDIATE")
            doc = store.add_document(Document(None, f"doc{n:06d}.txt", title_of(body), body, sha256(body),
                                              char_count=len(body)))
            assert doc.id is not None
            store.add_suggestions(doc.id, suggestions(body))
        store.conn.execute("COMMIT")
    print(f"built {docs} documents in {time.perf_counter() - started:.0f} s at {folder}", file=sys.stderr)
    return folder


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", type=Path)
    p.add_argument("--docs", type=int, default=20_000)
    p.add_argument("--chars", type=int, default=1600)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    build(args.folder, args.docs, args.chars, args.seed)


if __name__ == "__main__":
    main()
