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
  (a key the project gives another value: ``year`` only where the project gives one, as the exports write a
  year read from the date, the title or the file name). A key it has no value for (``source``, ``批次``,
  a jurisdiction, a title other than its first line) it takes from the file, and the report says which: a
  gold JSONL file names its documents without their text, so a colleague imports the reports first and the
  file's metadata then comes to documents the project holds (before, a gold line's ``meta`` was not read at
  all, and a doccano line's keys the document lacked were only named).

Before, a new document took ``date`` and ``year`` alone: a colleague who was sent a project as JSONL lost its
jurisdiction, which decides the district codes and the links, its sources and the user's own keys.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

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
    taken: dict[str, list[str]] = field(default_factory=dict)  # a held document's name -> the keys it took

    def stored(self, where: str, said: list[str], held: Held | None) -> None:
        """A line stored (``where``: "f.jsonl line 3"): for a new document what was said of its metadata
        (``said``, from :func:`given`), for one the project held (``held``, from :func:`held_otherwise`) the
        keys it took from the line and what the line gives otherwise."""
        if held is None or held.taken:
            self.warnings.update((f"{where}: {s}", None) for s in said)
        if held is None:
            return
        if held.taken:
            self.taken[held.name] = held.taken
        if held.otherwise:
            self.kept[held.name] = held.otherwise

    def read(self, store: Store, doc_id: int, meta: Any, where: str) -> None:
        """Inside a write: a gold line's ``meta`` (the export writes the document's on each of its lines)
        for the project's document ``doc_id``, which the gold line names: the keys it has no value for taken,
        the others named (:func:`held_otherwise`). ``where``: "f.jsonl line 3"."""
        given_meta, said = given(meta)
        if given_meta:
            self.stored(where, said, held_otherwise(store, doc_id, given_meta))

    def lines(self, file: str) -> list[str]:
        out = list(self.warnings)
        if self.taken:
            keys = list(dict.fromkeys(k for taken in self.taken.values() for k in taken))
            out.append(f"{file}: {len(self.taken):,} document(s) the project holds took metadata they had none "
                       f"of from the file ({', '.join(keys)})")
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


class Held(NamedTuple):
    """What a line's metadata did to a document the project holds: its name, the keys it took (it had no
    value for them) and :func:`differences`, what the line gives otherwise."""

    name: str
    taken: list[str]
    otherwise: str


def held_otherwise(store: Store, doc_id: int, meta: dict[str, str]) -> Held:
    """Inside a write: the keys of ``meta`` (a line's, from :func:`given`) the project's document ``doc_id``
    has no value for set on it (``year`` only where it has one: the exports write one read from the date,
    the title or the file name; ``title`` only when it is not the text's first line, which the exports
    write for a document given none); it keeps the others, which :func:`differences` names."""
    (held,) = store.document_entries([doc_id])
    mine = store.document_metadata(doc_id)
    taken = [k for k, v in meta.items() if not str(mine.get(k, "") or "") and k != "year"
             and not (k == "title" and v == held.title)]
    for key in taken:
        store.set_document_metadata(doc_id, key, meta[key])
    rest = {k: v for k, v in meta.items() if k not in taken}
    return Held(held.name, taken, differences(held.title, mine, rest))


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
