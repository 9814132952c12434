"""The long table ``Facts``: one row per AMOUNT, TARGET and PROJECT, with its district and project.

A sheet of the workbook and ``annotator export P -o facts.csv --table facts``: the table to load
into Stata, R or pandas. Each row names the document and its year, the span, its value (yuan;
quantity and unit), the project it is for, its district by code with the province / prefecture
/ county above it (``divisions.py``), ``link`` (how the district, else the project, was found)
and the document's metadata.

How a span is linked (:class:`SentenceLinker`):

- the links stored in the project (``core/links.py``: set by hand, or suggested by
  ``annotator suggest``), accepted or suggested, an accepted one first: ``link`` is the link's
  origin (``manual``, ``nested``, ``clause``, ``project``, ``jurisdiction`` …);
- else ``sentence``: the nearest district (and, for an amount or target with no stored link at all,
  the nearest project) among the exported spans of the same sentence (``sentences.py``; a span
  inside another is nearest). A span whose links were stored (reviewed, or proposed by the link
  suggester, which weighs project links too) is for the project they give, else for none;
- else ``jurisdiction``: no district in the sentence, and the document's metadata names its
  ``jurisdiction`` (a division code, "湖里区 350206", or a full name only one unit has): that
  district. (``annotator suggest-links`` stores jurisdiction links, guessed when not given.)

A PROJECT row's ``project`` is its own text. A district named without a code keeps its name
and has no code and no units above it, unless the document's links give that name one (gold links
carry a township's code its DISTRICT spans lack; a link made by hand to such a span has none).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from annotator.core.divisions import Division, division, find
from annotator.core.export.meta import MetaColumns, year_of
from annotator.core.export.rows import Column, DocumentSpans, _cols
from annotator.core.fields import text_cell
from annotator.core.labels import value_cells
from annotator.core.links import Resolved, resolve
from annotator.core.models import Annotation

DISTRICT, PROJECT, AMOUNT, TARGET = "DISTRICT", "PROJECT", "AMOUNT", "TARGET"
_CODE = re.compile(r"(?<!\d)\d{6}(?:\d{3})?(?!\d)")
FACT_LABELS = (AMOUNT, TARGET, PROJECT)
SENTENCE, JURISDICTION = "sentence", "jurisdiction"

FACT_COLUMNS = _cols(
    "document", ("year", "int"), "label", "text", ("start_offset", "int"), ("end_offset", "int"), ("yuan", "yuan"),
    ("quantity", "number"), "unit", "project", ("district_code", "code"), "district_name", "province",
    "prefecture", "county", "link", "currency", ("foreign_amount", "number"), "status", ("sentence", "wrap"),
    ("id", "int"))


@dataclass(frozen=True)
class Place:
    """A district as the tables show it: its name and code, and the units above it."""

    name: str
    code: str | None = None
    division: Division | None = None

    @property
    def cells(self) -> list[Any]:
        d = self.division
        return [self.code, self.name, d.province if d else None, d.prefecture if d else None,
                d.county if d else None]


def place_of(a: Annotation) -> Place:
    """The district a DISTRICT span names: by its code when it has one, else by its name."""
    value = a.value if isinstance(a.value, dict) else {}
    code, name = text_cell(value.get("code")), text_cell(value.get("name"))
    d = division(code) if code else None
    return Place(d.name if d and not name else name or a.text, code, d)


def jurisdiction_of(ds: DocumentSpans) -> Place | None:
    """The document's jurisdiction from its metadata (a code, or a full name only one unit has)."""
    meta = ds.doc.metadata if isinstance(ds.doc.metadata, dict) else {}
    given = str(meta.get("jurisdiction") or "").strip()
    if not given:
        return None
    code = _CODE.search(given)  # "350206", "湖里区 350206"
    d = division(code.group(0)) if code else find(given)
    if d is None:
        return Place(_CODE.sub("", given).strip(" ,，()（）") or given, code.group(0) if code else None)
    return Place(d.name, d.code, d)


@dataclass(frozen=True)
class Found:
    place: Place | None = None
    project: Annotation | None = None
    how: str = ""


