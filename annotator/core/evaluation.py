"""Scoring a project's annotations against gold JSONL files (the `evaluate` command)."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from annotator.core.errors import AnnotatorError
from annotator.core.evaluate import Span, score, value_key
from annotator.core.imports.jsonl_lines import line_not_text, read_lines
from annotator.core.imports.text import normalise
from annotator.core.same_text import documents_by_text
from annotator.core.store import Store
from annotator.core.suggest.traditional import same_writing
from annotator.core.text_width import pad

if TYPE_CHECKING:
    from annotator.core.suggest.base import Suggester

T = TypeVar("T")
NO_VALUES = ("No values were compared: no gold span matched by overlap gives a value (a district's code or name, "
             "an amount's yuan, a target's quantity and unit).")


def read_gold_lines(paths: Iterable[str | Path], what: str, parse: Callable[[dict[str, Any]], T]) -> list[T]:
    """``parse`` applied to every line of gold JSONL files; a file that cannot be read, or a line
    ``parse`` cannot take, is one AnnotatorError naming the file, the line and ``what`` it is not."""
    return [item for _path, _number, item in read_located(paths, what, parse)]


def read_located(paths: Iterable[str | Path], what: str,
                 parse: Callable[[dict[str, Any]], T]) -> list[tuple[Path, int, T]]:
    """:func:`read_gold_lines` with the file and line number of each item. The files are read as import
    reads them (``jsonl_lines.read_lines``: UTF-8, else GB18030, Big5, UTF-16 … as documents are)."""
    out = []
    for path in map(Path, paths):
        for number, line in enumerate(read_lines(path, empty=True), start=1):
            if isinstance(line, UnicodeDecodeError):
                raise AnnotatorError(f"{path} line {number}: {line_not_text(line.start + 1)}")
            if not line.strip():
                continue
            try:
                out.append((path, number, parse(json.loads(line))))
            except (ValueError, KeyError, TypeError, IndexError) as e:
                raise AnnotatorError(f"{path} line {number}: not a {what} line ({e})") from e
    return out


def _gold_span(d: dict[str, Any]) -> Span:
    label = str(d["label"])
    value = d.get("value")
    return Span(str(d["doc"]), int(d["start"]), int(d["end"]), label,
                value_key(label, value if isinstance(value, dict) else None))


def _gold_span_text(d: dict[str, Any]) -> tuple[Span, str | None]:
    text = d.get("text")
    return _gold_span(d), text if isinstance(text, str) else None


def not_in_project(store: Store, what: str, missing: Iterable[str], shown: int = 5) -> AnnotatorError:
    """The error for gold naming documents the project lacks (``what``: "gold names", "gold links
    name"): the first ``shown`` of them and how many more (a line of 5,000 names says nothing)."""
    names = sorted(missing)
    more = f" … and {len(names) - shown:,} more" if len(names) > shown else ""
    return AnnotatorError(f"{what} {len(names):,} document(s) not in {store.folder}: "
                          f"{', '.join(names[:shown])}{more}; import them, or leave their gold out")


def read_gold(paths: Iterable[str | Path]) -> list[Span]:
    return read_gold_lines(paths, "gold annotation", _gold_span)


def evaluate_project(store: Store, gold_paths: Iterable[str | Path], statuses: Iterable[str]) -> dict[str, Any]:
    """Scores of the documents named in the gold files: their annotations of ``statuses``.
    Gold with no spans, or whose spans are not the project's text (made on another version of
    a document: offsets shifted by a BOM or CRLF line ends), is an AnnotatorError: its scores
    would mean nothing."""
    gold_paths = list(gold_paths)
    located = read_located(gold_paths, "gold annotation", _gold_span_text)
    if not located:
        raise AnnotatorError(f"{', '.join(map(str, gold_paths))}: no gold annotations to score against")
    gold = [span for _path, _number, (span, _text) in located]
    names = {s.doc for s in gold}
    ids = {d.id: d.name for d in store.documents() if d.id is not None and d.name in names}
    missing = names - set(ids.values())
    found = documents_by_text(store, {n: [(s.start, s.end, t) for _p, _n, (s, t) in located if s.doc == n]
                                      for n in missing}, names) if missing else {}
    if found:  # the report under another name here: its predictions take the gold's name
        here = {d.name: d.id for d in store.documents() if d.id is not None}
        ids.update({here[name]: gold_name for gold_name, name in found.items()})
        missing -= set(found)
    if missing:
        raise not_in_project(store, "gold names", missing)
    written = _check_gold_texts(store, {name: doc_id for doc_id, name in ids.items()}, located)
    pred = [Span(ids[a.document_id], a.start, a.end, a.label, value_key(a.label, a.value, every=True))
            for a in store.iter_annotations(statuses=list(statuses), doc_ids=list(ids))]
    result = score(gold, pred, [label.name for label in store.labels()])
    if found:
        result["documents_by_text"] = found
    if written:
        result["other_writing"] = written
    return result


def _check_gold_texts(store: Store, ids: dict[str, int], located: list[tuple[Path, int, tuple[Span, str | None]]]
                      ) -> dict[str, Any]:
    """Every gold span lies in its document and, where the line gives its text, is that text, or that text
    in other characters (湖里区 for 湖裡區: gold made on the report's simplified form, the project holding it
    in traditional characters, or the other way; ``suggest.traditional``), which is the same text:
    those are counted, {"spans": how many, "gold": the first one's text, "document": the text there, "doc"}."""
    texts: dict[str, str] = {}
    wrong = []
    written: dict[str, Any] = {}
    for path, number, (span, text) in located:
        if span.doc not in texts:
            texts[span.doc] = store.document(ids[span.doc]).text
        doc_text = texts[span.doc]
        if not 0 <= span.start < span.end <= len(doc_text):
            wrong.append(f"{path} line {number}: offsets {span.start}-{span.end} are outside {span.doc} "
                         f"(0-{len(doc_text)})")
        elif text is not None and (piece := doc_text[span.start:span.end]) != text:
            if same_writing(piece, text):
                written = written or {"spans": 0, "gold": text, "document": piece, "doc": span.doc}
                written["spans"] += 1
                continue
            wrong.append(f"{path} line {number}: {text!r} is not the text of {span.doc} at "
                         f"{span.start}-{span.end} ({piece!r})")
    if wrong:
        raise AnnotatorError(f"{wrong[0]}; {len(wrong)} of {len(located)} gold span(s) do not match the project's "
                             "documents: was the gold made on another version of the text? Nothing was scored")
    return written


def score_folder(folder: Path, suggesters: Iterable[Suggester], labels: set[str] | None = None,
                 names: Iterable[str] | None = None) -> tuple[dict[str, Any], list[Span], list[Span], dict[str, str]]:
    """Run ``suggesters`` over ``folder``/*.txt (only ``names``, file stems, when given) and
    score them against the *.gold.jsonl beside.

    Returns (scores as :func:`score` gives them, gold spans, predicted spans, texts by name).
    """
    suggesters = list(suggesters)
    wanted = set(names) if names is not None else None
    gold, pred, texts = [], [], {}
    for txt in sorted(Path(folder).glob("*.txt")):
        if wanted is not None and txt.stem not in wanted:
            continue
        text = normalise(txt.read_text(encoding="utf-8"))
        texts[txt.name] = text
        gold += [s for s in read_gold([txt.with_suffix(".gold.jsonl")]) if labels is None or s.label in labels]
        for suggester in suggesters:
            pred += [Span(txt.name, s.start, s.end, s.label, value_key(s.label, s.value, every=True))
                     for s in suggester.suggest(text)
                     if labels is None or s.label in labels]
    return score(gold, pred), gold, pred, texts


def format_table(result: dict[str, Any]) -> str:
    head = f"{'label':<10} {'match':<8} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"
    rows = [head, "-" * len(head)]
    items = list(result["labels"].items()) + [("overall", result["overall"])]
    for label, kinds in items:
        for kind in ("exact", "overlap"):
            s = kinds[kind]
            rows.append(f"{pad(label, 10)} {kind:<8} {s['gold']:>5} {s['pred']:>5} {s['tp']:>5} "
                        f"{s['p']:>6.3f} {s['r']:>6.3f} {s['f1']:>6.3f}")
    values = [(label, v) for label, kinds in items if (v := kinds.get("value")) and v["compared"]]
    if not values:  # (gold lines without a value: a heading and a column header with no row under them)
        return "\n".join([*rows, "", NO_VALUES])
    rows += ["", "values of the spans matched by overlap (district code, yuan, target quantity and unit):",
             f"{'label':<10} {'compared':>8} {'correct':>8} {'accuracy':>8}"]
    rows += [f"{pad(label, 10)} {v['compared']:>8} {v['correct']:>8} {v['accuracy']:>8.3f}" for label, v in values]
    return "\n".join(rows)
