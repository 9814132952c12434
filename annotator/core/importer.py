"""Importing files and folders of articles into a project."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from annotator.core.errors import AnnotatorError, ImportFileError
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.text import SUPPORTED_SUFFIXES, read_file, sha256, title_of

Progress = Callable[[int, int, str], None]  # (done, total, current file)
Cancelled = Callable[[], bool]


@dataclass
class ImportReport:
    imported: list[Document] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why): already in project
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, why): could not import
    cancelled: bool = False

    def lines(self) -> list[str]:
        out = [f"imported {len(self.imported)} document(s)"]
        out += [f"skipped {f}: {why}" for f, why in self.skipped]
        out += [f"failed {f}: {why}" for f, why in self.failed]
        if self.cancelled:
            out.append("cancelled: the files not yet read were not imported")
        return out


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import (folders searched recursively for .txt/.md/.docx) and paths that are missing."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                            and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.exists():
            files.append(p)
        else:
            missing.append((str(p), "no such file or folder"))
    return files, missing


def import_files(store: Store, paths: Iterable[str | Path], *, metadata: dict | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportReport:
    """Import each file whole, or not at all; one bad file never stops the batch."""
    files, missing = expand(paths)
    report = ImportReport(failed=list(missing))
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(i, len(files), str(path))
        try:
            text, encoding = read_file(path)
        except ImportFileError as e:
            report.failed.append((str(path), _reason(e, path)))
            continue
        digest = sha256(text)
        if store.document_id_by_sha(digest) is not None:
            report.skipped.append((str(path), "the same text is already in the project"))
            continue
        doc = Document(None, path.name, title_of(text), text, digest, str(path.resolve()), encoding,
                       len(text), metadata=dict(metadata or {}))
        try:
            report.imported.append(store.add_document(doc))
        except AnnotatorError as e:
            report.failed.append((str(path), _reason(e, path)))
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report


def _reason(e: Exception, path: Path) -> str:
    msg = str(e)
    return msg.split(": ", 1)[1] if msg.startswith(str(path)) and ": " in msg else msg
