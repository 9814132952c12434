"""Guessing encodings: mixed files and random bytes are refused, short files are never read wrongly
without a warning, a chosen encoding is obeyed, and big files stay within the limit and memory."""
from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from shared_data import missing_reason, shared_files

from annotator.core.errors import AnnotatorError, ImportFileError
from annotator.core.imports import documents
from annotator.core.imports import text as text_module
from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.text import PLAUSIBLE_SHARE, decode, plausibility
from annotator.core.store import Store
from tests.memory_peak import traced_peak

CORPUS = shared_files("corpus", "*.txt") + shared_files("reports", "*.txt")  # ANNOTATOR_SHARED or ../shared
SIMPLIFIED = ("厦门市湖里区政府工作报告。全年地区生产总值增长5.1%，投资55.1亿元建设松元产业园，"
              "力争新增80家国家级高新技术企业，推进灌口镇老旧小区改造和城乡融合发展。")
TRADITIONAL = "臺北市政府工作報告。全年投資新臺幣五十億元，興建產業園區與捷運路線，推動城鄉發展與公共建設。"
HANZI = sorted({ch for ch in SIMPLIFIED + TRADITIONAL if "\u4e00" <= ch <= "\u9fff"})
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])


def implausible(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7af" or "\ue000" <= ch <= "\uf8ff" for ch in text)  # Hangul, private use


# ------------------------------------------------------------------ mixed files
def test_a_file_half_gbk_half_utf8_is_refused_not_read_as_hangul():
    half = SIMPLIFIED * 20
    for data in (half.encode("gbk") + half.encode("utf-8"), half.encode("utf-8") + half.encode("gbk"),
                 half.encode("gbk") + half.encode("utf-8") + b" "):  # odd and even lengths
        with pytest.raises(ImportFileError) as info:
            decode(data, "mixed.txt")
        assert str(info.value).startswith("mixed.txt: ")


@FUZZ
@given(gbk=st.text(alphabet=st.sampled_from(SIMPLIFIED), min_size=1, max_size=60),
       utf8=st.text(alphabet=st.sampled_from([ch for ch in HANZI if ch in SIMPLIFIED]), min_size=3, max_size=60),
       utf8_first=st.booleans())
@example(gbk="00告长", utf8="业业业业", utf8_first=False)  # 长 then 业 read as UTF-8 泤业业业业: was read as GB18030
def test_gbk_and_utf8_in_one_file_never_import_as_something_else_unwarned(tmp_path, gbk, utf8, utf8_first):
    parts = [(utf8, "utf-8"), (gbk, "gbk")] if utf8_first else [(gbk, "gbk"), (utf8, "utf-8")]
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"".join(t.encode(e) for t, e in parts))
    try:
        read = read_file(path)
    except ImportFileError as e:
        assert str(e).startswith(f"{path}: ")
        return
    assert not implausible(read.text)
    if valid_utf8(gbk.encode("gbk")):  # 全 C8 AB is also UTF-8 ȫ: then the file is valid UTF-8
        return  # and may be read as such (with a warning only when that reading is unusual text)
    assert read.text == "".join(t for t, _ in parts) or read.warning


def valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# ------------------------------------------------------------------ random bytes
@FUZZ
@given(st.binary(min_size=1, max_size=3000))
def test_random_bytes_are_refused_or_plausible_text_or_warned_about(tmp_path, data):
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    try:
        read = read_file(path)
    except ImportFileError as e:
        assert str(e).startswith(f"{path}: ") and "\n" not in str(e)
        return
    assert read.warning or plausibility(read.text) >= PLAUSIBLE_SHARE
    assert not implausible(read.text) or read.warning


def test_few_random_byte_files_are_imported_as_text():
    rng = random.Random(19)
    imported = 0
    for _ in range(300):  # as in the report of issue 19: 111 of 300 were imported
        data = bytes(rng.randrange(256) for _ in range(rng.choice([rng.randint(1, 64), rng.randint(64, 4096)])))
        try:
            decode(data, "random.txt")
            imported += 1
        except ImportFileError:
            pass
    assert imported <= 9


