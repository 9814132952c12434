"""Suggested links: which DISTRICT each PROJECT, AMOUNT and TARGET concerns, and which PROJECT
an AMOUNT or TARGET is for (the guide's LINKS section), each with its reason.

District, in this order:

- ``nested``: a district named inside the span (湖里 in 数字湖里网格化管理服务平台); several
  → the smallest unit holding them all; a place that holds the jurisdiction (厦门 in a 湖里区
  report) gives the jurisdiction;
- ``project``: an AMOUNT or TARGET for a project takes the project's district;
- ``clause``: the district that governs the clause — the nearest district before the span in
  its sentence that stands as the subject of a clause (湖里区将新建…, 仅张家川县就投资…),
  never a place merely named (在昆明举办…, 对接上海, 广东企业): only places inside the
  jurisdiction, or beside it under the same parent, can govern, and a unit above the jurisdiction
  the clause that holds the span itself where a verb, an adverb or a time follows it (河池市完成投资
  3亿元 in a report of 金城江区: 河池市; not 广西农村信用联社授信2亿元, nor 河池市下达资金…);
- ``jurisdiction``: the document's (metadata or guessed, :mod:`annotator.core.jurisdiction`).

A township named without a code is the one of its name nearest the jurisdiction, judged by its
county (``link_places.py``); a link to its span keeps that code beside it. A former unit (宜州市 in
2015), jurisdiction or span, is compared by the code it had in the document's year; its links keep code null.

Project: ``attribute`` — the sum is the project's own: 总投资20亿元的万达城市广场, 该项目总投资…,
a sum spent on building the project named right after it (投资12亿元建设东街口商圈; not one of a list),
a target that holds the project (建设天峨珍珠李示范基地3万亩), a sentence about one project
(其中，大任产业园…，4条园内路网贯通), its investment (…大任产业园建设，计划完成投资9亿元: link_projects.py);
never a total over a list (…等17个项目).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from annotator.core.divisions import find
from annotator.core.errors import SaveError
from annotator.core.jurisdiction import Jurisdiction, contains, district_key, jurisdiction_of
from annotator.core.links import DISTRICT, PROJECT
from annotator.core.models import Annotation, Link
from annotator.core.progress import LINKS, Meter, Progress, Step, Stopped, part
from annotator.core.provenance import link_made_here
from annotator.core.ranges import each_alone_or_ranged
from annotator.core.store import Store, now
from annotator.core.suggest.link_context import LinkContext
from annotator.core.suggest.link_places import common
from annotator.core.suggest.link_places import relation as _relation
from annotator.core.suggest.link_projects import invested_in
from annotator.core.suggest.traditional import simplified

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_END = re.compile(r"[，,；;：:、。！？!?\n（(）)“”\"]")
# what may stand between a clause's start and its subject
_SUBJECT_PREFIX = re.compile(
    r"^(?:其中|仅|全|而|同时|另外|此外|目前|今年|去年|截至目前|[0-9一二三四五六七八九十]+[、.．])?$")
# what may not follow a subject: it is then a modifier (湖里区委, 厦门大学) or a destination
_NOT_SUBJECT_AFTER = re.compile(r"^(?:[委人政大市省县区]|企业|方面|等地|之间|至|到|和|与|、)")
_NUMERAL = "[0-9一二三四五六七八九十百千]+"
_LIST_TOTAL = re.compile(rf"等\s*{_NUMERAL}\s*[个项家条所]|{_NUMERAL}个[^，。；]{{0,6}}项目")
# a figure of a sector or of the whole area, not of a project (产值, 总收入, 产业集群)
_SECTOR = re.compile(r"产值|收入|产量|产业|增加值|规模")
# campaigns and lists: their sentences measure a sector, not the campaign
_NOT_A_TOPIC = re.compile(r"(?:活动|行动)[”\"]?$|[等、]")
_THIS_PROJECT = re.compile(r"(?:该|这一|此)项目")
# a sum spent on building the project named right after it (投资12亿元建设东街口商圈)
_FOR_BUILDING = frozenset({"建设", "新建", "打造", "用于", "用于建设"})
_LIST_GOES_ON = frozenset("、等和及与")
# verbs by which a unit above the jurisdiction gives money to others: the sum is not the unit's own figure
_GIVES = frozenset({"下达", "拨付", "安排", "授信", "奖励", "补助", "支持", "下拨", "给予"})
_MAX_TOPIC_PREFIX = 8  # a sentence about one project names it within its first characters


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos)), default=max(0, pos - 400))
    end_m = _SENTENCE_END.search(text, pos)
    return start, end_m.start() if end_m else len(text)


def _clause_start(text: str, pos: int, floor: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(text, floor, pos)), default=floor)


def _is_subject(ctx: LinkContext, d: Annotation, floor: int) -> bool:
    """Whether district span ``d`` stands as the subject of its clause (the units above it named
    right before it are part of its name: 南京市鼓楼区投资…)."""
    return _heads_clause(ctx, d, floor) and not _NOT_SUBJECT_AFTER.match(ctx.text[d.end:d.end + 2])


def _heads_clause(ctx: LinkContext, d: Annotation, floor: int) -> bool:
    """Whether district span ``d`` opens its clause; an item of a list (after 、) does when the list is
    one of districts opening it (湖里区、集美区将…), not when it lists a verb's objects
    (推进南方集团…回收、环江富鑫公司…等项目建设: 环江 is no subject)."""
    lo, begins = _clause_start(ctx.text, d.start, floor), d.start
    code = ctx.key(d)[1]
    for outer in reversed(ctx.districts_in(lo, d.start)):
        name, above = ctx.key(outer)
        above = above or (unit.code if (unit := find(name)) else None)  # 南京市 tagged without its code
        if outer.end != begins or not code or not above or not contains(above, code):
            break
        begins = outer.start
    prefix = ctx.text[lo:begins].strip()
    if not _SUBJECT_PREFIX.match(prefix):
        return False
    if prefix or not ctx.text[floor:lo].rstrip().endswith("、"):
        return True
    before = ctx.districts_in(floor, lo)
    return bool(before) and not ctx.text[before[-1].end:lo].strip(" 、") and _heads_clause(ctx, before[-1], floor)


def _acts(text: str, pos: int) -> bool:
    """Whether the word at ``pos``, right after a unit above the jurisdiction, makes that unit the actor: a
    verb, an adverb, a time (河池市完成投资…, 厦门市共投入…, 河池市今年将…), not a noun of a name (广西农村信用联社
    授信2亿元: a lender) nor a verb of giving to others (河池市下达资金…)."""
    from annotator.core.suggest.segment import tokens  # jieba's words, loaded only for such a clause

    found = tokens(text[pos:pos + 8])
    if not found:
        return False
    word, tag = found[0][0], found[0][1]
    return (tag.startswith("v") or tag in ("d", "t", "m")) and word not in _GIVES


def _link(source: Annotation, kind: str, target: Annotation | None, origin: str, reason: str,
          value: dict[str, object] | None = None) -> Link:
    stamp = now()
    return Link(None, source.document_id, source.id or 0, kind, target.id if target is not None else None,
                dict(value or {}), "suggested", origin, "", reason, stamp, stamp)


def _part_head(ctx: LinkContext, pos: int) -> Annotation | None:
    """The district heading the part of the document ``pos`` is in, when it is not the
    jurisdiction: a page covering several districts in turn names each at the start of a line
    (集美： 全面推动…); None while the jurisdiction's own part lasts."""
    return ctx.part_head(pos)


