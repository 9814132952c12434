"""Word clusters learned from unlabeled government work reports (a table made by
``scripts/build_word_clusters.py``: a jieba word, then the numbers of its cluster at 64 and at 256
clusters, tab-separated): tried as features of the sequence labeller on 3 December and not kept
(README, "Suggestions that learn"), so no table ships; :func:`load` reads one for an experiment."""
from __future__ import annotations

from pathlib import Path
from typing import Any

_TABLE: dict[str, tuple[str, str]] = {}


def load(path: Path) -> dict[str, tuple[str, str]]:
    """Read the table at ``path`` (``#`` lines are comments); the features read it from then on."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, small, large = line.split("\t")
            table[word] = (small, large)
    _TABLE.clear()
    _TABLE.update(table)
    return table


def cluster_table() -> dict[str, tuple[str, str]]:
    """word -> (cluster of 64, cluster of 256), as strings; empty until :func:`load`."""
    return _TABLE


def columns(words: list[str], v: Any) -> list[list[Any]]:
    """Columns (one item a word; ``v``: the :class:`.features.Vocabulary`) of the words' clusters: of
    its own at 64 and 256 clusters, and with ``near`` those of the words before and after at 64."""
    if not v.clusters:
        return []
    table = cluster_table()
    found = [table.get(word, ("", "")) for word in words]
    small = [c[0] for c in found]
    made = [[v.xa[c] if c else None for c in small], [v.xb[c[1]] if c[1] else None for c in found]]
    if v.clusters == "near":
        made += [[None, *(v.xl[c] if c else None for c in small[:-1])],
                    [*(v.xr[c] if c else None for c in small[1:]), None]]
    return made
