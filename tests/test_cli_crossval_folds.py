"""`annotator evaluate P --cross-validate` on a project of many documents: one model trained for each
document held out, each on nearly all of them, took time growing with the square of their number (300
reports at 82 s a model: some 7 hours; 3,000: weeks). Over ten documents a tenth is held out at a time:
ten models, every document scored once; up to ten, each alone, as before."""
from __future__ import annotations

import json

import pytest

from annotator.core.suggest.model import crossval
from tests.cli_run import run
from tests.core.conftest import build_project
from tests.core.test_model_suggest import spans_of_names, synthetic_texts


def _project(tmp_path, documents: int):
    base = list(synthetic_texts().values())
    texts = {f"r{i:02d}.txt": base[i % len(base)] + f"\n第{i}号报告。\n" for i in range(documents)}
    return build_project(tmp_path / "p", texts, spans_of_names(texts))


@pytest.mark.parametrize(("documents", "models"), [(12, 10), (4, 4)])
def test_at_most_ten_models_are_trained_and_every_document_is_scored_once(tmp_path, capsys, monkeypatch,
                                                                          documents, models):
    project, trained, taught = _project(tmp_path, documents), [], crossval.model_from

    def counted(docs, params):
        trained.append(len(docs))
        return taught(docs, params)

    monkeypatch.setattr(crossval, "model_from", counted)
    code, out, err = run(capsys, "evaluate", project, "--cross-validate", "--json", "--iterations", "15")
    result = json.loads(out)
    assert code == 0 and len(trained) == models and result["folds"] == models, err
    assert sorted(result["documents"]) == [f"r{i:02d}.txt" for i in range(documents)]
    held = [documents - n for n in trained]  # each document held out once: the groups add up to all of them
    assert sum(held) == documents and max(held) - min(held) <= 1
    gold = sum(len(spans_of_names({"x": t})) for t in (synthetic_texts()[f"d{i % 3}.txt"] for i in range(documents)))
    assert result["both"]["overall"]["overlap"]["gold"] == gold


def test_the_text_says_how_the_documents_were_held_out(tmp_path, capsys):
    project = _project(tmp_path, 12)
    code, out, _ = run(capsys, "evaluate", project, "--cross-validate", "--iterations", "15")
    assert code == 0 and out.startswith("10-fold (every 10th document held out together, in turn) over 12 document(s)")
