"""Word clusters learned from unlabeled government work reports: ``resources/word_clusters.tsv``.

Each jieba word (as :mod:`annotator.core.suggest.segment` cuts it, the words the model's features
read) seen at least ``--min-count`` times in the texts gets the number of its cluster at two
granularities (64 and 256 clusters): words used alike (高速, 铁路, 机场; 产业园, 开发区 …) share a
number, so a name never seen in any gold file still reads like the names that were (Turian, Ratinov
& Bengio 2010). How: counts of the words two either side of each word (within a line), positive
pointwise mutual information with the contexts' counts smoothed by 0.75 (Levy, Goldberg & Dagan
2015), a truncated SVD of 100 dimensions (scipy), rows to unit length, k-means (scipy's ``kmeans2``,
k-means++ start, a fixed seed).

    python scripts/build_word_clusters.py TEXTS... -o clusters.tsv

TEXTS: ``.txt`` files, ``.csv`` files with a ``full_text`` column, ``.jsonl`` files with a ``content``
field (one report a line). Never give it the texts of a gold folder: the clusters would then have seen
the texts the cross-validation scores. Tried on 3 December and not kept (README, "Suggestions that
learn"; ``python scripts/seed_folder_cv.py --clusters own --cluster-table clusters.tsv``).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy.cluster.vq import kmeans2
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.suggest.segment import words as cut_words  # noqa: E402

SIZES = (64, 256)
WINDOW = 2
DIMENSIONS = 100
SMOOTHING = 0.75


def texts(paths: list[Path]) -> Iterator[str]:
    """The text of every report in ``paths``."""
    for path in paths:
        if path.suffix == ".csv":  # a report is one field, longer than csv's limit: raised while it is read
            before = csv.field_size_limit(1 << 30)  # (the limit is the process's: other readers keep theirs)
            try:
                with path.open(encoding="utf-8-sig", newline="") as f:
                    found = [row["full_text"] for row in csv.DictReader(f)]
            finally:
                csv.field_size_limit(before)
            yield from found
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as f:
                yield from (json.loads(line)["content"] for line in f if line.strip())
        else:
            yield path.read_text(encoding="utf-8")


def sentences(paths: list[Path]) -> list[list[str]]:
    """Each non-empty line of every text, as its jieba words (spaces dropped)."""
    found = []
    for text in texts(paths):
        for line in text.splitlines():
            if line.strip():
                found.append([w for w in cut_words(line)[0] if w.strip()])
    return found


def cooccurrences(lines: list[list[str]], vocabulary: dict[str, int]) -> csr_matrix:
    """Counts of (word, context word) pairs WINDOW words apart at most, both in ``vocabulary``."""
    rows: list[int] = []
    cols: list[int] = []
    for line in lines:
        ids = [vocabulary.get(w, -1) for w in line]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for b in ids[max(0, i - WINDOW):i] + ids[i + 1:i + 1 + WINDOW]:
                if b >= 0:
                    rows.append(a)
                    cols.append(b)
    n = len(vocabulary)
    data = np.ones(len(rows), dtype=np.float64)
    return coo_matrix((data, (rows, cols)), shape=(n, n)).tocsr()


def ppmi(counts: csr_matrix) -> csr_matrix:
    """Positive PMI, the contexts' probabilities smoothed (counts ** SMOOTHING)."""
    total = counts.sum()
    words = np.asarray(counts.sum(axis=1)).ravel() / total
    contexts = np.asarray(counts.sum(axis=0)).ravel() ** SMOOTHING
    contexts /= contexts.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data / total / (words[coo.row] * contexts[coo.col]))
    keep = pmi > 0
    return coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape).tocsr()


def clusters(lines: list[list[str]], min_count: int) -> dict[str, tuple[int, ...]]:
    """Each word seen ``min_count`` times or more -> its cluster at each of SIZES."""
    counts = Counter(w for line in lines for w in line)
    kept = sorted(w for w, c in counts.items() if c >= min_count)
    vocabulary = {w: i for i, w in enumerate(kept)}
    u, s, _ = svds(ppmi(cooccurrences(lines, vocabulary)), k=DIMENSIONS, random_state=0)
    vectors = u * np.sqrt(s)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1)
    labels = [kmeans2(vectors, k, minit="++", seed=0)[1] for k in SIZES]
    return {w: tuple(int(lab[i]) for lab in labels) for w, i in vocabulary.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--min-count", type=int, default=5)
    args = parser.parse_args(argv)
    lines = sentences(args.texts)
    found = clusters(lines, args.min_count)
    with args.output.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"# word clusters {' '.join(map(str, SIZES))}: scripts/build_word_clusters.py, "
                f"{sum(map(len, lines))} words of {len(lines)} lines\n")
        for word in sorted(found):
            f.write(word + "\t" + "\t".join(map(str, found[word])) + "\n")
    print(f"{len(found)} words in {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
