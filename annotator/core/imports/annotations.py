"""Importing span annotations, validated: each file by the annotation format its suffix names
(``formats.py``: JSON Lines of gold spans or doccano documents through ``jsonl.py``, corrections
in an exported workbook through ``xlsx.py``; any other suffix is read as JSON Lines, but that of an
export no reader takes, such as .csv, which is refused in one line).

- **Bounded batches.** Every reader writes in batches, each committed whole: a batch closes after
  ``BATCH_SECONDS`` of reading lines, or after ``BATCH_LINES`` lines (more when a document already
  holds many spans: the store reads a document's spans once per batch, and a batch of a quarter
  of them keeps that linear). Another program on the project waits about a second at most
  (writing a batch takes some 90 µs a line and 4 µs per span already in its document: 1 s
  for a document of some 40,000 spans).
- **Spans before links.** The ``*.links.jsonl`` files of one call are imported after the others
  (their links join the gold spans, accepted: ``links.py``).
- **Exactly what was stored, per file.** ``report.files`` holds one :class:`FileResult` per file,
  counted as batches commit. A file that cannot be read does not stop the others; a write that
  fails (:class:`SaveError`: the disk full or read-only, the project busy in another program for
  the whole busy timeout) stops the import there, since each next file would fail the same way.
  ``import_annotations`` then raises :class:`AnnotationImportError`, whose message names the
  file and the problem and says what was stored, and whose ``report`` holds everything.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import AnnotatorError, ImportFileError, SaveError, ValidationError
from annotator.core.imports import formats
from annotator.core.imports.annotation_text import read_as
from annotator.core.models import STATUSES
from annotator.core.store import Store

BATCH_LINES = 500  # at least this many lines per committed batch …
BATCH_SPAN_SHARE = 4  # … or a quarter of the spans the document already holds, whichever is more
BATCH_SECONDS = 0.5  # … unless reading its lines took this long


@dataclass
class FileResult:
    """What one file stored (counted when a batch commits) and why it stopped, if it did."""

    path: str
    added: int = 0
    documents_added: int = 0
    duplicates: int = 0
    rejected: int = 0
    changed: int = 0  # workbooks: annotations changed …
    unchanged: int = 0  # … and rows that change nothing
    links: int = 0  # links stored (JSON Lines) …
    links_accepted: int = 0  # … open suggested links the file has as they are, accepted …
    links_replaced: int = 0  # … and those it has otherwise: rejected, the file's stored instead …
    links_rejected: int = 0  # … and those of a span the file gives no project: rejected
    scored: int = 0  # open suggestions without a confidence given the one of the line equal to them
    valued: int = 0  # spans the file gives no value, given the one computed from the text (span_values.py)
    superseded: int = 0  # open suggestions its spans overlap with other boundaries: rejected (superseded.py)
    predicted: int = 0  # open suggestions from a Label Studio file's predictions (label_studio_predictions.py) …
    predicted_links: int = 0  # … suggested links from their relations …
    predicted_aside: int = 0  # … and their regions and relations left aside (overlapping a span of their label)
    other_writing: int = 0  # spans whose text is the document's in other characters (湖里区 for 湖裡區): as written
    summary: str = ""  # workbooks: their own summary line
    error: str = ""
    cancelled_at: tuple[int, int, str] | None = None  # (read, of, "line" or "row") when a cancel stopped it within
    notes: list[str] = field(default_factory=list)  # lines the report gives after the file's (label_studio.py)
    unit: str = "line"  # what its rejected numbers count: lines, a workbook's rows or a Label Studio file's tasks

    def stored(self) -> str:
        """What the file stored, e.g. "3 annotation(s) and 1 new document(s)"."""
        if self.summary:
            return (f"{self.changed} annotation(s) changed" + (f", {self.added} added" if self.added else "")
                    + (f", {self.links} link(s) set" if self.links else ""))
        return (f"{self.added} annotation(s)" + (f" and {self.documents_added} new document(s)"
                                                 if self.documents_added else "")
                + (f", {self.predicted} suggestion(s) from its predictions" if self.predicted else "")
                + (f", {self.predicted_links} suggested link(s) from its predictions" if self.predicted_links else "")
                + (f", {self.changed} suggestion(s) decided" if self.changed else "")
                + (f", {self.superseded} suggestion(s) superseded by its spans" if self.superseded else "")
                + (f", {self.scored} suggestion(s) given the file's confidence" if self.scored else "")
                + (f" and {self.links} link(s)" if self.links else "") + self._decided_links())

    def _decided_links(self) -> str:
        """", 5 suggested link(s) accepted as the gold has them, 1 replaced by the gold's" (or less)."""
        parts = ([f"{self.links_accepted} suggested link(s) accepted as the gold has them"] if self.links_accepted
                 else []) + ([f"{self.links_replaced} " + ("replaced" if self.links_accepted else
                                                           "suggested link(s) replaced") + " by the gold's"]
                             if self.links_replaced else [])
        if self.links_rejected:
            parts.append(f"{self.links_rejected} suggested project link(s) rejected (the gold has no project there)")
        return "".join(f", {p}" for p in parts)

    def stored_anything(self) -> bool:
        return bool(self.added or self.documents_added or self.changed or self.superseded or self.scored or self.links
                    or self.links_accepted or self.links_replaced or self.links_rejected or self.predicted
                    or self.predicted_links)

    def line(self) -> str:
        """The file's line of the report: "partly imported" where it stored (or held) some of its lines
        and not others, as ``annotator import-annotations`` then exits 3 (partly done)."""
        name = Path(self.path).name
        if self.error:
            return (f"{name}: partly imported: stored {self.stored()}, then failed: {self.error}; nothing more "
                    "stored from it" if self.stored_anything() else f"{name}: failed, nothing stored from it: "
                    f"{self.error}")
        if self.summary:
            return self.summary
        partly = "partly imported: " if self.rejected and (self.stored_anything() or self.duplicates) else ""
        return (f"{name}: {partly}stored {self.stored()}" + (f"; {self.duplicates} already in the project"
                                                             if self.duplicates else "")
                + (f"; {self.rejected} {self.unit}(s) rejected" if self.rejected else ""))


@dataclass
class AnnotationImportReport:
    added: int = 0
    duplicates: int = 0
    documents_added: int = 0
    rejected: list[tuple[str, int, str]] = field(default_factory=list)  # (file, line number, why)
    changed: int = 0
    links: int = 0
    links_accepted: int = 0  # open suggested links the files have as they are: accepted
    links_replaced: int = 0  # open suggested links they have otherwise: rejected, theirs stored
    links_rejected: int = 0  # open suggested project links of spans they give no project: rejected
    scored: int = 0  # open suggestions without a confidence given the one of the line equal to them
    valued: int = 0  # spans the files give no value, given the one computed from the text (span_values.py)
    superseded: int = 0  # open suggestions their spans overlap with other boundaries: rejected (superseded.py)
    predicted: int = 0  # open suggestions from Label Studio's predictions (label_studio_predictions.py) …
    predicted_links: int = 0  # … suggested links from their relations …
    predicted_aside: int = 0  # … and their regions and relations left aside (overlapping a span of their label)
    other_writing: int = 0  # spans whose text is the document's in other characters (湖里区 for 湖裡區): as written
    messages: list[str] = field(default_factory=list)  # one summary line per file
    notes: list[str] = field(default_factory=list)  # those of messages to check, not stored: a coder named by number …
    files: list[FileResult] = field(default_factory=list)
    by_text: dict[str, str] = field(default_factory=dict)  # a gold name -> the project's, found by its text

    def lines(self) -> list[str]:
        out = [f"added {self.added} annotation(s)"]
        if self.links:
            out.append(f"added {self.links} link(s)")
        if self.predicted or self.predicted_links:
            out.append(f"added {self.predicted} open suggestion(s) and {self.predicted_links} suggested link(s) from "
                       "Label Studio's predictions, to accept or reject")
        if self.predicted_aside:
            out.append(f"left aside {self.predicted_aside} region(s) or relation(s) of Label Studio's predictions: "
                       "each overlaps a span or suggestion of its label (or joins one left aside)")
        if self.links_accepted:
            out.append(f"accepted {self.links_accepted} suggested link(s) as the gold has them")
        if self.links_replaced:
            out.append(f"replaced {self.links_replaced} suggested link(s) by the gold's (the suggestions rejected)")
        if self.links_rejected:
            out.append(f"rejected {self.links_rejected} suggested project link(s): the gold has no project there")
        if self.changed:
            out.append(f"changed {self.changed} annotation(s)")
        if self.superseded:
            out.append(f"removed {self.superseded} open suggestion(s) that a span of their label overlaps with other "
                       "boundaries (the file decided that text)")
        if self.scored:
            out.append(f"gave {self.scored} suggestion(s) the confidence of the line equal to them")
        if self.valued:
            out.append(f"computed the value of {self.valued} span(s) from the text (the file gives none), as for a "
                       "span labelled by hand")
        if self.documents_added:
            out.append(f"added {self.documents_added} document(s)")
        if self.duplicates:
            out.append(f"{self.duplicates} already in the project, left as they are")
        out += self.messages
        return out + self.refusal_lines()

    def aside_lines(self) -> list[str]:
        """The lines of :meth:`lines` about what was not stored: the lines refused, each file that failed (its
        line, with what it stored before), the files a stop or a cancel left unread. The command line writes
        these on standard error, what was stored on standard output (as ``annotator import`` does), and the notes
        on how the files were read (a coder named by number alone, a gold document found by its text)."""
        failed = [f.line() for f in self.failed]
        return self.refusal_lines() + failed + self.notes + [m for m in self.messages
                                                             if m.startswith(("stopped: ", "cancelled: "))]

    def refusal_lines(self) -> list[str]:
        """The lines of :meth:`lines` that name what was refused ("rejected FILE line 3: why", lines in a row refused
        for one reason as one): the command line writes them on standard error."""
        files = {f: i for i, f in reversed(list(enumerate(f for f, _n, _why in self.rejected)))}  # first seen
        runs: list[tuple[str, int, int, str]] = []  # (file, first, last, why): lines in a row refused for one reason
        for f, n, why in sorted(self.rejected, key=lambda r: (files[r[0]], r[1])):  # in the file's order (they
            if runs and runs[-1][0] == f and runs[-1][2] == n - 1 and runs[-1][3] == why:  # are found in two passes)
                runs[-1] = (f, runs[-1][1], n, why)
            else:
                runs.append((f, n, n, why))
        units = {result.path: result.unit for result in self.files}  # a line, a row or a Label Studio file's task
        return [f"rejected {f} {units.get(f, 'line')} {a}: {why}" if a == b
                else f"rejected {f} {units.get(f, 'line')}s {a}–{b}: {why}" for f, a, b, why in runs]

    def rejected_by_unit(self) -> dict[str, int]:
        """{unit: how many refused}, in the files' order: a JSON Lines file's lines, a workbook's rows, a Label
        Studio file's tasks (one whose every task was refused said 'every row was refused')."""
        counts: dict[str, int] = {}
        for f in self.files:
            if f.rejected:
                counts[f.unit] = counts.get(f.unit, 0) + f.rejected
        return counts or ({"line": len(self.rejected)} if self.rejected else {})

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error]


