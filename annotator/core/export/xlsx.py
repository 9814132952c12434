"""The Excel summary of a project: one clean table per sheet, streamed, written atomically.

Sheets (each a table with one frozen, filtered header row):

- About: project, export time, annotators, filters, label definitions, counts per label and
  status, and how the sheets are built (section / item / value / detail).
- Annotations: one row per exported span with its typed values; the sheet that
  ``annotator import-annotations DIR FILE.xlsx`` reads back (see ``imports/xlsx.py``).
- one sheet per label of the label schema that names one (``labels.py``; built in
  ``label_sheets.py``), in the project's order of its labels:

  - Districts: one row per district (normalised name, else the text): mentions, documents, and
    the projects and amounts linked to it as in Facts; a bar chart of the amount sums.
  - Projects, Amounts, Targets: one row per span with its district and project (Projects: its
    amount) as in Facts (``facts.py``: stored links, else the link rules). Amounts carries the
    document total on every row ("document total (yuan)"), so every row stays one amount: summing
    or filtering the yuan column never counts a total twice, and pandas needs no grouping to get
    the total of a document (which counts a range once and a total stated with 其中 without its
    parts: range_end, part_of).
  - any other label's sheet: one row per span with its value columns.

- Documents: name, title, characters, exported spans per label, all spans per status, done.
- Agreement (when two coders or more have exported spans): how far they agree, as
  'annotator agreement' gives it (``agreement_sheet.py``).

Relations use the exported spans only (a filter on labels or statuses applies to them too).
Times are UTC (Excel has no time zones). No cell is ever a formula.
"""
from __future__ import annotations

import contextlib
import gc
import json
import os
import sys
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook

from annotator.core.divisions import edition
from annotator.core.errors import AnnotatorError, SaveError
from annotator.core.export import agreement_sheet, provenance, sheets
from annotator.core.export import facts as F
from annotator.core.export import rows as R
from annotator.core.export.codebook import CODEBOOK_COLUMNS, codebook_rows
from annotator.core.export.label_sheets import label_sheets
from annotator.core.export.meta import MetaColumns
from annotator.core.export.sheets import SheetWriter
from annotator.core.models import STATUSES, Document
from annotator.core.provenance import kind
from annotator.core.store import Store
from annotator.core.suggest.model import described as suggesters
from annotator.core.writing import atomic_path

GAZETTEER_NOTE = (
    "district_code, district_name, province, prefecture and county are this edition's, whatever the document's "
    "year: it holds no earlier names or codes. A unit renamed or made a district since (a county-level city "
    "made a district: 宜州市, now 宜州区 451203) named by its old full name keeps its name and no code "
    "(keyed_by = name on Districts); its short form (宜州) takes the code of today's unit of that name, unless "
    "the document names the old unit in full. Panels over years: check the rows without a code")
ABOUT_COLUMNS = R._cols("section", "item", ("value", "wrap"), ("detail", "wrap"))
ANNOTATIONS_NOTE = ("one row per exported span; edit label, status, note or the typed value columns and "
                    "import the file back with 'annotator import-annotations' (rows are matched by id in this "
                    "project, elsewhere by document and offsets: the workbook seeds a project holding the "
                    "same documents)")
LINKS_NOTE = ("one row per link of an exported span (not rejected): kind district (the district it concerns) or "
              "project (the project a sum or goal is for); imported back with the spans")
FACTS_NOTE = ("one row per AMOUNT, TARGET and PROJECT with its year, value, project and district (code, "
              "province, prefecture, county); 'link' says how the district was found; the table for Stata, R "
              "and pandas ('annotator export P -o facts.csv --table facts'); a coding team's span is a row for "
              "each coder who marked it: keep one 'annotator' before summing; code_guessed (last) is TRUE where "
              "the district's code is only the first of the gazetteer's units of its name: drop those rows before "
              "summing by code")
DOCUMENTS_NOTE = ("one row per document (those --doc names, else all): its metadata, its exported spans per "
                  "label (n_district …), all its spans per status in the whole project (n_suggested …), its done "
                  "mark and the sha256 of its text")
