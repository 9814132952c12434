"""One document's text and spans as the link rules (``links.py``) ask about them: its DISTRICT
and PROJECT spans indexed so that each span's questions cost O(log n) (spans of one label never
overlap, so their starts and ends are in the same order), each district's (name, code) with a
township's code completed (``link_places.py``), and the heads of the parts of a page that covers
several districts in turn."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from annotator.core.jurisdiction import Jurisdiction, district_key
from annotator.core.jurisdiction import relation as _unit_relation
from annotator.core.models import Annotation
from annotator.core.suggest.link_places import Key, compared, former_code, township_code


class LinkContext:
    """One document's text and spans, indexed so that each span's questions cost O(log n)
    (spans of one label never overlap, so their starts and ends are in the same order)."""

    def __init__(self, text: str, districts: Sequence[Annotation], projects: Sequence[Annotation],
                 jurisdiction: Jurisdiction | None, jurisdiction_span: Annotation | None) -> None:
        self.text, self.districts, self.projects = text, districts, projects
        self.jurisdiction, self.jurisdiction_span = jurisdiction, jurisdiction_span
        self._d_starts = [d.start for d in districts]
        self._p_starts = [p.start for p in projects]
        self.longest_project = max((len(p.text) for p in projects), default=0)
        self.home = jur = compared(jurisdiction)  # the jurisdiction as districts are compared with it
        year = jurisdiction.year if jurisdiction else None
        self._keys: dict[tuple[int, int, str], Key] = {}
        self._townships: dict[tuple[int, int, str], str] = {}  # the codes a link keeps beside it
        formers: dict[str, str | None] = {}
        for d in districts:  # a township named without a code: the gazetteer's nearest; a former unit: its
            name, code = district_key(d)  # code in the document's year (link_places.py)
            at = (d.start, d.end, d.annotator)
            if not code and (township := township_code(name, jur.code if jur else None)):
                code = self._townships[at] = township
            elif not code:
                code = formers[name] if name in formers else formers.setdefault(name, former_code(name, year))
            self._keys[at] = (name, code)
        self.by_key: dict[Key, list[Annotation]] = {}
        for d in districts:
            self.by_key.setdefault(self.key(d), []).append(d)
        self._key_starts = {key: [d.start for d in same] for key, same in self.by_key.items()}
        # districts at the start of a line: the heads of the parts of a page; after each, the
        # head of the part it is in (itself beside the jurisdiction, none from the jurisdiction's
        # own on, else the part before goes on), read once in order
        self.heads = [d for d in districts if not text[text.rfind("\n", 0, d.start) + 1:d.start].strip()]
        self._h_ends = [d.end for d in self.heads]
        self._parts: list[Annotation | None] = []
        for d in self.heads:
            code = district_key(d)[1] or (None if (d.start, d.end, d.annotator) in self._townships else self.key(d)[1])
            relation = _unit_relation(code, jur)  # a township heads no part of its own
            self._parts.append(None if relation == "same" else d if relation == "beside"
                               else self._parts[-1] if self._parts else None)

    def key(self, d: Annotation) -> Key:
        """(name, code) of a DISTRICT span, a township's code completed (see link_places.py)."""
        return self._keys.get((d.start, d.end, d.annotator)) or district_key(d)

    def code_value(self, d: Annotation | None) -> dict[str, object] | None:
        """What a link to ``d`` keeps beside it: the code its span's value lacks (``district_of``)."""
        code = self._townships.get((d.start, d.end, d.annotator)) if d is not None else None
        return {"code": code} if code else None

    def districts_in(self, lo: int, hi: int) -> list[Annotation]:
        """The DISTRICT spans inside text[lo:hi]."""
        found = self.districts[bisect_left(self._d_starts, lo):bisect_left(self._d_starts, hi)]
        return [d for d in found if d.end <= hi]

    def projects_in(self, lo: int, hi: int) -> list[Annotation]:
        found = self.projects[bisect_left(self._p_starts, lo):bisect_left(self._p_starts, hi)]
        return [p for p in found if p.end <= hi]

    def in_a_project(self, d: Annotation) -> bool:
        i = bisect_right(self._p_starts, d.start) - 1
        return i >= 0 and self.projects[i].end >= d.end

    def part_head(self, pos: int) -> Annotation | None:
        """The head of the part ``pos`` lies in (see :func:`_part_head`)."""
        n = bisect_right(self._h_ends, pos)
        return self._parts[n - 1] if n else None

    def by_key_near(self, key: tuple[str, str | None], near: int) -> Annotation | None:
        """The DISTRICT span of ``key`` nearest before ``near`` (else the first after)."""
        same = self.by_key.get(key, [])
        n = bisect_right(self._key_starts.get(key, []), near)
        return same[n - 1] if n else (same[0] if same else None)
