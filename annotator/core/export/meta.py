"""The metadata of a document (``annotator import --meta KEY=VALUE``) as columns of every export.

Every table that has one row per span or per document carries the metadata of its document, so a
district-year panel needs no merging by hand:

- ``title`` (metadata ``title``, else the document's first line), ``date``, ``year``, ``source``,
  ``jurisdiction`` always, in this order (empty where not given);
- ``date`` is a date cell (kind ``day``) when every exported document's date is a calendar date
  written ``YYYY-MM-DD``; one written otherwise (``2021年3月``) keeps the column text, as given;
- every other key given to ``--meta`` as ``meta_<key>`` (ASCII snake_case; a key with no ASCII
  letter or digit, 批次, is ``meta_`` and the first 8 hex digits of the SHA-256 of its UTF-8 bytes,
  ``meta_62022646``: the same in every export, whichever documents and other keys it holds), in the
  order first met over the exported documents.

A standard name that a value column of the label schema already uses (a DATE label with a
``date`` field) becomes ``doc_<name>`` (``doc_date``), in every table alike.

``year`` is the metadata ``year`` when it holds one, else the year of ``date``, else the first
year written in the title (``2024年政府工作报告`` → 2024; full-width digits and Chinese numerals,
``二〇二四年``, too), else the first year in the document's file name (``tianshui_2020.txt``: a
report whose first line is only 政府工作报告).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date
from pathlib import PureWindowsPath
from typing import Any

from annotator.core.columns import MAX_LENGTH, snake
from annotator.core.export.rows import Column, value_columns
from annotator.core.metadata import STANDARD_KEYS
from annotator.core.models import Document

STANDARD = STANDARD_KEYS[1:]  # date, year, source, jurisdiction: after the title
_YEAR_FOLDER = re.compile(r"(1[89][0-9][0-9]|20[0-9][0-9])(?:年|年度)?")  # a folder named by a year alone
# a count is no year: 2000多名嘉宾, 2030万元, 2019.5万人次, 1980余人 (an excerpt's first line is a paragraph)
_COUNT_AFTER = r"(?:[.．][0-9]+)?\s*(?:[多余万亿千百个名人家元吨亩户项件条座所台辆套次倍米%％]|平方|公里)"
_YEAR = re.compile(rf"(?<![0-9])(1[89][0-9][0-9]|20[0-9][0-9])(?![0-9]|{_COUNT_AFTER})")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")  # as a Chinese input method types digits
# a year in Chinese numerals, as report titles write it (二〇二四年), read digit by digit
_CHINESE_YEAR = re.compile(r"(?<![〇零○Ｏ一二三四五六七八九])([一二][〇零○Ｏ一二三四五六七八九]{3})年")
_CHINESE_DIGITS = str.maketrans("〇零○Ｏ一二三四五六七八九", "0000123456789")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_day(value: Any) -> date | None:
    """The calendar date ``value`` writes as ``YYYY-MM-DD`` (None: empty, or written otherwise)."""
    text = str(value).strip() if value is not None else ""
    if not _ISO_DAY.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def year_of(doc: Document) -> int | None:
    """The year of a document: metadata ``year``, else the year of ``date``, else of the title, else
    of the file name; in digits (full-width too), else in Chinese numerals (二〇二四年); else a
    folder named by a year alone that held the file (a collection kept as 2019/滨州.txt,
    2020/滨州.txt), the nearest of three."""
    meta = doc.metadata if isinstance(doc.metadata, dict) else {}
    for value in (meta.get("year"), meta.get("date"), title_of(doc), doc.name):
        if value is None:
            continue
        text = str(value)
        written = _CHINESE_YEAR.search(text)
        m = _YEAR.search(text.translate(_FULL_WIDTH)) or (
            _YEAR.search(written.group(1).translate(_CHINESE_DIGITS)) if written else None)
        if m:
            return int(m.group(1))
    for folder in PureWindowsPath(doc.source_path or "").parent.parts[::-1][:3]:  # \\ or /, from any machine
        if m := _YEAR_FOLDER.fullmatch(folder.translate(_FULL_WIDTH)):
            return int(m.group(1))
    return None


def title_of(doc: Document) -> str:
    """The document's title: metadata ``title`` (``--meta title=…``), else the stored one (its
    first line), as the window's document list shows it."""
    meta = doc.metadata if isinstance(doc.metadata, dict) else {}
    return str(meta.get("title") or doc.title or "")


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


