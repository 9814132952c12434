"""PDF import of pages in columns: a narrow column's line that wraps inside a sentence is joined by
where it ends on the page (at its column's right edge), not by its count of characters alone."""
from __future__ import annotations

from annotator.core.imports.documents import import_files
from annotator.core.imports.pdf import read_pdf
from annotator.core.store import Store
from tests.pdf_files import DATA, column_pages, placed_pdf

SOURCE = (DATA / "hechi_2015.txt").read_text(encoding="utf-8")
PARAGRAPHS = [line.strip() for line in SOURCE.splitlines() if line.strip()]


def _stored(tmp_path, pdf) -> str:
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [pdf]).imported
        return store.document(doc.id).text


def test_a_two_column_pages_indented_first_lines_are_joined_to_the_sentence_they_wrap(tmp_path):
    """A paragraph's first line in a column of 19 characters is indented by two: 17 characters, too
    short for the common width (19) by count, though it reaches the column's edge; it stayed a line
    of its own, breaking its sentence (…大会作政府 / 工作报告…)."""
    pdf = placed_pdf(tmp_path / "columns.pdf", column_pages(SOURCE))
    raw = read_pdf(pdf).splitlines()
    assert "现在，我代表市人民政府向大会作政府" in raw and len(raw) > len(PARAGRAPHS) + 30  # lines as on the page
    assert _stored(tmp_path, pdf).splitlines() == PARAGRAPHS


def test_the_columns_right_edge_is_found_per_column_and_per_page(tmp_path):
    """Three narrower columns over two pages: each column's lines judged by its own right edge."""
    text = "\n".join(PARAGRAPHS * 2)
    pdf = placed_pdf(tmp_path / "three.pdf", column_pages(text, columns=3, width=32, size=10, lines=30))
    assert _stored(tmp_path, pdf).splitlines() == PARAGRAPHS * 2


def test_a_short_line_in_a_column_is_not_joined(tmp_path):
    """A line that ends short of its column's edge (a heading, a paragraph's last line without a
    full stop) keeps its break, though its next line goes on in running text."""
    text = "\n".join(PARAGRAPHS[:4] + ["一、工作回顾", "二〇一四年工作", *PARAGRAPHS[4:]])
    pdf = placed_pdf(tmp_path / "columns.pdf", column_pages(text))
    assert _stored(tmp_path, pdf).splitlines() == PARAGRAPHS[:4] + ["一、工作回顾", "二〇一四年工作", *PARAGRAPHS[4:]]
