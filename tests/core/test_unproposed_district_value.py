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


def test_the_text_decides_before_the_jurisdiction_which_is_asked_once_and_for_districts_only():
    text = "福州市鼓楼区二〇二三年政府工作报告" + SECOND
    asked = []
    assert value_in_paragraph("DISTRICT", text, *gulou(text), lambda: asked.append(1) or "320100") == FUZHOU_GULOU
    assert asked == [1]  # (the rules read the paragraph with it: 鼓楼区 of a report of 福州市 naming no city)
    assert value_in_paragraph("PROJECT", text, *gulou(text), lambda: asked.append(1) or "350100") == {}
    assert asked == [1]


def test_a_span_that_names_no_division_never_reads_the_whole_document(monkeypatch):
    """A label key on words that are no name of the gazetteer (完成投资) stays fast in a long
    document: the whole document is read (~0.2 s at 400,000 characters) only for a name."""
    from annotator.core.suggest.district import span_value

    read: list[int] = []
    real = span_value.document_context
    monkeypatch.setattr(span_value, "document_context", lambda s, t, a="": read.append(len(t)) or real(s, t, a))
    text = "福州市鼓楼区二〇二三年政府工作报告" + SECOND + "\n\n完成投资12亿元。" + "新" * 50
    start = text.index("完成投资")
    assert value_in_paragraph("DISTRICT", text, start, start + 4) == {}
    assert read == []
    assert value_in_paragraph("DISTRICT", text, *gulou(text)) == FUZHOU_GULOU
    assert read == [len(text)]


def test_the_documents_context_is_what_its_own_suggestions_and_mentions_say():
    """One reading gives both the units the document mentions and the rules' proposals: the
    proposals are those of ``suggest`` and the mentions those of the candidates it read."""
    from annotator.core.suggest import get_suggester
    from annotator.core.suggest.district import span_value

    s = get_suggester("gazetteer")
    text = "福州市鼓楼区二〇二三年政府工作报告" + SECOND + "\n\n安吉县、湖里区新增就业。"
    context = span_value.document_context(s, text)
    assert {f.text for f in s.suggest(text)} == set(context.proposed)
    mentioned, named = s._mentioned(s._words_around(text, s._found(text)))
    assert (context.mentioned, context.named) == (frozenset(mentioned), frozenset(named))
    assert span_value.document_context(s, "没有地名。") == span_value.Context(frozenset(), frozenset(), "", {})


def test_going_back_to_a_document_does_not_read_it_again(monkeypatch):
    """The whole reading of a document (~150 ms at 400,000 characters, on the window's thread at
    the first DISTRICT key there) is kept for the last few documents, not for the last one only:
    labelling in one report, looking something up in another and coming back reads each once."""
    from annotator.core.suggest.district import span_value
    from annotator.core.suggest.district.suggester import CONTEXTS_KEPT

    read: list[str] = []
    real = span_value.document_context
    monkeypatch.setattr(span_value, "document_context", lambda s, t, a="": read.append(t) or real(s, t, a))
    texts = [f"福州市鼓楼区{n}号报告" + SECOND for n in range(CONTEXTS_KEPT + 1)]
    first, second = texts[0], texts[1]
    for text in (first, second, first, second, "".join(first)):  # the same text in another string too
        assert value_in_paragraph("DISTRICT", text, *gulou(text)) == FUZHOU_GULOU
    assert read == [first, second]
    for text in texts[2:] + [first]:  # CONTEXTS_KEPT others since: the first is read again
        value_in_paragraph("DISTRICT", text, *gulou(text))
    assert read == texts + [first]