def count_batch(pending: FileResult, rejected: list[tuple[str, int, str]], result: FileResult,
                report: AnnotationImportReport) -> None:
    """A committed batch's counts (``pending``, its ``rejected`` lines) added to its file's and the import's."""
    for name in ("added", "documents_added", "duplicates", "changed", "superseded", "scored", "valued", "links",
                 "links_accepted", "links_replaced", "links_rejected", "predicted", "predicted_links",
                 "predicted_aside", "other_writing"):
        setattr(result, name, getattr(result, name) + getattr(pending, name))
        setattr(report, name, getattr(report, name) + getattr(pending, name))
    result.rejected += len(rejected)
    report.rejected += rejected


class AnnotationImportError(ImportFileError):
    """A file could not be imported (the others were); ``report`` says what each file stored."""

    def __init__(self, report: AnnotationImportReport) -> None:
        first = report.failed[0]
        held = f"{first.stored()} had been stored from it" if first.stored_anything() else "nothing was stored from it"
        message = f"{first.path}: {first.error}" + ("" if first.error.endswith(held) else f"; {held}")  # said once
        if len(report.failed) > 1:
            message += f" ({len(report.failed) - 1} other file(s) failed too)"
        stored = [f"{Path(f.path).name}: {f.stored()}" for f in report.files if f is not first and f.stored_anything()]
        if stored:
            message += "; stored from the other files: " + ", ".join(stored)
        super().__init__(message)
        self.report = report


