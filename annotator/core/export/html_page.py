"""The annotated documents for reading and printing: one self-contained HTML file (no script, no
file beside it) of one or many documents, for a colleague without annotator or a paper's appendix
(``annotator export --format html``; the window's Export dialog, and its Print…).

Each document starts a page: its title, its metadata, which spans are shown, and a legend of the
labels in their colours with the count of each; then its text with its spans, each line a block
of its own (``html_spans.py``: LibreOffice Writer keeps the paragraphs apart too). The style
asks browsers to print the colours (``print-color-adjust: exact``) and to start each document on
a new page; Qt's rich text (the window's Print…) reads the same page. ``each=True`` writes one
file per document into the folder ``out`` instead (:func:`file_names`: names Windows accepts too).
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.export.html_spans import Look, attr, text_html
from annotator.core.export.jsonl import documents_with_spans
from annotator.core.labels import in_order
from annotator.core.models import Annotation
from annotator.core.store import Store
from annotator.core.writing import atomic_path

STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; color: #000000;
       background-color: #ffffff; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 150%; margin: 0 0 0.4em 0; }
table.meta { border-collapse: collapse; margin: 0 0 0.6em 0; margin-left: 0; font-size: 90%; }
table.meta th { text-align: left; font-weight: normal; color: #555555; padding-left: 0; padding-right: 1em;
                vertical-align: top; }
table.meta td { padding: 0; }
p.legend { margin: 0.4em 0 1.2em 0; line-height: 2; font-size: 90%; }
p.legend .key { padding: 0.1em 0.2em; border-radius: 0.3em; }
div.text { white-space: pre-wrap; line-height: 1.9; font-size: 110%; }
div.empty { -qt-paragraph-type: empty; }
span.s { border-radius: 0.2em; }
span.st-suggested { text-decoration: underline; text-decoration-style: dashed; }
span.st-rejected { text-decoration: line-through; }
span.tag { font-size: 65%; font-family: sans-serif; vertical-align: super; padding: 0; margin: 0 0.1em;
           border-radius: 0.3em; user-select: none; -webkit-user-select: none; }
span.end { vertical-align: sub; }
p.none { color: #555555; font-style: italic; }
@page { margin: 18mm 16mm; }
"""


@dataclass
class Written:
    """What a write put in its file(s)."""

    documents: int = 0
    spans: int = 0
    files: list[Path] = field(default_factory=list)  # each=True: the files written, in order
    each_note: str = ""  # each=True: ", one file per document"

    def __str__(self) -> str:
        return f"{self.documents:,} document(s), {self.spans:,} span(s)"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


# a browser's window: a column to read (Qt's rich text takes it for the paper too, and indents tables by it)
ON_SCREEN = "@media screen { body { margin: 2em auto; max-width: 46em; padding: 0 1em; } }\n"


def page_head(title: str, screen: bool = True) -> str:
    style = STYLE + (ON_SCREEN if screen else "")
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{attr(title)}</title>\n'
            f'<meta name="generator" content="annotator">\n<style>{style}</style>\n</head>\n<body>\n')


PAGE_END = "</body>\n</html>\n"


def describe_filters(statuses: Iterable[str], annotators: Iterable[str] | None) -> str:
    """Which spans a page shows: ``accepted spans`` / ``accepted and suggested spans of ann``."""
    said = " and ".join(statuses) + " spans"
    return said + (f" of {', '.join(a or '(no annotator)' for a in annotators)}" if annotators is not None else "")


# the page's own words (the window's Print… gives them in the interface's language)
WORDS = {"document": "document", "characters": "characters", "spans shown": "spans shown",
         "empty": "(empty document)"}


def document_html(name: str, meta: dict[str, Any], text: str, spans: Sequence[Annotation], look: Look,
                  legend: Sequence[str], shows: str, first: bool = True, words: Mapping[str, str] = WORDS,
                  key_text: Callable[[str], str] = str) -> str:
    """One document's part of the page: heading, metadata (each key named by ``key_text``), legend (each
    label of ``legend``, in that order, with its count), the text with its spans. Not ``first``: it starts
    a new page in print."""
    title = str(meta.get("title") or name)
    rows = [(words["document"], name), *((key_text(k), v) for k, v in meta.items() if k not in ("title", "values")
                                         and v not in (None, "", [], {})),
            (words["characters"], f"{len(text):,}"), (words["spans shown"], shows)]
    counts: dict[str, int] = {}
    for a in spans:
        counts[a.label] = counts.get(a.label, 0) + 1
    shown = in_order(set(legend) | set(counts), list(legend))
    keys = "&nbsp;&nbsp;&nbsp; ".join(f'{look.chip(label, look.shown(label), "key")}&nbsp;<span class="count">'
                          f'{counts.get(label, 0):,}</span>' for label in shown)
    brk = "" if first else ' style="page-break-before: always; break-before: page"'
    body = (f'<div class="text">{text_html(text, spans, look)}</div>' if text else
            f'<p class="none">{attr(words["empty"])}</p>')
    # the anchor on the heading: LibreOffice (7.4) opening the page spun for ever on a <div id> holding a table
    return (f'<div class="doc"{brk}>\n<h1 id="{attr(_anchor(name))}">{attr(title)}</h1>\n'
            '<table class="meta" cellspacing="0" cellpadding="0">\n'
            + "".join(f"<tr><th>{attr(k)}</th><td>{attr(v)}</td></tr>\n" for k, v in rows)
            + f'</table>\n<p class="legend">{keys}</p>\n{body}\n</div>\n')


