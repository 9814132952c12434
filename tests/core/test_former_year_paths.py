"""A former unit's short form (襄樊 of 襄樊市 until 2009: its own name, code null) gets the same value in
every path that computes a DISTRICT value, by the document's year: its metadata's, else its date line's.

Before, only the suggest run gave the suggester the metadata's year (``runner.propose(..., year=)``);
the value of a span relabelled or given new boundaries by hand (``values.value_in_paragraph``, which
reads the span's paragraph, no date line in it), the values of the model's own spans (read on their
line) and the rules the model learns from and is scored with (``training``, ``scoring``) read the
text's own date line: 襄樊 in a 2009 report with no date line got {} there, 襄樊市 from the run."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest.model.crf import Tagged
from annotator.core.suggest.model.suggester import ModelSuggester
from annotator.core.suggest.model.training import featurise, read_documents
from annotator.core.suggest.runner import propose
from annotator.core.suggest.values import value_in_paragraph

XIANGFAN = {"name": "襄樊市", "code": None}
# a report of 2009 with no date line: its year is in the metadata alone; 襄樊 in its second paragraph
TEXT = "政府工作报告\n\n过去一年，全市经济平稳增长。\n襄樊加快建设汽车产业基地，城市面貌一新。\n"
AT = TEXT.index("襄樊")


def test_the_suggest_run_gives_xiangfan_its_former_name_by_the_metadata_year():
    proposed = {(s.start, s.end): s.value for s in propose(TEXT, labels=["DISTRICT"], year=2009)}
    assert proposed[AT, AT + 2] == XIANGFAN
    assert (AT, AT + 2) not in {(s.start, s.end) for s in propose(TEXT, labels=["DISTRICT"])}  # no year: no short form


def test_relabelled_by_hand_xiangfan_gets_the_value_the_suggest_run_gives():
    assert value_in_paragraph("DISTRICT", TEXT, AT, AT + 2, metadata={"year": "2009"}) == XIANGFAN
    assert value_in_paragraph("DISTRICT", TEXT, AT, AT + 2, metadata={"date": "2009-02-20"}) == XIANGFAN
    assert value_in_paragraph("DISTRICT", TEXT, AT, AT + 2, metadata={}) == {}  # no year: no short form
    assert value_in_paragraph("DISTRICT", TEXT, AT, AT + 2, metadata={"year": "2015"}) == {}  # no 襄樊 in 2015


def test_a_date_line_in_another_paragraph_gives_the_year_too():
    dated = "——2009年2月20日在襄樊市第十四届人民代表大会第三次会议上\n" + TEXT
    at = dated.index("襄樊加快")
    assert {(s.start, s.end): s.value for s in propose(dated, labels=["DISTRICT"])}[at, at + 2] == XIANGFAN
    assert value_in_paragraph("DISTRICT", dated, at, at + 2) == XIANGFAN


@pytest.mark.parametrize("year", [2009, None])
def test_the_models_own_span_gets_the_value_by_the_year_given(year):
    model = ModelSuggester(SimpleNamespace(labels=("DISTRICT",)))  # type: ignore[arg-type]  (tagged is given)
    tagged = [Tagged("DISTRICT", AT, AT + 2, 0.9)]
    (combined,) = model.combine(TEXT, [], tagged=tagged, year=year)
    (alone,) = model.suggest(TEXT, [], tagged, year)
    assert combined.value == alone.value == (XIANGFAN if year else {})


def test_the_model_learns_from_and_is_scored_on_the_rules_as_of_the_metadata_year(tmp_path):
    with Store.create(tmp_path / "p") as store:
        doc_id = store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT), metadata={"year": "2009"})).id
        store.add_annotation(doc_id, AT, AT + 2, "DISTRICT", status="accepted", value=XIANGFAN)
        (read,) = read_documents(store)
        assert read.year == 2009
        featurise(read)
        assert {(s.start, s.end): s.value for s in read.rules if s.label == "DISTRICT"}[AT, AT + 2] == XIANGFAN


def test_the_suggest_run_gives_the_model_the_documents_year_for_its_own_spans():
    seen = []

    def combine(text, rules, wanted, tagged=None, year=None, area="", progress=None):
        seen.append(year)
        return []

    model = SimpleNamespace(labels=("DISTRICT",), combine=combine)
    propose(TEXT, labels=["DISTRICT"], model=model, year=2009)  # type: ignore[arg-type]
    propose("——2009年2月20日在襄樊市第十四届人民代表大会第三次会议上\n" + TEXT, labels=["DISTRICT"],
            model=model)  # type: ignore[arg-type]
    propose(TEXT, labels=["DISTRICT"], model=model)  # type: ignore[arg-type]
    assert seen == [2009, 2009, None]
