"""Gold made on a report the project holds under another name (a colleague's copy renamed, or converted
to GB18030, which the import stores once, by its text): the one document whose text holds every gold
span's text at its offsets is that report, so evaluation and the gold's import find it by its text
instead of stopping at a name the project cannot take (importing the file again is skipped: the same
text is already in the project). A span's text in other characters than the document's (湖里区 for
湖裡區: the gold made on the report's simplified form) fits too (``suggest.traditional.same_writing``), where
no document holds it as the gold writes it."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Mapping, Sequence

from annotator.core.store import Store
from annotator.core.suggest.traditional import same_writing

Piece = tuple[int, int, "str | None"]  # start, end and the text a gold line gives there


def documents_by_text(store: Store, pieces: Mapping[str, Sequence[Piece]],
                      taken: Container[str] = ()) -> dict[str, str]:
    """{gold's name: the project's name} for each name of ``pieces`` that exactly one project document,
    not named in ``taken`` (the gold's other names) nor in ``pieces``, fits: each piece's text at its
    offsets. A name whose lines do not all give their text, or that no document or several fit, is
    left out (the caller names it as missing)."""
    wanted = {name: list(p) for name, p in pieces.items()
              if p and all(text and type(s) is int and type(e) is int and 0 <= s < e for s, e, text in p)}
    if not wanted:
        return {}
    fits: dict[str, list[str]] = defaultdict(list)
    written: dict[str, list[str]] = defaultdict(list)  # those fitting in other characters alone
    for _doc_id, name, text in store.document_texts():
        if name in pieces or name in taken:
            continue
        for gold_name, p in wanted.items():
            if all(end <= len(text) and text[start:end] == piece for start, end, piece in p):
                fits[gold_name].append(name)
            elif all(end <= len(text) and same_writing(text[start:end], piece or "") for start, end, piece in p):
                written[gold_name].append(name)
    # the copy in the gold's own writing, where the project holds the report in both (a UTF-8 and a Big5 copy)
    chosen = {gold_name: fits.get(gold_name) or written[gold_name] for gold_name in {*fits, *written}}
    return {gold_name: names[0] for gold_name, names in chosen.items() if len(names) == 1}
