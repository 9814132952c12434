"""Errors the core raises for things a user did or a file holds; each carries one clear sentence."""
from __future__ import annotations


class AnnotatorError(Exception):
    """A problem to show the user as one line (never a traceback)."""


class ProjectError(AnnotatorError):
    """The project folder or its database cannot be used."""


class ValidationError(AnnotatorError):
    """An annotation or label that the store refuses."""


class Overlap(ValidationError):
    """A span refused for overlapping another of its label in its annotator's layer: ``other`` is that
    span's (text, start, end)."""

    def __init__(self, message: str, other: tuple[str, int, int]) -> None:
        super().__init__(message)
        self.other = other


class SpanGone(ValidationError):
    """A span that is no longer in the project (another program removed it: suggestions run
    again with --replace, a document removed, a restore)."""


class DocumentGone(ValidationError):
    """A document that is no longer in the project (``annotator remove``, a restore)."""


class SameText(ValidationError):
    """A document whose text the project holds already: another program (a second import run beside this
    one) stored it between the check and the write."""


class ImportFileError(AnnotatorError):
    """One input file that cannot be imported."""


class EncodingUnknown(ImportFileError):
    """A text file whose encoding cannot be told: none of the readings tried is plausible text, or only
    one without evidence; importing it with an encoding the user chooses reads it (``imports/readings.py``)."""


class SaveError(AnnotatorError):
    """A write that did not reach the disk: nothing was changed."""


class DiskWriteError(SaveError):
    """A write the disk refused (full, an I/O error, a read-only database): nothing was changed,
    and the next write will fail the same way, so a batch stops at it."""


class ProjectMoved(DiskWriteError):
    """The project's database is no longer where it was opened (its folder moved, renamed or deleted while
    open): a write would go into a file no one opens again (a move to another disk copies the folder and
    deletes this one), so none is made, nor any after it."""


class DiskError(ProjectError):
    """The disk would not let the project be opened (full, failing, a path too long for SQLite): the
    database is not known to be damaged, so it must never be set aside or replaced as if it were."""


class ReadOnlyProject(DiskWriteError):
    """A write to a project opened read-only (a read-only folder, mount or database file): refused
    before anything is written, as every next write would be."""


def said(e: BaseException) -> str:
    """What a library raised, as a message quotes it: its kind and its words on one line (lxml's and
    openpyxl's errors hold line breaks, which made one refusal two or three lines of a report)."""
    return f"{type(e).__name__}: {' '.join(str(e).split())}"
