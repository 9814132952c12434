"""Hostile input to the importers: never a traceback, never a stored span whose text does not match
its offsets, and every rejected item reported."""
from __future__ import annotations

import io
import json
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import AnnotatorError, ImportFileError
from annotator.core.imports import text as text_module
from annotator.core.imports import word
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.text import decode, sha256
from annotator.core.models import Document
from annotator.core.store import Store

# zero-width joiner/space, combining accents, emoji with modifiers, CJK Extension B (outside the BMP)
DOC_TEXT = "厦门\u200b湖里区e\u0301\u0308投资👩🏽‍💻55.1亿元𠀋𠀌村\ufeff在🇨🇳湖里区。\n第二行\u200d。"
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

nasty_chars = st.sampled_from(["\u200b", "\u200d", "\u0301", "\ufeff", "👩🏽‍💻", "𠀋", "\ud800", "\udfff",
                               "\x00", "\r", "湖", "a", "\n", "\u202e", "\U0010ffff"])
nasty_text = st.one_of(st.text(max_size=12), st.lists(nasty_chars, max_size=8).map("".join))
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(), nasty_text)
json_value = st.recursive(json_scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                               st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                          max_leaves=6)
offset = st.one_of(st.integers(-3, len(DOC_TEXT) + 3), json_value)
label = st.one_of(st.sampled_from(["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "district", "DISTRICT\ud800", ""]),
                  json_value)


@st.composite
def gold_line(draw) -> str:
    start, end = draw(offset), draw(offset)
    exact = isinstance(start, int) and isinstance(end, int) and draw(st.booleans())
    obj = {"doc": draw(st.sampled_from(["doc.txt", "doc.txt", "missing.txt", 3, None])),
           "start": start, "end": end, "label": draw(label),
           "text": DOC_TEXT[start:end] if exact else draw(json_value)}
    for key in draw(st.sets(st.sampled_from(["value", "status", "origin", "annotator", "doc", "text"]), max_size=3)):
        obj[key] = draw(json_value)
    line = json.dumps(obj, ensure_ascii=draw(st.booleans()))
    damage = draw(st.sampled_from(["none", "none", "none", "cut", "garbage"]))
    if damage == "cut":
        return line[: draw(st.integers(0, len(line)))]
    if damage == "garbage":
        return draw(st.text(max_size=30)).replace("\n", " ").replace("\r", " ")
    return line


@st.composite
def doccano_line(draw) -> str:
    text = draw(st.one_of(st.just(DOC_TEXT), nasty_text.filter(bool), json_value))
    n = len(text) if isinstance(text, str) else 5
    spans = draw(st.lists(st.one_of(st.tuples(st.integers(-2, n + 2), st.integers(-2, n + 2), label).map(list),
                                    json_value), max_size=4))
    return json.dumps({"text": text, "label": spans, "name": draw(st.one_of(st.just("dd.txt"), json_value))})


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


@pytest.fixture(scope="module")
def store(workdir):
    s = Store.create(workdir / "project")
    s.add_document(Document(None, "doc.txt", "t", DOC_TEXT, sha256(DOC_TEXT)))
    yield s
    s.close()


def assert_every_row_matches(store: Store) -> None:
    texts = {doc_id: text for doc_id, _, text in store.document_texts()}
    for a in store.annotations():
        assert texts[a.document_id][a.start:a.end] == a.text, a
    assert store.integrity_check() == "ok"


# ------------------------------------------------------------------ text files
def assert_clean_text(text: str) -> None:
    assert text.strip()
    assert "\r" not in text and "\x00" not in text
    text.encode("utf-8")  # no lone surrogates


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_decode_or_fail_cleanly(data):
    try:
        text, _ = decode(data, "fuzz.txt")
    except ImportFileError as e:
        assert str(e).startswith("fuzz.txt: ")
    else:
        assert_clean_text(text)


@FUZZ
@given(st.lists(st.tuples(st.text(min_size=1, max_size=40),
                          st.sampled_from(["utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be", "utf-16", "latin-1"])),
                min_size=1, max_size=4))
def test_mixed_encodings_in_one_file_decode_or_fail_cleanly(parts):
    data = b"".join(t.encode(enc, "replace") for t, enc in parts)
    try:
        text, _ = decode(data, "mixed.txt")
    except ImportFileError:
        return
    assert_clean_text(text)


@FUZZ
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_any_unicode_text_saved_as_utf8_imports_exactly(text):
    try:
        got, encoding = decode(text.encode("utf-8"), "u.txt")
    except ImportFileError:
        # blank (a byte-order mark is no text) or binary-looking: refused
        assert not text_module.normalise(text).strip() or unicodedata_controls(text)
        return
    if not unicodedata_controls(text) and text_module.plausibility(text) >= text_module.PLAUSIBLE_SHARE:
        assert encoding == "utf-8" and got == text_module.normalise(text)  # else another reading may fit better
    assert_clean_text(got)


def unicodedata_controls(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\x0b\x0c" for ch in text)


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".docx", ".html"]))
def test_import_files_never_raises_and_reports_each_file(store, workdir, data, suffix):
    path = workdir / f"in{suffix}"
    path.write_bytes(data)
    report = import_files(store, [path])
    assert len(report.imported) + len(report.skipped) + len(report.failed) == 1
    for doc in report.imported:
        assert_clean_text(store.document(doc.id).text)


