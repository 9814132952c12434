"""The model's commands: annotator train, suggest --model none|project|seed --min-confidence,
evaluate --cross-validate; a rejected span is proposed by neither the rules nor the model."""
from __future__ import annotations

import json

import pytest

from annotator.cli import main
from annotator.core.store import Store
from annotator.core.store.trained import load_model, load_scores
from annotator.core.suggest import default_suggesters
from annotator.core.suggest.model.training import MODEL_NAME
from annotator.core.suggest.runner import resolve_overlaps
from tests.core.conftest import build_project
from tests.core.test_model_suggest import spans_of_names, synthetic_texts

NEW = {"new.txt": "明年推进紫藤坊建设，建成芙蓉坊。湖里区投资55.1亿元建设松元产业园。"}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A project of the made-up 坊 names, trained, and a new document to suggest for."""
    texts = synthetic_texts()
    folder = build_project(tmp_path_factory.mktemp("cli") / "p", {**texts, **NEW}, spans_of_names(texts))
    assert main(["train", str(folder), "--iterations", "40"]) == 0
    return folder


def open_suggestions(folder, doc="new.txt"):
    with Store.open(folder) as store:
        doc_id = store.document_id_by_name(doc)
        return [a for a in store.annotations(doc_id) if a.status == "suggested"]


def test_train_prints_the_spans_used_the_time_and_a_fit(tmp_path, capsys):
    texts = synthetic_texts()
    folder = build_project(tmp_path / "p", texts, spans_of_names(texts))
    code, out, _ = run(capsys, "train", folder, "--iterations", "30")
    assert code == 0
    assert f"trained on {len(spans_of_names(texts))} accepted span(s) of 3 document(s) (PROJECT" in out
    assert " s\n" in out and "PROJECT    rules" in out and "a fit, not a test" in out


def test_train_with_nothing_accepted_fails_and_says_so(tmp_path, capsys):
    """Nothing asked was done: exit 1 with one error line, as an import that stored nothing."""
    folder = build_project(tmp_path / "p", "湖里区建设松元产业园。")
    code, out, err = run(capsys, "train", folder)
    assert (code, out) == (1, "")
    assert err == (f"annotator: error: {folder}: nothing to learn from: no document has accepted spans; "
                   "`annotator suggest` uses the shipped seed model\n")
    with Store.open(folder) as store:
        assert load_model(store, MODEL_NAME) is None


def test_train_after_every_accepted_span_was_rejected_removes_the_model_and_fails(tmp_path, capsys):
    texts = synthetic_texts()
    folder = build_project(tmp_path / "p", texts, spans_of_names(texts))
    assert run(capsys, "train", folder, "--iterations", "5")[0] == 0
    with Store.open(folder) as store:
        assert load_model(store, MODEL_NAME) is not None
        store.set_status([a.id for a in store.annotations()], "rejected")
    code, out, err = run(capsys, "train", folder)
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert "nothing to learn from" in err and "learned before (of spans since rejected) was removed" in err
    with Store.open(folder) as store:  # a model of rejected spans would go on proposing them
        assert load_model(store, MODEL_NAME) is None


def test_suggest_with_the_project_model_proposes_what_it_learned(trained, capsys):
    code, out, _ = run(capsys, "suggest", trained, "--doc", "new.txt", "--replace", "--no-links")
    assert code == 0 and out.startswith("model: the project's, trained ")
    by_text = {a.text: a for a in open_suggestions(trained)}
    assert by_text["紫藤坊"].origin == "model" and by_text["紫藤坊"].confidence > 0.5
    assert by_text["55.1亿元"].origin == "amount"  # the rules' proposals sit beside


def test_suggest_model_none_gives_the_rules_alone(trained, capsys):
    code, out, _ = run(capsys, "suggest", trained, "--doc", "new.txt", "--replace", "--no-links", "--model", "none")
    assert code == 0 and out.startswith("model: none")
    stored = sorted((a.start, a.end, a.label, a.origin, a.confidence, a.reason) for a in open_suggestions(trained))
    text = NEW["new.txt"]
    rules = resolve_overlaps([s for sg in default_suggesters() for s in sg.suggest(text)])
    assert stored == sorted((s.start, s.end, s.label, s.origin, s.confidence, s.reason) for s in rules)


def test_min_confidence_hides_the_models_uncertain_proposals(trained, capsys):
    code, _, _ = run(capsys, "suggest", trained, "--doc", "new.txt", "--replace", "--no-links",
                     "--min-confidence", "1.0")
    assert code == 0
    assert not [a for a in open_suggestions(trained) if a.origin == "model" and a.confidence < 1.0]
    code, _, err = run(capsys, "suggest", trained, "--min-confidence", "2")
    assert code == 1 and "min-confidence" in err and err.count("\n") == 1


def test_a_rejected_span_is_not_proposed_by_the_model_either(trained, capsys):
    run(capsys, "suggest", trained, "--doc", "new.txt", "--replace", "--no-links")
    (span,) = [a for a in open_suggestions(trained) if a.text == "紫藤坊"]
    with Store.open(trained) as store:
        store.set_status([span.id], "rejected")
    run(capsys, "suggest", trained, "--doc", "new.txt", "--replace", "--no-links")
    assert "紫藤坊" not in {a.text for a in open_suggestions(trained)}
    with Store.open(trained) as store:  # leave the module's project as it was
        store.delete_annotation(span.id)


def test_suggest_with_the_seed_in_a_project_that_trained_nothing(tmp_path, capsys):
    folder = build_project(tmp_path / "p", "厦门市湖里区投资55.1亿元建设松元产业园。")
    code, out, _ = run(capsys, "suggest", folder, "--no-links")
    assert code == 0 and out.startswith("model: the shipped seed")
    assert {a.text for a in open_suggestions(folder, "a.txt")} >= {"湖里区", "55.1亿元", "松元产业园"}


def test_evaluate_cross_validate_prints_rules_model_and_both(trained, capsys):
    code, out, _ = run(capsys, "evaluate", trained, "--cross-validate", "--iterations", "30")
    assert code == 0
    assert "leave-one-document-out over 3 document(s)" in out
    for system in ("rules", "model", "both"):
        assert f"PROJECT    {system}" in out
    code, out, _ = run(capsys, "evaluate", trained, "--cross-validate", "--iterations", "30", "--json")
    result = json.loads(out)
    assert result["model"]["labels"]["PROJECT"]["overlap"]["f1"] > 0.8
    with Store.open(trained) as store:  # kept for the window's Statistics panel
        kept = load_scores(store, MODEL_NAME)
    assert kept is not None and kept["model"] == result["model"] and kept["documents"] == result["documents"]


def test_cross_validate_with_too_few_documents_is_one_line(tmp_path, capsys):
    folder = build_project(tmp_path / "p", "湖里区建设松元产业园。", [("a.txt", 0, 3, "DISTRICT")])
    code, _, err = run(capsys, "evaluate", folder, "--cross-validate")
    assert code == 1 and "at least two documents" in err and err.count("\n") == 1
    assert f"annotator: error: {folder}: cross-validation needs at least two documents with accepted spans " \
           "(this project has 1)" in err  # the project named


@pytest.mark.parametrize("option", [("--iterations", "-1"), ("--iterations", "0"), ("--c1", "-1"),
                                    ("--c1", "inf"), ("--c1", "nan")])
def test_training_options_out_of_range_are_one_line_and_keep_the_model(trained, capsys, option):
    """--iterations -1 kept a model that proposes nothing (fit F1 0.000) in place of the project's;
    --c1 inf ended in a ZeroDivisionError traceback; --iterations 0 trained 60 iterations."""
    with Store.open(trained) as store:
        before = load_model(store, MODEL_NAME)
    for command in (["train", trained], ["evaluate", trained, "--cross-validate"]):
        code, out, err = run(capsys, *command, *option)
        assert code == 1 and out == "" and err.count("\n") == 1, (command, option, err)
        assert err.startswith(f"annotator: error: {option[0]} takes ") and option[1] in err
    with Store.open(trained) as store:
        assert load_model(store, MODEL_NAME) == before


def test_cross_validate_with_a_min_confidence_out_of_range_is_one_line_and_keeps_the_scores(trained, capsys):
    """--min-confidence 5 ran the whole cross-validation, scored the model 0.000 and kept that for
    the window's Statistics panel (annotator suggest refuses the same value)."""
    with Store.open(trained) as store:
        before = load_scores(store, MODEL_NAME)
    for value in ("5", "-0.1", "nan"):
        code, out, err = run(capsys, "evaluate", trained, "--cross-validate", "--min-confidence", value)
        assert code == 1 and out == "" and err.count("\n") == 1
        assert err.startswith("annotator: error: --min-confidence takes a probability from 0 to 1")
    with Store.open(trained) as store:
        assert load_scores(store, MODEL_NAME) == before
