"""A document with no sentence end for a long way (a 400,000-character report pasted as one
paragraph, an OCR text without 。): the ``sentence`` column of every row held the whole document,
so the CSV of 9,600 amounts in such a report was 10 GB (the workbook cut each cell at Excel's
limit, 32,767 characters). A sentence longer than ``LONGEST`` is shown as the stretch of it
around the span, marked … where it was cut."""
from __future__ import annotations

import csv

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.export.sentences import LONGEST, Sentences
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

PIECE = "厦门市湖里区今年投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业，"


def test_a_sentence_of_a_whole_long_document_is_cut_around_each_span(tmp_path):
    text = (PIECE * 9600)[:400_000]
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "oneline.txt", "t", text, sha256(text), char_count=len(text)))
        starts = [i * len(PIECE) + PIECE.index("55.1亿元") for i in (0, 4000, 9000)]
        for start in starts:
            store.add_annotation(doc.id, start, start + 6, "AMOUNT", value={"yuan": 5_510_000_000})
        export(store, tmp_path / "out.csv")
        export(store, tmp_path / "out.xlsx")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    sheet = list(load_workbook(tmp_path / "out.xlsx", read_only=True)["Annotations"].values)
    cells = [r[sheet[0].index("sentence")] for r in sheet[1:]]
    assert [r["text"] for r in rows] == ["55.1亿元"] * 3
    for sentence in [r["sentence"] for r in rows] + cells:
        assert len(sentence) <= LONGEST + 2 and "55.1亿元" in sentence
    assert rows[0]["sentence"].startswith("厦门市湖里区今年投资55.1亿元") and rows[0]["sentence"].endswith("…")
    assert rows[1]["sentence"].startswith("…") and rows[1]["sentence"].endswith("…")
    assert (tmp_path / "out.csv").stat().st_size < 100_000


def test_a_sentence_of_ordinary_length_is_shown_whole():
    text = "第一句。" + "推进城市更新，" * 100 + "投资3亿元。第三句"
    sentences = Sentences(text)
    start = text.index("3亿元")
    assert sentences.shown(start, start + 3) == text[4:text.index("。", 5) + 1]
    assert sentences.shown(len(text) - 1, len(text)) == "第三句"
