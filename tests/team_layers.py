"""Coders' layers brought into a test project the way a coding team brings them in: a coder's copy merged
(``core/team/merge.py``: its spans under the coder's name, the name recorded as one of the project's coders,
``Store.coders``), or, where a test writes a coder's open suggestions or links of its own, the name recorded
as the merge records it (:func:`as_merged`). A span of a name that is no coder's is the user's to edit."""
from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.models import Annotation, Document
from annotator.core.store import Store
from annotator.core.team.merge import merge


def merged_copy(store: Store, who: str, doc_id: int, spans: Iterable[tuple[int, int, str, dict[str, Any]]],
                folder: Path | None = None) -> list[Annotation]:
    """``who``'s copy (a project holding ``doc_id``'s document and ``who``'s decided ``spans``: start, end,
    label and fields, accepted unless said; in ``folder``, else a new folder beside ``store``'s) merged into
    ``store`` by ``annotator merge``'s merge; the spans as ``store`` then holds them, in the order given."""
    folder = folder or Path(tempfile.mkdtemp(prefix=f"{who}-copy-", dir=store.folder.parent)) / who
    doc = store.document(doc_id)
    wanted = list(spans)
    with Store.create(folder) as copy:
        copy_doc = copy.add_document(Document(None, doc.name, doc.title, doc.text, doc.sha256)).id
        assert copy_doc is not None
        for start, end, label, fields in wanted:
            copy.add_annotation(copy_doc, start, end, label, annotator=who, **{"status": "accepted", **fields})
    merge(store, [folder])
    here = {(a.start, a.end, a.label): a for a in store.annotations(doc_id, annotators=[who])}
    return [here[start, end, label] for start, end, label, _fields in wanted]


def as_merged(store: Store, *names: str) -> None:
    """``names`` recorded as the project's coders, as ``annotator merge`` records a copy's coders."""
    store.add_coders(names, "merge")
