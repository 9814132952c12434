"""Search all documents (``Store.search``, the window's Ctrl+Shift+F) on three shapes of project.

    python benchmarks/bench_search.py [--repeat 5]

Builds (once, then reuses, in the temp folder) 300 documents of 6,000 characters, 5,000 of 6,000
(``scale_project.py``: real paragraphs mixed), and one document of 400,000 characters, then
prints per needle the median time of ``Store.search`` (hit limit 1,000) and, as the reference,
the bare query of the trigram index (schema 11, each text without white space) that names the
documents search reads (none for a needle without three characters that match only themselves).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.imports.text import sha256  # noqa: E402
from annotator.core.models import Document  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.core.store.documents import trigram_query  # noqa: E402
from benchmarks.scale_project import build, paragraphs  # noqa: E402

NEEDLES = ("高新技术企业", "集美区", "发展", "GDP", "松元产业园", "乡村振兴战略", "不存在的词语")


def one_long_document(folder: Path, chars: int = 400_000) -> Path:
    if not folder.exists():
        pool, text = paragraphs(), ""
        while len(text) < chars:
            text += "\n".join(pool[:200]) + "\n"
            pool = pool[200:] + pool[:200]
        text = text[:chars]
        with Store.create(folder) as store:
            store.add_document(Document(None, "long.txt", "long", text, sha256(text), char_count=len(text)))
    return folder


def project_and_repeat(description: str | None, repeat: int) -> tuple[Path, int]:
    """The command line of a benchmark over one project (``[FOLDER] [--repeat N]``): FOLDER, or the
    search benchmarks' 5,000 documents of 6,000 characters (made once in the temp folder)."""
    p = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", nargs="?", type=Path)
    p.add_argument("--repeat", type=int, default=repeat)
    args = p.parse_args()
    return args.folder or build(Path(tempfile.gettempdir()) / "annotator-search-5000x6000", 5000, 6000), args.repeat


def median_ms(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        call()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    tmp = Path(tempfile.gettempdir())
    projects = {"300 × 6,000": build(tmp / "annotator-search-300x6000", 300, 6000),
                "5,000 × 6,000": build(tmp / "annotator-search-5000x6000", 5000, 6000),
                "1 × 400,000": one_long_document(tmp / "annotator-search-400k")}
    print("| project | needle | hits | search | the index's query (reference) |\n|---|---|---|---|---|")
    for shape, folder in projects.items():
        with Store.open(folder) as store:
            store.search("预热")  # the texts read once: the figures are of a project in use
            for needle in NEEDLES:
                hits = len(store.search(needle))
                ours = median_ms(lambda n=needle: store.search(n), args.repeat)
                ref = median_ms(lambda n=needle: store.conn.execute(  # "" (no trigram): no query
                    "SELECT rowid FROM documents_squeezed WHERE documents_squeezed MATCH ? ORDER BY rowid",
                    (trigram_query(n) or '""',)).fetchall(), args.repeat)
                print(f"| {shape} | {needle} | {hits:,} | {ours:.1f} ms | {ref:.1f} ms |")


if __name__ == "__main__":
    main()
