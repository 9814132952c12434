"""PROJECT suggester: named projects, parks, facilities, platforms and events.

The rules, one module each, all general (no names are listed anywhere):

* :mod:`.heads` — a name ends in a head word from ``resources/project_heads.txt``
  (项目, 产业园, 基地, 中心, 平台, 医院 …); its left edge is found by walking left over the
  jieba words of the clause (:mod:`.walk`). Counted kinds (6个…项目), designations
  (国家…, 全国…, …省级…, 荣获…, 列入…), descriptions (最大的…), numbered sets and classes of
  projects in quotes (“六项行动”, “开门红”项目) and the generic phrases of
  ``resources/project_stoplist.txt`` are never proposed (:func:`.candidates.is_generic`).
* :mod:`.quotes` — “…” (or "…", 「…」) ending in a head word, or followed by a short
  description and a head word (also 活动, 行动): the quotes are part of the span.
* :mod:`.lists` — the items the text itself lists as projects: X、Y等(8个)项目 (also
  等活动/展会/景区/街区, and 总投资…的X、…等项目) and …项目，包括X、Y、Z等.
* :mod:`.routes` — metro and rail lines by number (地铁22号线北延段), expressways and
  high-speed rail by the abbreviation of their places (西十高铁, 天平高速天水段), national
  roads by number (209国道垭子至大川段), roads between two places (庙坪至双河公路).
* :mod:`.programmes` — a titled programme right after the verb that launches it
  (实施消费场景提质行动).
* the frames of a sentence: :mod:`.events` (what is hosted), :mod:`.subjects` (what is built),
  :mod:`.ratings` (a place rated an A-level scenic area: 罗城古镇创成国家AAAA级旅游景区).

A bracket in ASCII parentheses between Chinese words (泸州(云龙)机场) is read as a full-width
one (:func:`.clauses.full_width_brackets`).

The words the rules use are in ``resources/project_words.txt`` (:mod:`.words`). What the
rules propose is resolved in :mod:`.candidates`: the longest first, no overlaps, adjacent
names joined.
"""
from __future__ import annotations

import dataclasses

from annotator.core.models import Suggestion
from annotator.core.suggest.project.candidates import Candidate, choose
from annotator.core.suggest.project.clauses import Clauses, full_width_brackets
from annotator.core.suggest.project.events import abbreviated_events, event_candidates
from annotator.core.suggest.project.heads import head_candidates
from annotator.core.suggest.project.lists import list_candidates
from annotator.core.suggest.project.mates import mate_candidates
from annotator.core.suggest.project.mentions import other_mentions
from annotator.core.suggest.project.programmes import programme_candidates
from annotator.core.suggest.project.quotes import quote_candidates
from annotator.core.suggest.project.ratings import rating_candidates
from annotator.core.suggest.project.routes import route_candidates
from annotator.core.suggest.project.subjects import subject_candidates
from annotator.core.suggest.project.words import head_words

__all__ = ["ProjectSuggester"]


class ProjectSuggester:
    name = "project"
    labels = ("PROJECT",)

    def suggest(self, text: str) -> list[Suggestion]:
        read = full_width_brackets(text)
        if read != text:
            return [dataclasses.replace(s, text=text[s.start:s.end]) for s in self.suggest(read)]
        res = head_words()  # read on first use
        cands: list[Candidate] = []
        clauses = Clauses(text)
        list_candidates(text, clauses, cands)
        quote_candidates(text, res, cands)
        head_candidates(text, clauses, res, cands)
        route_candidates(text, clauses, cands)
        programme_candidates(text, res, cands)
        mate_candidates(text, clauses, res, cands)
        event_candidates(text, cands)
        abbreviated_events(text, cands)
        subject_candidates(text, clauses, res, cands)
        rating_candidates(text, clauses, cands)
        return other_mentions(text, choose(text, cands, self.name), self.name)
