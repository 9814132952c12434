"""cross_validate_and_keep: the one core path of ``annotator evaluate P --cross-validate`` and the
window's Cross-validate button (read, cross-validate, keep the scores), with progress and cancel."""
from __future__ import annotations

import pytest

from annotator.core.store import Store
from annotator.core.store.trained import load_scores
from annotator.core.suggest.model.crossval import cross_validate_and_keep
from annotator.core.suggest.model.training import MODEL_NAME
from tests.core.test_model_suggest import FAST, spans_of_names, synthetic_texts


@pytest.fixture
def project(tmp_path):
    from tests.core.conftest import build_project

    texts = synthetic_texts()
    return build_project(tmp_path / "p", texts, spans_of_names(texts))


def test_scores_are_kept_with_the_minimum_confidence_and_progress_told(project):
    read, held = [], []
    with Store.open(project) as store:
        done = cross_validate_and_keep(store, FAST, 0.25, progress=lambda i, n, name: held.append((i, n, name)),
                                       reading=lambda i, n, name: read.append((i, n, name)))
    assert done is not None
    result, kept = done
    assert result["documents"] == ["d0.txt", "d1.txt", "d2.txt"] and "min_confidence" not in result
    assert kept["min_confidence"] == 0.25 and kept["both"] == result["both"]
    assert [i for i, _, _ in read] == [0, 1, 2] and held[-1] == (3, 3, "")
    with Store.open(project) as store:
        assert load_scores(store, MODEL_NAME) == kept


def test_cancelled_stops_at_the_next_document_and_keeps_nothing(project):
    held = []
    with Store.open(project) as store:
        done = cross_validate_and_keep(store, FAST, progress=lambda i, n, name: held.append(i),
                                       cancelled=lambda: len(held) >= 1)
        assert done is None and held == [0]  # the second document was never held out
        assert load_scores(store, MODEL_NAME) is None


def test_cancelled_while_reading_holds_nothing_out(project):
    held = []
    with Store.open(project) as store:
        done = cross_validate_and_keep(store, FAST, progress=lambda i, n, name: held.append(i),
                                       cancelled=lambda: True)
        assert done is None and held == [] and load_scores(store, MODEL_NAME) is None
