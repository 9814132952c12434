"""The year column of every export: from the metadata, the date, the title (digits, full-width
digits, Chinese numerals) or the file name."""
from __future__ import annotations

import pytest

from annotator.core.export.meta import year_of
from annotator.core.models import Document


@pytest.mark.parametrize(("title", "metadata", "year"), [
    ("二〇二四年政府工作报告", {}, 2024),  # how official report titles write it
    ("二零二三年工作总结", {}, 2023),
    ("２０２４年政府工作报告", {}, 2024),  # full-width digits, as a Chinese input method types them
    ("海沧区工作报告", {"date": "１９９８年３月"}, 1998),
    ("海沧区工作报告", {"year": "２０２２"}, 2022),
    ("一二三四五", {}, None),  # no 年: not a year
    ("第二〇二四号文件", {}, None),
])
def test_the_year_of_a_document_written_in_chinese_numerals_or_full_width_digits(title, metadata, year):
    """The year column stayed empty for 二〇二四年政府工作报告 and for a date typed as １９９８年."""
    assert year_of(Document(1, "a.txt", title, "", "x", metadata=metadata)) == year


@pytest.mark.parametrize(("name", "title", "year"), [
    ("tianshui_2020.txt", "政府工作报告", 2020),  # the date on the report's second line, the year in the name
    ("2019年海沧区.txt", "政府工作报告", 2019),
    ("tianshui_2020.txt", "2021年政府工作报告", 2021),  # the title first
    ("report-12020.txt", "政府工作报告", None),  # no year standing alone
])
def test_a_title_without_a_year_takes_the_year_of_the_file_name(name, title, year):
    assert year_of(Document(1, name, title, "", "x", metadata={})) == year
