"""A Western file in Latin-1 / Windows-1252 that is also valid GB18030 was read as rare hanzi (für as
f黵, Straße as Stra遝); it is now read as Windows-1252, with a warning naming GB18030. Chinese files
of every length are read as before (core/imports/western.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.imports import text as text_module
from annotator.core.imports.documents import read_file
from annotator.core.imports.text import decode
from tests.core.test_import_encodings import SIMPLIFIED, TRADITIONAL
from tests.shared_data import shared_dir

ROOT = Path(__file__).resolve().parents[2]
WESTERN = ["Mitarbeiter für Straßenbau in Köln und Düsseldorf, größere Projekte.\n" * 30, "Straße", "Müller",
           "Crème brûlée française\n", "Die Universität Zürich und die Bibliothèque in Genève.\n"]


@pytest.mark.parametrize("text", WESTERN, ids=lambda t: t[:12])
def test_a_western_file_that_is_also_gb18030_is_read_as_windows_1252(tmp_path, text):
    data = text.encode("cp1252")
    assert data.decode("gb18030") != text  # valid GB18030: f黵, Stra遝 (read so before)
    path = tmp_path / "w.txt"
    path.write_bytes(data)
    read = read_file(path)
    assert (read.text, read.encoding) == (text, "cp1252")
    assert read.warning.startswith("its encoding was guessed as cp1252, but it also reads as gb18030"), read.warning


def test_two_accented_letters_in_a_row_may_still_read_as_chinese():
    """größe: F6 DF is 鲞 of GB2312, a common hanzi; one such is all the file holds (left as it was)."""
    assert decode("größe".encode("cp1252"))[1] == "gb18030"


def _decoded(data: bytes) -> tuple[str, str] | str:
    try:
        return decode(data, "c.txt")
    except ImportFileError as e:
        return str(e)


def _samples() -> list[tuple[str, str]]:
    """Every piece of the Chinese samples of the encoding tests, of every length, and the opening
    pieces of every gold text here and shared, in GBK, GB18030 and (where it can) Big5."""
    out = [(s[i:j], e) for s, encodings in ((SIMPLIFIED, ("gbk", "gb18030")), (TRADITIONAL, ("big5",)))
           for e in encodings for i in range(len(s)) for j in range(i + 1, len(s) + 1)]
    folders = [ROOT / "tests" / "data", ROOT / "resources" / "seed_gold", shared_dir()]
    for path in (p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*.txt"))):
        text = read_file(path).text
        for encoding in ("gbk", "gb18030", "big5"):
            for k in (*range(1, 25), 100, 1000, len(text)):
                out.append((text[:k], encoding))
    return out


def test_chinese_files_of_every_length_are_read_as_before(monkeypatch):
    checked = 0
    for piece, encoding in _samples():
        try:
            data = piece.encode(encoding)
        except UnicodeEncodeError:
            continue
        now = _decoded(data)
        with monkeypatch.context() as m:
            m.setattr(text_module, "reads_western", lambda *_a: False)
            before = _decoded(data)
        assert now == before, (piece, encoding, now)
        checked += 1
    assert checked > 4000
