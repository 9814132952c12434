"""Suggesting with the model takes short cuts (issue 17's speed goal): only the features a model
knows are made, as bytes; the rules' and the features' segmentation and gazetteer scan are
shared. None of them may change what the model proposes."""
from __future__ import annotations

from pathlib import Path

from annotator.core.suggest import segment
from annotator.core.suggest.gazetteer import load_gazetteer
from annotator.core.suggest.model.choice import seed_model
from annotator.core.suggest.model.features import Vocabulary, document_features, lines
from annotator.core.suggest.model.layerfile import layer_attributes
from annotator.core.suggest.model.suggester import rule_proposals

DEMO = sorted((Path(__file__).resolve().parents[2] / "projects" / "demo").glob("*.txt"))
TEXT = ("湖里区计划投资55.1亿元建设松元产业园，力争新增80家企业。\n\n"
        "过去一年，完成地区生产总值1200亿元，增长6.5%；新建5G基站300个。\n今年推进厦门新机场建设。")


def texts() -> list[str]:
    return [TEXT, "", "\n", "园", *(p.read_text(encoding="utf-8") for p in DEMO)]


def test_the_layers_dictionaries_are_read_from_the_model_files():
    model = seed_model()
    for label in model.labels:
        known = layer_attributes(model.layers[label])
        assert known and len(set(known)) == len(known)
        assert any(a.startswith("!" + label) for a in known)  # the rules' own proposals
    assert layer_attributes(b"not a model") is None
    assert layer_attributes(b"lCRF" + bytes(60)) is None


def test_the_known_features_are_the_features_less_those_no_layer_knows():
    model = seed_model()
    vocabulary = model.vocabulary()
    for text in texts():
        rules = rule_proposals(text)
        every = document_features(text, rules)
        known = document_features(text, rules, vocabulary)
        assert len(every) == len(known) == len(text)
        for mine, all_of_them in zip(known, every, strict=True):
            names = list(map(vocabulary.text_of, mine))
            assert names == [f for f in all_of_them if f in names]  # same order
            assert {f for f in all_of_them if f in vocabulary.known} <= set(names)


def test_tagging_with_only_the_known_features_proposes_the_same():
    model = seed_model()
    for text in texts():
        rules = rule_proposals(text)
        spans = list(lines(text))
        assert model.tag(document_features(text, rules, model.vocabulary()), spans, None, text) == \
            model.tag(document_features(text, rules), spans, None, text)  # (the seed's stacked layer reads the text)
    # a layer's own dictionary, for one label
    rules = rule_proposals(TEXT)
    assert model.tag(document_features(TEXT, rules, model.vocabulary(["AMOUNT"])), list(lines(TEXT)), ["AMOUNT"]) \
        == model.tag(document_features(TEXT, rules), list(lines(TEXT)), ["AMOUNT"])


def test_a_clause_and_the_whole_text_cut_alike():
    segment.clear_caches()
    whole = segment.cut(TEXT)
    start, end = TEXT.index("力争"), TEXT.index("。")  # a clause between two punctuation marks
    assert [tuple(t) for t in segment.tokens(TEXT[start:end], start)] == \
        [w for w in whole if start <= w[2] and w[3] <= end]
    segment.clear_caches()
    assert segment.cut(TEXT) == whole


def test_the_gazetteer_scan_of_the_last_text_is_kept_and_equals_a_fresh_one():
    g = load_gazetteer()
    first = list(g.scan(TEXT))
    assert list(g.scan(TEXT)) == first  # the same text again: kept
    copy = "".join(list(TEXT))  # an equal text, another object: scanned again
    assert list(g.scan(copy)) == first
    assert list(g.scan("无名")) != first


def test_the_features_left_out_of_training_are_still_made_for_a_model_that_learned_them():
    rules = rule_proposals(TEXT)
    learned = {f for row in document_features(TEXT, rules) for f in row}
    assert not {f for f in learned if f[0] in "ds"} and "khhh" not in learned  # direction, Han kinds
    older = Vocabulary(frozenset({"sv", "sp", "df", "db", "khhh", "c湖"}))
    made = {f.decode() for row in document_features(TEXT, rules, older) for f in row}
    assert {"df", "db", "khhh", "c湖"} <= made <= older.known  # TEXT has no review or plan part
    only = document_features(TEXT, rules, Vocabulary(frozenset({"c厦"})))
    assert {f for row in only for f in row} == {"c厦".encode()}  # nothing else is made
