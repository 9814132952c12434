"""A long PDF's font is read once, not once a page (core/imports/pdf_fonts.py): a Chinese report's
font maps every character of the document and all its pages use it; pypdf read its map again for
each page, two thirds of a PDF's import time (benchmarks/bench_import_formats.py)."""
from __future__ import annotations

import pytest

from annotator.core.imports.documents import read_file
from annotator.core.imports.pdf import read_pdf
from tests.pdf_files import text_pdf, wrapped_pages

_font = pytest.importorskip("pypdf.generic._font")


def _counted(monkeypatch) -> list[int]:
    """How many times pypdf reads a font's encoding and ToUnicode map (it does once a font it reads)."""
    reads = [0]
    original = _font.get_encoding

    def get_encoding(font):
        reads[0] += 1
        return original(font)

    monkeypatch.setattr(_font, "get_encoding", get_encoding)
    return reads


def test_a_long_pdfs_font_is_read_once_for_all_its_pages(tmp_path, monkeypatch):
    text = "\n".join(f"第{i}段：全市地区生产总值增长百分之{i}，投资{i * 7}亿元。" * 3 for i in range(200))
    path = text_pdf(tmp_path / "long.pdf", wrapped_pages(text))
    reads = _counted(monkeypatch)
    doc = read_file(path)
    assert "第0段：" in doc.text and "投资1393亿元。" in doc.text.replace("\n", "")
    assert reads[0] == 1, f"the one font was read {reads[0]} times for a PDF of its pages"


def test_each_pdf_reads_its_fonts_afresh(tmp_path, monkeypatch):
    """The fonts read are the file's: a second PDF (another map of other characters) is read with its own."""
    first = text_pdf(tmp_path / "a.pdf", [["滨州市政府工作报告"], ["黄河三角洲"]])
    second = text_pdf(tmp_path / "b.pdf", [["河池市政府工作报告"], ["巴马长寿之乡"]])
    reads = _counted(monkeypatch)
    assert "黄河三角洲" in read_pdf(first) and "巴马长寿之乡" in read_pdf(second)
    assert reads[0] == 2
