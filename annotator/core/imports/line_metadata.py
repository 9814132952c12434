"""The metadata a doccano line's ``meta`` (a Label Studio task's ``data.meta``) gives the document it brings:
where our exports write each document's (``title``, ``date``, ``year``, ``source``, ``jurisdiction`` and the
user's own keys), so a project sent as JSONL or as Label Studio's JSON arrives with them.

- **A new document** takes every key the line gives, by the rules ``import --meta`` and ``annotator meta``
  apply (``metadata.given_field``: ``Year`` is ``year``, a year in digits from 1800 to 2099, a jurisdiction
  as NAME CODE whose name is not the code's corrected, a name of no division or of several warned of); a key
  or value refused is left out and said. The report's date line fills ``date`` and ``year`` only where the
  line gives none (``date_line.with_date_line``, as a file's import). ``title`` is kept only where it is not
  the document's own title, its first line (``title_of``: what the exports write for a document given
  none). What the exports add beside the metadata (``values``, ``district_links``) and a value that is no
  text or number (a list, an object) are not metadata.
- **A document the project holds** (the same text) keeps its metadata, as it keeps its name: nothing is
  overwritten without a word, nor silently; the report names those whose metadata the file gives otherwise
  (a key the project gives another value, or none: ``year`` only where the project gives one, as the
  exports write a year read from the date, the title or the file name).

Before, a new document took ``date`` and ``year`` alone: a colleague who was sent a project as JSONL lost its
jurisdiction, which decides the district codes and the links, its sources and the user's own keys.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.core.date_line import with_date_line
from annotator.core.errors import AnnotatorError
from annotator.core.imports.text import title_of
from annotator.core.metadata import given_field

if TYPE_CHECKING:
    from annotator.core.store import Store

NOT_METADATA = ("values", "district_links")  # what the exports keep beside the metadata in ``meta``
NAMED = 3  # documents a note names


@dataclass
class MetadataNotes:
    """What a file's lines said of metadata, reported once after it: warnings of the values taken (each
    once), and the documents the project holds whose metadata the file gives otherwise (name -> what)."""

    warnings: dict[str, None] = field(default_factory=dict)
    kept: dict[str, str] = field(default_factory=dict)

    def stored(self, where: str, said: list[str], held: tuple[str, str] | None) -> None:
        """A line stored (``where``: "f.jsonl line 3"): for a new document what was said of its metadata
        (``said``, from :func:`given`), for one the project held (``held``, from :func:`held_otherwise`) what
        the line gives otherwise."""
        if held is None:
            self.warnings.update((f"{where}: {s}", None) for s in said)
        elif held[1]:
            self.kept[held[0]] = held[1]

    def lines(self, file: str) -> list[str]:
        out = list(self.warnings)
        if self.kept:
            shown = "; ".join(f"{name}: {what}" for name, what in list(self.kept.items())[:NAMED])
            more = f"; and {len(self.kept) - NAMED:,} more" if len(self.kept) > NAMED else ""
            out.append(f"{file}: {len(self.kept):,} document(s) the project holds keep their metadata, which the "
                       f"file gives otherwise ({shown}{more}); to take the file's: annotator meta P KEY=VALUE "
                       "--doc NAME, or the window's form")
        return out


def given(meta: Any) -> tuple[dict[str, str], list[str]]:
    """The metadata ``meta`` (a line's) gives, as stored, and what to say of it: a key or value refused
    (left out), what the project's rules warn of (a jurisdiction that names no division …)."""
    out: dict[str, str] = {}
    said: list[str] = []
    if not isinstance(meta, dict):
        return out, said
    for key, value in meta.items():
        if key in NOT_METADATA or not isinstance(value, (str, int, float)) or isinstance(value, bool):
            continue
        try:
            key, value, warnings = given_field(str(key), str(value))
        except AnnotatorError as e:
            said.append(f"{e}; left out")
            continue
        if value:
            out[key] = value
            said += warnings
    return out, said


def new_metadata(text: str, meta: dict[str, str]) -> dict[str, Any]:
    """A new document's metadata from what its line gives (``meta``, from :func:`given`): all of it but a
    ``title`` that is the text's own, the report's date line filling ``date`` and ``year`` where not given."""
    kept = {k: v for k, v in meta.items() if not (k == "title" and v == title_of(text))}
    return with_date_line(text, kept)


def held_otherwise(store: Store, doc_id: int, meta: dict[str, str]) -> tuple[str, str]:
    """(name, :func:`differences`) of the project's document ``doc_id``, which keeps its metadata."""
    (held,) = store.document_entries([doc_id])
    return held.name, differences(held.title, store.document_metadata(doc_id), meta)


def differences(title: str, held: dict[str, Any], meta: dict[str, str]) -> str:
    """What of ``meta`` (a line's, from :func:`given`) a document of the project, titled ``title`` (its
    metadata's, else its first line) with metadata ``held``, gives otherwise: "jurisdiction '河池市', the
    file's '宜州市'"; "" for none."""
    said = []
    for key, value in meta.items():
        mine = title if key == "title" else str(held.get(key, "") or "")
        if mine == value or (key == "year" and not mine):
            continue
        said.append(f"{key} {mine!r}, the file's {value!r}" if mine else f"{key} none, the file's {value!r}")
    return ", ".join(said)
