"""A minus written on a sum (-3亿元, －3亿元, −3亿元, 负3亿元, as a table writes a fall) was dropped wherever a
value was worked out from a span's text: the AMOUNT rule proposed 3亿元 beside the minus with +300,000,000 yuan, a
span -3亿元 labelled by hand or imported without a value took that proposal's value, and README says a yuan may
be negative where the text writes a minus (``core/yuan_sign.py``). The rule's span now holds a minus written
directly on the number and its sum is negative; a range's dash (3-5亿元), a decrease written in words (下降3亿元)
and 负 inside a word (担负) are no minus."""
from __future__ import annotations

import json

import pytest

from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest.amount import AmountSuggester
from annotator.core.suggest.values import value_in_paragraph
from annotator.core.yuan_sign import check_value_sign

MINUS = -300_000_000


def proposed(text: str) -> list[tuple[str, int | None]]:
    return [(s.text, s.value.get("yuan")) for s in AmountSuggester().suggest(text)]


@pytest.mark.parametrize("written", ["-3亿元", "－3亿元", "−3亿元", "﹣3亿元", "负3亿元"])
def test_a_minus_on_the_number_is_in_the_span_and_the_sum(written):
    for text in (written, f"其中：{written}。", f"地方债\t{written}\n", f"净收入为{written}"):
        assert proposed(text) == [(written, MINUS)], text
        check_value_sign({"yuan": MINUS}, written)  # the text writes the minus: no door refuses the sum


def test_what_is_no_minus_stays_positive():
    assert proposed("投资3-5亿元") == [("3", 300_000_000), ("5亿元", 500_000_000)]  # a range
    assert proposed("3000万-5000万元") == [("3000万", 30_000_000), ("5000万元", 50_000_000)]
    assert proposed("收入下降3亿元，减少2亿元") == [("3亿元", 300_000_000), ("2亿元", 200_000_000)]
    assert proposed("担负3亿元债务") == [("3亿元", 300_000_000)]  # 负 of a word
    assert proposed("渤中19-6项目") == []
    assert proposed("——2024年1月投资3亿元") == [("3亿元", 300_000_000)]
    assert proposed("-3至5亿元") == [("-3", MINUS), ("5亿元", 500_000_000)]  # each bound as written


def test_the_currency_named_before_the_minus_is_kept():
    (s,) = AmountSuggester().suggest("港币-3亿元")
    assert (s.text, s.value["currency"], s.value["amount"]) == ("-3亿元", "HKD", MINUS)


def test_a_span_labelled_by_hand_gets_the_sign_its_text_writes():
    text = "财政收入-3亿元，增长2亿元。"
    start, end = text.index("-"), text.index("，")
    assert value_in_paragraph("AMOUNT", text, start, end)["yuan"] == MINUS
    assert value_in_paragraph("AMOUNT", text, 0, end)["yuan"] == MINUS  # 财政收入-3亿元 holds it
    # a span that leaves the minus out writes the sum positive: so is its value (a negative one would be refused)
    assert value_in_paragraph("AMOUNT", text, start + 1, end)["yuan"] == 300_000_000


def test_a_span_imported_without_a_value_gets_the_negative_sum(tmp_path):
    text = "湖里区：负3亿元，−2亿元。"
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"doc": "a.txt", "start": text.index(w), "end": text.index(w) + len(w),
                                        "label": "AMOUNT", "text": w}, ensure_ascii=False) + "\n"
                            for w in ("负3亿元", "−2亿元")), encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        store.add_document(Document(None, "a.txt", "", text, sha256(text)))
        assert import_annotations(store, [gold]).rejected == []
        assert sorted((a.text, a.value["yuan"]) for a in store.annotations()) == [
            ("−2亿元", -200_000_000), ("负3亿元", MINUS)]