def import_annotations(store: Store, paths: Sequence[str | Path], *, status: str = "accepted", annotator: str = "",
                       progress: Callable[[int, int, str], None] | None = None,
                       cancelled: Callable[[], bool] | None = None, coder: bool = True,
                       encoding: str | None = None) -> AnnotationImportReport:
    """Import each file (see the module's description); raises AnnotationImportError at the end
    when a file failed, after importing the others. ``progress(i, n, path)`` before each file;
    ``cancelled()`` true stops before the next file, or within a file after the batch under way
    (what was stored stays: a large file is not read to its end first). A file read under a name
    (``annotator``) makes that name one of the project's coders (``Store.coders``: the user's edits
    leave a coder's spans as they are), unless ``coder`` is False (the demo's own reviewed spans, the
    window's file imported under the user's own name: their own work). ``encoding`` (``--encoding``) reads
    every JSON Lines and Label Studio file in it rather than as its bytes tell (``annotation_text.read_as``)."""
    if status not in STATUSES:
        raise ValidationError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    with read_as(encoding):
        return _import(store, [Path(p) for p in paths], status, annotator, progress, cancelled, coder)


def _import(store: Store, paths: list[Path], status: str, annotator: str,
            progress: Callable[[int, int, str], None] | None, cancelled: Callable[[], bool] | None,
            coder: bool) -> AnnotationImportReport:
    report = AnnotationImportReport()
    files = sorted(paths, key=is_links_file)  # the spans first, then the links that join them
    for i, path in enumerate(files):
        if progress is not None:
            progress(i, len(files), str(path))
        if cancelled is not None and cancelled():
            report.messages.append("cancelled: the files not yet read were not imported")
            break
        result = FileResult(str(path))
        report.files.append(result)
        named: list[str] = []
        try:
            _read_back(path)
            read = formats.for_path(path, formats.ANNOTATIONS).load()
            # a coder's file: their layer is theirs (store/coders.py), from before its first span is stored (recorded
            # after its last, a kill or a failed write between left their spans in the project, no coder's)
            named = store.add_coders([annotator], "import") if annotator and coder else []
            read(store, path, status=status, annotator=annotator, report=report, result=result, cancelled=cancelled)
        except AnnotatorError as e:  # an unreadable file: the others still import
            if named and not result.stored_anything():  # nothing of theirs came in: not a coder for it
                with suppress(AnnotatorError):
                    store.remove_coders(named)
            result.error = str(e).removeprefix(f"{path}: ")
            stop = isinstance(e, SaveError)  # disk full, read-only, busy: each next file would fail (or wait) alike
        else:
            stop = False
        report.messages.append(result.line())
        report.messages += result.notes
        report.notes += result.notes
        if result.cancelled_at is not None:
            done, of, unit = result.cancelled_at
            report.messages.append(f"cancelled: {Path(path).name} was read to {unit} {done:,} of {of:,}; the rest of "
                                   "it and the files after it were not imported (importing it again adds only what "
                                   "is missing)")
            break
        if stop and i + 1 < len(files):
            report.messages.append(f"stopped: the project could not be written to, so {len(files) - i - 1:,} "
                                   "file(s) after it were not tried; what was stored before it stays")
        if stop:
            break
    if report.failed:
        raise AnnotationImportError(report)
    return report


