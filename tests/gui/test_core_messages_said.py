"""Every sentence the core raises to the user is said in Chinese in the Chinese window: the sentences are read
from the core's source (:mod:`tests.gui.core_message_sites`: each ``raise`` of an error the window shows), not
from a list, so a new one without its Chinese fails here the day it is written.

Each shape of a message gets values in its holes (a path, a count, a quoted name, what the system said) and is
said as the window says the core's errors (:func:`annotator.gui.summaries.summary_text`, a rejected line's reason
by :func:`annotator.gui.line_reasons.line_reason`); some filling must come out Chinese, with no English clause
left (a key of a file, a format's or a command's name may stay). A value that must be one of a few words is
given by a rule's own sample (:mod:`tests.gui.rule_samples`); one that passes another of the core's sentences on
(``{e}; nothing was stored``) by the sentences of the other shapes. In English the same sentences stay as the
core wrote them, but for advice for a terminal, where the window names its menu; and no rule read against the
source is left over from a sentence the core no longer raises."""
from __future__ import annotations

import itertools
import re

import pytest

from annotator.gui import core_errors
from annotator.gui.i18n import install_translator
from annotator.gui.line_reasons import line_reason
from annotator.gui.summaries import summary_text
from tests.gui.core_message_sites import Hole, Shape, error_kinds, literal, sites
from tests.gui.rule_samples import rule_samples, sample

CHINESE = re.compile(r"[\u4e00-\u9fff]")
WORDS = re.compile(r"[A-Za-z]{3,}")
# English a Chinese sentence keeps: the program's and its commands' names, formats, keys, what a file holds
ALLOWED = {"annotator", "restore", "new", "SQLite", "WAL", "JSON", "UTF", "Excel", "CSV", "sha", "format", "csv",
           "table", "facts", "doc", "label", "zip", "Ctrl", "Word", "WPS", "PDF", "OFD", "Big", "LibreOffice",
           "xlsx", "docx", "jsonl", "json", "conll", "html", "htm", "mht", "txt", "xls", "odt", "rtf", "wps", "ofd",
           "pdf", "NUL", "GB18030", "BOM", "Label", "Studio", "Lines", "NAME", "LABEL", "PROJECT", "FOLDER", "FILE"}
TERMINAL = re.compile(r"'annotator \w|`annotator \w|\(annotator \w|--\w")  # advice for a terminal
ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,-]+[A-Za-z]+){3,}")  # four words or more: a clause, not a key
PATH, NUMBER, QUOTED, WORD, LABEL = "/数据/报告.md", "12", "'甲乙'", "甲乙", "DISTRICT"
FILLED = re.compile("[甲乙]|数据|报告")  # the Chinese of the values put in: not the window's
NUMERIC = re.compile(r"(^|[._])(n|len|count|size|number|line|lineno|colno|row|column|start|end|byte|version|free|"
                     r"need|place|used|code|id|length|jobs|share|half|total|limit|left|pages|page_size|error_at|"
                     r"MAX_\w+|\w+_ms)$|^len\(|^\d", re.IGNORECASE)
PATHLIKE = re.compile(r"(path|folder|file|out|target|source|dest|where|saved|ready|name|parent|gold_paths)\b")


def fillings(hole: Hole) -> list[str]:
    """Values for a hole, the likeliest first (by its format, then its name)."""
    first: list[str] = []
    joined = re.match(r"""^(['"])(.*?)\1\.join\(""", hole.source)  # ', '.join(names): a list of two
    if joined:
        first.append(f"甲{joined.group(2)}乙")
    if "," in hole.spec:
        first.append("1,234")
    if hole.spec or NUMERIC.search(hole.source.split("(")[-1].rstrip(")")) or NUMERIC.search(hole.source) or \
            re.search(r" [-+*/] |//", hole.source):
        first.append(NUMBER)
    if hole.conversion == ord("r"):
        first.append(QUOTED)
    if "label" in hole.source.lower():
        first.append(LABEL)
    if PATHLIKE.search(hole.source):
        first.append(PATH)
    return list(dict.fromkeys(first + [WORD, NUMBER, QUOTED, PATH, LABEL]))


def samples(shape: Shape, most: int = 40) -> list[str]:
    """The shape with values in its holes, the likeliest fillings first."""
    holes = [fillings(p) for p in shape if isinstance(p, Hole)]
    combos = sorted(itertools.product(*(range(len(h)) for h in holes)), key=sum)[:most]
    out = []
    for combo in combos:
        values = iter(h[i] for h, i in zip(holes, combo, strict=True))
        out.append("".join(p if isinstance(p, str) else next(values) for p in shape))
    return out


