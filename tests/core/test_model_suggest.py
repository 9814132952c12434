"""The sequence labeller: it learns from accepted spans what the rules do not know, proposes it
with origin model and a confidence, keeps itself in the project, and is scored by
leave-one-document-out cross-validation."""
from __future__ import annotations

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.store.trained import load_model, save_model
from annotator.core.suggest.model.choice import choose, seed_model
from annotator.core.suggest.model.crf import Params, SequenceModel, spans_of, tags_for
from annotator.core.suggest.model.crossval import cross_validate, format_cross_validation
from annotator.core.suggest.model.features import document_features, lines
from annotator.core.suggest.model.suggester import ModelSuggester, rule_proposals
from annotator.core.suggest.model.training import MODEL_NAME, gather, model_from, train_project

# a made-up kind of project the rules do not know: names ending in 坊
NAMES = ["金桂坊", "银杏坊", "青石坊", "红枫坊", "碧水坊", "翠竹坊", "白鹭坊", "云锦坊", "松涛坊", "海棠坊",
         "玉兰坊", "丹霞坊"]
TEMPLATES = ["今年建成{}，", "推进{}建设。", "{}正式开放，", "加快{}改造提升。", "启动{}二期。", "完成{}主体工程，"]
FAST = Params(max_iterations=40)


def synthetic_texts() -> dict[str, str]:
    """Three documents, every name in several contexts; with some other words between."""
    texts = {}
    for d in range(3):
        parts = []
        for k, name in enumerate(NAMES):
            template = TEMPLATES[(k + d) % len(TEMPLATES)]
            parts.append(template.format(name) + ("城市面貌持续改善。" if k % 3 == d else ""))
            if k % 4 == 3:
                parts.append("\n")
        texts[f"d{d}.txt"] = "".join(parts)
    return texts


def spans_of_names(texts: dict[str, str]) -> list[tuple[str, int, int, str]]:
    out = []
    for doc, text in texts.items():
        for name in NAMES:
            start = text.find(name)
            while start >= 0:
                out.append((doc, start, start + len(name), "PROJECT"))
                start = text.find(name, start + 1)
    return out


@pytest.fixture(scope="module")
def learned_project(tmp_path_factory):
    from tests.core.conftest import build_project

    texts = synthetic_texts()
    folder = build_project(tmp_path_factory.mktemp("m") / "p", texts, spans_of_names(texts))
    with Store.open(folder) as store:
        report = train_project(store, FAST)
    return folder, report


NEW_TEXT = "明年推进紫藤坊建设，建成芙蓉坊。"


def test_bio_tags_and_spans_round_trip():
    tags = tags_for(10, [(1, 3), (5, 6)])
    assert tags == ["O", "B", "I", "O", "O", "B", "O", "O", "O", "O"]
    assert spans_of(tags) == [(1, 3), (5, 6)]
    assert spans_of(["I", "I", "O", "B", "B", "I"]) == [(0, 2), (3, 4), (4, 6)]


def test_features_describe_every_character_and_lines_skip_blank_ones():
    text = "湖里区投资55.1亿元建设松元产业园。\n\n力争新增80家企业。"
    feats = document_features(text, rule_proposals(text))
    assert len(feats) == len(text)
    assert "c湖" in feats[0] and "gB" in feats[0]  # the character, a gazetteer name
    assert "!DISTRICTB" in feats[0] and "!AMOUNTB" in feats[5]  # the rules' proposals
    assert any(f.startswith("hB") for f in feats[text.index("产业园")])  # a head word
    assert list(lines(text)) == [(0, 19), (21, len(text))]


def test_the_rules_do_not_know_the_made_up_suffix():
    assert not [s for s in rule_proposals(NEW_TEXT) if s.label == "PROJECT"]


