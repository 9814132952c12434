"""hechi_2015's gold spans and links (the shared reports) as two coders' files: A's the gold as it is, B's a
copy that differs where coders differ (:func:`b_rows`): a PROJECT span shifted, an AMOUNT relabelled, a
TARGET never marked, no mention of 天峨县 marked. Each line a links file names at those places has no span of
B's there (:data:`B_MISSING`)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.shared_data import require

DOC = "hechi_2015.txt"
SHIFTED = (2096, 2116)  # B's PROJECT starts a character later: 2097-2116
RELABELLED = (2426, 2430)  # an AMOUNT of A's, a TARGET of B's
UNMARKED = (3637, 3645)  # a TARGET of A's that B never marked
TIANE = "天峨县"  # B marked none of its mentions (the DISTRICT spans)
# the links file's lines that find no span of B's at their places: (label, start, end) B lacks
B_MISSING = {("PROJECT", *SHIFTED), ("AMOUNT", *RELABELLED), ("TARGET", *UNMARKED)}


def hechi() -> tuple[str, list[dict[str, Any]], Path]:
    """The report's text, its gold span rows and its links file (the test is skipped without them)."""
    text = require("reports", "hechi_2015.txt")[0].read_text(encoding="utf-8")
    gold = require("reports", "hechi_2015.gold.jsonl")[0]
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return text, rows, require("reports", "hechi_2015.links.jsonl")[0]


def b_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """B's copy of the gold's span rows (see the module)."""
    out = []
    for r in rows:
        place = (r["start"], r["end"])
        if r["label"] == "DISTRICT" and r["value"].get("name") == TIANE or place == UNMARKED:
            continue
        if r["label"] == "PROJECT" and place == SHIFTED:
            r = {**r, "start": r["start"] + 1, "text": r["text"][1:]}
        elif r["label"] == "AMOUNT" and place == RELABELLED:
            r = {**r, "label": "TARGET", "value": {}}
        out.append(r)
    return out


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def links_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


NANDAN = {"name": "南丹县", "code": "451221"}


def b_links(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """B's links file: the gold's with every seventh fact moved to 南丹县 and every other project link dropped
    (the fact for no project), so that some facts are off the jurisdiction or with a project by one coder only."""
    out, projects = [], 0
    for n, r in enumerate(lines):
        r = dict(r)
        if n % 7 == 3:
            r["district"] = NANDAN
        if r.get("project"):
            projects += 1
            if projects % 2:
                r["project"] = None
        out.append(r)
    return out


def two_coders_project(tmp_path: Path) -> Path:
    """A project of hechi_2015 with A's spans and links (the gold) and B's (:func:`b_rows`, :func:`b_links`)."""
    from annotator.core.imports.annotations import import_annotations
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document
    from annotator.core.store import Store

    text, rows, gold_links = hechi()
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        store.add_document(Document(None, DOC, DOC, text, sha256(text)))
        import_annotations(store, [write(tmp_path / "a.jsonl", rows), gold_links], annotator="A")
        import_annotations(store, [write(tmp_path / "b.jsonl", b_rows(rows)),
                                   write(tmp_path / "b.links.jsonl", b_links(links_lines(gold_links)))],
                           annotator="B")
    return folder