def english_left(said: str) -> list[str]:
    """Runs of English words in ``said`` (a clause left untranslated), but the names it may keep."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", said) if w not in ALLOWED]
    runs = ENGLISH_RUN.findall(re.sub(r"\b(" + "|".join(sorted(ALLOWED, key=len, reverse=True)) + r")\b", "·", said))
    return runs if words else []


def chinese(sample: str, wrapped: bool = False) -> str | None:
    """How the window says ``sample``, if in Chinese with no English clause left: as an error box says it, or as
    a report of an annotation import says a file's reason (its path taken off: the report's line names it); a
    reason the core wraps (``wrapped``: a Word part's, ``{path}: {e}``) as a file's."""
    reason = sample.removeprefix(f"{PATH}: ")
    said = [summary_text(sample), line_reason(sample), *([line_reason(reason)] if reason != sample else []),
            *([summary_text(f"{PATH}: {sample}")] if wrapped else [])]
    return next((s for s in said if CHINESE.search(FILLED.sub("", s)) and s not in (sample, reason, f"{PATH}: {sample}")
                 and not english_left(s)), None)


def own_words(shape: Shape) -> bool:
    """A shape with English of its own (not one that only passes another's sentence on: ``{path}: {e}``)."""
    return bool(WORDS.search(literal(shape)))


def whole(shape: Shape) -> re.Pattern[str]:
    """Every sentence of ``shape``: its words as they are, anything in its holes."""
    return re.compile("".join(re.escape(p) if isinstance(p, str) else "(.+)" for p in shape), re.DOTALL)


def by_rule(shape: Shape, wrapped: bool) -> str | None:
    """A rule's own sample (tests/gui/rule_samples.py) that is a sentence of ``shape`` the window says in Chinese:
    a value that must be one of a few words ("is {what}, not a file of text", what "a folder" or "a socket")."""
    every = whole(shape)
    return next((line for text in rule_samples() for line in (text, f"{PATH}: {text}")
                 if every.fullmatch(line) and chinese(line, wrapped)), None)


RELAY = re.compile(r"^(e|before|said|made|seed_damaged|str\(e\))$")  # a hole that passes another's sentence on


def relayed(shape: Shape, others: list[str]) -> str | None:
    """A filling of ``shape`` said in Chinese where its hole that passes another error of the core on
    (``{e}; nothing was stored``, ``{before} — ask for the project again``) holds one of them."""
    for i, part in enumerate(shape):
        if isinstance(part, Hole) and RELAY.match(part.source):
            plain = samples(shape[:i] + ("\0",) + shape[i + 1:], 1)[0]
            for other in others:  # as it is, its path taken off, its hint after " — " too
                bare = other.removeprefix(f"{PATH}: ")
                for text in dict.fromkeys((other, bare, bare.partition(" — ")[0])):
                    if chinese(line := plain.replace("\0", text)):
                        return line
    return None


# the errors the window catches; the others (a cell's, a row's, a Word part's ValueError) the core puts into a
# file's or a row's reason
FAMILY = error_kinds(("AnnotatorError",))


def said_samples() -> tuple[list[str], list[tuple[str, str]]]:
    """A sentence of each shape with English of its own that the Chinese window says in Chinese, and (where, a
    sample) of each shape none of whose sentences it does."""
    found, missing = [], []
    others = [samples(shape, 1)[0] for site in sites() for shape in site.shapes if own_words(shape)]
    for site in sites():
        wrapped = site.kind not in FAMILY
        for shape in (shape for shape in site.shapes if own_words(shape)):
            line = next((s for s in samples(shape) if chinese(s, wrapped)), None) or by_rule(shape, wrapped) \
                or relayed(shape, others)
            if line is None:
                missing.append((site.where, samples(shape)[0]))
            else:
                found.append(line)
    return found, missing


@pytest.fixture
def zh(qapp):
    assert install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


def test_the_core_raises_many_sentences_and_each_is_read(qapp):
    found = sites()
    assert len(found) > 300 and all(site.shapes for site in found)
    zipped = [shape for site in found if site.where.startswith("annotator/core/imports/zip_package.py")
              for shape in site.shapes]
    assert any("is a damaged .docx: its zip archive is cut off" in literal(shape) for shape in zipped)  # passed in


def test_every_sentence_of_the_core_is_said_in_chinese_and_in_english_as_the_core_wrote_it(zh, qapp):
    found, missing = said_samples()
    assert not missing, f"{len(missing)} of the core's sentences reach the Chinese window in English:\n" + "\n".join(
        f"{where}: {sample}" for where, sample in missing)
    install_translator(qapp, "en")  # in English as the core wrote them, but advice for a terminal: a menu instead
    for line in found:
        for said in (summary_text(line), line_reason(line)):
            assert said == line or TERMINAL.search(line) and not TERMINAL.search(said), (line, said)


def test_every_rule_read_against_the_source_meets_a_sentence_of_the_core(qapp):
    """No rule of core_errors.source_rules or source_pieces is left from a sentence the core no longer raises."""
    texts = [text for site in sites() for shape in site.shapes for text in samples(shape, 3)]
    shapes = [whole(shape) for site in sites() for shape in site.shapes]
    for pattern, _template, _kinds in core_errors.source_rules() + core_errors.source_pieces():
        example = sample(pattern)
        assert example is not None and (any(re.search(pattern, text) for text in texts) or any(
            every.fullmatch(line) for every in shapes for line in (example, f"{PATH}: {example}"))), pattern
