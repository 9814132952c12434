"""The same comparison from two sides, on the shared reports: the gold as coder "gold", the
suggestions accepted as they are as coder "suggester" (in a project of their own, merged in).
Agreement's exact F1 per label equals what ``annotator evaluate`` gives for the suggestions
against the gold (the README prints these figures: ``python scripts/team_reports_example.py``)."""
from __future__ import annotations

import pytest
from shared_data import require

from annotator.core.evaluation import evaluate_project
from annotator.core.export.jsonl import gold_lines
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from annotator.core.suggest.runner import suggest_documents
from annotator.core.team.agreement import OVERALL, project_agreement
from annotator.core.team.merge import merge


@pytest.fixture(scope="module")
def sides(tmp_path_factory):
    texts, gold = require("reports", "*.txt"), require("reports", "*.gold.jsonl")
    tmp = tmp_path_factory.mktemp("reports")
    with Store.create(tmp / "suggested") as store:
        import_files(store, texts)
        suggest_documents(store)
        scores = evaluate_project(store, gold, ["suggested"])
        suggestions = tmp / "suggestions.jsonl"
        suggestions.write_text("".join(line + "\n" for line in gold_lines(store, ["suggested"])), encoding="utf-8")
    with Store.create(tmp / "coder") as store:  # a coder who accepts every suggestion as it is
        import_files(store, texts)
        import_annotations(store, [suggestions], annotator="suggester")  # the lines say: suggested
        store.set_status([a.id for a in store.annotations(statuses=["suggested"]) if a.id is not None], "accepted")
    with Store.create(tmp / "team") as store:
        import_files(store, texts)
        import_annotations(store, gold, annotator="gold")
        merge(store, [tmp / "coder"])
        result = project_agreement(store)
    return scores, result


def test_agreement_exact_f1_equals_evaluate_per_label(sides):
    scores, result = sides
    assert result.coders == ("gold", "suggester")
    labels = [label for label in scores["labels"]]
    assert labels
    for label in labels:
        row = result.row(("gold", "suggester"), label)
        exact = scores["labels"][label]["exact"]
        assert row.spans == (exact["gold"], exact["pred"]), label
        assert row.exact == exact["tp"], label
        assert row.exact_f1 == pytest.approx(exact["f1"], abs=5e-5), label
    overall = result.row(("gold", "suggester"), OVERALL)
    assert overall.exact_f1 == pytest.approx(scores["overall"]["exact"]["f1"], abs=5e-5)
    assert overall.documents == len(require("reports", "*.gold.jsonl"))
    # overlap: evaluate matches greedily by the largest shared stretch, agreement takes the largest
    # matching: never fewer pairs
    for label in labels:
        assert result.row(("gold", "suggester"), label).overlap >= scores["labels"][label]["overlap"]["tp"]
    assert all(r.kappa is not None and r.alpha is not None for r in result.rows)