def _jurisdiction_link(ctx: LinkContext, s: Annotation, why: str = "") -> Link | None:
    head = _part_head(ctx, s.start)
    if head is not None:
        name = district_key(head)[0]
        return _link(s, DISTRICT, head, "jurisdiction", f"part headed by {name} (line {head.text})"
                     + (f"; {why}" if why else ""), ctx.code_value(head))
    jur = ctx.jurisdiction
    if jur is None:
        return None
    reason = f"jurisdiction: {jur.district} ({jur.reason})" + (f"; {why}" if why else "")
    if ctx.jurisdiction_span is not None:
        return _link(s, DISTRICT, ctx.jurisdiction_span, "jurisdiction", reason)
    return _link(s, DISTRICT, None, "jurisdiction", reason,
                 {"name": jur.district.name, "code": jur.district.code})


def _by_key(ctx: LinkContext, key: tuple[str, str | None], near: int) -> Annotation | None:
    """The DISTRICT span of ``key`` nearest before ``near`` (else after)."""
    return ctx.by_key_near(key, near)


def _nested(ctx: LinkContext, s: Annotation) -> Link | None:
    inside = ctx.districts_in(s.start, s.end)
    if not inside or (s.label != "PROJECT" and _LIST_TOTAL.search(s.text)):
        return None
    jur = ctx.home
    keys = [ctx.key(d) for d in inside]
    own = [k for k in keys if _relation(k[1], jur) != "holds"]
    if len(inside) > 1 and "至" in s.text[inside[0].end - s.start:inside[-1].start - s.start]:  # a route: the
        own = [k for k in own if _relation(k[1], jur) in ("same", "inside")] or own  # ends beside are destinations
    if any(_relation(k[1], jur) != "same" for k in own):  # 河池巴马…学校: 巴马, not 河池
        own = [k for k in own if _relation(k[1], jur) != "same"]
    if not own:
        return _jurisdiction_link(ctx, s, f"{keys[0][0]} named inside holds it")
    if all(_relation(k[1], jur) == "other" for k in own):
        if s.label != "PROJECT":
            return None  # a place named in a sum or a goal: a partner, an origin
        return _jurisdiction_link(ctx, s, f"{own[0][0]} named inside lies outside: an origin or a destination")
    own = [k for k in own if _relation(k[1], jur) != "other"]
    key = common(own)
    target = _by_key(ctx, key, s.start) if key in own else None  # a unit above them all: named by none inside
    if target is None:
        return _link(s, DISTRICT, None, "nested", f"nested: {', '.join(k[0] for k in own)}",
                     {"name": key[0] or key[1], "code": key[1]})
    return _link(s, DISTRICT, target, "nested", f"nested: {target.text} in {s.text}", ctx.code_value(target))


