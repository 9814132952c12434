"""What the window asks of the model's core: training hears of each document and each layer and
stops, keeping nothing, once cancelled; how many spans were accepted since the model was trained;
the last cross-validation kept in the project; suggesting with the model moves progress through
each rule suggester and then the model, and a cancel heard during the last step stores nothing."""
from __future__ import annotations

from annotator.core.progress import MODEL, STORE, SUGGEST
from annotator.core.store import Store
from annotator.core.store.trained import accepted_since, load_model, load_scores, save_scores
from annotator.core.suggest.model.choice import choose
from annotator.core.suggest.model.crf import Params
from annotator.core.suggest.model.training import MODEL_NAME, train_project
from annotator.core.suggest.runner import suggest_documents

FAST = Params(max_iterations=20)
TEXTS = {"a.txt": "厦门市湖里区计划投资55.1亿元建设松元产业园。\n", "b.txt": "海沧区完成投资3245.7万元。\n"}
SPANS = [("a.txt", 0, 3, "DISTRICT", {"status": "accepted"}), ("a.txt", 10, 16, "AMOUNT", {"status": "accepted"}),
         ("b.txt", 0, 3, "DISTRICT", {"status": "accepted"})]


def test_training_hears_of_documents_and_layers_and_a_cancel_keeps_nothing(make_project):
    folder = make_project(TEXTS, SPANS)
    heard: list[tuple[str, int, int, str]] = []
    with Store.open(folder) as store:
        report = train_project(store, FAST, progress=lambda i, n, name: heard.append(("doc", i, n, name)),
                               on_layer=lambda i, n, label: heard.append(("layer", i, n, label)))
        assert heard == [("doc", 0, 2, "a.txt"), ("doc", 1, 2, "b.txt"), ("layer", 0, 2, "AMOUNT"),
                         ("layer", 1, 2, "DISTRICT")]
        assert not report.cancelled and load_model(store, MODEL_NAME) is not None
        first = load_model(store, MODEL_NAME)
        for stop_at in ("a.txt", "DISTRICT"):  # while reading, while learning the last layer
            asked: list[str] = []

            def hear(_i: int, _n: int, what: str, asked: list[str] = asked) -> None:
                asked.append(what)

            report = train_project(store, FAST, progress=hear, on_layer=hear,
                                   cancelled=lambda stop=stop_at, asked=asked: stop in asked)
            assert report.cancelled and report.lines() == ["training cancelled: the project keeps the model it had"]
            assert load_model(store, MODEL_NAME) == first  # the model it had, untouched


def test_spans_accepted_since_the_model_was_trained(make_project):
    folder = make_project(TEXTS, SPANS)
    with Store.open(folder) as store:
        assert accepted_since(store) is None  # no model of its own
        train_project(store, FAST)
        assert accepted_since(store) == 0
        doc_id = store.document_id_by_name("b.txt")
        store.add_annotation(doc_id, 7, 14, "AMOUNT", status="accepted")
        assert accepted_since(store) == 1


def test_the_last_cross_validation_is_kept_in_the_project(make_project):
    folder = make_project(TEXTS, SPANS)
    with Store.open(folder) as store:
        assert load_scores(store, MODEL_NAME) is None
        kept = save_scores(store, MODEL_NAME, {"documents": ["a.txt", "b.txt"], "rules": {"overall": {}}})
    with Store.open(folder) as store:
        assert load_scores(store, MODEL_NAME) == kept
    assert kept["accepted"] == 3 and kept["computed_at"] and kept["documents"] == ["a.txt", "b.txt"]


def test_suggesting_with_the_model_steps_through_the_rules_then_the_model(make_project):
    folder = make_project(TEXTS)
    steps = []
    with Store.open(folder) as store:
        model = choose(store, "seed").suggester
        suggest_documents(store, [store.document_id_by_name("a.txt")], model=model,
                          progress=lambda done, total, step: steps.append((done, step.doing, step.labels)))
        assert any(a.origin == "gazetteer" for a in store.annotations())
    doing = [d for _done, d, _labels in steps]
    assert doing[:4] == [SUGGEST] * 4 and doing[4] == MODEL and STORE in doing
    assert [labels for _d, d, labels in steps if d == SUGGEST][0] == ("DISTRICT",)  # the gazetteer first
    assert [done for done, _d, _l in steps] == sorted(done for done, _d, _l in steps)


def test_a_cancel_heard_during_the_last_step_stores_nothing(make_project):
    folder = make_project(TEXTS)
    cancel = []
    with Store.open(folder) as store:
        report = suggest_documents(store, model=choose(store, "seed").suggester,
                                   progress=lambda _d, _t, step: step.doing == STORE and cancel.append(1),
                                   cancelled=lambda: bool(cancel))
        assert report.cancelled and store.annotations() == []


def test_a_label_nobody_reviewed_in_a_document_is_not_scored_there(make_project):
    # both documents reviewed for DISTRICT and AMOUNT only: the open PROJECT suggestion of a.txt is
    # neither right nor wrong, so neither the fit nor the cross-validation scores PROJECT (it
    # read as precision 0 before); a document marked done is scored on every label
    from annotator.core.suggest.model.crossval import cross_validate

    open_project = [*SPANS, ("a.txt", 19, 24, "PROJECT", {"status": "suggested"})]
    folder = make_project(TEXTS, open_project)
    with Store.open(folder) as store:
        report = train_project(store, FAST, fit=True)
        for system in ("rules", "model", "both"):
            assert set(report.score[system]["labels"]) <= {"DISTRICT", "AMOUNT"}
        result = cross_validate(store, FAST)
        assert "PROJECT" not in result["rules"]["labels"] and "DISTRICT" in result["rules"]["labels"]
        store.set_document_done(store.document_id_by_name("a.txt"), True)
        result = cross_validate(store, FAST)
        assert result["rules"]["labels"]["PROJECT"]["overlap"]["p"] == 0.0  # done: no PROJECT there
