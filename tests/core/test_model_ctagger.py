"""The model tags through crfsuite's C interface where python-crfsuite's extension exports it
(:mod:`annotator.core.suggest.model.ctagger`, issue 17's speed): the same spans with the same
confidences as through python-crfsuite's Tagger, and python-crfsuite's path where it cannot."""
from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest

from annotator.core.suggest.model import ctagger
from annotator.core.suggest.model.choice import seed_model
from annotator.core.suggest.model.crf import Example, Params, SequenceModel, train
from annotator.core.suggest.model.features import document_features, lines
from annotator.core.suggest.model.suggester import rule_proposals
from tests.memory_peak import traced_peak
from tests.shared_data import shared_files

DEMO = sorted((Path(__file__).resolve().parents[2] / "projects" / "demo").glob("*.txt"))
TEXT = ("湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。\n\n"
        "过去一年，完成地区生产总值1200亿元，增长6.5%；新建5G基站300个。\n今年推进厦门新机场建设。")


def texts() -> list[str]:
    found = [TEXT, "", "\n", "园", "松元产业园", *(p.read_text(encoding="utf-8") for p in DEMO)]
    found += [p.read_text(encoding="utf-8") for p in shared_files("reports", "*.txt")[:3]]
    return found


def both_ways(model: SequenceModel, text: str, labels: list[str] | None = None) -> tuple[list, list]:
    binding = SequenceModel(model.layers, model.info, through_c=False, stacked=model.stacked)
    rules = rule_proposals(text)
    spans = list(lines(text))
    return (model.tag(document_features(text, rules, model.vocabulary(labels)), spans, labels, text),
            binding.tag(document_features(text, rules, binding.vocabulary(labels)), spans, labels, text))


def unstacked() -> SequenceModel:
    """The seed's layers without its stacked PROJECT layer (tagged as every model was before it)."""
    return SequenceModel(seed_model().layers, seed_model().info)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the C functions are exported on Linux builds")
def test_the_c_interface_is_reached_and_features_are_its_numbers():
    model = SequenceModel(seed_model().layers, seed_model().info)
    assert model._c_layers() is not None
    features = document_features(TEXT, rule_proposals(TEXT), model.vocabulary())
    assert all(isinstance(f, int) and f > 0 for row in features for f in row)
    assert model.vocabulary().text_of(features[0][0]) == "c湖"


def test_the_seed_tags_the_same_spans_and_confidences_both_ways():
    model = SequenceModel(seed_model().layers, seed_model().info)
    proposed = 0
    for text in texts():
        fast, slow = both_ways(model, text)
        assert fast == slow  # labels, offsets and the exact confidences
        proposed += len(fast)
        some, some_slow = both_ways(model, text, ["AMOUNT", "PROJECT"])  # a vocabulary of two layers
        assert some == some_slow and {t.label for t in some} <= {"AMOUNT", "PROJECT"}
    assert proposed > 20


def test_a_long_line_and_features_given_as_strings_tag_the_same():
    model = SequenceModel(seed_model().layers, seed_model().info)
    long_line = ("推进松元产业园、集美新城和翔安机场建设，完成投资12.5亿元；" * 700).rstrip("；")  # 21,000 characters
    fast, slow = both_ways(model, long_line)
    assert fast == slow and len(fast) > 700
    rules = rule_proposals(TEXT)
    as_strings = document_features(TEXT, rules)  # every feature, as strings: looked up by name
    assert model.tag(as_strings, list(lines(TEXT))) == both_ways(model, TEXT)[1]


def test_a_model_trained_here_with_a_label_of_the_project_tags_the_same_both_ways():
    text = "今年建成金桂坊，推进银杏坊建设。\n启动青石坊二期，完成红枫坊主体工程。\n"
    spans = {"PLACE": [(4, 7), (10, 13)], "PROJECT": [(19, 22), (27, 30)]}
    examples = [Example(document_features(text, rule_proposals(text)), spans, {"PLACE", "PROJECT"}, list(lines(text)))]
    model = train(examples * 3, ["PLACE", "PROJECT"], Params(max_iterations=30))
    fast, slow = both_ways(model, text)
    assert fast == slow and {t.label for t in fast} == {"PLACE", "PROJECT"}