def test_a_10_mb_single_line_imports(tmp_path):
    line = ("湖里区投资55.1亿元。" * 400_000)[: 10 * 2**20 // 3]
    path = tmp_path / "huge.txt"
    path.write_bytes(line.encode("utf-8"))
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        assert [d.char_count for d in report.imported] == [len(line)]
        start = len(line) - 3
        store.add_annotation(report.imported[0].id, start, len(line), "DISTRICT", text=line[start:])
        assert store.annotations()[0].text == line[start:]
        # and as one 10 MB JSONL line: a doccano document with one span at its very end
        jl = tmp_path / "huge.jsonl"
        jl.write_text(json.dumps({"text": line + "。", "label": [[start, len(line), "DISTRICT"]]},
                                 ensure_ascii=False), encoding="utf-8")
        r = import_annotations(store, [jl])
        assert (r.added, r.rejected) == (1, [])
        assert_every_row_matches(store)


# ------------------------------------------------------------- annotation files
@FUZZ
@given(st.lists(gold_line(), min_size=1, max_size=12))
def test_hostile_gold_lines_are_stored_correctly_or_rejected_by_number(store, workdir, lines):
    path = workdir / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        report = import_annotations(store, [path])
    except ImportFileError:
        return  # the file as a whole is not text (e.g. control characters): reported, nothing stored
    nonblank = [n for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").split("\n"), 1)
                if line.strip()]
    rejected = [n for _, n, _ in report.rejected]
    assert set(rejected) <= set(nonblank)
    assert report.added + report.duplicates + len(rejected) == len(nonblank)
    assert all(why and "\n" not in why for _, _, why in report.rejected)
    assert_every_row_matches(store)


@FUZZ
@given(st.lists(doccano_line(), min_size=1, max_size=6))
def test_hostile_doccano_lines_are_stored_correctly_or_rejected(store, workdir, lines):
    path = workdir / "doccano.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        report = import_annotations(store, [path])
    except ImportFileError:
        return
    for _, n, why in report.rejected:
        assert 1 <= n <= len(lines) and why
    assert_every_row_matches(store)


@pytest.mark.parametrize("line,why", [
    ('{"doc": "doc.txt", "start": 0, "end": 2, "label": "DISTRICT", "text": "\\ud800\\udc00x"}', "does not match"),
    ('{"doc": "doc.txt", "start": 0, "end": 2, "label": "DISTRICT", "text": "厦门", "annotator": "\\ud800"}',
     "surrogate"),
    ('{"doc": "doc.txt", "start": 0, "end": 2, "label": "DISTRICT", "text": "厦门", "value": {"a": "\\udfff"}}',
     "surrogate"),
    ('{"text": "a\\ud800b", "label": [[0, 1, "DISTRICT"]]}', "surrogate"),
    ('{"doc": "doc.txt", "start": 0, "end": 2, "label": "DISTRICT", "text": "厦门", "origin": ["x"]}', "string"),
    ('{"doc": "doc.txt", "start": 0, "end": 2, "label": "DISTRICT", "text": "厦门", "status": {"a": 1}}', "status"),
    ('{"doc": "doc.txt", "start": 0.0, "end": 2, "label": "DISTRICT", "text": "厦门"}', "whole number"),
    ('{"doc": "doc.txt", "start": true, "end": 2, "label": "DISTRICT", "text": "厦门"}', "whole number"),
    ('{"doc": "doc.txt", "start": ' + "9" * 5000 + ', "end": 2, "label": "DISTRICT", "text": "厦门"}', "digits"),
    ("[" * 100_000 + "]" * 100_000, "nested"),
    ('{"doc": "doc.txt", "start": 0, "end": 2, "label": "DISTRICT", "text": "厦门", "value": 1e999}', "value"),
])
def test_specific_hostile_lines_are_rejected_with_a_reason(tmp_path, line, why):
    with Store.create(tmp_path / "p") as store:
        store.add_document(Document(None, "doc.txt", "t", DOC_TEXT, sha256(DOC_TEXT)))
        path = tmp_path / "x.jsonl"
        path.write_text(line + "\n", encoding="utf-8")
        report = import_annotations(store, [path])
        assert report.added == 0 and len(report.rejected) == 1, report
        assert why in report.rejected[0][2]
        assert store.annotations() == []
        assert store.integrity_check() == "ok"


def test_offsets_stay_code_point_correct_outside_the_bmp(tmp_path):
    with Store.create(tmp_path / "p") as store:
        store.add_document(Document(None, "doc.txt", "t", DOC_TEXT, sha256(DOC_TEXT)))
        start = DOC_TEXT.index("𠀋")
        path = tmp_path / "g.jsonl"
        path.write_text(json.dumps({"doc": "doc.txt", "start": start, "end": start + 3, "label": "DISTRICT",
                                    "text": "𠀋𠀌村"}) + "\n", encoding="utf-8")
        assert import_annotations(store, [path]).added == 1
        assert store.annotations()[0].text == "𠀋𠀌村"


# ------------------------------------------------------------------------ .docx
def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_a_docx_that_is_a_zip_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(word, "MAX_DOCX_UNCOMPRESSED", 2 * 2**20)
    bomb = make_zip(tmp_path / "bomb.docx", {"word/document.xml": b"\x00" * (3 * 2**20),
                                             "[Content_Types].xml": b"<x/>"})
    assert bomb.stat().st_size < 50_000
    with pytest.raises(ImportFileError, match="zip bomb"):
        read_file(bomb)


@pytest.mark.parametrize("members", [
    {"readme.txt": b"hello"},                                          # a zip but not Word
    {"word/document.xml": b"<not xml", "[Content_Types].xml": b"<"},   # broken parts
])
def test_broken_docx_files_are_refused_cleanly(tmp_path, members):
    path = make_zip(tmp_path / "broken.docx", members)
    with pytest.raises(ImportFileError) as info:
        read_file(path)
    assert str(path) in str(info.value)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_named_docx_are_refused_cleanly(workdir, data):
    path = workdir / "random.docx"
    path.write_bytes(b"PK\x03\x04" + data if data[:1] == b"\x01" else data)
    with pytest.raises(ImportFileError):
        read_file(path)


def test_a_truncated_real_docx_is_refused_cleanly(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("湖里区")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    for cut in (len(data) // 2, len(data) - 10):
        path = tmp_path / f"cut{cut}.docx"
        path.write_bytes(data[:cut])
        with pytest.raises(AnnotatorError):
            read_file(path)


def real_docx_bytes(text: str = "湖里区") -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def patch_central_directory(data: bytes, offset: int, new: bytes) -> bytes:
    """``data`` with the bytes at ``offset`` of its first central-directory header replaced."""
    at = data.index(b"PK\x01\x02") + offset
    return data[:at] + new + data[at + len(new):]


@pytest.mark.parametrize("name,offset,new,problem", [
    # "version needed to extract" 9.9: zipfile raises NotImplementedError("zip file version 9.9")
    ("version.docx", 6, (99).to_bytes(2, "little"), "cannot open"),
    # UTF-8 name flag set on a name that is not UTF-8: zipfile raises UnicodeDecodeError
    ("name.docx", 8, (0x800).to_bytes(2, "little"), "damaged"),
])
def test_a_docx_whose_zip_directory_claims_what_zipfile_cannot_handle_is_refused(tmp_path, name, offset, new,
                                                                                 problem):
    data = patch_central_directory(real_docx_bytes(), offset, new)
    if name == "name.docx":  # make the first name invalid UTF-8 as well
        data = patch_central_directory(data, 46, b"\xff")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "good.txt").write_text("湖里区投资55.1亿元。", encoding="utf-8")
    with pytest.raises(ImportFileError, match=problem) as info:
        read_file(folder / name)
    assert str(info.value).startswith(f"{folder / name}: ")
    with Store.create(tmp_path / "p") as store:  # the rest of the folder still imports
        report = import_files(store, [folder])
    assert [d.name for d in report.imported] == ["good.txt"]
    assert [Path(f).name for f, _ in report.failed] == [name]


@FUZZ
@given(mutations=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=3))
def test_a_docx_with_damaged_zip_directory_bytes_is_read_or_refused_by_name(workdir, mutations):
    data = bytearray(real_docx_bytes())
    start = data.index(b"PK\x01\x02")  # the central directory and the end record
    for position, value in mutations:
        data[start + position % (len(data) - start)] = value
    path = workdir / "mutated.docx"
    path.write_bytes(bytes(data))
    try:
        text = read_file(path).text
    except ImportFileError as e:
        assert str(e).startswith(f"{path}: ") and "\n" not in str(e)
    else:
        assert text == "湖里区"


def test_any_exception_while_reading_one_file_becomes_an_import_file_error(tmp_path, monkeypatch):
    path = tmp_path / "a.docx"
    path.write_bytes(real_docx_bytes())

    def broken(*_args, **_kwargs):
        raise LookupError("something no reader expected")

    monkeypatch.setattr(word, "read_docx", broken)
    with pytest.raises(ImportFileError, match="LookupError: something no reader expected") as info:
        read_file(path)
    assert str(info.value).startswith(f"{path}: ")