SENTENCES_NOTE = "end at 。！？!?；; or a line break"
# for a colleague with the workbook and without the README: the codes stay text, whole numbers whole
READING_NOTE = ("district_code is text (digits): pandas: pd.read_excel(f, sheet_name=\"Facts\", "
                "dtype={\"district_code\": str}, dtype_backend=\"numpy_nullable\"); (part_of, year, yuan: whole "
                "numbers, <NA> where empty); R: readxl::read_excel(f, \"Facts\", guess_max = 1e6); Stata: import "
                "excel using f, sheet(\"Facts\") firstrow clear; a .dta from pandas: df.to_stata(out, "
                "write_index=False, version=118) (Stata 14+; the default version is Latin-1 and refuses Chinese "
                "text). Facts to Districts: a name without a code is its Districts row's key, and pandas, R and Stata "
                "match an empty code with every empty code, so merge on the code, else the name: for both tables "
                "key = t.district_code.fillna(t.district_name)")


def write(store: Store, out: str | Path, *, statuses: Iterable[str] | None = ("accepted",),
          labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
          annotators: Iterable[str] | None = None) -> str:
    """Write the workbook to ``out`` (replaced only once complete); returns a one-line summary."""
    statuses = list(statuses) if statuses else ["accepted"]
    labels = list(labels) if labels is not None else None
    doc_ids = list(doc_ids) if doc_ids is not None else None
    annotators = list(annotators) if annotators is not None else None
    out = Path(out)
    with atomic_path(out) as tmp:
        why = None
        with _held_unraisable() as held:
            try:
                summary = _write_workbook(store, tmp, statuses, labels, doc_ids, annotators)
                with open(tmp, "rb") as f:
                    os.fsync(f.fileno())
            except BaseException as e:  # lxml reports a full disk in its own errors
                why = None if isinstance(e, AnnotatorError) else _write_failure(e)
                if why is None:  # a damaged page read late (sqlite3), Ctrl+C …: the sheets written before it
                    traceback.clear_frames(e.__traceback__)  # are freed here, where their complaints as they
                    gc.collect()  # close ("Exception ignored in: <generator …>", twenty tracebacks at the
                    held.clear()  # exit) are held: the error says what went wrong
                    raise
            if why is not None:  # outside the except block: nothing keeps the failed streams alive
                gc.collect()
                held.clear()  # their complaints as they close on a full disk say nothing new
        if why is not None:
            raise SaveError(f"{out}: could not be written ({why}); nothing was changed")
    return summary


_LXML_IO = {"IO_ENOSPC": "No space left on device", "IO_EFBIG": "File too large",
            "IO_EIO": "Input/output error", "IO_EDQUOT": "Disk quota exceeded"}


def _write_failure(e: BaseException | None) -> str | None:
    """Why writing failed (a full disk, say) when ``e`` or what caused it is an I/O error:
    an OSError, or lxml's own report of one (``SerialisationError: IO_EFBIG``)."""
    seen = set()
    while e is not None and id(e) not in seen:
        if isinstance(e, OSError):
            return e.strerror or str(e)
        if type(e).__module__.startswith("lxml") and str(e).startswith("IO_"):
            return _LXML_IO.get(str(e), str(e))
        seen.add(id(e))
        e = e.__cause__ or e.__context__
    return None


@contextlib.contextmanager
def _held_unraisable() -> Iterator[list[sys.UnraisableHookArgs]]:
    """Hold the errors that objects raise while being freed ("Exception ignored in …"): openpyxl's
    sheet streams and zip file raise them when a full disk stops a workbook. What is still held
    at the end is passed on to the usual hook."""
    held: list[sys.UnraisableHookArgs] = []
    hook = sys.unraisablehook
    sys.unraisablehook = held.append
    try:
        yield held
    finally:
        sys.unraisablehook = hook
        for unraisable in held:
            hook(unraisable)


