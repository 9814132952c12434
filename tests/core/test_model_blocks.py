"""A long document's features are computed a block of lines at a time (``model/blocks.py``): the
rows, and so the model's spans and confidences, are those of the whole document, and the feature
rows held at once stay bounded; training reads them so too, and learns the same model."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.models import Annotation
from annotator.core.suggest.model import suggester
from annotator.core.suggest.model.blocks import block_features, blocks, line_features
from annotator.core.suggest.model.choice import seed_model
from annotator.core.suggest.model.crf import Example, Params, train
from annotator.core.suggest.model.features import direction_ranges, document_features, lines
from annotator.core.suggest.model.suggester import ModelSuggester, rule_proposals
from annotator.core.suggest.model.training import Document, learn
from tests.memory_peak import traced_peak
from tests.shared_data import shared_files

DEMO = sorted((Path(__file__).resolve().parents[2] / "projects" / "demo").glob("*.txt"))


def long_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in DEMO]
    texts += [p.read_text(encoding="utf-8") for p in shared_files("reports", "*.txt")]
    body = "\n".join(texts)
    while len(body) < 30_000:  # without the shared reports, the demo's texts again: as many lines to cut
        body += "\n" + "\n".join(texts)
    return body + "\n\n  \n最后一行没有换行"  # (imported text holds no \r: normalised)


@pytest.mark.parametrize("size", [1, 700, 5_000])
def test_the_blocks_rows_are_the_whole_documents(size):
    text = long_text()
    model = seed_model()
    vocabulary = model.vocabulary()
    rules = rule_proposals(text)
    whole = document_features(text, rules, vocabulary)
    directions = direction_ranges(text, vocabulary)
    cut = list(blocks(text, rules, size))
    assert len(cut) > (3 if size > 1_000 else 30)
    rows = []
    for start, end in cut:
        assert start == 0 or text[start - 1] == "\n"
        rows += block_features(text, rules, vocabulary, start, end, directions)
        if end < len(text):
            rows.append(whole[end])  # the line break between two blocks: never tagged
    assert rows == whole


def test_a_long_document_is_tagged_in_blocks_with_the_same_spans(monkeypatch):
    """A 400,000-character document held all its feature rows at once (150 MB; 1.6 million
    characters: 600 MB)."""
    text = long_text()
    model = ModelSuggester(seed_model())
    rules = rule_proposals(text)
    monkeypatch.setattr(suggester, "BLOCK_CHARS", 10**9)
    whole, peak_whole = traced_peak(lambda: model.tagged(text, rules))
    monkeypatch.setattr(suggester, "BLOCK_CHARS", 4_000)
    in_blocks, peak = traced_peak(lambda: model.tagged(text, rules))
    assert in_blocks == whole and len(whole) > 300
    assert peak < peak_whole / 3, f"{peak / 2**20:.0f} MB in blocks, {peak_whole / 2**20:.0f} MB at once"


def accepted_across_lines(text: str) -> list[Annotation]:
    """Accepted spans: names ending 省/市/县/区, and one that runs over each tenth line break."""
    spans = [Annotation(None, 1, m.start(), m.end(), "DISTRICT", m.group())
             for m in re.finditer("[\u4e00-\u9fff]{2}[省市县区]", text)]
    breaks = [m.start() for m in re.finditer("\n", text)][::10]
    return spans + [Annotation(None, 1, b - 2, b + 3, "PROJECT", text[b - 2:b + 3]) for b in breaks if b > 2]


def test_training_reads_a_document_in_blocks_that_cut_no_accepted_span_and_learns_the_same_model():
    text = long_text()[:20_000]
    rules = rule_proposals(text)
    accepted = accepted_across_lines(text)
    whole = document_features(text, rules)
    packed = line_features(text, rules, accepted, size=300)
    cuts = list(blocks(text, [*rules, *accepted], 300))
    assert len(cuts) > 20
    assert not [a for a in accepted for _, end in cuts if a.start <= end < a.end]  # no block cuts one
    assert [(start, end, list(map(list, rows))) for start, end, rows in packed] == \
        [(start, end, whole[start:end]) for start, end in lines(text)]
    spans = {"DISTRICT": [(a.start, a.end) for a in accepted if a.label == "DISTRICT"],
             "PROJECT": [(a.start, a.end) for a in accepted if a.label == "PROJECT"]}
    fast = Params(max_iterations=5)
    by_lines = train([Example(packed, spans, set(spans))], spans, fast)
    at_once = train([Example(whole, spans, set(spans), list(lines(text)))], spans, fast)
    assert by_lines.layers == at_once.layers and set(by_lines.layers) == {"DISTRICT", "PROJECT"}


def test_a_long_document_is_learned_from_holding_its_rows_packed():
    """Training on a document of 400,000 characters held every row of it as a list (and crfsuite's
    items of each line, beside): 175 MB; a block at a time, packed, 90 MB."""
    body = long_text()
    text = "\n".join([body] * (400_000 // len(body) + 1))[:400_000]
    accepted = [a for a in accepted_across_lines(text) if a.label == "DISTRICT"]  # one layer: quick
    learn([Document(1, "short", body[:3_000], [("me", accepted[:3])])], Params(max_iterations=1))  # jieba loaded
    (model, _), peak = traced_peak(lambda: learn([Document(1, "long", text, [("me", accepted)])],
                                                 Params(max_iterations=1)))
    assert model.labels == ("DISTRICT",)
    assert peak < 120 * 2**20, f"{peak / 2**20:.0f} MB"
