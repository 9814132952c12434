"""What ``annotator suggest`` says after a Ctrl+C: what it had stored (each document whole), how far the
search of the documents skipped for the strings accepted since went, and the links stored and not; and
``annotator suggest-links`` (it said only "interrupted"): the documents whose links it stored, and what the
same command does again."""
from __future__ import annotations

from typing import Any


def stored_before_ctrl_c(report: Any, links: Any, links_asked: bool = True, links_done: bool = False) -> str:
    """``report``: the run's SuggestReport; ``links``: its LinkReport (empty if they had not begun);
    ``links_asked``: not ``--no-links``; ``links_done``: the links step ran to its end."""
    from annotator.core.suggest.resume import spread_said

    said = f"suggestions stored before it for {report.documents:,} document(s) ({report.added:,} new), each whole"
    said += spread_said(report)  # (the links begin once that search is done)
    if links.documents:
        said += f"; link suggestions for {links.documents:,} document(s) ({links.added:,} new)"
    if links_asked and not links_done:  # the next run suggests those whose links are not done
        said += ("; the links of the others were not suggested" if links.documents
                 else "; no links were suggested") + ": run again to suggest them"
    return said


def links_stored_before_ctrl_c(report: Any, ids: list[int], replace: bool) -> str:
    """``report``: the run's LinkReport; ``ids``: the documents it was to do (empty before they were known);
    ``replace``: ``--replace``. The same command again goes through them all, none skipped: a span keeps the
    open link of a kind it has (``Store.add_links``), so the documents done get nothing twice; with
    ``--replace`` their open link suggestions are made anew."""
    done, left = report.documents, len(ids) - report.documents
    if not ids:  # (stopped before it knew them)
        return "no link suggestions were stored"
    new = f"{report.added:,} new" + (f", {report.removed:,} open one(s) dropped" if report.removed else "")
    said = f"link suggestions stored before it for {done:,} of {len(ids):,} document(s) ({new}), each whole"
    if left:
        said += (f"; the links of the other {left:,} were not suggested" if done else "; no links were suggested") \
            + ": the same command again suggests them"
    if left and done:
        said += f", going through all {len(ids):,} again " + (
            f"(--replace makes the open link suggestions of the {done:,} done anew)" if replace
            else "(a span keeps the open link it has: none is suggested twice)")
    return said
