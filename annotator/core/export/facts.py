"""The long table ``Facts``: one row per AMOUNT, TARGET and PROJECT, with its district and project.

A sheet of the workbook and ``annotator export P -o facts.csv --table facts``: the table to load
into Stata, R or pandas. Each row names the document and its year, the span, its value (yuan;
quantity and unit, and the quantity in the unit without its scale, 1.2万人 as 12000 人:
``target_units.py``; an amount's qualifier, 超 over, 近 nearly …), the project it is for, its district
by code with the province / prefecture / county above it (``divisions.py``), ``link`` (how the
district, else the project, was found) and the document's metadata.

How a span is linked (:class:`SentenceLinker`):

- the links stored in the project (``core/links.py``: set by hand, imported, or suggested by
  ``annotator suggest``), accepted or suggested, an accepted one first: ``link`` is the link's
  origin (``manual``, ``imported``, ``nested``, ``clause``, ``project``, ``jurisdiction`` …);
- a span without a stored link of a kind gets the one the link suggester's rules give it, worked
  out on the exported spans as ``annotator suggest-links`` would (``suggest/links.py``: a district
  named inside the span, the district of its project, the district that is the subject of its
  clause, the district heading its part of the page, else the document's jurisdiction — the
  metadata's, else guessed from its districts, suggested ones too, as the window shows it): ``link``
  is that rule's name. A stored link to a span the export leaves out (a DISTRICT still a suggestion
  while only accepted spans are exported, ``rows._counts``) is not used: the span is placed by the
  rules, else the jurisdiction, never left without a district. A span whose links were stored
  (reviewed, or proposed by the link suggester, which weighs project links too) is for the project
  they give, else for none. (Before, such a span took the
  nearest district of its sentence, often a place merely named — 山东 in a 滨州 report —, and a
  document without ``--meta jurisdiction`` left the rest without a district: on the six reports
  with their gold spans and no links, 136 of 717 facts had the gold's district.)

A PROJECT row's ``project`` is its own text. A district named without a code keeps its name
and has no code and no units above it, unless the document's links give that name one (gold links
carry a township's code its DISTRICT spans lack; a link made by hand to such a span has none).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from annotator.core.division_names import named
from annotator.core.divisions import Division, canonical, division
from annotator.core.export.meta import MetaColumns, year_of
from annotator.core.export.parts import parts_for
from annotator.core.export.project_key import project_key
from annotator.core.export.ranges import range_ends
from annotator.core.export.rows import Column, DocumentSpans, _cols, cells_of
from annotator.core.export.subtotals import subtotals_for
from annotator.core.fields import text_cell
from annotator.core.jurisdiction import Jurisdiction
from annotator.core.jurisdiction import jurisdiction_of as document_jurisdiction
from annotator.core.links import District, Resolved, resolve
from annotator.core.models import MANUAL, Annotation
from annotator.core.suggest.district.units import TABLES_CHOSE
from annotator.core.suggest.link_places import township_code
from annotator.core.suggest.links import suggest_links
from annotator.core.suggest.traditional import simplified
from annotator.core.target_units import base_quantity

DISTRICT, PROJECT, AMOUNT, TARGET = "DISTRICT", "PROJECT", "AMOUNT", "TARGET"
_CODE = re.compile(r"(?<!\d)\d{6}(?:\d{3}){0,2}(?!\d)")  # 350206, 350206001, NBS's 350206000000
FACT_LABELS = (AMOUNT, TARGET, PROJECT)
JURISDICTION = "jurisdiction"

FACT_COLUMNS = _cols(
    "document", ("year", "int"), "label", "text", ("start_offset", "int"), ("end_offset", "int"), ("yuan", "yuan"),
    ("quantity", "number"), "unit", ("base_quantity", "count"), "base_unit", "project", "project_key",
    ("district_code", "code"), "district_name", "province",
    "prefecture", "county", "link", "currency", ("foreign_amount", "money"), "qualifier", "range_end",
    ("part_of", "int"), "report_part", "status", "annotator",
    ("sentence", "wrap"), ("id", "int"))
# after the metadata columns, so that no column a script reads by its place moves (added in the 56th session)
GUESSED_COLUMNS = _cols(("code_guessed", "bool"))
_GUESSED = re.compile(r"gazetteer: \S+ (\d{6,12})\b[^;]*?" + re.escape(TABLES_CHOSE))


def code_guessed(a: Annotation | None) -> bool:
    """Whether a DISTRICT span's code is the one the gazetteer tables' order chose, as the suggester proposed it
    (its reason ends ``units.TABLES_CHOSE``: several units have the name, and nothing in the text or the
    document's jurisdiction told which); a span made by hand, or whose code was corrected since, holds no guess."""
    if a is None or a.origin == MANUAL or TABLES_CHOSE not in (a.reason or ""):
        return False
    m = _GUESSED.search(a.reason)
    return m is not None and span_code(a) == canonical(m.group(1))


def span_code(a: Annotation) -> str | None:
    """A DISTRICT span's code as the tables group it: its unit's gazetteer code for NBS's twelve digits
    (350206000000: 350206, :func:`~annotator.core.divisions.canonical`), so a unit is one row whichever it has."""
    value = a.value if isinstance(a.value, dict) else {}
    code = text_cell(value.get("code"))
    return canonical(code) if code else None


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
    """The district a DISTRICT span names: by its code when it has one, else by its name, in simplified
    characters (湖裡區 named without a code is 湖里区's row, not one of its own: ``suggest.traditional``)."""
    value = a.value if isinstance(a.value, dict) else {}
    code, name = span_code(a), text_cell(value.get("name"))  # 350206000000: 湖里区 350206, as 350206 is
    d = division(code) if code else None
    return Place(d.name if d and not name else simplified(name or a.text), code, d)


def jurisdiction_of(ds: DocumentSpans) -> Place | None:
    """The document's jurisdiction from its metadata (a code, or a name of one unit, as
    :func:`~annotator.core.jurisdiction.parse` reads it)."""
    meta = ds.doc.metadata if isinstance(ds.doc.metadata, dict) else {}
    given = str(meta.get("jurisdiction") or "").strip()
    if not given:
        return None
    found = _CODE.search(given)  # "350206", "湖里区 350206", "350206000000"
    code = canonical(found.group(0)) if found else None  # NBS's twelve digits: the unit's own code
    d = division(code) if code else named(given).unit  # 湖里区, 厦门市湖里区, 湖里: 350206
    if d is None:
        return Place(simplified(_CODE.sub("", given).strip(" ,，()（）") or given), code)
    return Place(d.name, d.code, d)


@dataclass(frozen=True)
class Found:
    place: Place | None = None
    project: Annotation | None = None
    how: str = ""
    guessed: bool = False  # the place's code is one the gazetteer tables' order chose (:func:`code_guessed`)


class SentenceLinker:
    """The district and project of each span of one document: its stored links (accepted or
    suggested; an accepted one wins), else the link suggester's rules, else the jurisdiction (see above)."""

    def __init__(self, ds: DocumentSpans) -> None:
        self.ds = ds
        self._jurisdiction: Place | None | bool = False
        self.resolved: dict[int, Resolved] = resolve(ds.links, ds.all_spans) if ds.links else {}
        self._ruled: dict[int, Resolved] | None = None
        self._found: dict[int | None, Found] = {}
        self._places: dict[int | None, Place] = {}
        self._codes: dict[str, str | None] | None = None
        self._guess: Jurisdiction | None | bool = False

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
            code = self._code_of(place.name) if place.code is None else None
            if code:
                place = Place(place.name, code, division(code))
            self._places[a.id] = place
        return place

    def _link_codes(self) -> dict[str, str | None]:
        if self._codes is None:
            codes: dict[str, set[str]] = {}
            for r in self.resolved.values():
                if r.district is not None and r.district.code and r.district_span is not None:
                    codes.setdefault(r.district.name, set()).add(canonical(r.district.code))
            self._codes = {name: next(iter(c)) if len(c) == 1 else None for name, c in codes.items()}
        return self._codes

    def _code_of(self, name: str) -> str | None:
        """The code of a district named without one: the one the document's links give that name,
        else a township's nearest the jurisdiction, as the link rules read it (``link_places.py``)."""
        code = self._link_codes().get(name)
        if code is None and name not in self._link_codes():
            jur = self._guessed()
            code = township_code(name, jur.district.code if jur is not None else None)
        return code

    def _guessed(self) -> Jurisdiction | None:
        """The document's jurisdiction as the link rules and the window have it (given, else guessed)."""
        if self._guess is False:
            spans = self.ds.spans if self.ds.context is None else self.ds.context
            if self.ds.districts is not None:  # suggested ones too, as the window has it
                spans = self.ds.districts()
            doc = self.ds.doc if self.ds.doc.text else replace(self.ds.doc, text=self.ds.text)  # its title line
            self._guess = document_jurisdiction(doc, [a for a in spans if a.label == DISTRICT])
        return self._guess  # type: ignore[return-value]

    def rules(self) -> dict[int, Resolved]:
        """What the link suggester's rules say of the exported spans (worked out once, when a span
        without stored links asks): as ``annotator suggest-links`` would store them."""
        if self._ruled is None:  # on every label's spans: a DISTRICT left out of the file still locates
            spans = self.ds.spans if self.ds.context is None else self.ds.context
            links = suggest_links(self.ds.text, spans, self._guessed())
            self._ruled = resolve(links, {a.id: a for a in spans if a.id is not None})
        return self._ruled

    def _district(self, district: District, how: str) -> Place:
        """A linked district as the tables show it: a name without a code takes the one the
        document's links give it, and the jurisdiction's the one the gazetteer gives its name."""
        code = canonical(district.code) or self._code_of(district.name)  # linked by hand to 南村 (no code)
        d = division(code) if code else None
        if d is None and how == JURISDICTION:
            d = named(district.name).unit  # --meta jurisdiction=南京市, 厦门湖里: the one unit it names
            code = d.code if d else code
        return Place(simplified(district.name), code, d)  # 鼓樓區 without a code: 鼓楼区's row

    def _find(self, a: Annotation) -> Found:
        r = self.resolved.get(a.id) if a.id is not None else None
        ruled = self.rules().get(a.id) if a.id is not None and (r is None or r.district is None) else None
        project, project_how = None, ""
        if a.label != PROJECT:
            # a span with links of its own has the project they give (none here: reviewed so)
            given = r if r is not None else ruled
            if given is not None and given.project is not None and given.project_link is not None:
                project, project_how = given.project, given.project_link.origin
        for linked in (r, ruled):
            if linked is not None and linked.district is not None and linked.district_link is not None:
                how, span = linked.district_link.origin, linked.district_span
                place = self._district(linked.district, how)
                guessed = span is not None and code_guessed(span) and place.code == span_code(span)
                return Found(place, project, how, guessed)
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
    return (*FACT_COLUMNS, *(meta.columns(year=False) if meta is not None else ()), *GUESSED_COLUMNS)


def fact_rows(ds: DocumentSpans, meta: MetaColumns | None = None) -> Iterator[list[Any]]:
    linker = linker_for(ds)
    year = year_of(ds.doc)
    extra = meta.row(ds.doc, year=False) if meta is not None else []
    ends = range_ends(ds.text, ds.spans)  # the sums' rule made visible: a range's upper end is not added
    part = parts_for(ds)  # review or plan: the years a figure is for
    whole = subtotals_for(ds).total_of  # and a part of a total stated with 其中 (part_of: the total's id)
    for a in ds.spans:
        if a.label not in FACT_LABELS:
            continue
        v = cells_of(a.value)
        found = linker.find(a)
        project = a.text if a.label == PROJECT else (found.project.text if found.project else None)
        place = found.place.cells if found.place else [None] * 5
        yuan = v["yuan"] if a.label == AMOUNT else None
        quantity, unit = (v["quantity"], v["unit"]) if a.label == TARGET else (None, None)
        yield [ds.doc.name, year, a.label, a.text, a.start, a.end, yuan, quantity, unit,
               *(base_quantity(quantity, unit) if a.label == TARGET else (None, None)), project,
               project_key(project), *place,
               found.how or None, v["currency"] if a.label == AMOUNT else None,
               v["amount"] if a.label == AMOUNT else None, v["qualifier"] if a.label == AMOUNT else None,
               ends.get((a.start, a.end, a.annotator)) if a.label == AMOUNT else None,
               of.id if (of := whole(a)) is not None else None, part(a.start, a.end), a.status,
               a.annotator or None, ds.sentence_of(a), a.id, *extra, found.guessed]
