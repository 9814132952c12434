"""Search all documents (``Store.search``) finds a piece of text as the document's Find does: a
name broken over two lines or by a stray space, full-width letters and either case, each hit
with the code-point offsets of exactly the text found."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXTS = {"a.txt": "开头😀说明\n𠀋村建设松元产\n    业园一期，省妇幼保健 院扩建。",
         "b.txt": "集美区松元产业园二期；松元 产业园三期。",
         "c.txt": "全市ＧＤＰ增长6%，gdp\n增长较快；海沧区没有这个词。"}


def project(tmp_path) -> Store:
    store = Store.create(tmp_path / "p")
    for name, text in TEXTS.items():
        store.add_document(Document(None, name, "", text, sha256(text)))
    return store


def found(store: Store, needle: str, limit: int = 1000) -> list[tuple[str, str]]:
    texts = {name: text for _id, name, text in store.document_texts()}
    return [(name, texts[name][start:end]) for _id, name, start, end in store.search(needle, limit)]


def test_a_name_broken_over_two_lines_or_by_a_space_is_found_whole(tmp_path):
    with project(tmp_path) as store:
        assert found(store, "松元产业园") == [("a.txt", "松元产\n    业园"), ("b.txt", "松元产业园"),
                                              ("b.txt", "松元 产业园")]
        assert found(store, "省妇幼保健院") == [("a.txt", "省妇幼保健 院")]
        assert found(store, "松元 产业园", limit=2) == [("a.txt", "松元产\n    业园"), ("b.txt", "松元产业园")]
        assert store.search(" \n ") == [] and store.search("") == [] and store.search("不存在") == []


def test_offsets_are_code_points_after_characters_outside_the_bmp(tmp_path):
    with project(tmp_path) as store:
        ((doc_id, name, start, end),) = store.search("松元产业园", limit=1)
        assert (doc_id, name) == (store.document_id_by_name("a.txt"), "a.txt")
        assert (start, end) == (TEXTS["a.txt"].index("松元"), TEXTS["a.txt"].index("一期"))


def test_full_width_letters_and_either_case_are_found_as_in_find(tmp_path):
    with project(tmp_path) as store:
        assert found(store, "GDP增长") == [("c.txt", "ＧＤＰ增长"), ("c.txt", "gdp\n增长")]
        assert found(store, "ｇｄｐ") == [("c.txt", "ＧＤＰ"), ("c.txt", "gdp")]


def test_simplified_and_traditional_characters_find_each_other(tmp_path):
    """A report converted from Big5 (經濟發展) is found by the simplified needle a researcher types,
    through the index, and the reverse; the hit is the text as it is."""
    with Store.create(tmp_path / "p") as store:
        texts = {"big5.txt": "經濟發展穩中向好，區域經\n濟協調發展。", "gb.txt": "经济发展稳中向好。"}
        for name, text in texts.items():
            store.add_document(Document(None, name, "", text, sha256(text)))
        texts = {name: text for _id, name, text in store.document_texts()}
        for needle in ("经济发展", "經濟發展"):
            assert [(name, texts[name][s:e]) for _id, name, s, e in store.search(needle)] == [
                ("big5.txt", "經濟發展"), ("gb.txt", "经济发展")]
        assert [texts[name][s:e] for _id, name, s, e in store.search("区域经济协调")] == ["區域經\n濟協調"]
