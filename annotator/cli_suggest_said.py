"""What ``annotator suggest`` says after a Ctrl+C: what it had stored (each document whole), how far the
search of the documents skipped for the strings accepted since went, and the links stored and not."""
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
