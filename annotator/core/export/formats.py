"""The export formats, each declared once, and the one entry point that writes any of them.

The command line (``annotator export --format``) and the window's export dialog list
:data:`FORMATS`; :func:`export` writes one. A format's module is imported only when it is
written (openpyxl is slow to load), so reading this registry costs nothing.

A writer is ``write(store, out, *, statuses, labels, doc_ids, annotators, **options) -> result``:
it replaces ``out`` only once complete, and its result fills the format's ``summary`` line.
``annotators`` (None: all) selects one coder's layer of a merged project, or the adjudicated
``gold``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from annotator.core.errors import AnnotatorError
from annotator.core.store.db_file import holds_a_database

if TYPE_CHECKING:
    from annotator.core.store import Store


@dataclass(frozen=True)
class ExportFormat:
    name: str  # what --format takes
    title: str  # what the export dialog shows (it has the translations)
    suffixes: tuple[str, ...]  # the first is what a new file gets; all of them choose the format by suffix
    writer: str  # "module:function", imported when first written
    summary: str  # the line export() returns: {out} the file, {result} what the writer returned
    options: Mapping[str, Any] = field(default_factory=dict)  # keyword arguments the writer always gets
    by_suffix: bool = True  # False: never chosen by suffix alone (doccano shares .jsonl with jsonl)
    project_id: bool = False  # the file carries the project's id (made on first need: a write)
    side_file: bool = False  # writes a second file beside the file (unless its writer is given side_file=False)

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    def write(self, store: Store, out: Path, **filters: Any) -> Any:
        module, function = self.writer.split(":")
        write: Callable[..., Any] = getattr(import_module(module), function)
        return write(store, out, **{**filters, **self.options})


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("jsonl", "JSON Lines, one span a line (gold format)", (".jsonl",),
                 "annotator.core.export.jsonl:write", "wrote {result:,} line(s) to {out}"),
    ExportFormat("doccano", "doccano JSONL, one document a line", (".jsonl",),
                 "annotator.core.export.jsonl:write", "wrote {result:,} line(s) to {out}{result.rejected_note}",
                 options={"fmt": "doccano"}, by_suffix=False),
    ExportFormat("doccano-relations", "doccano JSONL with relations (entities and links)", (".jsonl",),
                 "annotator.core.export.jsonl:write", "wrote {result:,} line(s) to {out}{result.rejected_note}",
                 options={"fmt": "doccano-relations"}, by_suffix=False),
    ExportFormat("label-studio", "Label Studio JSON (tasks with text spans and relations)", (".json",),
                 "annotator.core.export.label_studio:write",
                 "wrote {result} to {out}{result.config_note}{result.rejected_note}",
                 side_file=True),
    ExportFormat("xlsx", "Excel workbook (.xlsx)", (".xlsx",),
                 "annotator.core.export.xlsx:write", "wrote {out}: {result}", project_id=True),
    ExportFormat("csv", "CSV table", (".csv",),
                 "annotator.core.export.csv:write", "wrote {result:,} row(s) to {out}"),
    ExportFormat("facts", "Facts table (CSV) for Stata, R and pandas", (".csv",),
                 "annotator.core.export.csv:write", "wrote {result:,} fact(s) to {out}",
                 options={"table": "facts"}, by_suffix=False),
    ExportFormat("conll", "CoNLL / BIO, one character a line", (".conll", ".bio"),
                 "annotator.core.export.conll:write", "wrote {result} to {out}{result.warning}"),
    ExportFormat("html", "Annotated documents for reading and printing (HTML)", (".html", ".htm"),
                 "annotator.core.export.html_page:write", "wrote {result} to {out}{result.each_note}"),
)
DEFAULT = "jsonl"  # a file whose suffix names no format
# suffixes of other programs' formats: a file named so would hold JSON lines, which they refuse
NOT_WRITTEN = frozenset((".xls", ".xlsm", ".xlsb", ".ods", ".tsv", ".dta", ".sav", ".rds", ".rdata", ".parquet",
                         ".pdf", ".doc", ".docx"))


def names() -> list[str]:
    return [f.name for f in FORMATS]


def get(name: str) -> ExportFormat:
    for f in FORMATS:
        if f.name == name:
            return f
    raise AnnotatorError(f"unknown export format {name!r} (one of {', '.join(names())})")


def format_for(path: str | Path) -> str:
    """The format a file name asks for: by suffix, else jsonl; one named for a format annotator does
    not write (.xls, .pdf …) is an error rather than JSON lines under that name."""
    suffix = Path(path).suffix.lower()
    if suffix in NOT_WRITTEN:
        raise AnnotatorError(f"{path}: annotator does not write {suffix} files; name it .xlsx (Excel), .csv, "
                             ".jsonl, .json (Label Studio), .conll or .html, or choose --format; nothing was written")
    return named_by_suffix(path) or DEFAULT


def named_by_suffix(path: str | Path) -> str | None:
    """The format a file's suffix names (``.xlsx``: xlsx), None for a suffix no format claims."""
    suffix = Path(path).suffix.lower()
    return next((f.name for f in FORMATS if f.by_suffix and suffix in f.suffixes), None)