def _clause(ctx: LinkContext, s: Annotation) -> Link | None:
    start, _ = _sentence(ctx.text, s.start)
    jur = ctx.home
    own_clause = _clause_start(ctx.text, s.start, start)
    for d in reversed(ctx.districts_in(start, s.start)):
        relation = _relation(ctx.key(d)[1], jur)
        if relation not in ("same", "inside", "beside") and not (
                relation == "holds" and d.start >= own_clause and _acts(ctx.text, d.end)):
            continue  # a unit above the jurisdiction governs only the clause it opens (河池市完成投资3亿元)
        if ctx.in_a_project(d):
            continue  # the name of another project (大阳古镇、炎帝陵…)
        if _is_subject(ctx, d, start):
            return _link(s, DISTRICT, d, "clause", f"clause: {d.text} governs the clause", ctx.code_value(d))
    return None


def _project_for(ctx: LinkContext, s: Annotation) -> tuple[Annotation, str] | None:
    text = ctx.text
    after = text[s.end:s.end + 3]
    for p in ctx.projects_in(s.start, s.end + 3 + ctx.longest_project):
        if p.start >= s.end and text[s.end:p.start].strip() == "的" and after.startswith("的"):
            return p, f"attribute: {s.text}的{p.text}"
        if s.label == "TARGET" and s.start <= p.start and p.end <= s.end and not _LIST_TOTAL.search(s.text):
            return p, f"the goal holds {p.text}"
    start, end = _sentence(text, s.start)
    before = text[start:s.start]
    if _LIST_TOTAL.search(text[start:end]):
        return None
    for p in ctx.projects_in(s.end, s.end + 4 + ctx.longest_project):
        if text[s.end:p.start] in _FOR_BUILDING and text[p.end:p.end + 1] not in _LIST_GOES_ON:
            return p, f"spent on building it: {s.text}{text[s.end:p.start]}{p.text}"
    if _THIS_PROJECT.search(before):
        earlier = [p for p in ctx.projects_in(max(0, s.start - 400), s.start) if s.start - p.end < 200]
        if earlier:
            return earlier[-1], f"该项目: {earlier[-1].text}"
    in_sentence = ctx.projects_in(start, end)
    invested = invested_in(text, s, in_sentence, start) if in_sentence else None  # …P建设，计划完成投资9亿元
    if invested is not None and not _NOT_A_TOPIC.search(invested[0].text):
        return invested
    if len(in_sentence) == 1:
        p = in_sentence[0]
        clause = text[_clause_start(text, s.start, p.end):s.end]
        if (p.end <= s.start and p.start - start <= _MAX_TOPIC_PREFIX and not ctx.districts_in(start, p.start)
                and not ctx.districts_in(_clause_start(text, s.start, p.end), s.start)  # a clause of its own subject
                and not _NOT_A_TOPIC.search(p.text) and not _SECTOR.search(clause)):
            return p, f"the sentence is about {p.text}"
    return None


