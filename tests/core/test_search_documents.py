"""Store.search_documents: the hits of Store.search, the texts it read, and what lies past the limit."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store


def _store(tmp_path, texts: list[str]) -> Store:
    store = Store.create(tmp_path / "p")
    for n, text in enumerate(texts):
        store.add_document(Document(None, f"d{n}.txt", f"d{n}", text, sha256(text)))
    return store


def test_the_texts_read_are_those_of_the_hits(tmp_path):
    with _store(tmp_path, ["集美区与湖里区", "海沧", "集美\n区"]) as store:
        found = store.search_documents("集美区")
        assert found.hits == store.search("集美区") == [(1, "d0.txt", 0, 3), (3, "d2.txt", 0, 4)]
        assert found.texts == {1: "集美区与湖里区", 3: "集美\n区"}  # not 海沧: it holds no hit
        assert not (found.last_holds_more or found.more_documents) and found.documents is None


def test_past_the_limit_more_documents_hold_it(tmp_path):
    with _store(tmp_path, ["区区", "区一", "湖里", "区二"]) as store:
        found = store.search_documents("区", limit=3)
        assert [h[:1] + h[2:] for h in found.hits] == [(1, 0, 1), (1, 1, 2), (2, 0, 1)]
        assert set(found.texts) == {1, 2}
        assert not found.last_holds_more and found.more_documents
        assert found.documents is None  # one character: no trigram to count the documents by


def test_past_the_limit_the_index_counts_the_documents(tmp_path):
    texts = ["集美区集美区", "集美\n区", "湖里区", "集美区", "集 美 区"]
    with _store(tmp_path, texts) as store:
        found = store.search_documents("集美区", limit=2)
        assert set(found.texts) == {1} and not found.last_holds_more
        assert found.more_documents and found.documents == 4
        assert store.search_documents("集美区GDP", limit=1).documents is None  # GDP: not in the index


def test_the_limit_reached_exactly_says_nothing_more(tmp_path):
    with _store(tmp_path, ["区区", "海沧", "区与区", "湖里"]) as store:
        exact = store.search_documents("区", limit=4)
        assert len(exact.hits) == 4 and not (exact.last_holds_more or exact.more_documents)
        last = store.search_documents("区", limit=3)
        assert last.last_holds_more and not last.more_documents


def test_past_the_limit_only_the_documents_the_index_names_are_read(tmp_path, monkeypatch):
    """The limit reached in the last document holding the text: a needle of three Chinese characters
    in a row reads no later text (the index names none); one without (甲乙) reads every later text, as
    a search with no hit does (``benchmarks/bench_search_past_limit.py``: ~90 ms over 5,000 documents)."""
    import annotator.core.store.documents as documents

    read: list[str] = []
    find_all = documents.find_all

    def counted(text, needle, limit=None):
        read.append(text[:text.index("甲") if "甲" in text else text.index("集")])
        return find_all(text, needle, limit)

    monkeypatch.setattr(documents, "find_all", counted)
    texts = ["d0" + "甲乙丙丁戊，" * 3, "d1" + "甲乙丙丁戊，" * 3, *(f"d{n}集美区湖里区" for n in range(2, 12))]
    with _store(tmp_path, texts) as store:
        found = store.search_documents("甲乙丙丁戊", limit=5)
        assert len(found.hits) == 5 and found.last_holds_more and not found.more_documents
        assert read == ["d0", "d1"]
        read.clear()
        found = store.search_documents("甲乙", limit=5)
        assert len(found.hits) == 5 and found.last_holds_more and not found.more_documents
        assert read == [f"d{n}" for n in range(12)]
