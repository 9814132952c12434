"""The name of an undo step, in the interface's language: *Undo Accept AMOUNT 55.1亿元*,
*撤销 删除 地区 厦门市*.

The core names a ChangeSet in English for the command line and the logs
(:func:`annotator.core.undo.describe`); the window names it from what it holds — the kind of
change, the spans' labels (by their display names) and texts, how many — so that the name
follows the interface's language, also for steps made before a switch (:func:`retitle`). A step that names
its document (a done mark) names it as the window's list names it now (``names``: a document renamed since the
step, in this window or by another program, by its new name), else by the name it had when the step was made.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from annotator.core.models import ADJUDICATED, ALONE_STEP, Change, ChangeSet, DoneChange, LabelChange, LinkChange
from annotator.gui.display import label_text, link_kind_text, span_text


def _t(text: str) -> str:
    return QCoreApplication.translate("StepNames", text)


Names = Callable[[int], str]  # a document's name now, by its id ("" for one the list does not hold)


def step_name(changeset: ChangeSet, names: Names | None = None) -> str:
    """What the step did, naming the span when it is one (the window's Undo / Redo texts); its document by
    ``names`` when given and it knows the document."""
    if changeset.status_changes:
        n = sum(len(c) for c in changeset.status_changes)
        status = changeset.status_changes[0].after[0][0] if changeset.status_changes[0].after else ""
        return _many_statuses(status, n)
    if changeset.link_changes and changeset.annotation_changes and all(
            c.before is not None and c.after is not None and (c.before.status, c.after.status) == (
                "suggested", "accepted") and _same_place(c) for c in changeset.annotation_changes):
        # a link by hand (L, Ctrl+L); not a linked suggestion relabelled or moved, which takes its links
        return _t("{0} and accept {1} suggestion(s)").format(_links(changeset.link_changes),
                                                              len(changeset.annotation_changes))
    if changeset.metadata_changes:  # with the open district suggestions that follow a jurisdiction
        key = changeset.metadata_changes[-1].key
        return _t("Set the jurisdiction") if key == "jurisdiction" else _t("Set {0}").format(key)
    if changeset.annotation_changes and changeset.description.endswith(ALONE_STEP):  # take_alone: one coder's
        after = next((c.after for c in changeset.annotation_changes if c.after is not None), None)
        coder = after.reason.removeprefix("from ") if after is not None else ""
        return _t("Take {0} spans of {1}").format(len(changeset.annotation_changes), coder)
    if changeset.annotation_changes:
        return _spans(changeset.annotation_changes)
    if changeset.label_changes:
        return _label(changeset.label_changes[-1])
    if changeset.link_changes:
        return _links(changeset.link_changes)
    if changeset.done_changes:
        return _done(changeset.done_changes[-1], names)
    if changeset.name_changes:  # Project › Rename document…
        return _t("Rename document “{0}” to “{1}”").format(*changeset.name_changes[-1][1:])
    if changeset.guide_changes:
        return _t("Edit the guide of {0}").format(label_text(changeset.guide_changes[-1].label))
    return _t("Edit")


def _same_place(change: Change) -> bool:
    """The span keeps its label and boundaries (only its status, value or note changed)."""
    before, after = change.before, change.after
    return before is not None and after is not None and (before.label, before.start, before.end) == (
        after.label, after.start, after.end)


def _done(change: DoneChange, names: Names | None) -> str:
    """"Mark document “滨州2024.txt” done", as the status bar says it (a step of before: without its name)."""
    name = (names(change.document_id) if names is not None else "") or change.name
    if not name:
        return _t("Mark document done") if change.after else _t("Mark document not done")
    return (_t("Mark document “{0}” done") if change.after else _t("Mark document “{0}” not done")).format(name)


def _many_statuses(status: str, n: int) -> str:
    return {"accepted": _t("Accept {0} spans"), "rejected": _t("Reject {0} spans"),
            "suggested": _t("Reopen {0} spans")}.get(status, _t("Change {0} spans")).format(n)


def _spans(changes: Sequence[Change]) -> str:
    if any(_decided(c) for c in changes):
        return _decision(changes)
    if all(_into_layer(c) for c in changes):  # open suggestions accepted into the gold layer (A)
        after = changes[0].after
        assert after is not None
        return (_t("Accept {0} into layer {1}").format(span_text(after.label, after.text), after.annotator)
                if len(changes) == 1 else
                _t("Accept {0} suggestions into layer {1}").format(len(changes), after.annotator))
    if len(changes) == 1:
        return _one_span(changes[0])
    if _in_place_of_suggestions(changes):  # a selection over several suggestions of its label (Store.label_span)
        after = next(c.after for c in changes if c.after is not None)
        return _t("Label {0} in place of {1} suggestions").format(span_text(after.label, after.text), len(changes))
    if all(c.before is None for c in changes):
        return _t("Add {0} spans").format(len(changes))
    if all(c.after is None for c in changes):
        return _t("Delete {0} spans").format(len(changes))
    statuses = {c.after.status for c in changes if c.after is not None and c.before is not None
                and c.after.status != c.before.status}
    if len(statuses) == 1 and all(c.before is not None and c.after is not None for c in changes):
        return _many_statuses(statuses.pop(), len(changes))
    return _t("Change {0} spans").format(len(changes))


def _in_place_of_suggestions(changes: Sequence[Change]) -> bool:
    """One open suggestion reshaped and accepted, the others of its label removed."""
    kept = [c for c in changes if c.after is not None]
    return len(kept) == 1 and kept[0].before is not None and kept[0].before.status == "suggested" and all(
        c.before is not None and c.before.status == "suggested" and c.before.label == kept[0].before.label
        for c in changes)


def _decided(change: Change) -> bool:
    """A span of a gold layer written or removed: a decision (a gold span only edited is not one)."""
    span = change.after if change.before is None else change.before if change.after is None else None
    return span is not None and span.origin == ADJUDICATED


def _into_layer(change: Change) -> bool:
    before, after = change.before, change.after
    return before is not None and after is not None and after.origin == ADJUDICATED != before.origin \
        and _same_place(change)


def _decision(changes: Sequence[Change]) -> str:
    """A region decided (1–9, 0) names its longest span, and says when none of the versions was taken;
    decisions over several regions (Take all agreed: "Take 120 agreed spans") count the spans written. A gold
    span only edited (X, a label key, its boundaries) is named as any span is: "Reject …", not "Adjudicate …"."""
    spans = sorted((a for c in changes for a in (c.after, c.before) if a is not None), key=lambda a: (a.start, -a.end))
    reach = spans[0].end
    for a in spans[1:]:
        if a.start >= reach:  # a second region: Take all agreed, the one step that decides several
            return _t("Take {0} agreed spans").format(len([c for c in changes if c.after is not None]))
        reach = max(reach, a.end)
    longest = max(spans, key=lambda a: a.end - a.start).text
    added = [c.after for c in changes if c.before is None and c.after is not None]
    if added and all(a.status == "rejected" for a in added):
        return _t("Adjudicate {0}: none of the versions").format(longest)
    return _t("Adjudicate {0}").format(longest)


def _one_span(change: Change) -> str:
    before, after = change.before, change.after
    if before is None:
        assert after is not None
        return _t("Add {0}").format(span_text(after.label, after.text))
    named = span_text(before.label, before.text)
    if after is None:
        return _t("Delete {0}").format(named)
    if (after.start, after.end) != (before.start, before.end):
        return _t("Move the boundaries of {0} to {1}").format(named, after.text)
    if after.label != before.label:
        return _t("Relabel {0} as {1}").format(named, label_text(after.label))
    if after.status != before.status:
        return {"accepted": _t("Accept {0}"), "rejected": _t("Reject {0}"),
                "suggested": _t("Reopen {0}")}.get(after.status, _t("Edit {0}")).format(named)
    return _t("Edit {0}").format(named)


def _label(change: LabelChange) -> str:
    if change.before is None:
        assert change.after is not None
        return _t("Add label {0}").format(label_text(change.after.name))
    if change.after is None:
        return _t("Delete label {0}").format(label_text(change.before.name))
    if change.renamed:
        return _t("Rename label {0} to {1}").format(*map(label_text, change.renamed))
    if change.before.position != change.after.position and replace(change.before, position=0) \
            == replace(change.after, position=0):  # the moved label's change comes last (Store.move_label)
        return _t("Move label {0}").format(label_text(change.after.name))
    return _t("Change label {0}").format(label_text(change.after.name))


def _links(changes: Sequence[LinkChange]) -> str:
    added = [c.after for c in changes if c.before is None and c.after is not None]
    removed = [c.before for c in changes if c.after is None and c.before is not None]
    if added and len(added) == 1:
        return _t("Link to a {0}").format(link_kind_text(added[0].kind))
    if added:
        return _t("Add {0} links").format(len(added))
    if removed:
        return _t("Remove a link") if len(removed) == 1 else _t("Remove {0} links").format(len(removed))
    statuses = {c.after.status for c in changes if c.after is not None}
    n = len(changes)
    if statuses == {"accepted"}:
        return _t("Accept a link") if n == 1 else _t("Accept {0} links").format(n)
    if statuses == {"rejected"}:
        return _t("Reject a link") if n == 1 else _t("Reject {0} links").format(n)
    return _t("Change {0} links").format(n)