def suggest_links(text: str, annotations: Iterable[Annotation], jurisdiction: Jurisdiction | None) -> list[Link]:
    """Proposed links (status suggested, ids None) for the PROJECT, AMOUNT and TARGET spans of
    one document, given its non-rejected spans (with ids) and jurisdiction. Each annotator's spans
    (a merged coder's, the gold layer) link within their layer or to open suggestions (no
    annotator), never to another coder's district; an open suggestion may link to any span."""
    spans = sorted((a for a in annotations if a.status != "rejected"), key=lambda a: (a.start, a.end))
    plain = simplified(text)  # a report in traditional characters read as the suggest run reads it (runner.py)
    if plain is not text:
        text, spans = plain, [dataclasses.replace(a, text=plain[a.start:a.end]) for a in spans]
    out = _layer_links(text, spans, jurisdiction, "")
    for who in sorted({a.annotator for a in spans} - {""}):
        out += _layer_links(text, [a for a in spans if a.annotator in ("", who)], jurisdiction, who)
    return out


def _layer_links(text: str, spans: list[Annotation], jurisdiction: Jurisdiction | None, who: str) -> list[Link]:
    """The links of the spans of annotator ``who`` (""; open suggestions) among ``spans``."""
    districts = [a for a in spans if a.label == "DISTRICT"]
    jur_span = None
    if jurisdiction is not None:
        jur_key = (jurisdiction.district.name, jurisdiction.district.code)
        jur_span = next((d for d in districts if district_key(d) == jur_key and d.annotator == who), None) or next(
            (d for d in districts if district_key(d) == jur_key), None)
    ctx = LinkContext(text, districts, [a for a in spans if a.label == "PROJECT"], jurisdiction, jur_span)
    out: list[Link] = []
    district_of: dict[int, Link] = {}
    for s in (a for a in spans if a.label == "PROJECT"):
        link = _nested(ctx, s) or _clause(ctx, s) or _jurisdiction_link(ctx, s)
        if link is not None:
            district_of[s.id or 0] = link
            if s.annotator == who:
                out.append(link)
    facts = (a for a in spans if a.label in ("AMOUNT", "TARGET") and a.annotator == who)
    for s, ends in each_alone_or_ranged(text, facts):  # both ends of 3-5亿元 get the links of the range
        found = _project_for(ctx, s)
        link = None
        mine: list[Link] = []
        if found is not None:
            project, reason = found
            mine.append(_link(s, PROJECT, project, "attribute", reason))
            pd = district_of.get(project.id or 0)
            if pd is not None and pd.origin in ("nested", "clause"):
                link = pd.with_(source_id=s.id or 0, origin="project",
                                reason=f"project: {project.text} ({pd.reason})")
        link = link or _nested(ctx, s) or _clause(ctx, s) or _jurisdiction_link(ctx, s)
        if link is not None:
            mine.append(link)
        out += [k.with_(source_id=end.id or 0) for end in ends for k in mine] if len(ends) > 1 else mine
    return out


@dataclass
class LinkReport:
    documents: int = 0
    added: int = 0
    removed: int = 0
    by_origin: dict[str, int] | None = None
    cancelled: bool = False  # documents were left (the window's Cancel once the spans were all stored: said)

    def lines(self) -> list[str]:
        per = ", ".join(f"{k} {v:,}" for k, v in sorted((self.by_origin or {}).items())) or "none"
        out = [f"{self.documents:,} document(s): {self.added:,} new link suggestion(s) ({per})"]
        if self.removed:
            out.append(f"{self.removed:,} open link suggestion(s) dropped (--replace)")
        if self.cancelled:
            out.append("cancelled: the links of the remaining documents were not suggested")
        return out


