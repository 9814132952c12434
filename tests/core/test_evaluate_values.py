"""`evaluate` scores values of matched spans too: a wrong district code, yuan figure or target
quantity is counted (issue 13)."""
from __future__ import annotations

import json

from annotator import cli
from annotator.core.evaluate import Span, score, value_key
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "湖里区计划投资55.1亿元，力争新增80家企业。"


def test_value_keys_per_label():
    assert value_key("DISTRICT", {"name": "湖里区", "code": "350206"}) == (("code", "350206"),)
    assert value_key("DISTRICT", {"name": "湖里区"}) == (("name", "湖里区"),)
    assert value_key("AMOUNT", {"yuan": 5510000000, "qualifier": None}) == (("yuan", 5510000000.0),)
    assert value_key("AMOUNT", {"yuan": 5.51e9}) == value_key("AMOUNT", {"yuan": 5510000000})
    assert value_key("TARGET", {"quantity": 80, "unit": "家"}) == (("quantity", 80.0), ("unit", "家"))
    assert value_key("PROJECT", {}) is None and value_key("DISTRICT", {}) is None
    # a sum in another currency has no yuan: its currency and amount are compared
    assert value_key("AMOUNT", {"currency": "USD", "amount": 500000000, "qualifier": None}) == (
        ("currency", "USD"), ("amount", 500000000.0))


def test_a_foreign_amount_in_the_wrong_currency_or_sum_is_a_value_error():
    gold = [Span("a", 0, 5, "AMOUNT", value_key("AMOUNT", {"currency": "USD", "amount": 5e8})),
            Span("a", 9, 16, "AMOUNT", value_key("AMOUNT", {"currency": "EUR", "amount": 3e7})),
            Span("a", 20, 25, "AMOUNT", value_key("AMOUNT", {"currency": "USD", "amount": 5e8}))]
    pred = [Span("a", 0, 5, "AMOUNT", value_key("AMOUNT", {"currency": "USD", "amount": 500000000}, every=True)),
            Span("a", 9, 16, "AMOUNT", value_key("AMOUNT", {"currency": "USD", "amount": 3e7}, every=True)),
            Span("a", 20, 25, "AMOUNT", value_key("AMOUNT", {"currency": "USD", "amount": 5e7}, every=True))]
    value = score(gold, pred)["labels"]["AMOUNT"]["value"]
    assert (value["compared"], value["correct"]) == (3, 1)  # the euros read as dollars, a tenth of the sum


def test_a_wrong_code_is_counted_as_a_value_error():
    gold = [Span("a", 0, 3, "DISTRICT", value_key("DISTRICT", {"code": "350206"})),
            Span("a", 7, 13, "AMOUNT", value_key("AMOUNT", {"yuan": 5510000000}))]
    pred = [Span("a", 0, 2, "DISTRICT", value_key("DISTRICT", {"name": "湖里街道", "code": "350206001"})),
            Span("a", 7, 13, "AMOUNT", value_key("AMOUNT", {"yuan": 5510000000}))]
    result = score(gold, pred)
    assert result["labels"]["DISTRICT"]["overlap"]["tp"] == 1  # the span is found ...
    # ... its code is wrong
    assert result["labels"]["DISTRICT"]["value"] == {"compared": 1, "correct": 0, "accuracy": 0.0}
    assert result["labels"]["AMOUNT"]["value"]["accuracy"] == 1.0
    assert result["overall"]["value"] == {"compared": 2, "correct": 1, "accuracy": 0.5}


def test_a_prediction_is_compared_in_the_fields_gold_gives():
    # gold names a township without its code; the prediction gives both: the names compare
    gold = [Span("a", 0, 2, "DISTRICT", value_key("DISTRICT", {"name": "灌口镇", "code": None})),
            Span("a", 3, 5, "DISTRICT", value_key("DISTRICT", {"name": "湖里区", "code": "350206"}))]
    pred = [Span("a", 0, 2, "DISTRICT", value_key("DISTRICT", {"name": "灌口镇", "code": "350211102"}, every=True)),
            Span("a", 3, 5, "DISTRICT", value_key("DISTRICT", {"name": "湖里街道", "code": "350206001"}, every=True))]
    assert pred[0].value == (("code", "350211102"), ("name", "灌口镇"))
    assert score(gold, pred)["labels"]["DISTRICT"]["value"] == {"compared": 2, "correct": 1, "accuracy": 0.5}


def test_the_command_line_reports_value_accuracy(tmp_path, capsys):
    project = tmp_path / "p"
    with Store.create(project) as store:
        doc = store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
        store.add_annotation(doc.id, 0, 3, "DISTRICT", value={"name": "湖里街道", "code": "350206001"})
        store.add_annotation(doc.id, 7, 13, "AMOUNT", value={"yuan": 5510000000})
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "湖里区",
         "value": {"name": "湖里区", "code": "350206"}},
        {"doc": "a.txt", "start": 7, "end": 13, "label": "AMOUNT", "text": "55.1亿元", "value": {"yuan": 5510000000}},
    ]) + "\n", encoding="utf-8")
    assert cli.main(["evaluate", str(project), "--gold", str(gold), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["labels"]["DISTRICT"]["value"]["correct"] == 0
    assert result["labels"]["AMOUNT"]["value"]["correct"] == 1
    assert cli.main(["evaluate", str(project), "--gold", str(gold)]) == 0
    table = capsys.readouterr().out
    assert "DISTRICT" in table.split("values of the spans")[1] and "0.000" in table
