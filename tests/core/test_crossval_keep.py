"""cross_validate_and_keep: the one core path of ``annotator evaluate P --cross-validate`` and the
window's Cross-validate button (read, cross-validate, keep the scores), with progress and cancel."""
from __future__ import annotations

import pytest

from annotator.core.store import Store
from annotator.core.store.trained import load_scores, under_current_names
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


def test_a_label_renamed_since_is_shown_under_its_new_name(tmp_path):
    """The kept figures name each label as it was then; a label the project added can be renamed since
    (Project › Labels…, ``annotator labels --change NAME --rename 名称``): read for showing, its figures
    come under its name now, found by the id the cross-validation recorded."""
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    texts = synthetic_texts()
    with Store.create(tmp_path / "p") as store:
        store.add_label("NAME", "#7b4ea3", "5", "a made-up project's name")
        ids = {name: store.add_document(Document(None, name, name, text, sha256(text))).id
               for name, text in texts.items()}
        for name, start, end, _label in spans_of_names(texts):
            store.add_annotation(ids[name], start, end, "NAME", status="accepted")
        assert cross_validate_and_keep(store, FAST) is not None
        store.update_label("NAME", new_name="名称")
        kept = load_scores(store, MODEL_NAME)
        assert "NAME" in kept["model"]["labels"]  # as kept
        shown = under_current_names(kept, store.labels())
        for system in ("rules", "model", "both"):
            assert "NAME" not in shown[system]["labels"]
            assert shown[system]["labels"]["名称"] == kept[system]["labels"]["NAME"]
        assert shown["model"]["overall"] == kept["model"]["overall"]
        earlier = {k: v for k, v in kept.items() if k != "label_ids"}  # kept by an earlier version: as kept
        assert under_current_names(earlier, store.labels()) == earlier
