"""Beside the rules, the model's PROJECT spans come first: where a rule's PROJECT span and the
model's overlap with other boundaries, the model's is proposed and the rule's is not; for the
other labels the rule's stays. A model span too unsure to show leaves the rule's in place."""
from __future__ import annotations

from annotator.core.models import Suggestion
from annotator.core.suggest.model.crf import Tagged
from annotator.core.suggest.model.suggester import MODEL_FIRST, ModelSuggester

TEXT = "紧盯华润数字工厂项目，力争新增80家高新技术企业。"


class _Tags:
    """A model stand-in that tags what it is given."""
    labels = ("PROJECT", "TARGET")

    def __init__(self, tagged: list[Tagged]) -> None:
        self.tagged = tagged

    def vocabulary(self, labels=None):
        return None

    def tag(self, features, lines, labels=None):
        return list(self.tagged)


def rule(start: int, end: int, label: str) -> Suggestion:
    return Suggestion(start, end, label, TEXT[start:end], {}, 0.8, f"rule: {label}", label.lower())


def spans(found: list[Suggestion]) -> set[tuple[str, str, str]]:
    return {(s.label, s.text, s.origin) for s in found}


def test_the_models_project_span_replaces_an_overlapping_rule_span():
    assert MODEL_FIRST == {"PROJECT"}
    project = TEXT.index("华润"), TEXT.index("，")
    target = TEXT.index("力争"), TEXT.index("。")
    rules = [rule(0, project[1], "PROJECT"), rule(*target, "TARGET")]  # 紧盯华润数字工厂项目: a verb swallowed
    model = _Tags([Tagged("PROJECT", *project, 0.9), Tagged("TARGET", target[0] + 2, target[1], 0.9)])
    combined = ModelSuggester(model).combine(TEXT, rules, tagged=model.tag(None, None))  # type: ignore[arg-type]
    assert spans(combined) == {("PROJECT", "华润数字工厂项目", "model"),
                               ("TARGET", "力争新增80家高新技术企业", "target")}


def test_a_model_span_below_the_least_confidence_leaves_the_rules_span():
    rules = [rule(0, TEXT.index("，"), "PROJECT")]
    model = _Tags([Tagged("PROJECT", 2, TEXT.index("，"), 0.3)])
    combined = ModelSuggester(model, min_confidence=0.5).combine(  # type: ignore[arg-type]
        TEXT, rules, tagged=model.tag(None, None))
    assert spans(combined) == {("PROJECT", "紧盯华润数字工厂项目", "project")}


def test_the_same_span_from_both_is_their_agreement():
    end = TEXT.index("，")
    rules = [rule(2, end, "PROJECT")]
    model = _Tags([Tagged("PROJECT", 2, end, 0.9)])
    combined = ModelSuggester(model).combine(TEXT, rules, tagged=model.tag(None, None))  # type: ignore[arg-type]
    assert [(s.text, s.origin, s.confidence) for s in combined] == [("华润数字工厂项目", "project", 0.98)]
    assert combined[0].reason.startswith("rule+model")