def check_filters(store: Store, statuses: Iterable[str] | None, labels: Iterable[str] | None,
                  annotators: Iterable[str] | None = None) -> None:
    """An unknown status, label or annotator is an error (it would export nothing), naming the known ones."""
    from annotator.core.models import STATUSES

    for status in statuses or ():
        if status not in STATUSES:
            raise AnnotatorError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    store.check_label_names(labels)
    if annotators is not None:
        names = sorted({who for who, _label, _status in store.count_by_annotator()})
        for name in annotators:
            if name not in names:
                raise AnnotatorError(f"no spans by annotator {name!r} in {store.folder} (its annotators: "
                                     f"{', '.join(repr(n) for n in names) or 'none'})")


class ExportCancelled(AnnotatorError):
    """Raised by an export's ``step`` to stop it: the target is left as it was."""


class _Watched:
    """The store as a writer reads it, ``step`` called with a document's name as its text or its
    spans begin to be read: a window's progress, and its Cancel (``step`` raises)."""

    def __init__(self, store: Store, step: Callable[[str], None]) -> None:
        self._store, self._step = store, step
        self._names: dict[int | None, str] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def document_texts(self, doc_ids: Iterable[int] | None = None) -> Iterator[tuple[int, str, str]]:
        for row in self._store.document_texts(doc_ids):
            self._step(row[1])
            yield row

    def iter_annotations(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        if self._names is None:
            self._names = {d.id: d.name for d in self._store.documents()}
        doc = None
        for a in self._store.iter_annotations(*args, **kwargs):
            if a.document_id != doc:
                doc = a.document_id
                self._step(self._names.get(doc, ""))
            yield a


def export(store: Store, out: str | Path, fmt: str | None = None, statuses: Iterable[str] | None = ("accepted",),
           labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
           annotators: Iterable[str] | None = None, step: Callable[[str], None] | None = None,
           **options: Any) -> str:
    """Write ``fmt`` (default: from the suffix) to ``out``; returns one line saying what was written,
    and a second one with the count of open suggestions left out, if any. ``annotators``: only these
    coders' spans (None: everyone's). ``options`` go to the writer (``doc_comments=False`` for
    conll); an unknown status, label or annotator is an
    :class:`AnnotatorError`. ``step(name)`` is called as the documents are read; raising
    :class:`ExportCancelled` there stops the export and leaves ``out`` as it was."""
    out = Path(out)
    if holds_a_database(out):
        raise AnnotatorError(f"{out}: is a project database (or one of its files); an export never "
                             "replaces it — choose another file name; nothing was written")
    chosen = get(fmt or format_for(out))
    statuses = list(statuses) if statuses is not None else ["accepted"]
    labels = list(labels) if labels is not None else None
    annotators = list(annotators) if annotators is not None else None
    if chosen.project_id:
        store.project_uuid()  # made (written) before the snapshot, in which nothing is written
    with store.snapshot():  # the project at one moment, while the window (say) goes on labelling
        check_filters(store, statuses, labels, annotators)
        reader = store if step is None else cast("Store", _Watched(store, step))
        doc_ids = list(doc_ids) if doc_ids is not None else None
        result = chosen.write(reader, out, statuses=statuses, labels=labels, doc_ids=doc_ids,
                              annotators=annotators, **options)
        open_left = _open_left_out(store, statuses, labels, doc_ids, annotators)
        shared, holders = store.shared_by_annotators(statuses, labels, doc_ids, annotators)
    line = chosen.summary.format(out=out, result=result)
    if open_left:  # `annotator export` right after `suggest` wrote nothing, and said nothing of why
        line += (f"\nnote: {open_left:,} open suggestion(s) were left out; review them, or export the status "
                 "suggested too")
    if shared:  # two layers (a merged team, gold imported under a name) hold the same fact: sums count it twice
        names = ", ".join(f"'{who}'" for who in holders) + (": '' is no name" if "" in holders else "")
        line += (f"\nnote: {shared:,} span(s) are exported once for each annotator who marked them ({names}), so "
                 "counts and sums take them more than once; --annotator NAME exports one annotator's")
    return line




def _open_left_out(store: Store, statuses: list[str], labels: list[str] | None,
                   doc_ids: Iterable[int] | None, annotators: list[str] | None) -> int:
    """How many suggestions still open (of ``labels``, in ``doc_ids``, by ``annotators``) an export of
    ``statuses`` leaves out: those that exporting the status suggested too would add."""
    if "suggested" in statuses:
        return 0
    counts = ([store.count_annotations(annotators=annotators)] if doc_ids is None
              else [store.count_annotations(d, annotators) for d in set(doc_ids)])
    return sum(n for each in counts for (label, status), n in each.items()
               if status == "suggested" and (labels is None or label in labels))
