"""The longer lines of a merge's report (``SourceReport.lines``, :mod:`.merge`) that name documents: those a copy
brought that the project lacked, and those in which it is older than what is here for a coder."""
from __future__ import annotations


def first_names(names: list[str]) -> str:
    """The first five of ``names``, and an ellipsis where there are more."""
    return ", ".join(names[:5]) + (", …" if len(names) > 5 else "")


def older_line(source: str, who: str, n: int, names: list[str]) -> str:
    """``source`` is older than what is here for coder ``who`` in ``n`` documents (``names``, here): which, why,
    and what stays (a researcher read "in 2 document(s)" and could not tell which, nor that a deletion counts)."""
    named = f" ({first_names(names)})" if names else ""
    return (f"  {source} is older than what is here for {who} in {n} document(s){named}: spans or links of theirs "
            "here were changed or deleted after its last change to them; nothing of theirs merged there, what is "
            "here kept as it is")


def added_line(source: str, added: list[str], matched: int) -> str:
    """The documents the target lacked, named: a lead who removed them since the package was made,
    or merged a package of another project, sees which came back (a count alone said nothing)."""
    n, names = len(added), first_names(added)
    if not matched:
        return (f"  none of the documents of {source} was in the project (a package of another project?): "
                f"{n} added ({names}); 'annotator remove' takes them out")
    return (f"  documents not in the project, {n} added ({names}): removed there since {source} was made? "
            "'annotator remove' takes them out")
