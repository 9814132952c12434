"""The model's step of a suggest run moves the bar a block of a long document at a time (the bar stood
still for 2.3–2.9 s on a 400,000-character report while the model tagged it), through both passes of the
stacked seed, and a cancel is heard there; the spans and confidences stay as they were."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.imports.text import sha256, title_of
from annotator.core.models import Document
from annotator.core.progress import MODEL, STORE, Step
from annotator.core.store import Store
from annotator.core.suggest.model import suggester as suggester_module
from annotator.core.suggest.model.blocks import blocks
from annotator.core.suggest.model.choice import seed_model
from annotator.core.suggest.model.suggester import MODEL_ONLY, ModelSuggester, rule_proposals
from annotator.core.suggest.runner import propose, suggest_documents

SENTENCE = "厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。\n"
TEXT = SENTENCE * 250  # 10,500 characters: six blocks of about 2,000
BLOCK = 2000


@pytest.fixture
def made(monkeypatch) -> list[int]:
    """Blocks of about 2,000 characters (a document of 50,000 or more has blocks of 50,000); the starts
    of the blocks whose features were made so far."""
    monkeypatch.setattr(suggester_module, "BLOCK_CHARS", BLOCK)
    starts: list[int] = []
    real = suggester_module.block_features

    def counted(*args):
        starts.append(args[3])
        return real(*args)

    monkeypatch.setattr(suggester_module, "block_features", counted)
    return starts


@pytest.fixture
def store(tmp_path: Path):
    with Store.create(tmp_path / "project") as s:
        doc = s.add_document(Document(None, "long.txt", title_of(TEXT), TEXT, sha256(TEXT)))
        assert doc.id is not None
        yield s


def model() -> ModelSuggester:
    seed = seed_model()
    assert seed.stacked  # two passes over the blocks: stage 1, then the stacked layer
    return ModelSuggester(seed, model_only=MODEL_ONLY)


def test_the_bar_moves_on_through_the_models_step_a_block_at_a_time(store, made):
    n = len(list(blocks(TEXT, rule_proposals(TEXT), BLOCK)))
    assert n >= 4
    seen: list[tuple[int, Step, int]] = []  # (thousandths, step, blocks whose features were made by then)
    report = suggest_documents(store, progress=lambda done, total, step: seen.append((done, step, len(made))),
                               model=model())
    assert report.added > 0 and len(made) == n
    during = [(done, count) for done, step, count in seen if step.doing == MODEL]
    values = [done for done, _count in during]
    # the step's start, then after each block of each pass: in order, each further on than the one before
    assert len(values) == 1 + 2 * n and values == sorted(set(values))
    assert any(0 < count < n for _done, count in during)  # heard while the model was still reading the document
    stored = next(done for done, step, _count in seen if step.doing == STORE)
    assert values[0] < values[n] < values[-1] <= stored  # the first pass, then the second, before storing
    assert store.annotations(store.documents()[0].id)


def test_the_models_progress_leaves_its_spans_and_confidences_as_they_were(made):
    suggester = model()
    heard: list[float] = []
    quiet = propose(TEXT, model=suggester)
    told = propose(TEXT, model=suggester, step=lambda fraction, doing, labels: heard.append(fraction))
    assert told == quiet and any("model" in s.reason for s in told)  # the model's confidences among them
    assert len(heard) > 2 * len(list(blocks(TEXT, rule_proposals(TEXT), BLOCK)))


def test_a_cancel_during_the_models_step_is_heard_at_the_next_block(store, made):
    steps: list[Step] = []
    model_said = lambda: sum(step.doing == MODEL for step in steps)  # noqa: E731
    report = suggest_documents(store, progress=lambda done, total, step: steps.append(step), model=model(),
                               cancelled=lambda: model_said() >= 2)  # after the model's first block
    assert report.cancelled and report.added == 0
    assert store.annotations(store.documents()[0].id) == []
    assert len(made) == 2  # the block after the one it was cancelled in was not read: the model stopped there