def test_training_learns_a_pattern_the_rules_do_not_know(learned_project):
    folder, report = learned_project
    assert report.spans == {"PROJECT": len(spans_of_names(synthetic_texts()))} and report.documents == 3
    with Store.open(folder) as store:
        chosen = choose(store, "project")
    assert chosen.suggester is not None and "the project's" in chosen.description
    found = {s.text: s for s in chosen.suggester.suggest(NEW_TEXT) if s.label == "PROJECT"}
    assert {"紫藤坊", "芙蓉坊"} <= set(found)
    s = found["紫藤坊"]
    assert s.origin == "model" and 0.5 < s.confidence <= 1.0 and s.reason.startswith("model: PROJECT p=")
    # a threshold above its confidence hides it
    strict = ModelSuggester(chosen.suggester.model, min_confidence=min(1.0, s.confidence + 1e-9))
    assert "紫藤坊" not in {x.text for x in strict.suggest(NEW_TEXT)}


def test_the_model_persists_in_the_project_across_reopening(learned_project):
    folder, _ = learned_project
    with Store.open(folder) as store:
        stored = load_model(store, MODEL_NAME)
        assert stored is not None and stored.info["spans"]["PROJECT"] > 0 and stored.info["accepted"] > 0
        model = SequenceModel.from_bytes(stored.data)
    assert model.usable() and "PROJECT" in model.labels


def test_training_is_deterministic(learned_project):
    folder, _ = learned_project
    with Store.open(folder) as store:
        docs = gather(store)
    first, _ = model_from(docs, FAST)
    second, _ = model_from(docs, FAST)
    assert first.layers == second.layers


def test_the_same_model_is_the_same_bytes_whenever_it_is_packed(monkeypatch):
    """Trained twice on the same spans, the stored model is byte for byte the same: info.json carried
    the time of packing in the zip (the layers did not), so two trainings a second apart differed."""
    import time

    model = SequenceModel({"PROJECT": b"layer"}, {"features": 1, "spans": {"PROJECT": 3}})
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.0)
    first = model.to_bytes()
    monkeypatch.setattr(time, "time", lambda: 1_900_000_000.0)
    assert model.to_bytes() == first


def test_model_none_gives_the_rules_alone_and_a_project_without_a_model_the_seed(make_project):
    folder = make_project()
    with Store.open(folder) as store:
        assert choose(store, "none").suggester is None
        chosen = choose(store, "project")
        assert chosen.suggester is not None and chosen.suggester.model.layers == seed_model().layers
        assert "seed" in chosen.description
        with pytest.raises(AnnotatorError, match="unknown model"):
            choose(store, "other")
        with pytest.raises(AnnotatorError, match="min-confidence"):
            choose(store, "project", 1.5)


def test_the_shipped_seed_knows_every_label_and_the_current_features():
    seed = seed_model()
    assert seed.usable() and set(seed.labels) == {"DISTRICT", "PROJECT", "AMOUNT", "TARGET"}
    found = {(s.label, s.text) for s in ModelSuggester(seed).suggest("厦门市湖里区投资55.1亿元建设松元产业园。")}
    assert {("DISTRICT", "湖里区"), ("AMOUNT", "55.1亿元"), ("PROJECT", "松元产业园")} <= found


def test_a_project_model_of_another_feature_set_falls_back_to_the_seed(make_project):
    folder = make_project()
    with Store.open(folder) as store:
        save_model(store, MODEL_NAME, SequenceModel({"PROJECT": b"x"}, {"features": -1}).to_bytes())
        chosen = choose(store, "project")
    assert chosen.suggester is not None and "train again" in chosen.description


def test_a_damaged_model_is_one_clear_error():
    with pytest.raises(AnnotatorError, match="cannot be read"):
        SequenceModel.from_bytes(b"not a zip")