def test_without_the_c_functions_the_model_tags_through_python_crfsuite(monkeypatch):
    monkeypatch.setattr(ctagger, "_create", lambda: None)
    model = SequenceModel(seed_model().layers, seed_model().info)
    assert model._c_layers() is None
    features = document_features(TEXT, rule_proposals(TEXT), model.vocabulary())
    assert all(isinstance(f, bytes) for row in features for f in row)
    assert model.tag(features, list(lines(TEXT))) == both_ways(unstacked(), TEXT)[0]


def test_a_c_interface_that_tags_a_probe_differently_is_not_used(monkeypatch):
    def wrong(self, features, lines, labels, extra=None, flats=None):  # (the real signature)
        for start, end in lines:
            for label in labels:
                yield label, start, "B" * (end - start), lambda tag, position: 0.5
    monkeypatch.setattr(ctagger.CLayers, "paths", wrong)
    model = SequenceModel(seed_model().layers, seed_model().info)
    assert model._c_layers() is None
    assert model.tag(document_features(TEXT, rule_proposals(TEXT), model.vocabulary()), list(lines(TEXT))) \
        == both_ways(unstacked(), TEXT)[1]


def test_models_opened_and_dropped_release_their_taggers_and_threads_take_turns():
    seed = unstacked()
    expected = both_ways(seed, TEXT)[1]
    for _ in range(30):
        model = SequenceModel(seed.layers, seed.info)
        assert model.tag(document_features(TEXT, rule_proposals(TEXT), model.vocabulary()), list(lines(TEXT))) \
            == expected
        del model
    gc.collect()
    shared = SequenceModel(seed.layers, seed.info)
    features = document_features(TEXT * 20, rule_proposals(TEXT * 20), shared.vocabulary())
    spans = list(lines(TEXT * 20))
    alone = shared.tag(features, spans)
    results: list[list] = []
    threads = [threading.Thread(target=lambda: results.append(shared.tag(features, spans))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [alone] * 4


def test_a_layer_that_kept_no_attribute_opens_and_tags_nothing():
    text = "今年建成金桂坊，推进银杏坊建设。\n"
    examples = [Example(document_features(text, rule_proposals(text)), {"PROJECT": [(4, 7)]}, {"PROJECT"},
                        list(lines(text)))]
    model = train(examples, ["PROJECT"], Params(c1=1000.0, max_iterations=20))  # L1 so strong that nothing is kept
    fast, slow = both_ways(model, text)
    assert fast == slow == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the C functions are exported on Linux builds")
def test_a_long_document_is_tagged_a_block_of_lines_at_a_time_with_the_same_spans(monkeypatch):
    """A 400,000-character document had every layer's items built at once: 160 MB beside its
    features (`annotator suggest` peaked at 540 MB on it, 1.4 GB on 1.6 million characters)."""
    model = SequenceModel(seed_model().layers, seed_model().info)
    text = "\n".join(texts()[5:]) * 5  # the demo articles and three reports, many lines (~100,000 characters)
    while len(text) <= 90_000:  # without the shared reports: the demo's articles again
        text += "\n" + "\n".join(texts()[5:])
    rules = rule_proposals(text)
    features = document_features(text, rules, model.vocabulary())
    spans = list(lines(text))
    whole, peak = traced_peak(lambda: model.tag(features, spans))
    assert peak < 20 * 2**20, f"tagging {len(text):,} characters took {peak / 2**20:.0f} MB"
    monkeypatch.setattr(ctagger, "BLOCK_ROWS", 300)  # blocks of a line or a few: the same spans and confidences
    assert model.tag(features, spans) == whole
    binding = SequenceModel(model.layers, model.info, through_c=False)
    assert binding.tag(document_features(text, rules, binding.vocabulary()), spans) == whole
    assert len(text) > 90_000 and len(whole) > 300