def _write_workbook(store: Store, path: Path, statuses: list[str], labels: list[str] | None,
                    doc_ids: list[int] | None, annotators: list[str] | None = None) -> str:
    _refuse_over_excels_limit(store, statuses, labels, doc_ids, annotators)
    label_names = store.label_names()
    label_ids = {label.name: label.id for label in store.labels()}  # the Documents columns' numbers
    docs = _chosen_documents(store, doc_ids)
    meta = MetaColumns(docs)
    wb = Workbook(write_only=True)
    about = SheetWriter(wb, "About", ABOUT_COLUMNS)
    facts = SheetWriter(wb, "Facts", F.fact_columns(meta))
    annotations = SheetWriter(wb, "Annotations", R.annotation_columns(meta))
    sheets = [(sheet, SheetWriter(wb, sheet.title, sheet.columns + (meta.columns() if sheet.per_span else ())
                                  + sheet.last)) for sheet in label_sheets(label_names)]
    links = SheetWriter(wb, "Links", R.LINK_COLUMNS)
    documents = SheetWriter(wb, "Documents", R.document_columns(label_names, meta, label_ids))
    data = [facts, annotations, *(w for _s, w in sheets), links, documents]
    agreement, agreement_note = agreement_sheet.agreement_rows(store, statuses, labels, doc_ids, annotators) or (
        None, agreement_sheet.NOTE)
    agreed = SheetWriter(wb, agreement_sheet.TITLE, agreement_sheet.columns()) if agreement is not None else None
    codebook = SheetWriter(wb, "Codebook", CODEBOOK_COLUMNS)

    per_doc: dict[int | None, Counter[str]] = {}
    annotated: Counter[str] = Counter()
    origins: Counter[tuple[str, str]] = Counter()  # (status, kind) of the exported spans
    for ds in R.iter_documents(store, statuses, labels, doc_ids, annotators):
        facts.extend(F.fact_rows(ds, meta))
        for a in ds.spans:
            annotations.append(R.annotation_row(ds, a, meta))
            annotated[a.annotator] += 1  # "": no name (the command line's review, an import)
            origins[a.status, kind(a.origin, a.confidence)] += 1
        per_doc[ds.doc.id] = Counter(a.label for a in ds.spans)
        links.extend(R.link_rows(ds))
        for sheet, writer in sheets:
            if sheet.per_span:
                tail, n = meta.row(ds.doc), len(sheet.columns)  # the metadata, then the row's last cells
                writer.extend([*row[:n], *tail, *row[n:]] for row in sheet.rows(ds))
            else:
                writer.extend(sheet.rows(ds))

    for sheet, writer in sheets:
        final = sheet.final_rows()
        writer.extend(final)
        sheet.decorate(writer.ws, final)
    _documents(store, documents, label_names, per_doc, docs, meta)
    counts = {"facts": facts.close(), "annotations": annotations.close()}
    counts.update((sheet.title.lower(), writer.close()) for sheet, writer in sheets)
    counts["links"] = links.close()
    counts["documents"] = documents.close()
    if agreed is not None and agreement is not None:
        agreed.extend(agreement)
        counts["agreement"] = agreed.close()
    codebook.extend(codebook_rows([*((w.ws.title, w.columns) for w in data), ("About", ABOUT_COLUMNS),
                                   ("Codebook", CODEBOOK_COLUMNS)],
                                  {**meta.describe(), **R.label_count_meanings(label_names, label_ids)}))
    if agreed is not None:
        codebook.extend(agreement_sheet.codebook_rows())
    codebook.close()
    notes = [("Facts", FACTS_NOTE), ("Annotations", ANNOTATIONS_NOTE), ("Links", LINKS_NOTE),
             *((s.title, s.note) for s, _w in sheets if s.note), ("Documents", DOCUMENTS_NOTE),
             *([(agreement_sheet.TITLE, agreement_note)] if agreed is not None else []),
             ("Codebook", "every column of every sheet: meaning, unit, type"), ("sentences", SENTENCES_NOTE),
             ("origins", provenance.ORIGINS_NOTE), ("pandas, R, Stata", READING_NOTE)]
    _about(store, about, statuses, labels, doc_ids, annotated, counts, annotators)
    about.extend(provenance.origin_rows(origins) + provenance.team_rows(store, doc_ids))
    about.extend([["how to read", name, note, None] for name, note in notes])
    about.close()
    wb.save(path)
    return (f"{counts['annotations']:,} annotation(s) in {len(per_doc):,} document(s); {counts['facts']:,} fact(s); "
            + ", ".join(sheet.summary(counts[sheet.title.lower()]) for sheet, _w in sheets))


