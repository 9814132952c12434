"""A report in traditional characters as OpenCC or a Hong Kong paper writes it: before, 後, 於 and 徵
(traditional characters GB2312 writes too) stayed as they are, so 後溪鎮 was no township (后溪镇 350211103),
東部舊改徵拆 ran on past 东部旧改, and a search for 后溪镇 did not find it; 衞生 (Hong Kong's form of 衛生)
was not 卫生. On the eight shared texts converted by OpenCC (s2tw), DISTRICT and PROJECT suggestions
differed from the simplified forms' in 000_d4e49717995bf1b3.txt and 002_b7cefe28a9a55b14.txt."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest.runner import propose
from annotator.core.suggest.traditional import simplified

SIMPLIFIED = "集美区后溪镇人民调解委员会获评先进，以后将开展“金钥匙”征集活动，卫生服务中心位于后溪镇。"
WRITTEN = "集美區後溪鎮人民調解委員會獲評先進，以後將開展“金鑰匙”徵集活動，衞生服務中心位於後溪鎮。"


def test_a_traditional_text_reads_its_gb2312_forms_as_simplified_and_a_simplified_text_keeps_them():
    assert simplified(WRITTEN) == SIMPLIFIED
    assert simplified("皇后在後宫") == "皇后在後宫"  # no character of the table: a simplified text, as it is
    assert simplified("衞生") == "卫生"  # Hong Kong's form (OpenCC's HKVariantsRev)


def test_the_suggestions_of_a_traditional_text_are_those_of_its_simplified_form():
    def spans(text: str) -> list[tuple[int, int, str, dict]]:
        return [(s.start, s.end, s.label, s.value) for s in propose(text)]

    assert spans(WRITTEN) == spans(SIMPLIFIED)
    start = SIMPLIFIED.index("后溪镇")
    assert (start, start + 3, "DISTRICT", {"name": "后溪镇", "code": "350211103"}) in spans(WRITTEN)


def test_a_search_in_either_writing_finds_both(tmp_path):
    with Store.create(tmp_path / "p") as store:
        for name, text in (("t.txt", WRITTEN), ("s.txt", SIMPLIFIED)):
            store.add_document(Document(None, name, "", text, sha256(text)))
        texts = {name: text for _id, name, text in store.document_texts()}
        for needle in ("后溪镇", "後溪鎮"):
            assert sorted((name, texts[name][s:e]) for _id, name, s, e in store.search(needle)) == [
                ("s.txt", "后溪镇"), ("s.txt", "后溪镇"), ("t.txt", "後溪鎮"), ("t.txt", "後溪鎮")]
        assert sorted(texts[name][s:e] for _id, name, s, e in store.search("卫生服务")) == ["卫生服务", "衞生服務"]
