"""Big5 as Windows (code page 950) and iconv write it: the ETEN characters every Big5 font has (恒 裏 碁,
F9D6–F9FE) and the full-width tilde of ranges (～, A1E3), which Python's own big5 codec refuses or reads
as the math sign ∼; Hong Kong's Big5 (HKSCS) guessed where Big5 does not read the file, and read where it is
chosen (tests/core/test_import_hong_kong_big5.py: Cantonese, and the files it must not take)."""
from __future__ import annotations

from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.readings import readings
from annotator.core.store import Store

# a report of Taiwan as a Windows editor saves it: 恒 and 裏 are ETEN characters, ～ a range
TAIWAN = "臺中市恒春產業園區裏的投資３～５年內達到１２．５億元，新增８０家企業。\n" * 4
# the same text's bytes as iconv -t BIG5 and Windows write them (Python's big5 cannot encode 恒 裏 ～)
TAIWAN_BYTES = TAIWAN.encode("cp950")
HONG_KONG = "呢啲係香港嘅報告：政府投資３億元興建新嘅醫院。\n" * 3


def test_python_big5_alone_could_not_read_these_bytes():
    """The premise: the codec named big5 refuses the ETEN characters (the file was refused before)."""
    try:
        TAIWAN_BYTES.decode("big5")
    except UnicodeDecodeError as e:
        assert TAIWAN_BYTES[e.start:e.start + 2] == "恒".encode("cp950")
    else:
        raise AssertionError("big5 read the ETEN characters")


def test_a_windows_big5_file_is_guessed_as_big5_and_read_whole(tmp_path):
    path = tmp_path / "taiwan.txt"
    path.write_bytes(TAIWAN_BYTES)
    read = read_file(path)
    assert (read.text, read.encoding, read.warning) == (TAIWAN, "big5", "")
    assert "恒春" in read.text and "３～５年" in read.text  # not ∼, the math sign


def test_big5_chosen_reads_the_eten_characters_and_the_documents_keep_the_name(tmp_path):
    path = tmp_path / "taiwan.txt"
    path.write_bytes(TAIWAN_BYTES)
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path], encoding="BIG5")  # as typed after --encoding
        assert report.failed == [] and report.warnings == []
        doc = store.documents()[0]
        assert (doc.encoding, store.document(doc.id).text) == ("big5", TAIWAN)


def test_hong_kong_big5_is_guessed_read_when_chosen_and_offered_among_the_readings(tmp_path):
    path = tmp_path / "hk.txt"
    path.write_bytes(HONG_KONG.encode("big5hkscs"))
    for encoding in (None, "big5hkscs"):  # guessed (it was refused: no encoding could be told), chosen
        with Store.create(tmp_path / f"p-{encoding}") as store:
            report = import_files(store, [path], encoding=encoding)
            assert report.failed == [] and report.warnings == []
            doc = store.document(report.imported[0].id)
            assert (doc.text, doc.encoding) == (HONG_KONG, "big5hkscs")
    offered = readings(path)
    assert (offered[0].name, offered[0].first_line) == ("Big5-HKSCS", HONG_KONG.split("\n")[0])


def test_a_page_declaring_big5_reads_as_windows_writes_it_else_as_hong_kongs(tmp_path):
    from annotator.core.imports.webpage import decode_page

    head = '<html><head><meta charset="big5"><title>t</title></head><body><p>{0}</p></body></html>'
    taiwan, _ = decode_page(head.format(TAIWAN).encode("cp950"), "tw.html")
    assert "恒春" in taiwan and "３～５年" in taiwan  # the range's ～, not the math sign ∼ of Big5-HKSCS
    hong_kong, used = decode_page(head.format(HONG_KONG).encode("big5hkscs"), "hk.html")
    assert HONG_KONG.split("\n")[0] in hong_kong and used == "big5hkscs"
