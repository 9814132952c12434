"""Mention replacement for training (``annotator.core.suggest.model.augment``, the seed scripts'
``--augment``): each PROJECT name is replaced by another training name, the other spans shift with
the text, spans inside a replaced name go, the copy is featurised anew and teaches PROJECT alone; and
in the folder cross-validation the names come from the fold's training documents, never the scored fold."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.models import Annotation, Suggestion
from annotator.core.suggest.model.augment import mention_copies, names, replaced
from annotator.core.suggest.model.crf import DEFAULT
from annotator.core.suggest.model.training import Document, featurise

TEXT = "建设河池大桥项目和南宁路。\n完成投资5亿元。\n新建华西厦门医院。\n"


def span(text: str, piece: str, label: str, doc_id: int = 1, nth: int = 0) -> Annotation:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Annotation(None, doc_id, start, start + len(piece), label, piece)


def spans_of(text: str = TEXT) -> list[Annotation]:
    return [span(text, "河池大桥项目", "PROJECT"), span(text, "河池", "DISTRICT"),
            span(text, "建设河池大桥项目", "TARGET"), span(text, "南宁路", "PROJECT"),
            span(text, "5亿元", "AMOUNT"), span(text, "华西厦门医院", "PROJECT"), span(text, "厦门", "DISTRICT")]


def doc(text: str, spans: list[Annotation], doc_id: int = 1, name: str = "a.txt") -> Document:
    d = Document(doc_id, name, text, [("gold", spans)], ("DISTRICT", "PROJECT", "TARGET", "AMOUNT"))
    featurise(d)
    return d


def test_each_name_is_replaced_and_the_other_spans_shift_with_the_text():
    new = iter(["甲", "乙乙乙乙乙乙乙", "丙丙"])
    text, spans = replaced(TEXT, spans_of(), lambda old: next(new))
    assert text == "建设甲和乙乙乙乙乙乙乙。\n完成投资5亿元。\n新建丙丙。\n"
    assert [(a.label, a.start, a.end, a.text) for a in spans] == [
        ("TARGET", 0, 3, "建设甲"), ("PROJECT", 2, 3, "甲"), ("PROJECT", 4, 11, "乙乙乙乙乙乙乙"),
        ("AMOUNT", 17, 20, "5亿元"), ("PROJECT", 24, 26, "丙丙")]  # 河池 and 厦门 were inside replaced names
    assert all(text[a.start:a.end] == a.text for a in spans)


def test_a_copy_is_featurised_anew_teaches_project_alone_and_draws_only_from_the_given_documents():
    other = "推进松元产业园和“智慧城市”建设。\n"
    trained = [doc(TEXT, spans_of()), doc(other, [span(other, "松元产业园", "PROJECT", 2),
                                                  span(other, "“智慧城市”", "PROJECT", 2)], 2, "b.txt")]
    scored = "建设滨州港项目。\n"  # a fold's own document: its name must never appear in a copy
    pool = names(trained)
    assert pool == sorted({"河池大桥项目", "南宁路", "华西厦门医院", "松元产业园", "“智慧城市”"})
    copies = mention_copies(trained, 2)
    assert len(copies) == 4 and all("滨州港项目" not in c.text for c in copies) and "滨州港项目" in scored
    for c in copies:
        (who, spans), = c.versions
        assert who == "gold" and spans and {a.label for a in spans} == {"PROJECT"}
        assert c.taught() == {"PROJECT"} and c.done_labels == ("PROJECT",)
        assert all(c.text[a.start:a.end] in pool for a in spans)
        assert len(c.features) == len(c.text) and c.rules == featurise_rules(c.text)
        original = next(d for d in trained if d.doc_id == c.doc_id)
        assert [c.text[a.start:a.end] for a in spans] != [original.text[a.start:a.end]
                                                         for a in original.versions[0][1] if a.label == "PROJECT"]
    assert [c.text for c in mention_copies(trained, 2)] == [c.text for c in copies]  # the same draws each run


def featurise_rules(text: str) -> list[Suggestion]:
    d = Document(0, "x", text, [("gold", [])])
    featurise(d)
    return d.rules


def test_lines_only_keeps_the_lines_that_hold_a_name():
    (copy,) = mention_copies([doc(TEXT, spans_of())], lines_only=True)
    lines = [copy.text[s:e] for s, e, _ in copy.features]
    assert len(lines) == 2 and "完成投资5亿元。" not in lines
    assert [len(rows) for _, _, rows in copy.features] == [len(line) for line in lines]


def test_the_folder_cross_validation_draws_names_from_the_training_folds_only(monkeypatch):
    scripts = Path(__file__).resolve().parents[2] / "scripts"
    monkeypatch.syspath_prepend(str(scripts))
    import seed_folder_cv as cv

    one = "建设河池大桥项目。\n"  # one name to draw from: a copy keeps it; drawn from every set, it would be 滨州港项目
    trained, held = doc(one, [span(one, "河池大桥项目", "PROJECT")]), doc("建设滨州港项目。\n", [], 3, "held.txt")
    held.versions = [("gold", [span(held.text, "滨州港项目", "PROJECT", 3)])]
    monkeypatch.setattr(cv, "_SETS", {"train": [trained], "held": [held]})
    learned: list[list[Document]] = []

    class Learned(Exception):
        pass

    def model_from(docs, params=DEFAULT, source="", on_layer=None):  # the real signature
        learned.append(list(docs))
        raise Learned

    monkeypatch.setattr(cv, "model_from", model_from)
    with pytest.raises(Learned):
        cv._fold((("held",), ("train",), cv.Params(), (2, False), ("", 4)))
    (docs,) = learned
    assert len(docs) == 3 and docs[0] is trained  # the fold's document and two copies of it
    assert [d.text for d in docs[1:]] == [one, one]