def _anchor(name: str) -> str:
    return "doc-" + re.sub(r"[^0-9A-Za-z_-]+", "-", name).strip("-")


def _documents(store: Store, statuses: list[str], labels: list[str] | None, doc_ids: list[int] | None,
               annotators: list[str] | None) -> Iterator[tuple[str, dict[str, Any], str, list[Annotation]]]:
    for _id, name, text, meta, found in documents_with_spans(store, statuses, labels, doc_ids, annotators):
        meta.pop("values", None)
        yield name, meta, text, found


def _look(store: Store, shown: Callable[[str], str] = str) -> tuple[Look, list[str]]:
    project = store.labels()
    return Look({lab.name: lab.color for lab in project}, shown), [lab.name for lab in project]


def document_page(store: Store, doc_id: int, statuses: Iterable[str] = ("accepted",),
                  labels: Iterable[str] | None = None, annotators: Iterable[str] | None = None,
                  shown: Callable[[str], str] = str, words: Mapping[str, str] = WORDS, shows: str = "",
                  key_text: Callable[[str], str] = str) -> str:
    """The whole page of one document (the window prints it); ``shown`` names a label as the page says
    it, ``key_text`` a metadata key, ``words`` are the page's own words and ``shows`` says which spans it
    shows (default: in English)."""
    look, order = _look(store, shown)
    statuses, labels = list(statuses), list(labels) if labels is not None else None
    annotators = list(annotators) if annotators is not None else None
    parts = [page_head(store.folder.name, screen=False)]  # for Qt's rich text
    for name, meta, text, found in _documents(store, statuses, labels, [doc_id], annotators):
        parts.append(document_html(name, meta, text, found, look, labels or order,
                                   shows or describe_filters(statuses, annotators), words=words, key_text=key_text))
    return "".join(parts) + PAGE_END


def write(store: Store, out: Path, *, statuses: Iterable[str] = ("accepted",), labels: Iterable[str] | None = None,
          doc_ids: Iterable[int] | None = None, annotators: Iterable[str] | None = None,
          each: bool = False) -> Written:
    """Write the documents (of ``doc_ids``, else all) with their spans of ``statuses``, ``labels`` and
    ``annotators`` to ``out``, atomically; ``each``: ``out`` is a folder (made if need be) and each
    document its own file there."""
    look, order = _look(store)
    statuses, labels = list(statuses), list(labels) if labels is not None else None
    annotators = list(annotators) if annotators is not None else None
    doc_ids = list(doc_ids) if doc_ids is not None else None
    shows, legend = describe_filters(statuses, annotators), labels or order
    written = Written()
    docs = _documents(store, statuses, labels, doc_ids, annotators)
    if each:
        out.mkdir(parents=True, exist_ok=True)
        taken: set[str] = set()
        for name, meta, text, found in docs:
            path = out / file_name(name, taken)
            _write_file(path, [page_head(str(meta.get("title") or name)),
                               document_html(name, meta, text, found, look, legend, shows), PAGE_END])
            written.documents, written.spans = written.documents + 1, written.spans + len(found)
            written.files.append(path)
        written.each_note = ", one file per document"
        return written

    def parts() -> Iterator[str]:
        yield page_head(f"{store.folder.name}: annotated documents")
        for name, meta, text, found in docs:
            yield document_html(name, meta, text, found, look, legend, shows, first=not written.documents)
            written.documents, written.spans = written.documents + 1, written.spans + len(found)
        yield PAGE_END

    _write_file(Path(out), parts())
    return written


def _write_file(path: Path, parts: Iterable[str]) -> None:
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for part in parts:  # one document at a time: memory stays flat
            f.write(part)
        f.flush()
        os.fsync(f.fileno())


_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 100


def file_name(name: str, taken: set[str]) -> str:
    """A file name for the document ``name`` that Windows, macOS and Linux all accept: its name without
    its suffix (hechi_2015.txt: hechi_2015.html; 2015/hechi.txt: 2015_hechi.html), the characters Windows
    refuses as ``_``, no trailing dot or space, not a device's name (CON, NUL, COM1 …), at most
    :data:`MAX_STEM` characters; a name ``taken`` already (any case: Windows' and macOS's file names
    ignore it) gets ``-2``, ``-3`` … The name returned is added to ``taken``."""
    folder, _sep, last = name.replace("\\", "/").rpartition("/")  # a name with its folders keeps them
    last = last.rsplit(".", 1)[0] if "." in last.strip(".") else last
    stem = f"{folder}_{last}" if folder else last
    stem = _NOT_IN_NAMES.sub("_", stem)[:MAX_STEM].rstrip(" .").lstrip(" ") or "document"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    candidate, n = stem, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate.lower())
    return candidate + ".html"
