"""A file that does not decode as the encoding the user chose (--encoding) is named with that
encoding and the one it reads as: --encoding utf-16 on a UTF-8 file said it was "cut off" (its
odd last byte was half a UTF-16 unit), or "cannot be read (UnicodeError: UTF-16 stream does not
start with BOM)" when its length was even."""
from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.core.errors import ImportFileError
from annotator.core.imports.text import read_text_file
from annotator.core.store import Store

TEXT = "厦门市集美区推进软件园三期建设，新增就业岗位。\n海沧区完成投资55亿元，建成松元产业园。\n"


def refusal(tmp_path, data: bytes, encoding: str, name: str = "report.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as e:
        read_text_file(path, len(data), encoding)
    return str(e.value)


@pytest.mark.parametrize("written,asked,shown,reads_as", [
    ("utf-8", "utf-16", "UTF-16", "UTF-8"),  # odd length: was "cut off"
    ("utf-8", "utf-16-le", "UTF-16-LE", "UTF-8"),
    ("utf-8", "big5", "Big5", "UTF-8"),
    ("utf-8", "gbk", "GBK", "UTF-8"),
    ("gbk", "utf-8", "UTF-8", "GB18030"),
    ("gbk", "big5", "Big5", "GB18030"),
])
def test_the_message_names_the_file_the_encoding_asked_and_the_one_it_reads_as(tmp_path, written, asked, shown,
                                                                                reads_as):
    data = TEXT.encode(written)
    message = refusal(tmp_path, data + b"x" if len(data) % 2 == 0 else data, asked)
    assert message.startswith(f"{tmp_path / 'report.txt'}: is not {shown} text (--encoding {asked}): "
                              f"it does not decode as {asked} (byte ")
    assert message.endswith(f"; it reads as {reads_as}: leave out --encoding")
    assert "cut off" not in message


def test_utf16_without_a_mark_on_a_utf8_file_of_even_length(tmp_path):
    data = TEXT.encode("utf-8") + (b"\n" if len(TEXT.encode("utf-8")) % 2 else b"")
    message = refusal(tmp_path, data, "utf-16")
    assert "is not UTF-16 text" in message and message.endswith("it reads as UTF-8: leave out --encoding")
    assert "cannot be read" not in message and "Traceback" not in message


def test_a_file_cut_off_in_the_encoding_asked_is_still_called_cut_off(tmp_path):
    data = TEXT.encode("utf-8")
    message = refusal(tmp_path, data[:-2], "utf-8")  # half of 。: nothing reads it whole
    assert "ends in the middle of a character: it reads as utf-8" in message and "cut off" in message


def test_a_reading_as_asked_that_is_garbage_warns_and_names_the_plausible_encoding(tmp_path):
    data = TEXT.encode("utf-8")
    data += b"\n" * (len(data) % 2)  # decodes as UTF-16-LE, all of it unusual characters
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    warning = read_text_file(path, len(data), "utf-16-le").warning
    assert warning.startswith("read as utf-16-le, but ") and warning.endswith("; it reads as UTF-8: leave out "
                                                                               "--encoding")


def test_the_command_line_prints_it_and_exits_1(tmp_path, capsys):
    project = tmp_path / "p"
    Store.create(project).close()
    path = tmp_path / "u8.txt"
    path.write_bytes(TEXT.encode("utf-8") + b"x" * (1 - len(TEXT.encode("utf-8")) % 2))  # odd length
    assert main(["import", str(project), str(path), "--encoding", "utf-16"]) == 1
    out, err = capsys.readouterr()
    assert out == "imported 0 document(s)\n"  # the error on standard error says why, once
    assert err.startswith(f"annotator: error: {path}: is not UTF-16 text (--encoding utf-16)") and err.count("\n") == 1
    assert "it reads as UTF-8: leave out --encoding" in err and "cut off" not in err
