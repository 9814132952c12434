"""The guide of each label (the project's codebook): what is a span of it, what is not, and the
value it takes, as Markdown.

A project keeps its own text per label (``Store.label_guide``, written in the window). A label
whose guide the project has not written shows the text that ships in ``resources/guide/``
(``<LABEL>.<language>.md`` where a translation ships, else ``<LABEL>.md``, taken from the
annotation guide), else its description.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.core import resources
from annotator.core.models import Label

FOLDER = "guide"
PROJECT, SHIPPED, DESCRIPTION = "project", "shipped", "description"  # where a guide's text comes from
_FILE_NAME = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Guide:
    label: str
    text: str  # Markdown
    source: str  # PROJECT, SHIPPED or DESCRIPTION


def shipped(name: str, language: str = "") -> str | None:
    """The guide that ships for label ``name`` in ``language`` (e.g. "zh_CN"; falls back to the
    English text), or None for a label none ships for."""
    if not _FILE_NAME.fullmatch(name):
        return None
    for candidate in (f"{name}.{language}.md" if language and _FILE_NAME.fullmatch(language) else None,
                      f"{name}.md"):
        if candidate:
            text = resources.read_optional(FOLDER, candidate)
            if text is not None:
                return text
    return None


def from_description(label: Label) -> str:
    """The guide of a label none ships for, until the project writes one: its description."""
    return f"# {label.name}\n\n{label.description.strip() or '—'}\n"


def guide_of(label: Label, written: str, language: str = "") -> Guide:
    """What the guide of ``label`` shows: the project's text ``written`` (if any), else the shipped
    text, else its description."""
    if written.strip():
        return Guide(label.name, written, PROJECT)
    text = shipped(label.name, language)
    if text is not None:
        return Guide(label.name, text, SHIPPED)
    return Guide(label.name, from_description(label), DESCRIPTION)
