"""A sum in yuan typed negative for a span whose text writes no minus (下降5亿元 is a decrease the report writes as a
positive figure; the value is the sum as written) was refused by the workbook import alone: a gold JSON line gave it
silently, and the window's form stored it as typed. One rule (``core/yuan_sign.py``) now refuses it at every door:
the JSON Lines import rejects the line, named by file and number, storing the others (a doccano line's document
with it: nothing of a line is half-written), and the form's reading (``core/typed_value.py``) raises."""
from __future__ import annotations

import json

import pytest

from annotator.cli import main
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.labels import fields_of
from annotator.core.models import Annotation, Document
from annotator.core.store import Store
from annotator.core.typed_value import typed_value
from annotator.core.yuan_sign import NegativeYuan, check_sign, check_value_sign

TEXT = "湖里区财政收入下降5亿元，-3亿元为补贴，负2亿元为调减。"
SAID = ("yuan -500,000,000 is negative, but the span's text '5亿元' writes no minus: reports write a decrease "
        "(下降5亿元, 减少5亿元) as a positive figure, and an amount's value is the sum as written; type it without the "
        "minus")


def line(text: str, yuan: int, **more) -> str:
    start = TEXT.index(text)
    return json.dumps({"doc": "a.txt", "start": start, "end": start + len(text), "label": "AMOUNT", "text": text,
                       "value": {"yuan": yuan}, **more}, ensure_ascii=False)


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "p") as s:
        s.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT)))
        yield s


def test_the_rule_refuses_a_negative_sum_only_where_the_text_writes_no_minus():
    for text in ("-3亿元", "－3亿元", "−3亿元", "负3亿元"):
        check_sign(-300_000_000, text, "yuan")
    for fine in (500_000_000, 0, None, "", "abc"):
        check_sign(fine, "5亿元", "yuan")
    for bad in (-500_000_000, -500_000_000.0, "-500000000"):  # numeric text is the sum it writes too
        with pytest.raises(NegativeYuan) as e:
            check_sign(bad, "5亿元", "yuan")
        assert e.value.yuan == -500_000_000 and e.value.column == "yuan"
    with pytest.raises(NegativeYuan) as e:
        check_sign(-500_000_000, "5亿元", "yuan")
    assert str(e.value) == SAID
    with pytest.raises(NegativeYuan):
        check_value_sign({"yuan": -500_000_000}, "减少5亿元")  # the verb says it falls: the figure stays positive
    check_value_sign({"yuan": -500_000_000}, "5亿元", {"yuan": -500_000_000})  # stored already: no news
    check_value_sign({"quantity": -5}, "下降5%")  # a count is not a sum in yuan


def test_the_forms_reading_refuses_it_and_keeps_the_rest():
    yuan = next(f for f in fields_of("AMOUNT") if f.key == "yuan")
    a = Annotation(1, 1, 9, 12, "AMOUNT", "5亿元", {"yuan": 500_000_000}, "accepted", "manual", "li")
    with pytest.raises(NegativeYuan) as e:
        typed_value(a, yuan, "-5亿")
    assert e.value.text == "5亿元" and e.value.yuan == -500_000_000
    assert typed_value(a, yuan, "6亿") == {"yuan": 600_000_000}
    minus = a.with_(text="-3亿元", value={})
    assert typed_value(minus, yuan, "-3亿") == {"yuan": -300_000_000}  # the text writes it negative
    stored = a.with_(value={"yuan": -500_000_000, "qualifier": "about"})  # stored before the rule: left as it is
    assert typed_value(stored, yuan, "-500,000,000") == stored.value
    qualifier = next(f for f in fields_of("AMOUNT") if f.key != "yuan")
    assert typed_value(stored, qualifier, "")["yuan"] == -500_000_000  # another field of the span is edited


def test_a_gold_line_with_such_a_sum_is_rejected_by_number_and_the_others_stored(store, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join([line("5亿元", 500_000_000), line("5亿元", -500_000_000, annotator="wang"),
                               line("-3亿元", -300_000_000), line("负2亿元", -200_000_000)]) + "\n",
                    encoding="utf-8")
    report = import_annotations(store, [gold])
    assert report.rejected == [(str(gold), 2, SAID)]
    assert sorted((a.text, a.value["yuan"]) for a in store.annotations()) == [
        ("-3亿元", -300_000_000), ("5亿元", 500_000_000), ("负2亿元", -200_000_000)]


def test_a_doccano_line_with_such_a_sum_is_refused_whole(store, tmp_path):
    text = "集美区投资下降8亿元。"
    doccano = tmp_path / "doccano.jsonl"
    doccano.write_text(json.dumps({"text": text, "name": "b.txt", "label": [[0, 3, "DISTRICT"], [7, 10, "AMOUNT"]],
                                   "meta": {"values": [[7, 10, "AMOUNT", {"yuan": -800_000_000}]]}},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    report = import_annotations(store, [doccano])
    assert [(n, "8亿元' writes no minus" in why) for _f, n, why in report.rejected] == [(1, True)]
    assert [d.name for d in store.documents()] == ["a.txt"] and store.annotations() == []


def test_the_command_line_names_the_file_and_the_line(store, tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line("5亿元", 500_000_000) + "\n" + line("5亿元", -500_000_000, annotator="wang") + "\n",
                    encoding="utf-8")
    assert main(["import-annotations", str(store.folder), str(gold)]) == 3  # partly done
    out = capsys.readouterr()
    assert f"{gold} line 2: {SAID}" in out.out + out.err
    assert "annotator: partly done: 1 line(s) rejected" in out.err
