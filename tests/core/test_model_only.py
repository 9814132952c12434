"""Beside the rules, the model alone proposes PROJECT spans: a rule's PROJECT span is proposed
only where the model tags the same span (their agreement); for the other labels the rules'
spans stay and a model span overlapping one is not proposed. A model without a PROJECT layer
leaves the rules' PROJECT spans as they are."""
from __future__ import annotations

from annotator.core.models import Suggestion
from annotator.core.suggest.model.crf import Tagged
from annotator.core.suggest.model.suggester import MODEL_ONLY, ModelSuggester

TEXT = "紧盯华润数字工厂项目，力争新增80家高新技术企业。"


class _Tags:
    """A model stand-in that tags what it is given."""
    def __init__(self, tagged: list[Tagged], labels: tuple[str, ...] = ("PROJECT", "TARGET")) -> None:
        self.tagged = tagged
        self.labels = labels

    def vocabulary(self, labels=None):
        return None

    def tag(self, features, lines, labels=None):
        return list(self.tagged)


def rule(start: int, end: int, label: str) -> Suggestion:
    return Suggestion(start, end, label, TEXT[start:end], {}, 0.8, f"rule: {label}", label.lower())


def spans(found: list[Suggestion]) -> set[tuple[str, str, str]]:
    return {(s.label, s.text, s.origin) for s in found}


def test_the_models_project_span_replaces_the_rules_and_a_rule_span_it_does_not_tag_is_dropped():
    assert MODEL_ONLY == {"PROJECT"}
    project = TEXT.index("华润"), TEXT.index("，")
    target = TEXT.index("力争"), TEXT.index("。")
    rules = [rule(0, project[1], "PROJECT"),  # 紧盯华润数字工厂项目: a verb swallowed
             rule(TEXT.index("高新"), target[1] - 2, "PROJECT"),  # a kind, not a name: the model tags nothing there
             rule(*target, "TARGET")]
    model = _Tags([Tagged("PROJECT", *project, 0.9), Tagged("TARGET", target[0] + 2, target[1], 0.9)])
    combined = ModelSuggester(model, model_only=MODEL_ONLY).combine(TEXT, rules, tagged=model.tag(None, None))  # type: ignore[arg-type]
    assert spans(combined) == {("PROJECT", "华润数字工厂项目", "model"),
                               ("TARGET", "力争新增80家高新技术企业", "target")}


def test_a_model_span_below_the_least_confidence_is_not_proposed_nor_the_rules():
    rules = [rule(0, TEXT.index("，"), "PROJECT")]
    model = _Tags([Tagged("PROJECT", 2, TEXT.index("，"), 0.3)])
    combined = ModelSuggester(model, min_confidence=0.5, model_only=MODEL_ONLY).combine(  # type: ignore[arg-type]
        TEXT, rules, tagged=model.tag(None, None))
    assert combined == []


def test_the_same_span_from_both_is_their_agreement():
    end = TEXT.index("，")
    rules = [rule(2, end, "PROJECT")]
    model = _Tags([Tagged("PROJECT", 2, end, 0.2)])
    combined = ModelSuggester(model, min_confidence=0.5, model_only=MODEL_ONLY).combine(  # type: ignore[arg-type]
        TEXT, rules, tagged=model.tag(None, None))
    assert [(s.text, s.origin, s.confidence) for s in combined] == [("华润数字工厂项目", "project", 0.84)]
    assert combined[0].reason.startswith("rule+model")


def test_a_model_without_a_project_layer_keeps_the_rules_project_spans():
    rules = [rule(0, TEXT.index("，"), "PROJECT")]
    model = _Tags([], labels=("TARGET",))
    combined = ModelSuggester(model, model_only=MODEL_ONLY).combine(TEXT, rules, tagged=[])  # type: ignore[arg-type]
    assert spans(combined) == {("PROJECT", "紧盯华润数字工厂项目", "project")}


def test_beside_a_projects_own_layer_the_rules_project_spans_stay():
    project = TEXT.index("华润"), TEXT.index("，")
    rules = [rule(0, project[1], "PROJECT")]
    model = _Tags([Tagged("PROJECT", *project, 0.9)])
    combined = ModelSuggester(model).combine(TEXT, rules, tagged=model.tag(None, None))  # type: ignore[arg-type]
    assert spans(combined) == {("PROJECT", "紧盯华润数字工厂项目", "project")}