def is_links_file(path: Path) -> bool:
    """A gold links file (the guide's ``*.links.jsonl``): imported after the other files of a call,
    so that its links find the gold spans they join accepted, whatever order the files are named in."""
    return path.name.lower().endswith(".links.jsonl")


def _read_back(path: Path) -> None:
    """Refuse a file of an export format no annotation reader takes (a .csv read as JSON Lines gave a
    "not valid JSON" line per row, and no word of which files are read)."""
    suffix, read = path.suffix.lower(), formats.suffixes(formats.ANNOTATIONS)
    if path.is_dir():  # said "cannot read (Is a directory)"
        raise AnnotatorError(f"{path}: is a folder; name the annotation files in it "
                             f"({formats.listed(sorted(read), 'or')})")
    if suffix in formats.suffixes(formats.DOCUMENTS):  # a report's .txt gave a "not valid JSON" line per line
        raise AnnotatorError(f"{path}: a {suffix} file is a document, not annotations: documents are imported "
                             f"with 'annotator import', annotations from {formats.listed(sorted(read), 'or')} files")
    if suffix in formats.WRITTEN_ONLY:
        raise AnnotatorError(f"{path}: a {suffix} export is not read back; annotations are imported from "
                             f"{formats.listed(sorted(read), 'or')} files (export them as one of those)")