# ------------------------------------------------------------------ short files
@st.composite
def short_files(draw):
    encoding = draw(st.sampled_from(["gb18030", "big5", "utf-16-le", "utf-16-be", "utf-8"]))
    source = TRADITIONAL if encoding == "big5" else SIMPLIFIED
    start = draw(st.integers(0, len(source) - 1))
    return source[start:start + draw(st.integers(1, 6))], encoding


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(short_files())
def test_a_short_file_is_read_right_or_warned_about_or_refused(tmp_path, sample):
    fragment, encoding = sample
    assume(fragment.strip())
    path = tmp_path / "short.txt"
    path.write_bytes(fragment.encode(encoding))
    try:
        read = read_file(path)
    except ImportFileError:
        return
    assert read.text == fragment or read.warning, (read.encoding, read.text)
    if read.text != fragment:  # the warning names the guess and how to choose
        assert read.encoding in read.warning and "--encoding" in read.warning
        assert read_file(path, encoding).text == fragment


@pytest.mark.skipif(not CORPUS, reason=missing_reason("corpus", "*.txt"))
@pytest.mark.parametrize("source", CORPUS, ids=lambda p: p.name)
def test_real_articles_are_read_without_a_warning(tmp_path, source):
    original = text_module.normalise(source.read_text(encoding="utf-8"))
    for encoding in ("utf-8", "gb18030", "utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(original.encode(encoding))
        read = read_file(path)
        assert (read.text, read.warning) == (original, "")
        assert read.sha256 == text_module.sha256(original)


def test_traditional_chinese_in_big5_is_read_without_a_warning(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes((TRADITIONAL * 3).encode("big5"))
    read = read_file(path)
    assert (read.text, read.encoding, read.warning) == (TRADITIONAL * 3, "big5", "")


# ------------------------------------------------------------ choosing encodings
def test_a_chosen_encoding_is_obeyed_and_a_guess_is_reported_as_a_warning(tmp_path):
    path = tmp_path / "one.txt"
    path.write_bytes("中".encode("big5"))  # the same two bytes are ぃ in GB18030
    with Store.create(tmp_path / "p") as store:
        guessed = import_files(store, [path])
        assert [Path(f).name for f, _ in guessed.warnings] == ["one.txt"]
        assert any(line.startswith("warning ") and "gb18030" in line and "big5" in line for line in guessed.lines())
    with Store.create(tmp_path / "q") as store:
        chosen = import_files(store, [path], encoding="big5")
        assert chosen.warnings == [] and store.document(chosen.imported[0].id).text == "中"
        assert store.documents()[0].encoding == "big5"


def test_a_chosen_encoding_that_does_not_fit_is_reported_by_file(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path], encoding="utf-8")
    assert report.imported == [] and report.failed[0][1].startswith(  # the report names the file apart
        "is not UTF-8 text (--encoding utf-8): it does not decode as utf-8 (byte 0")
    assert report.failed[0][1].endswith("; it reads as GB18030: leave out --encoding")


@pytest.mark.parametrize("encoding", ["klingon", "base64", ""])
def test_an_unknown_encoding_is_refused_before_anything_is_read(tmp_path, encoding):
    with Store.create(tmp_path / "p") as store, pytest.raises(AnnotatorError, match="encoding"):
        import_files(store, [tmp_path / "missing.txt"], encoding=encoding)


def test_utf8_text_in_another_script_is_imported_with_a_warning(tmp_path):
    path = tmp_path / "korean.txt"
    path.write_text("서울특별시 강남구 " * 20, encoding="utf-8")
    read = read_file(path)
    assert read.encoding == "utf-8" and "unusual" in read.warning


# ------------------------------------------------------------------ size, memory
def test_a_file_over_the_size_limit_is_refused_naming_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 2 * 2**20)
    path = tmp_path / "big.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk") * (2 * 2**20 // len(SIMPLIFIED.encode("gbk")) + 1))
    with pytest.raises(ImportFileError, match="files over 2 MB are refused"):
        read_file(path)


def test_a_large_gbk_file_is_decoded_in_chunks_without_needless_copies(tmp_path, monkeypatch):
    monkeypatch.setattr(text_module, "CHUNK_BYTES", 256 * 1024)
    article = (SIMPLIFIED + "\r\n") * 30_000  # about 4 MB in GBK; CRLF split across chunks
    path = tmp_path / "big.txt"
    path.write_bytes(article.encode("gbk"))
    expected = text_module.normalise(article)
    read, peak = traced_peak(lambda: read_file(path))
    assert (read.text == expected, read.encoding, read.warning) == (True, "gb18030", "")
    text_bytes = 2 * len(expected)  # the text itself, two bytes a character
    assert peak < 2.5 * text_bytes + 2**20, f"peak {peak / 2**20:.1f} MB for {text_bytes / 2**20:.1f} MB of text"


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                          (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_line_ends_and_marks_are_normalised_across_chunks(tmp_path, monkeypatch, bom, encoding):
    monkeypatch.setattr(text_module, "CHUNK_BYTES", 7)  # odd: pairs and CRLF fall across chunks
    article = "湖里区\r\n灌口镇\r松元产业园\n\r\n𠀋村\r"
    path = tmp_path / "x.txt"
    path.write_bytes(bom + article.encode(encoding))
    read = read_file(path)
    assert read.text == text_module.normalise(article) and read.sha256 == text_module.sha256(read.text)


# ------------------------------------------------------------------ cut-off files
@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("gb18030", b""), ("big5", b""),
                                          ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-8", codecs.BOM_UTF8)])
@pytest.mark.parametrize("chunk", [7, 2**20])
def test_a_file_cut_off_in_the_middle_of_a_character_is_refused_as_cut_off(tmp_path, monkeypatch, encoding, bom,
                                                                              chunk):
    """A download or a copy that stopped half-way through a character: the file was refused as
    "does not read as Chinese … the best guess, utf-16-be" or "cannot tell its encoding"."""
    monkeypatch.setattr(text_module, "CHUNK_BYTES", chunk)
    whole = bom + ((TRADITIONAL if encoding == "big5" else SIMPLIFIED) * 20).encode(encoding)
    path = tmp_path / "cut.txt"
    path.write_bytes(whole[:-1])
    with pytest.raises(ImportFileError) as refused:
        read_file(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ends in the middle of a character"), message
    assert "cut off" in message and encoding.replace("-le", "") in message, message
    path.write_bytes(whole)  # the whole file reads
    assert read_file(path).text.endswith("。")


@pytest.mark.parametrize("text", ["ࡀ", "aࡀ", "Ωࡀ"])
def test_a_whole_utf8_file_is_never_taken_for_a_cut_off_one(text):
    """ࡀ is E0 A1 80 in UTF-8, which GB18030 reads as a character and half of one: the file was
    refused as cut off although it is whole, valid UTF-8 (found by Hypothesis)."""
    assert decode(text.encode("utf-8"), "u.txt") == (text, "utf-8")


def test_a_gbk_file_ending_in_a_piece_of_utf8_is_refused_as_mixed_not_as_cut_off():
    data = (SIMPLIFIED * 20).encode("gbk") + "湖里区建设".encode()  # 15 bytes: GB18030 fails at the last
    with pytest.raises(ImportFileError, match=r"^mixed\.txt: mixes encodings: it reads mostly as gb18030, but holds "
                                              r"UTF-8 text at byte 3000 "):
        decode(data, "mixed.txt")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_report_with_a_stray_nul_is_refused_saying_where_it_is(encoding):
    """Before: a report of 3,000 hanzi with one NUL (a copy or save gone wrong) was refused as 'looks like a
    binary file (control characters)', and the user, who saw a plain report in every editor, could not
    tell what to fix."""
    lines = [SIMPLIFIED] * 20
    lines[15] = SIMPLIFIED[:5] + "\x00" + SIMPLIFIED[5:]
    with pytest.raises(ImportFileError) as info:
        decode("\r\n".join(lines).encode(encoding), "报告.txt")
    assert str(info.value) == ("报告.txt: holds 1 NUL character(s), which no text holds (the first at line 16, "
                               "column 6); remove them in a text editor and import it again")
    with pytest.raises(ImportFileError, match="binary file"):  # bytes with NULs all through stay binary
        decode(b"\x00\x01\x02\x03PK" * 400, "报告.txt")
