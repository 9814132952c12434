"""What a researcher reading every export with pandas found (the second export QA pass): the
year in the JSON exports' ``meta`` a number, as in the tables."""
from __future__ import annotations

import json

import pytest

from annotator.core.export.formats import export

TEXTS = {"given.txt": "湖里区投资55.1亿元。", "r2021.txt": "2021年思明区政府工作报告\n思明区投资3亿元。"}
SPANS = [("given.txt", 0, 3, "DISTRICT", {"value": {"code": "350206"}}),
         ("r2021.txt", 14, 17, "DISTRICT", {"value": {"code": "350203"}})]


@pytest.fixture
def store(make_project, open_store):
    store = open_store(make_project(TEXTS, SPANS))
    store.set_document_metadata(store.document_id_by_name("given.txt"), "year", "2024")  # as --meta year=2024
    store.set_document_metadata(store.document_id_by_name("r2021.txt"), "source", "厦门日报")  # year: its title's
    return store


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "doccano-relations"])
def test_the_year_in_the_json_exports_is_a_number_whether_given_or_read_off_the_title(store, tmp_path, fmt):
    """``meta.year`` was the text "2024" for a year given with --meta (the store keeps it as text) but the
    number 2021 for one read off the title, so pandas' ``json_normalize`` gave a column of both; the
    tables and ``annotator documents --json`` give numbers."""
    out = tmp_path / "out.jsonl"
    export(store, out, fmt)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    years = {line.get("doc", line.get("name")): line["meta"]["year"] for line in lines}
    assert years == {"given.txt": 2024, "r2021.txt": 2021}
    assert all(type(y) is int for y in years.values())
