"""What a search index costs and gives: database size and import time with no index, the trigram
index of schema 5 over the texts as they are (``documents_fts``, never read since search finds
broken names), and the one of schema 11 over each text with its white space removed
(``documents_squeezed``); then search all documents on 5,000 documents through schema 11's index
and by reading every text (what search did with schema 10).

    python benchmarks/bench_search_index.py [--sizes 300 3000] [--repeat 5]

Documents of ~6,000 characters cut from the shared reports (each with a serial number), each
stored in its own transaction as ``annotator import`` does. The 5,000-document project is
``scale_project.build``'s (``bench_search.py``'s, copied unopened when it is there).
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.imports.text import sha256, title_of  # noqa: E402
from annotator.core.models import Document  # noqa: E402
from annotator.core.store import Store, documents, migrations  # noqa: E402
from annotator.paths import DB_FILENAME  # noqa: E402
from benchmarks.bench_search import median_ms  # noqa: E402
from benchmarks.messy_collection import reports  # noqa: E402
from benchmarks.scale_project import build  # noqa: E402

NEEDLES = ("高新技术企业", "集美区", "发展", "GDP", "松元产业园", "乡村振兴战略", "不存在的词语", "不存在 的\n词语")


def texts(n: int, chars: int = 6000, seed: int = 11) -> list[str]:
    pool, rnd = reports(), random.Random(seed)
    out = []
    for i in range(n):
        t = rnd.choice(pool)
        a = rnd.randrange(0, max(1, len(t) - chars))
        out.append(f"编号{i:05d}\n{t[a:a + chars]}")
    return out


def with_index(store: Store, kind: str) -> None:
    """Give a new project's documents no index, schema 5's or schema 11's (its own)."""
    c = store.conn
    if kind == "schema 11 (no white space)":
        return
    for trigger in ("insert", "delete", "update"):
        c.execute(f"DROP TRIGGER IF EXISTS documents_squeezed_{trigger}")
    c.execute("DROP TABLE documents_squeezed")
    if kind == "schema 5 (texts as they are)":
        c.execute(migrations.FTS_SQL)
        for trigger in migrations.FTS_TRIGGERS:
            c.execute(trigger)


def import_cost(n: int, kind: str, tmp: Path) -> tuple[float, int]:
    """(seconds to store n documents, database bytes after)."""
    folder = tmp / f"import-{n}-{kind[:9].replace(' ', '')}"
    shutil.rmtree(folder, ignore_errors=True)
    bodies = texts(n)
    with Store.create(folder) as store:
        with_index(store, kind)
        ours = kind == "schema 11 (no white space)"
        insert = documents.SQUEEZED_INSERT
        documents.SQUEEZED_INSERT = insert if ours else "SELECT ?, ?"  # the store fills its index itself
        try:
            began = time.perf_counter()
            for i, body in enumerate(bodies):
                store.add_document(Document(None, f"r{i:05d}.txt", title_of(body), body, sha256(body),
                                            char_count=len(body)))
            took = time.perf_counter() - began
        finally:
            documents.SQUEEZED_INSERT = insert
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = (folder / DB_FILENAME).stat().st_size
    shutil.rmtree(folder)
    return took, size


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[300, 3000])
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="annotator-search-index-"))
    print("| documents | index | import | per document | database |\n|---|---|---|---|---|")
    for n in args.sizes:
        for kind in ("none", "schema 5 (texts as they are)", "schema 11 (no white space)"):
            took, size = import_cost(n, kind, tmp)
            print(f"| {n:,} | {kind} | {took:.2f} s | {took / n * 1000:.2f} ms | {size / 1e6:.1f} MB |")
    shared = Path(tempfile.gettempdir()) / "annotator-search-5000x6000" / DB_FILENAME
    if shared.exists():  # bench_search.py's, copied unopened (opening it would migrate it)
        (tmp / "p5000").mkdir()
        shutil.copy(shared, tmp / "p5000" / DB_FILENAME)
    else:
        build(tmp / "p5000", 5000, 6000)
    scan = documents.trigram_query
    print("\n| needle | hits | through the index | reading every text |\n|---|---|---|---|")
    began = time.perf_counter()
    with Store.open(tmp / "p5000") as store:  # migrates to schema 11: the index is made here
        print(f"(opening it migrated it to schema 11 in {time.perf_counter() - began:.1f} s)\n")
        store.search("预热")  # the texts read once: the figures are of a project in use
        for needle in NEEDLES:
            hits = store.search(needle)
            ours = median_ms(lambda n=needle: store.search(n), args.repeat)
            documents.trigram_query = lambda _needle: ""  # type: ignore[assignment]
            try:
                assert store.search(needle) == hits
                every = median_ms(lambda n=needle: store.search(n), args.repeat)
            finally:
                documents.trigram_query = scan
            print(f"| {needle!r} | {len(hits):,} | {ours:.1f} ms | {every:.1f} ms |")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