def suggest_document_links(store: Store, doc_ids: Iterable[int] | None = None, *, replace: bool = False,
                           progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                           report: LinkReport | None = None, elsewhere: Callable[..., Any] | None = None,
                           stored: Callable[[int], None] | None = None) -> LinkReport:
    """Propose links in the given documents (all when None) and store them as suggestions; a
    span that already has an open link of a kind (or rejected that one) keeps it. ``progress``
    hears of each document (:class:`annotator.core.progress.Meter`); once ``cancelled``, the
    documents not yet begun are left alone. A ``report`` given counts each document's links once
    stored (after a KeyboardInterrupt it says what was stored before it). ``elsewhere``: how to run
    :func:`suggest_links` in another process (the window's child, which hears ``cancelled`` itself:
    the document under way then stores nothing); the store is read and written here. ``stored``
    hears of each document inside the write of its links (``Store.record_links_suggested``). With
    ``replace``, a document's open link suggestions are dropped in that write too: one the run never
    reached (a cancel, a kill) keeps its own."""
    report = report if report is not None else LinkReport(by_origin={})
    documents = store.documents() if doc_ids is None or progress is not None else []
    ids = list(doc_ids) if doc_ids is not None else [d.id for d in documents if d.id is not None]
    sizes = {d.id: d.char_count for d in documents}
    meter = Meter(progress, [sizes.get(i, 0) for i in ids])
    for i, doc_id in enumerate(ids):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        doc = store.document(doc_id)
        meter.at(i, 0.0, Step(i, len(ids), doc.name, LINKS))
        spans = store.annotations(doc_id, statuses=["accepted", "suggested"])
        jur = jurisdiction_of(doc, [a for a in spans if a.label == "DISTRICT"])
        if elsewhere is None:
            found = suggest_links(doc.text, spans, jur)
        else:
            try:
                found = elsewhere(suggest_links, doc.text, spans, jur)
            except Stopped:
                report.cancelled = True
                break
        with store.transaction():
            removed = _drop_open_links(store, doc_id) if replace else 0  # in the write storing the new ones
            added = store.add_links(found)
            if stored is not None:
                stored(doc_id)
        report.removed += removed
        report.documents += 1
        report.added += len(added.changes)
        for c in added.link_changes:
            if c.after is not None and report.by_origin is not None:
                report.by_origin[c.after.origin] = report.by_origin.get(c.after.origin, 0) + 1
    else:
        meter.finish()
    return report


def _drop_open_links(store: Store, doc_id: int) -> int:
    """Inside a write: drop the open (suggested) links of ``doc_id``, read there (one the window
    accepted or rejected meanwhile stays, and so does one our link suggester did not make: an imported
    prediction's, another tool's); how many."""
    open_ids = [k.id for k in store.links(doc_id, statuses=["suggested"])
                if k.id is not None and link_made_here(k.origin)]
    return len(store.delete_links(open_ids).changes)


@dataclass
class SpansAndLinks:
    spans: Any
    links: LinkReport | None

    def lines(self) -> list[str]:
        return list(self.spans.lines()) + (self.links.lines() if self.links is not None else [])


SPANS_SHARE = 0.6  # of the time suggestions take, the spans' (the links: the rest): 2.9 s and 1.8 s on a long report


def suggest_spans_and_links(store: Store, doc_ids: Iterable[int] | None = None, **options: Any) -> SpansAndLinks:
    """What the window's Run suggestions does: the span suggesters (``runner.suggest_documents``
    with ``options``), then the links of the same documents (unless cancelled; ``elsewhere``, as
    for the spans); ``progress`` hears of both as thousandths of the whole."""
    from annotator.core.suggest.runner import suggest_documents

    ids = list(doc_ids) if doc_ids is not None else None
    progress = options.pop("progress", None)
    spans = suggest_documents(store, ids, progress=part(progress, 0.0, SPANS_SHARE), **options)
    if spans.cancelled:
        return SpansAndLinks(spans, None)
    try:
        links = suggest_document_links(store, ids if spans.links_due is None else spans.links_due,
                                       progress=part(progress, SPANS_SHARE, 1.0), cancelled=options.get("cancelled"),
                                       elsewhere=options.get("elsewhere"), stored=store.record_links_suggested)
    except SaveError as e:  # (a disk filled up): its "nothing was saved" read as the suggestions lost
        raise type(e)(f"{e} — of the link suggestions; the span suggestions are stored: run the suggestions "
                      "again to suggest their links") from e
    return SpansAndLinks(spans, links)