class SentenceLinker:
    """The district and project of each span of one document: its stored links (accepted or
    suggested; an accepted one wins), else the sentence rule, else the jurisdiction (see above)."""

    def __init__(self, ds: DocumentSpans) -> None:
        self.ds = ds
        self._jurisdiction: Place | None | bool = False
        self.resolved: dict[int, Resolved] = resolve(ds.links, ds.all_spans) if ds.links else {}
        self._found: dict[int | None, Found] = {}
        self._places: dict[int | None, Place] = {}
        self._codes: dict[str, str | None] | None = None

    def jurisdiction(self) -> Place | None:
        if self._jurisdiction is False:
            self._jurisdiction = jurisdiction_of(self.ds)
        return self._jurisdiction  # type: ignore[return-value]

    def find(self, a: Annotation) -> Found:
        found = self._found.get(a.id) if a.id is not None else None
        if found is None:
            found = self._find(a)
            if a.id is not None:
                self._found[a.id] = found
        return found

    def place(self, a: Annotation) -> Place:
        """The district a DISTRICT span names (``place_of``); one named without a code takes the
        code the document's links give that name (gold links carry a township's code its span's
        value lacks), so its mentions and its facts are one district (None when they give two)."""
        place = self._places.get(a.id)
        if place is None:
            place = place_of(a)
            code = self._link_codes().get(place.name) if place.code is None else None
            if code:
                place = Place(place.name, code, division(code))
            self._places[a.id] = place
        return place

    def _link_codes(self) -> dict[str, str | None]:
        if self._codes is None:
            codes: dict[str, set[str]] = {}
            for r in self.resolved.values():
                if r.district is not None and r.district.code and r.district_span is not None:
                    codes.setdefault(r.district.name, set()).add(r.district.code)
            self._codes = {name: next(iter(c)) if len(c) == 1 else None for name, c in codes.items()}
        return self._codes

    def _find(self, a: Annotation) -> Found:
        r = self.resolved.get(a.id) if a.id is not None else None
        project, project_how = None, ""
        if a.label != PROJECT:
            if r is not None and r.project is not None and r.project_link is not None:
                project, project_how = r.project, r.project_link.origin
            elif r is None:  # a span with links of its own has the project they give: none here
                project = self.ds.nearest(a, PROJECT)
                project_how = SENTENCE if project is not None else ""
        if r is not None and r.district is not None and r.district_link is not None:
            code = r.district.code or self._link_codes().get(r.district.name)  # linked by hand to 南村 (no code)
            d = division(code) if code else None
            return Found(Place(r.district.name, code, d), project, r.district_link.origin)
        d_span = self.ds.nearest(a, DISTRICT)
        if d_span is not None:
            return Found(self.place(d_span), project, SENTENCE)
        j = self.jurisdiction()
        if j is not None:
            return Found(j, project, JURISDICTION)
        return Found(None, project, project_how)


def linker_for(ds: DocumentSpans) -> SentenceLinker:
    """The linker of one document, made once for all the sheets that ask (it remembers its answers)."""
    linker = getattr(ds, "_linker", None)
    if not isinstance(linker, SentenceLinker) or linker.ds is not ds:
        linker = SentenceLinker(ds)
        ds._linker = linker  # type: ignore[attr-defined]
    return linker


def fact_columns(meta: MetaColumns | None = None) -> tuple[Column, ...]:
    return (*FACT_COLUMNS, *(meta.columns(year=False) if meta is not None else ()))


def fact_rows(ds: DocumentSpans, meta: MetaColumns | None = None) -> Iterator[list[Any]]:
    linker = linker_for(ds)
    year = year_of(ds.doc)
    extra = meta.row(ds.doc, year=False) if meta is not None else []
    for a in ds.spans:
        if a.label not in FACT_LABELS:
            continue
        v = value_cells(a.value)
        found = linker.find(a)
        project = a.text if a.label == PROJECT else (found.project.text if found.project else None)
        place = found.place.cells if found.place else [None] * 5
        yuan = v["yuan"] if a.label == AMOUNT else None
        quantity, unit = (v["quantity"], v["unit"]) if a.label == TARGET else (None, None)
        yield [ds.doc.name, year, a.label, a.text, a.start, a.end, yuan, quantity, unit, project, *place,
               found.how or None, v["currency"] if a.label == AMOUNT else None,
               v["amount"] if a.label == AMOUNT else None, a.status, ds.sentence_of(a), a.id, *extra]