def test_rule_and_model_agreeing_is_shown(learned_project):
    folder, _ = learned_project
    with Store.open(folder) as store:
        suggester = choose(store, "project").suggester
    assert suggester is not None
    text = "推进紫藤坊建设，湖里区投资55.1亿元。"
    rules = rule_proposals(text)
    combined = suggester.combine(text, rules)
    amount = next(s for s in combined if s.label == "AMOUNT")
    rule_amount = next(s for s in rules if s.label == "AMOUNT")
    if amount.reason.startswith("rule+model"):  # the seed layer for AMOUNT agrees with the rule
        assert amount.confidence > rule_amount.confidence and amount.origin == "amount"
    assert any(s.origin == "model" and s.text == "紫藤坊" for s in combined)


def test_cross_validation_scores_rules_model_and_both_per_label(learned_project):
    folder, _ = learned_project
    with Store.open(folder) as store:
        result = cross_validate(store, FAST)
    assert result["documents"] == ["d0.txt", "d1.txt", "d2.txt"]
    for system in ("rules", "model", "both"):
        assert set(result[system]["labels"]["PROJECT"]) >= {"exact", "overlap"}
    rules, model = (result[name]["labels"]["PROJECT"]["overlap"] for name in ("rules", "model"))
    assert rules["r"] < 0.5 and model["f1"] > 0.8  # the rules know few of these; the model learned them
    table = format_cross_validation(result)
    assert "PROJECT    model" in table and "overall" in table


def test_cross_validation_needs_two_documents(make_project):
    folder = make_project(spans=[("a.txt", 0, 3, "DISTRICT")])
    with Store.open(folder) as store, pytest.raises(AnnotatorError, match="at least two documents"):
        cross_validate(store, FAST)


def test_training_with_nothing_left_to_learn_from_hands_back_to_the_seed(tmp_path):
    """Every accepted span rejected since: `annotator train` says the suggestions use the shipped model,
    and so they must (the project's model of the rejected spans stayed and kept suggesting)."""
    from tests.core.conftest import build_project

    texts = synthetic_texts()
    folder = build_project(tmp_path / "p", texts, spans_of_names(texts))
    with Store.open(folder) as store:
        train_project(store, FAST)
        assert load_model(store, MODEL_NAME) is not None
        store.set_status([a.id for a in store.annotations() if a.status == "accepted"], "rejected", "qa")
        report = train_project(store, FAST)
        assert "suggestions use the shipped model" in "\n".join(report.lines())
        assert load_model(store, MODEL_NAME) is None
        chosen = choose(store, "project")
    assert chosen.suggester is not None and "seed" in chosen.description


class _Tags:
    """A model stand-in that tags what it is given: the filter after it is what is tested."""
    labels = ("PROJECT",)
    stacked: dict = {}

    def __init__(self, spans):
        self.spans = spans

    def vocabulary(self, labels=None):
        return None

    def tag(self, features, lines, labels=None, text=None):  # (the real signature)
        from annotator.core.suggest.model.crf import Tagged
        return [Tagged("PROJECT", s, e, 0.9) for s, e in self.spans]


def test_the_model_never_proposes_a_lone_character_or_punctuation(monkeypatch):
    import annotator.core.suggest.model.suggester as module
    monkeypatch.setattr(module, "document_features", lambda text, rules, vocabulary: None)
    text = "推进“紫藤坊”建设，中。"
    quote, zhong, name = (2, 3), (10, 11), (3, 6)
    suggester = ModelSuggester(_Tags([quote, zhong, name]))  # type: ignore[arg-type]
    alone = suggester.suggest(text, rules=[])
    combined = suggester.combine(text, [])
    for proposed in (alone, combined):
        assert [(s.start, s.end, s.text) for s in proposed] == [(3, 6, "紫藤坊")]


def test_the_seed_proposes_project_alone_and_a_projects_own_project_layer_beside_the_rules(learned_project):
    folder, _ = learned_project  # a project whose model learned PROJECT (and nothing else)
    with Store.open(folder) as store:
        assert choose(store, "seed").suggester.model_only == {"PROJECT"}
        own = choose(store, "project").suggester
    assert "PROJECT" in own.labels and own.model_only == frozenset()
