"""Importing span annotations from JSON Lines (gold format or doccano), line by line, validated."""
from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, ImportFileError, ValidationError
from annotator.core.models import STATUSES, Document
from annotator.core.store import Store
from annotator.core.text import decode, normalise, sha256, title_of


@dataclass
class AnnotationImportReport:
    added: int = 0
    duplicates: int = 0
    documents_added: int = 0
    rejected: list[tuple[str, int, str]] = field(default_factory=list)  # (file, line number, why)
    changed: int = 0
    messages: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"added {self.added} annotation(s)"]
        if self.changed:
            out.append(f"changed {self.changed} annotation(s)")
        if self.documents_added:
            out.append(f"added {self.documents_added} document(s)")
        if self.duplicates:
            out.append(f"{self.duplicates} already in the project, left as they are")
        out += self.messages
        out += [f"rejected {f} line {n}: {why}" for f, n, why in self.rejected]
        return out


def import_annotations(store: Store, paths: list[str | Path], *, status: str = "accepted",
                       annotator: str = "") -> AnnotationImportReport:
    """Import each file in one transaction; lines that fail validation are reported, not stored."""
    if status not in STATUSES:
        raise ValidationError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    report = AnnotationImportReport()
    for path in map(Path, paths):
        if path.suffix.lower() == ".xlsx":
            from annotator.core.export.xlsx_import import apply_workbook

            apply_workbook(store, path, report, annotator=annotator)
            continue
        lines = _read_lines(path)
        with store.transaction():
            for number, line in enumerate(lines, start=1):
                if isinstance(line, UnicodeDecodeError):
                    report.rejected.append((str(path), number, f"not UTF-8 text (byte {line.start + 1} of "
                                            "the line); JSON Lines files are UTF-8"))
                    continue
                if not line.strip():
                    continue
                try:
                    _import_line(store, line, status, annotator, report)
                except (ValidationError, ValueError, TypeError, KeyError) as e:
                    report.rejected.append((str(path), number, _why(e)))
    return report


def _read_lines(path: Path) -> list[str | UnicodeDecodeError]:
    """The lines of a JSON Lines file, which is UTF-8 (a UTF-16 file with a BOM is read too).

    Each line is decoded on its own, so one line with broken bytes is reported by its number
    instead of making the whole file look like another encoding.
    """
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read ({e.strerror})") from e
    if not data.strip():
        raise ImportFileError(f"{path}: the file is empty")
    if data.startswith(b"PK\x03\x04"):  # .xlsm, .docx, .zip …: never read as lines of JSON
        raise ImportFileError(f"{path}: is a zip archive (a workbook or document), not JSON Lines; annotations "
                              "are imported from .jsonl files or from a workbook exported as .xlsx")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # (also covers the UTF-32 marks)
        text, _ = decode(data, str(path))
        return text.split("\n")
    lines: list[str | UnicodeDecodeError] = []
    for raw in data.removeprefix(codecs.BOM_UTF8).split(b"\n"):
        try:
            lines.append(raw.decode("utf-8").removesuffix("\r"))
        except UnicodeDecodeError as e:
            lines.append(e)
    return lines


def _why(e: Exception) -> str:
    if isinstance(e, KeyError):
        return f"missing field {e}"
    return str(e)


def _import_line(store: Store, line: str, status: str, annotator: str, report: AnnotationImportReport) -> None:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON ({e.msg} at column {e.colno})") from None
    except RecursionError:
        raise ValueError("not valid JSON here (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise ValueError("a line must be a JSON object")
    if "text" in obj and "label" in obj and isinstance(obj["label"], list) and "start" not in obj:
        _import_doccano(store, obj, status, annotator, report)
    else:
        _import_gold(store, obj, status, annotator, report)


def _import_gold(store: Store, obj: dict[str, Any], status: str, annotator: str,
                 report: AnnotationImportReport) -> None:
    doc_name = obj["doc"]
    doc_id = store.document_id_by_name(doc_name) if isinstance(doc_name, str) else None
    if doc_id is None:
        raise ValidationError(f"no document named {doc_name!r} in the project")
    value = obj.get("value") or {}
    if not isinstance(value, dict):
        raise ValidationError("value must be a JSON object")
    line_status = obj.get("status", status)
    _add(store, doc_id, obj["start"], obj["end"], obj["label"], obj["text"], value, line_status,
         obj.get("origin") or "manual", annotator or obj.get("annotator", ""), report)


def _import_doccano(store: Store, obj: dict[str, Any], status: str, annotator: str,
                    report: AnnotationImportReport) -> None:
    text = obj["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("text must be a non-empty string")
    if normalise(text) != text:
        raise ValidationError("text holds \\r or a BOM; offsets would not match the stored text")
    digest = sha256(text)
    doc_id = store.document_id_by_sha(digest)
    if doc_id is None:
        name = str(obj.get("name") or obj.get("doc") or f"doccano-{obj.get('id', digest[:8])}.txt")
        doc_id = store.add_document(Document(None, name, title_of(text), text, digest, "", "doccano",
                                             len(text))).id
        report.documents_added += 1
    spans = obj["label"]
    problems = []
    for item in spans:
        try:
            if not (isinstance(item, list) and len(item) == 3):
                raise ValidationError(f"label entry {item!r} is not [start, end, LABEL]")
            start, end, label = item
            if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
                raise ValidationError(f"offsets {start}-{end} are outside the text or swapped")
            _add(store, doc_id, start, end, label, text[start:end], {}, status, "manual", annotator, report)
        except AnnotatorError as e:
            problems.append(str(e))
    if problems:
        raise ValidationError("; ".join(problems))


def _add(store: Store, doc_id: int, start: Any, end: Any, label: Any, text: Any, value: dict, status: str,
         origin: str, annotator: str, report: AnnotationImportReport) -> None:
    for name, v in (("start", start), ("end", end)):
        if not isinstance(v, int) or isinstance(v, bool):
            raise ValidationError(f"{name} must be a whole number, not {v!r}")
    if not isinstance(label, str) or not isinstance(text, str):
        raise ValidationError("label and text must be strings")
    for a in store.annotations(doc_id, labels=[label]):
        if (a.start, a.end) == (start, end) and a.text == text:
            report.duplicates += 1
            return
    store.add_annotation(doc_id, start, end, label, text=text, value=value, status=status,
                         origin=origin, annotator=annotator)
    report.added += 1