class MetaColumns:
    """The metadata columns of one export: the standard ones and the other keys of ``docs``."""

    def __init__(self, docs: Iterable[Document]) -> None:
        taken_by_values = {c.header for c in value_columns()}
        self.names = {k: f"doc_{k}" if k in taken_by_values else k for k in ("title", *STANDARD)}
        self.extra: dict[str, str] = {}  # metadata key -> column
        taken = {"title", *STANDARD}
        self.days = True  # every document's date is a calendar date (or none)
        for d in docs:
            given = _text(d.metadata.get("date")) if isinstance(d.metadata, dict) else None
            if given is not None and iso_day(given) is None:
                self.days = False
            for key in d.metadata if isinstance(d.metadata, dict) else ():
                if key in taken or key in self.extra:
                    continue
                self.extra[key] = _unique("meta_" + (snake(key) or key_digest(key)), self.extra.values())
        self._cache: dict[int | None, list[Any]] = {}

    def columns(self, *, title: bool = True, year: bool = True) -> tuple[Column, ...]:
        n = self.names
        cols = [Column(n["title"])] if title else []
        kinds = {"year": "int", "date": "day" if self.days else "text"}
        cols += [Column(n[k], kinds.get(k, "text")) for k in STANDARD if year or k != "year"]
        return (*cols, *(Column(c) for c in self.extra.values()))

    def row(self, doc: Document, *, title: bool = True, year: bool = True) -> list[Any]:
        full = self._cache.get(doc.id)
        if full is None:
            meta = doc.metadata if isinstance(doc.metadata, dict) else {}
            day = _text(meta.get("date"))
            full = [_text(title_of(doc)), iso_day(day) if self.days else day, year_of(doc), _text(meta.get("source")),
                    _text(meta.get("jurisdiction")), *(_text(meta.get(k)) for k in self.extra)]
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[doc.id] = full
        row = full if title else full[1:]
        if not year:
            row = [v for i, v in enumerate(row) if i != (2 if title else 1)]
        return list(row)

    def describe(self) -> dict[str, str]:
        """column -> meaning, for the Codebook (of the columns not named as usual)."""
        out = {c: f"document metadata '{k}' (annotator import --meta {k}=…)" for k, c in self.extra.items()}
        out.update((c, f"the document's {k} (the column {k!r} is a value field)")
                   for k, c in self.names.items() if c != k)
        return out

    def as_dict(self, doc: Document) -> dict[str, Any]:
        """The document's metadata for the JSON exports: title, the stored keys, and year: a number,
        as in the tables and ``annotator documents --json`` (the store keeps a given one as text)."""
        meta = dict(doc.metadata) if isinstance(doc.metadata, dict) else {}
        out: dict[str, Any] = {"title": doc.title, **meta}
        year = year_of(doc)
        if year is not None:
            out["year"] = year
        return out


def key_digest(key: str) -> str:
    """The name part of a metadata key with nothing ASCII to name it by (批次): the first 8 hex digits of
    the SHA-256 of its UTF-8 bytes, so its column is named alike in every export (it was numbered in
    the order the keys were met, and a key added to another document renamed it)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def _unique(name: str, taken: Iterable[str]) -> str:
    """``name`` cut to Stata's 32 characters, numbered (``_2``, ``_3`` …) when another column has it."""
    used = set(taken)
    column, n = name[:MAX_LENGTH].rstrip("_"), 1
    while column in used:
        n += 1
        column = f"{name[:MAX_LENGTH - len(str(n)) - 1].rstrip('_')}_{n}"
    return column


def metadata_of(doc: Document) -> dict[str, Any]:
    """The document's metadata for the JSON exports (title, stored keys, year)."""
    return MetaColumns(()).as_dict(doc)