def _refuse_over_excels_limit(store: Store, statuses: list[str], labels: list[str] | None,
                              doc_ids: list[int] | None, annotators: list[str] | None) -> None:
    """The Annotations sheet's rows counted over an index before any is built: a workbook Excel could not
    open is refused at once (2,044,655 spans of 5,000 reports: 204.8 s of building rows before the
    refusal). A choice of documents and coders at once is counted as the rows are written."""
    if doc_ids is None:
        counts = [(label, status, n) for (who, label, status), n in store.count_by_annotator().items()
                  if annotators is None or who in annotators]
    elif annotators is None:
        counts = [(label, status, n) for d in doc_ids for (label, status), n in store.count_annotations(d).items()]
    else:
        return
    if sum(n for label, status, n in counts if status in statuses and (labels is None or label in labels)) \
            >= sheets.MAX_ROWS - 1:
        raise sheets.too_many_rows("Annotations")


def _chosen_documents(store: Store, doc_ids: list[int] | None) -> list[Document]:
    wanted = set(doc_ids) if doc_ids is not None else None
    return [d for d in store.documents() if wanted is None or d.id in wanted]


def _documents(store: Store, sheet: SheetWriter, label_names: list[str], per_doc: dict[int | None, Counter[str]],
               docs: list[Document], meta: MetaColumns) -> None:
    status_counts = store.document_counts()
    for d in docs:
        assert d.id is not None  # a stored document
        exported = per_doc.get(d.id, Counter())
        by_status = status_counts.get(d.id, {})
        sheet.append([d.name, *meta.row(d), d.char_count, *(exported.get(n, 0) for n in label_names),
                      *(by_status.get(s, 0) for s in STATUSES), bool(d.done), d.sha256])


def _about(store: Store, sheet: SheetWriter, statuses: list[str], labels: list[str] | None,
           doc_ids: list[int] | None, annotators: Counter[str], counts: dict[str, int],
           chosen: list[str] | None = None) -> None:
    add = sheet.append
    add(["project", "name", store.folder.resolve().name, None])
    add(["project", "uuid", store.project_uuid(), "the project whose span ids the Annotations sheet holds"])
    add(["project", "label ids", json.dumps({label.name: label.id for label in store.labels()}, ensure_ascii=False),
         "each label's id: imported again after a label was renamed, its rows are found under its name then"])
    sheet.extend(provenance.program_rows(store))
    add(["export", "time (UTC)", datetime.now(UTC).replace(tzinfo=None, microsecond=0), None])
    named = [name for name in annotators if name]
    unnamed = ["(without a name)"] if named and any(not name and n for name, n in annotators.items()) else []
    add(["export", "annotators", ", ".join(sorted(named) + unnamed) or "(none recorded)",
         "; ".join(f"{name or 'without a name'}: {n} span(s)" for name, n in annotators.most_common()
                   if name or named) or None])
    add(["filter", "statuses", ", ".join(statuses), None])
    add(["filter", "labels", ", ".join(labels) if labels is not None else "all", None])
    add(["filter", "annotators", ", ".join(repr(a) if not a else a for a in chosen) if chosen is not None else "all",
         None])
    if doc_ids is None:
        add(["filter", "documents", "all", None])
    else:
        names = {d.id: d.name for d in store.documents()}
        add(["filter", "documents", f"{len(doc_ids)} selected", "、".join(names.get(i, str(i)) for i in doc_ids)])
    add(["gazetteer", "edition", edition(), GAZETTEER_NOTE])
    for label in store.labels():
        add(["label", label.name, label.description or None, f"colour {label.color}"
             + (f", key {label.shortcut}" if label.shortcut else "")])
    project_counts = store.count_annotations()
    for label_name in store.label_names():
        for status in STATUSES:
            add(["count", f"{label_name} {status}", project_counts.get((label_name, status), 0), "whole project"])
    for name, n in counts.items():
        add(["exported", name, n, "rows of the sheet"])
    sheet.extend(suggesters.rows(store))
