"""A PDF whose paragraphs are parted by space above them, not by an indent (LibreOffice's export of a
web page, many a CMS's PDF): a sentence that ends at the column's edge ends no paragraph. Before,
four of the paragraphs of tests/data/pdf/spaced_paragraphs.pdf (three pages of the opening of the
2024 work report of 滨州市, LibreOffice, font programs removed: its README) came in cut in two
where 。 fell at a line's end; the lines drawn a paragraph's space below the line above now open a
paragraph (``pdf_marks.mark_spaced``) and the re-flow reads the text as one that marks them all."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.imports.documents import read_file, reflowed
from annotator.core.imports.pdf_layout import Line
from annotator.core.imports.pdf_marks import mark_spaced

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "spaced_paragraphs.pdf"


@pytest.mark.parametrize(("opens", "ends"), [
    ("——基础支撑实现突破性进展。", "主城区高速环城和“县县双高速”交通格局加速形成。"),
    ("（一）政联企、齐攻坚，经济发展提质增效。", "预计社会消费品零售总额增长10%以上。"),
    ("（四）抓改革、促开放，发展潜能提劲加力。", "561件高频事项下沉乡村，群众办事更便利。"),
    ("（六）办实事、惠民生，保障水平提优向好。", "意识形态等“一排底线”更加牢固。"),
])
def test_a_paragraph_whose_sentence_ends_at_the_edge_comes_in_whole(opens, ends):
    read, flowed = reflowed(PDF, read_file(PDF))
    assert flowed is not None and flowed.changed
    (paragraph,) = [line for line in read.text.split("\n") if line.startswith(opens)]
    assert paragraph.endswith(ends)


def test_the_space_above_a_line_marks_it_where_the_lines_are_otherwise_set_close():
    pitch = 17.2
    ys = [800.0, 800 - pitch, 800 - 2 * pitch, 800 - 2 * pitch - 31.4, 800 - 3 * pitch - 31.4, 800 - 4 * pitch - 31.4]
    lines = [Line(f"第{i}行文字", y, 12.0, [], x=56.8) for i, y in enumerate(ys)]
    mark_spaced(lines)
    assert [line.opens for line in lines] == [False, False, False, True, False, False]
    heading = [Line("标题", 800.0, 16.0, [], x=56.8), *lines[1:]]  # another size above: not compared
    for line in heading:
        line.opens = False
    mark_spaced(heading)
    assert [line.opens for line in heading] == [False, False, False, True, False, False]


def test_a_comma_hung_into_the_margin_follows_its_word_without_a_space():
    """LibreOffice hangs a justified line's closing ， into the right margin and draws it apart: it was read
    after a space (的厚重答卷 ，品质滨州), which no Chinese text holds; the comma is kept, the space goes."""
    read, _flowed = reflowed(PDF, read_file(PDF))
    assert "的厚重答卷，品质滨州" in read.text and " ，" not in read.text
