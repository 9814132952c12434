"""A long document's features are computed a block of lines at a time (``model/blocks.py``): the
rows, and so the model's spans and confidences, are those of the whole document, and the feature
rows held at once stay bounded."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.suggest.model import suggester
from annotator.core.suggest.model.blocks import block_features, blocks
from annotator.core.suggest.model.choice import seed_model
from annotator.core.suggest.model.features import direction_ranges, document_features
from annotator.core.suggest.model.suggester import ModelSuggester, rule_proposals
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
