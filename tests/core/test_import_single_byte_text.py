"""A short file in Latin-1 (or another single-byte encoding) was read as UTF-16 without a byte-order
mark: ``printf 'abc\\xe9' > s.txt; annotator import P s.txt`` stored 慢揩, and naïve (five bytes)
was refused as a UTF-16 file "cut off". UTF-16 without a mark now needs evidence: the bytes its line
ends, digits, Latin letters or punctuation give (NUL, 02 of 。, 0C of ，), which no single-byte text
holds."""
from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.core.errors import ImportFileError
from annotator.core.imports.documents import read_file
from annotator.core.imports.text import decode
from annotator.core.store import Store

LATIN1 = ["abc\xe9", "caf\xe9", "na\xefve", "\xe9t\xe9s", "Gr\xfc\xdf", "pi\xf1a", "soupe \xe0 l'oignon",
          "Der B\xe4r ist gro\xdf und sch\xf6n.\n"]


@pytest.mark.parametrize("word", LATIN1)
def test_latin1_text_is_never_read_as_utf16(tmp_path, word):
    path = tmp_path / "s.txt"
    path.write_bytes(word.encode("latin-1"))
    try:
        read = read_file(path)
    except ImportFileError as e:
        message = str(e)
        assert message.startswith(f"{path}: ") and "cut off" not in message, message
        return
    assert not read.encoding.startswith("utf-16"), (read.encoding, read.text)
    assert read.warning, (read.encoding, read.text)  # a GB18030 reading of Latin-1 is named as a guess


def test_the_short_file_of_the_report_is_refused_naming_the_file_and_the_problem():
    with pytest.raises(ImportFileError) as refused:
        decode(b"abc\xe9", "s.txt")
    message = str(refused.value)
    assert message.startswith("s.txt: cannot tell its encoding: it is not UTF-8, GB18030 or Big5 text, and it reads "
                              "as UTF-16 ('慢揩') only by chance"), message
    assert message.endswith("if you know its encoding, choose it (--encoding)")


def test_the_cli_import_stores_nothing_and_says_why(tmp_path, capsys):
    project, path = tmp_path / "P", tmp_path / "s.txt"
    Store.create(project).close()
    path.write_bytes(b"abc\xe9")
    assert main(["import", str(project), str(path)]) == 1
    out = capsys.readouterr()
    assert f"annotator: error: {path}: cannot tell its encoding" in out.err
    with Store.open(project) as store:
        assert store.documents() == []
    assert main(["import", str(project), str(path), "--encoding", "latin-1"]) == 0  # the way out it names
    with Store.open(project) as store:
        assert [store.document(d.id).text for d in store.documents()] == ["abc\xe9"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["湖里区。", "湖里区\n", "投资55亿元", "臺北市政府工作報告，興建產業園區"])
def test_short_utf16_chinese_with_a_line_end_digit_or_punctuation_is_still_read(text, encoding):
    assert decode(text.encode(encoding), "u.txt") == (text, encoding)


def test_utf16_hanzi_without_evidence_read_otherwise_are_named_in_the_warning(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes("湖里区".encode("utf-16-le"))  # 56 6E CC 91 3A 53: also GB18030 Vn虘:S
    read = read_file(path)
    assert read.text == "湖里区" or "utf-16-le" in read.warning, (read.encoding, read.text, read.warning)
    assert read_file(path, "utf-16-le").text == "湖里区"
