"""The gazetteer file's rows are found in pieces: one regex search over its 2.3 M characters held
Python's lock 40-75 ms, and the window's thread with it, while the suggesters warmed up in a worker
as a project opened (``gui/warming.py``). The rows found are the same as in one search."""
from __future__ import annotations

import re

from annotator.core import resources
from annotator.core.suggest import gazetteer


class _Noted:
    """A compiled row pattern that notes how many characters each search reads."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self.pattern, self.read = pattern, read

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read.append(end - pos)
        return self.pattern.findall(text, pos, end)


def test_no_search_reads_much_more_than_a_piece_of_the_file(monkeypatch):
    text = resources.read_text("gazetteer.tsv")
    read: list[int] = []
    for name in ("_U_ROW", "_K_ROW", "_O_ROW", "_B_ROW"):
        monkeypatch.setattr(gazetteer, name, _Noted(getattr(gazetteer, name), read))
    gazetteer.from_text(text, set())
    longest_line = max(map(len, text.splitlines())) + 1
    assert len(text) > 10 * gazetteer.TEXT_PIECE and read
    assert max(read) <= gazetteer.TEXT_PIECE + longest_line


def test_the_rows_found_in_pieces_are_those_of_one_search(monkeypatch):
    text = "\n" + resources.read_text("gazetteer.tsv")
    for pattern in (gazetteer._U_ROW, gazetteer._K_ROW, gazetteer._O_ROW, gazetteer._B_ROW):
        whole = pattern.findall(text)
        for piece in (1, 997, 65_536):  # cut in every row, cut anywhere, as shipped
            monkeypatch.setattr(gazetteer, "TEXT_PIECE", piece)
            assert gazetteer._rows(pattern, text) == whole
    tail = "\nO\t末尾"  # a row at the very end, without a newline after it
    monkeypatch.setattr(gazetteer, "TEXT_PIECE", 3)
    assert gazetteer._rows(gazetteer._O_ROW, text + tail) == gazetteer._O_ROW.findall(text + tail)
