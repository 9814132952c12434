"""Stacking for PROJECT (``annotator.core.suggest.model.stacking``, ``scripts/seed_folder_cv.py
--stack``): the list-mates and same-word features read stage 1's marginals of the other items of a
list and of the other mentions of a word, a training document's marginals come from a layer that
did not learn it, and with no feature added the second stage tags what the first does."""
from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from annotator.core.models import Annotation
from annotator.core.suggest.model import stackfeatures, stacking
from annotator.core.suggest.model.crf import DEFAULT, Example, Params, SequenceModel
from annotator.core.suggest.model.stackfeatures import Second
from annotator.core.suggest.model.suggester import ModelSuggester
from annotator.core.suggest.model.training import Document, featurise, model_from

ALL, OWN = stackfeatures.KINDS["all"], stackfeatures.KINDS["own"]
WORDS = ["建设", "甲乙", "、", "丙丁", "和", "戊", "，", "推进", "庚", "。", "己庚"]


def probs_of(words: list[str], per_word: list[float]) -> np.ndarray:
    return np.array([p for word, p in zip(words, per_word, strict=True) for _ in word])


def listed(found: np.ndarray) -> list[float | None]:
    return [None if math.isnan(p) else round(p, 12) for p in found.tolist()]


def test_a_character_hears_the_best_mean_of_the_other_items_of_its_list_only():
    probs = probs_of(WORDS, [0.0, 0.8, 0.0, 0.6, 0.0, 0.3, 0.0, 0.1, 0.9, 0.0, 0.9])
    found = listed(stackfeatures.list_mates(WORDS, probs))
    by_word = []
    at = 0
    for word in WORDS:
        by_word.append(found[at:at + len(word)])
        at += len(word)
    # items: 建设甲乙 (mean 0.4), 丙丁 (0.6), 戊 (0.3), 推进庚 (mean 0.3667); the clause ends at 。
    assert by_word[0] == by_word[1] == [0.6, 0.6]  # its mates: the best of 丙丁, 戊, 推进庚
    assert by_word[3] == [0.4, 0.4]  # not its own 0.6: 建设甲乙's
    assert by_word[5] == [0.6]
    assert by_word[8] == [0.6]
    assert by_word[2] == by_word[4] == by_word[6] == [None]  # the separators
    assert by_word[9] == [None] and by_word[10] == [None, None]  # 。 and a clause of one item
    no_list = stackfeatures.list_mates(["和平", "路", "建设"], np.full(5, 0.9))
    assert listed(no_list) == [None] * 5  # 和 inside a word: no list


def test_a_word_hears_its_other_mentions_not_itself():
    words = ["天水", "大剧院", "，", "天水", "。", "大剧院", "和", "天"]
    probs = probs_of(words, [0.75, 0.25, 0.0, 0.125, 0.0, 0.5, 0.0, 0.875])
    found = listed(stackfeatures.same_elsewhere(words, probs))
    assert found == [0.125, 0.125, 0.5, 0.5, 0.5, None, 0.75, 0.75, None, 0.25, 0.25, 0.25, None, None]


def test_the_buckets_and_the_features_each_variant_adds():
    cases = (0.0, 0.099, 0.1, 0.29, 0.3, 0.5, 0.69, 0.7, 1.0)
    assert [stackfeatures.bucket(p) for p in cases] == [0, 0, 1, 1, 2, 3, 3, 4, 4]
    text = "建设甲乙、丙丁项目。\n"
    doc = Document(1, "a.txt", text, [("gold", [])], ("PROJECT",))
    featurise(doc)
    probs = [0.05, 0.05, 0.9, 0.9, 0.0, 0.5, 0.5, 0.5, 0.5, 0.0, 0.0]
    rows = {start: line for start, _, line in stacking.stacked(text, doc.features, probs, ALL)}[0]
    added = [[f for f in row if f.startswith("S")] for row in rows]
    assert added[0] == ["Sa0", "Sb3"] and added[2] == ["Sa4", "Sb3"]  # 丙丁项目's mean 0.5: bucket 3
    assert added[4] == ["Sa0"]  # 、
    assert added[5] == ["Sa3", "Sb2"]  # 建设甲乙's mean 0.475
    own = {start: line for start, _, line in stacking.stacked(text, doc.features, probs, OWN)}[0]
    want = [[f"Sa{stackfeatures.bucket(p)}"] for p in probs[:10]]
    assert [[f for f in row if f.startswith("S")] for row in own] == want
    assert [row[:-2] for row in rows[:4]] == [row[:-1] for row in own[:4]]  # the rows of stage 1 come first


