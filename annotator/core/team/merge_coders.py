"""A merge's annotator names put beside the project's coders: a copy whose coder gave another name.

The lead records a coder (``annotator coders P --add li``) and hands out ``li.zip``; the coder's
window (Preferences) or ``--annotator`` says "Li Ming", and the merge records a new coder "Li Ming"
while li keeps no span. Merged without a word, the lead found it out in the agreement, if at all.
:func:`note_strangers` finds it after a merge: the names a source brought that were not the
project's coders before it (:attr:`SourceReport.strangers`), when coders the project held before
still hold no span (:attr:`SourceReport.idle`), and the way to put it right
(:attr:`MergeReport.again`): take the merge back ('annotator restore P <the backup the merge made
right before it>': the newest may be older than the lead's last edits, or made since by another
program) and merge the same sources again with
``--rename 'Li Ming=li'`` (no command moves spans from one layer to another, and merging again
with the rename alone would leave Li Ming's layer beside li's).

A package handed out to its coder by name (``export-package --coder li``, the window's *Hand out a
package…*) records it, with the annotator names it held: merged, the one other name its coder's copy
brings is stored as theirs, and said (:func:`handed_to`); several are said and merged as they are.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.team.package import handed_out
from annotator.paths import as_argument

if TYPE_CHECKING:
    from annotator.core.store import Store
    from annotator.core.team.merge import MergeReport


def rename_pair(pair: str) -> tuple[str, str] | None:
    """``OLD=NEW`` (an annotator's name in a coder's copy, the name to store it under) as its two
    names; None where it is not of that form (the command line's ``--rename``, the window's field)."""
    old, equals, new = (part.strip() for part in pair.partition("="))
    return (old, new) if old and equals and new else None


def handed_to(other: Store, statuses: Collection[str], rename: Mapping[str, str]) -> tuple[str, list[str]]:
    """The coder the package ``other`` was handed out to ("" where it recorded none), and the names its spans of
    ``statuses`` carry besides theirs and those it was handed out with (and those ``rename`` names)."""
    coder, names = handed_out(other)
    if not coder:
        return "", []
    held = {who for who, _label, status in other.count_by_annotator() if status in statuses}
    return coder, sorted(held - set(names) - {coder, ""} - set(rename))


def handed_lines(source: str, coder: str, others: list[str]) -> list[str]:
    """What a source's report says of the names its coder's copy brought besides the coder's own."""
    if len(others) == 1:
        keep = as_argument(f"{others[0]}={others[0]}")
        return [f"  annotator {others[0]} stored as {coder} here: {source} was handed out to {coder} "
                f"(export-package --coder); merged with --rename {keep} it keeps its name"]
    if others:
        return [f"  {source} was handed out to {coder}, but its spans carry annotator(s) {', '.join(others)}: "
                f"merged under those names (is one of them {coder}? merge it with --rename NAME={coder})"]
    return []


def note_strangers(target: Store, report: MergeReport, before: set[str], *, rename: Mapping[str, str],
                   replace: bool, new_documents: bool) -> None:
    """Fill in each source's names that are no coder of ``before`` (the project's coders as the merge began)
    when some coder of ``before`` holds no span after it, and the command lines that merge again under the
    coders' names (``rename``, ``replace``, ``new_documents``: the merge's own options, given again)."""
    holding = {who for who, _label, _status in target.count_by_annotator()}
    idle = sorted(before - holding)
    merged = [s for s in report.sources if not s.foreign]
    if not idle or not any(s.coders - before for s in merged):
        return
    coder: dict[str, str] = {}  # a stranger -> the coder they are, where the merge tells
    for s in merged:
        s.strangers, s.idle = sorted(s.coders - before), idle
        if len(s.strangers) == 1 and s.unnamed_as in idle:  # li.zip brought Li Ming alone: li's copy
            coder.setdefault(s.strangers[0], s.unnamed_as)
    strangers = sorted({name for s in merged for name in s.strangers})
    if len(strangers) == 1 and len(idle) == 1:
        coder.setdefault(strangers[0], idle[0])
    fixes = {_in_copy(name, rename): coder.get(name, "CODER") for name in strangers}
    options = [f"--rename {as_argument(f'{old}={new}')}" for old, new in {**rename, **fixes}.items()]
    report.renames = ", ".join(as_argument(f"{old}={new}") for old, new in fixes.items())
    options += ["--replace"] * replace + ["--new-documents"] * new_documents
    project = as_argument(report.target)
    report.again = [restore_command(report),
                    " ".join(["annotator merge", project, *(as_argument(s.source) for s in merged), *options])]


def restore_command(report: MergeReport) -> str:
    """The command that takes the merge of ``report`` back: its project restored from the backup made right
    before it (plain 'annotator restore' takes the newest, which may be older than the lead's last edits,
    or made since by another program)."""
    backup = f" {as_argument(Path(report.backup).name)}" if report.backup else ""
    return f"annotator restore {as_argument(report.target)}{backup}"


def _in_copy(name: str, rename: Mapping[str, str]) -> str:
    """The name as the copy holds it (``name`` is stored here, after the merge's own ``rename``)."""
    return next((old for old, new in rename.items() if new == name), name)


def stranger_line(source: str, strangers: list[str], idle: list[str]) -> str:
    """The line of a source's report naming its strangers."""
    return (f"  {source} brought annotator(s) {', '.join(strangers)}, not among the project's coders; coder(s) "
            f"{', '.join(idle)} hold no span here: a copy whose coder gave another name (their window's "
            "Preferences, or --annotator)?")


def again_line(renames: str, again: list[str]) -> str:
    """The line of a merge's report saying how to merge its sources again under the coders' names."""
    return (f"  to store them under a coder's name, take this merge back and merge again with --rename {renames}: "
            f"{again[0]}, then {again[1]}")

