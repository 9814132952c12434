"""The subject rule: what a clause says of a work being built (…全面复工, …开工建设,
…主体封顶, …建成通车) makes its subject a project, although the name has no head word the
rules know (黔龙一号二期全面复工, 德安南互通开工建设, 信都红星新能源车量产下线). The subject is
the name the walk finds before the predicate, after a description (停工多年的…); it needs
something specific (a proper name, an unknown word, a phase, Latin letters), no count before
it (10座新建人行天桥: a kind), and is proposed
only where no other rule proposed anything over it."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate, is_generic
from annotator.core.suggest.project.clauses import Clauses
from annotator.core.suggest.project.taken import Taken
from annotator.core.suggest.project.tokens import evidence
from annotator.core.suggest.project.walk import walk_left
from annotator.core.suggest.project.words import (
    NUM,
    SUBJECT_ADVERBS,
    SUBJECT_PREDICATES,
    HeadWords,
)

# (the adverb is looked for before a predicate found: an optional group that opens a pattern
# makes the scan ten times slower)
RE_PREDICATE = re.compile(SUBJECT_PREDICATES.pattern())
MAX_ADVERB = max(map(len, SUBJECT_ADVERBS.words))
RE_COUNTED = re.compile(rf"(?:{NUM})(?:多|余)?[个项家所座批处条宗类]")  # 10座新建人行天桥: a kind
MAX_SUBJECT = 16
MIN_NAME = 3


def subject_candidates(text: str, clauses: Clauses, res: HeadWords, out: list[Candidate]) -> None:
    taken = Taken((c.start, c.end) for c in out)
    for m in RE_PREDICATE.finditer(text):
        end = m.start()
        before = text[max(0, end - MAX_ADVERB):end]
        adverb = next((a for a in SUBJECT_ADVERBS.words if before.endswith(a)), "")
        end -= len(adverb)
        start = clauses.start(end)
        described = text.rfind("的", start, end)
        if described >= 0:
            start = described + 1  # 停工多年的…: the name after its description
        if end - start < MIN_NAME or end - start > MAX_SUBJECT or "、" in text[start:end]:
            continue  # no subject of its own, or a longer one (a list, a clause)
        if taken.overlaps(start, end):
            continue
        works = text.endswith("工程", start, end)
        if not works and (res.head_re.match(text, end - 2, end) or res.head_re.match(text, end - 3, end)):
            continue  # a name with a head word: the head rule's to judge
        toks = segment.tokens(text[start:end], start)
        if not toks or toks[-1].end != end:
            continue
        i = walk_left(toks, len(toks) - 1 if works else len(toks), limit_chars=MAX_SUBJECT, lenient=works)
        if i >= len(toks) or end - toks[i].start < MIN_NAME:
            continue
        if not evidence(toks, i, len(toks)) and not (works and i == 0 and end - start >= 6):
            continue
        s = toks[i].start
        if RE_COUNTED.search(text, start, s):
            continue
        if is_generic(res, text[s:end], text, s, end):
            continue
        out.append(Candidate(s, end, 0.5, "project: subject of " + adverb + m.group()))
