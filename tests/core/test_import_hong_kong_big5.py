"""Hong Kong's Big5 (Big5-HKSCS: 嘅 咗 冇 啲 哋 喺 and 𥚃, which Big5 as Windows writes it does not hold) is guessed
where Big5 does not read the file, the core's reading and ``annotator import`` alike: such a file was refused (no
encoding could be told) unless --encoding big5hkscs was given, and a text in Cantonese was half rare characters even
then. It must take no file it did not read before: a short GBK file whose 融 or 任 HKSCS reads as symbols, a UTF-16
file without a mark, a Western file (Ärger: 礪ger) read as they were."""
from __future__ import annotations

import pytest

from annotator.core.errors import EncodingUnknown, ImportFileError
from annotator.core.imports.documents import read_file
from annotator.core.imports.text import decode
from annotator.core.store import Store
from tests.cli_run import run

CANTONESE = "佢哋今日唔喺度，咗啲嘢冇做完。\n我哋冇錢，點算好？\n"  # nearly every other character Hong Kong's
ESTATE = "屋邨嘅居民話𥚃度嘅設施唔夠，政府已經撥款五千萬元改善。\n"  # 𥚃: one code point beyond the BMP
REPORT = ("行政長官宣佈，明年起將公共房屋嘅輪候時間縮短至四年半，並增加興建一萬個單位。\n"
          "市民可以喺網上查詢申請進度，唔使親身去辦事處。\n")


@pytest.mark.parametrize("text", [CANTONESE, ESTATE, REPORT, REPORT * 40], ids=["cantonese", "estate", "report",
                                                                               "long"])
def test_a_hong_kong_file_is_guessed_as_big5_hkscs_and_read_whole(tmp_path, text):
    path = tmp_path / "hk.txt"
    path.write_bytes(text.encode("big5hkscs"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("cp950")  # Big5 as Windows writes it does not read it
    read = read_file(path)
    assert (read.text, read.encoding, read.warning) == (text, "big5hkscs", "")


def test_annotator_import_reads_a_hong_kong_file_guessed_or_chosen(tmp_path, capsys):
    path = tmp_path / "香港.txt"
    path.write_bytes((ESTATE + CANTONESE).encode("big5hkscs"))
    for i, chosen in enumerate(([], ["--encoding", "big5hkscs"], ["--encoding", "Big5-HKSCS"])):
        project = tmp_path / f"p{i}"
        assert run(capsys, "new", project)[0] == 0
        code, out, err = run(capsys, "import", project, path, *chosen)
        assert (code, err) == (0, ""), err
        with Store.open(project) as store:
            (doc,) = store.documents()
            assert (doc.name, store.document(doc.id).text, doc.encoding) == ("香港.txt", ESTATE + CANTONESE,
                                                                             "big5hkscs")


def test_a_hong_kong_file_cut_off_in_a_character_says_so():
    data = (ESTATE * 3).encode("big5hkscs") + "嘅".encode("big5hkscs")[:1]
    with pytest.raises(ImportFileError, match="ends in the middle of a character: it reads as big5hkscs but its last"):
        decode(data, "hk.txt")


@pytest.mark.parametrize("text", ["投融建管运”", "韧任荣"])
def test_a_short_gbk_file_that_hkscs_reads_as_symbols_is_gbk_without_a_word_of_hkscs(tmp_path, text):
    """Big5-HKSCS reads GBK's 韧 任 荣 (C8CD–C8FE) as ￢￤⺇: such a file is not said to read as it too."""
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("gb18030"))
    assert path.read_bytes().decode("big5hkscs") != text
    read = read_file(path)
    assert (read.text, read.encoding, read.warning) == (text, "gb18030", "")


def test_a_short_utf16_file_without_a_mark_is_still_refused_not_read_as_big5_hkscs():
    data = "新基地总".encode("utf-16-le")  # Big5-HKSCS reads it as Latin letters and two hanzi
    with pytest.raises(EncodingUnknown, match="reads as UTF-16 .* only by chance"):
        decode(data, "x.txt")


@pytest.mark.parametrize("text", ["Ärger für Äpfel über Zürich, Ärzte sind Ähnlich.\n",
                                  "Åsa Åke Ärla für Zürich Ängel.\n"])
def test_a_western_file_that_hkscs_reads_as_common_hanzi_is_windows_1252(text):
    """Ä, Å and a letter are common Big5 hanzi (Ärger: 礪ger), ü and a letter Hong Kong's (Zürich: Z僡ich)."""
    data = text.encode("latin-1")
    assert decode(data, "de.txt") == (text, "cp1252")
