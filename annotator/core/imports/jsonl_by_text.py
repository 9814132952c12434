"""Gold lines naming a document the project holds under another name (``same_text.py``): that
document takes them, and the import's report says so. A piece of :mod:`.jsonl`, read before its
first batch."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from annotator.core.errors import ValidationError
from annotator.core.imports.annotations import AnnotationImportReport
from annotator.core.imports.jsonl_lines import parse
from annotator.core.same_text import documents_by_text
from annotator.core.store import Store


def find_by_text(store: Store, path: Path, lines: list[str | UnicodeDecodeError],
                 report: AnnotationImportReport) -> dict[str, int | None]:
    """{name a gold line gives: the id of the project's document that holds its lines' text}, for the
    names the project does not have; found names are added to ``report.by_text`` (a links file read
    after its gold file, whose lines have no text, finds them there) and to its messages."""
    pieces: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)
    for line in lines:
        try:
            obj = parse(line) if isinstance(line, str) and line.strip() else None
        except (ValidationError, ValueError, TypeError):
            continue
        if isinstance(obj, dict) and _storable(obj.get("doc")) and "start" in obj:
            text = obj.get("text")
            pieces[obj["doc"]].append((obj["start"], obj.get("end", -1), text if isinstance(text, str) else None))
    missing = {name: p for name, p in pieces.items() if store.document_id_by_name(name) is None}
    found = documents_by_text(store, {n: p for n, p in missing.items() if n not in report.by_text}, pieces)
    for gold_name, name in found.items():
        note = (f"{path.name}: its {gold_name} is {name} in this project (its text at every line's offsets), "
                "which takes its lines")
        report.messages.append(note)
        report.notes.append(note)  # on standard error: a match to check, not what was stored
    report.by_text.update(found)  # the links file after its gold file (they have no text) too
    return {gold_name: store.document_id_by_name(report.by_text[gold_name])
            for gold_name in missing if gold_name in report.by_text}


def _storable(name: Any) -> bool:
    """Can ``name`` name a document at all (a string SQLite can take: no lone surrogate)? A line
    whose name cannot is rejected by its number later, never looked up."""
    if not isinstance(name, str):
        return False
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