TEXTS = ["建设河池大桥项目、南宁路和华西医院。\n", "推进松元产业园、滨州港、天平高速建设。\n",
         "实施“智慧城市”工程和河池大桥项目。\n", "新建天水大剧院、庆章高速。\n", "完成长城果汁生产线和宝兰高铁。\n"]
NAMES = ["河池大桥项目", "南宁路", "华西医院", "松元产业园", "滨州港", "天平高速", "“智慧城市”工程", "天水大剧院",
         "庆章高速", "长城果汁生产线", "宝兰高铁"]


def documents() -> list[Document]:
    out = []
    for i, text in enumerate(TEXTS):
        spans = [Annotation(None, i, text.index(n), text.index(n) + len(n), "PROJECT", n) for n in NAMES if n in text]
        d = Document(i, f"{i}.txt", text, [("gold", spans)], ("PROJECT",))
        featurise(d)
        out.append(d)
    return out


def test_each_training_document_is_tagged_by_a_layer_that_did_not_learn_it(monkeypatch: pytest.MonkeyPatch):
    docs = documents()
    learned: dict[bytes, set[int]] = {}
    tagged_by: dict[int, bytes] = {}

    def layer(examples: list[Example], params: Params) -> bytes:
        key = f"layer{len(learned)}".encode()
        learned[key] = {i for ex in examples for i, d in enumerate(docs) if ex.features is d.features}
        return key

    def marginals(layer: bytes, rows: stacking.Lines, length: int, label: str = "O") -> list[float]:
        tagged_by[next(i for i, d in enumerate(docs) if d.features is rows)] = layer
        return [0.5] * length

    monkeypatch.setattr(stacking, "_layer", layer)
    monkeypatch.setattr(stacking, "marginals", marginals)
    stacking.jackknife(docs, DEFAULT, groups=4)
    assert len(learned) == 4 and sorted(tagged_by) == list(range(len(docs)))
    for i, key in tagged_by.items():
        assert i not in learned[key] and len(learned[key]) >= 3


def test_with_nothing_added_the_second_stage_tags_what_the_first_does_and_the_others_stay():
    docs = documents()
    first, _ = model_from(docs, Params(max_iterations=30))
    second = stacking.stage_two(docs, Params(max_iterations=30), "a", groups=2)
    assert {f for f in second.vocabulary().known or () if f.startswith("S")} <= {f"Sa{k}" for k in range(5)}
    text = "加快建设河池大桥项目、天水大剧院。\n推进庆章高速。\n"
    rules = docs[0].rules[:0]
    again = SequenceModel(first.layers, first.info, stacked={"PROJECT": Second(first.layers["PROJECT"], "")})
    same = ModelSuggester(again).tagged(text, rules)
    assert sorted(same, key=repr) == sorted(ModelSuggester(first).tagged(text, rules), key=repr)
    assert any(t.label == "PROJECT" for t in same)
    stacked = stacking.with_stage_two(first, docs, Params(max_iterations=30), "a", groups=2)
    assert set(stacked.stacked) == {"PROJECT"} and stacked.stacked["PROJECT"].kinds == "a"
    assert stacked.layers == first.layers


def test_the_folder_cross_validation_stacks_on_the_training_folds_only(monkeypatch: pytest.MonkeyPatch):
    scripts = Path(__file__).resolve().parents[2] / "scripts"
    monkeypatch.syspath_prepend(str(scripts))
    import seed_folder_cv as cv

    trained, held = documents()[:4], documents()[4:]
    monkeypatch.setattr(cv, "_SETS", {"train": trained, "held": held})
    learned: list[list[Document]] = []

    def with_stage_two(model: SequenceModel, docs: Sequence[Document], params: Params,
                       kinds: str = stackfeatures.KINDS["all"], groups: int = stacking.GROUPS) -> SequenceModel:
        learned.append(list(docs))  # (the real signature)
        assert groups == 8  # the --groups asked
        return model

    first, _ = model_from(trained, Params(max_iterations=30))
    monkeypatch.setattr(cv, "with_stage_two", with_stage_two)
    monkeypatch.setattr(cv, "model_from", lambda docs, params=DEFAULT, source="", on_layer=None: (first, None))
    ((key, _, gold, found),) = cv._fold((("held",), ("train",), Params(max_iterations=30), (0, False), ("abc", 8)))
    assert learned == [trained] and key == "held" and gold
    assert found == cv.predictions(held[0], first, model_only=cv.MODEL_ONLY)
    assert cv._fold((("held",), ("train",), Params(max_iterations=30), (0, False), ("", 8))) and len(learned) == 1
