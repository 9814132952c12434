"""A DISTRICT span labelled by hand (or relabelled, or given new boundaries) gets its value as a
model's span does (one place: ``values.unproposed_value``): its paragraph's, else what the whole
document places its name as, else its name's unit within the document's given jurisdiction; never a
code the document does not decide (鼓楼 is a district of 福州, 南京, 徐州 and 开封)."""
from __future__ import annotations

from annotator.core.suggest.model.suggester import value_of
from annotator.core.suggest.values import value_in_paragraph

FUZHOU_GULOU = {"name": "鼓楼区", "code": "350102"}
SECOND = "\n\n今年，鼓楼将加快建设数字经济产业园。"


def gulou(text: str) -> tuple[int, int]:
    start = text.index("鼓楼将")
    return start, start + 2


def test_a_name_whose_full_form_is_in_another_paragraph_takes_that_unit_as_the_models_span_does():
    text = "福州市鼓楼区二〇二三年政府工作报告" + SECOND
    assert value_in_paragraph("DISTRICT", text, *gulou(text)) == FUZHOU_GULOU  # the paragraph alone: {}
    assert value_of("DISTRICT", text, *gulou(text)) == FUZHOU_GULOU


def test_the_documents_jurisdiction_decides_where_its_text_does_not_and_nothing_guesses():
    text = "我代表区人民政府向大会报告工作。" + SECOND
    assert value_in_paragraph("DISTRICT", text, *gulou(text)) == {}  # four 鼓楼区: no code
    assert value_in_paragraph("DISTRICT", text, *gulou(text), lambda: None) == {}  # no jurisdiction given
    assert value_in_paragraph("DISTRICT", text, *gulou(text), lambda: "350100") == FUZHOU_GULOU  # 福州市
    both = "福州市鼓楼区、南京市鼓楼区两地签约。" + SECOND
    assert value_in_paragraph("DISTRICT", both, *gulou(both)) == {}  # two placed alike: no wrong code
    assert value_in_paragraph("DISTRICT", both, *gulou(both), lambda: "320100") == {"name": "鼓楼区", "code": "320106"}


def test_the_jurisdiction_is_asked_only_when_the_text_decides_nothing():
    text = "福州市鼓楼区二〇二三年政府工作报告" + SECOND
    asked = []
    assert value_in_paragraph("DISTRICT", text, *gulou(text), lambda: asked.append(1) or "320100") == FUZHOU_GULOU
    assert asked == []
    assert value_in_paragraph("PROJECT", text, *gulou(text), lambda: asked.append(1) or "350100") == {}
    assert asked == []
