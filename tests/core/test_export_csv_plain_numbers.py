"""The CSV's formula guard leaves a plain number written as text alone: a metadata value ``-1`` (a
wave, a lag), a span's text ``+3``, ``-5.5%``. A spreadsheet reads such a cell as a number, never
as a formula; it was written ``'-1``, so pandas read the CSV's column as text where it read the
workbook's as the number -1, and a merge or a sum on it failed. A text that could run as a formula
(``-2+3``, ``+A1``, ``=1+1``) still gets its ``'``."""
from __future__ import annotations

import pandas as pd

from annotator.core.export import csv, xlsx
from annotator.core.export.csv import safe
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "厦门市今年投资5亿元。"


def test_a_plain_number_is_not_prefixed_a_formula_is():
    assert [safe(v) for v in ("-1", "+3", "-5.5%", "-0.25", "+86")] == ["-1", "+3", "-5.5%", "-0.25", "+86"]
    assert [safe(v) for v in ("-2+3", "+A1", "=1+1", "-1)", "- 1", "-1e3", "+3.", "@1")] == [
        "'-2+3", "'+A1", "'=1+1", "'-1)", "'- 1", "'-1e3", "'+3.", "'@1"]


def test_pandas_reads_a_numeric_metadata_column_alike_from_the_csv_and_the_workbook(tmp_path):
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT), char_count=len(TEXT)))
        store.set_document_metadata(doc.id, "wave", "-1")
        start = TEXT.index("5亿元")
        store.add_annotation(doc.id, start, start + 3, "AMOUNT", value={"yuan": 500_000_000})
        csv.write(store, tmp_path / "facts.csv", table="facts")
        xlsx.write(store, tmp_path / "book.xlsx")
    from_csv = pd.read_csv(tmp_path / "facts.csv")
    from_book = pd.read_excel(tmp_path / "book.xlsx", sheet_name="Facts")
    assert from_csv.meta_wave.tolist() == [-1] == from_book.meta_wave.tolist()
    assert "'" not in (tmp_path / "facts.csv").read_text(encoding="utf-8-sig")
