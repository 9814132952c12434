"""The year column of every export: from the metadata, the date, the title (digits, full-width
digits, Chinese numerals), the file name, or a folder named by a year that held the file."""
from __future__ import annotations

import csv

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


@pytest.mark.parametrize(("path", "year"), [
    ("/data/报告/2019/滨州.txt", 2019),  # a collection kept by year
    ("/data/2020年/第一批/滨州.txt", 2020),  # two folders up
    ("C:\\报告\\２０２１年度\\滨州.txt", 2021),  # a project made on Windows, full-width digits
    ("/data/2019/a/b/c/滨州.txt", None),  # more than three folders up: not this file's year
    ("/home/me/pytest-2045/滨州.txt", None),  # a folder not named by a year alone
    ("", None),
])
def test_a_document_without_a_year_of_its_own_takes_that_of_its_folder(path, year):
    # 2019/滨州.txt and 2020/滨州.txt came out with an empty year column
    assert year_of(Document(1, "滨州.txt", "政府工作报告", "", "x", source_path=path, metadata={})) == year


def test_the_documents_own_year_comes_before_its_folders():
    doc = Document(1, "滨州_2018.txt", "政府工作报告", "", "x", source_path="/data/2019/滨州_2018.txt", metadata={})
    assert year_of(doc) == 2018
    assert year_of(Document(1, "滨州.txt", "", "", "x", source_path="/data/2019/滨州.txt",
                            metadata={"year": "2017"})) == 2017


def test_the_facts_table_of_a_collection_by_year_has_each_files_year(tmp_path, capsys):
    from annotator.cli import main

    text = "滨州市投资55.1亿元建设松元产业园。\n"
    for year in ("2019", "2020"):
        (tmp_path / "报告" / year).mkdir(parents=True)
        (tmp_path / "报告" / year / "滨州.txt").write_text(text + year[-1], encoding="utf-8")  # two texts
    project = tmp_path / "p"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(tmp_path / "报告")]) == 0
    assert main(["suggest", str(project), "--model", "none"]) == 0
    assert main(["review", str(project), "--accept"]) == 0
    assert main(["export", str(project), "--table", "facts", "-o", str(tmp_path / "f.csv")]) == 0
    rows = list(csv.DictReader((tmp_path / "f.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert sorted({(r["document"], r["year"]) for r in rows}) == [("2019/滨州.txt", "2019"), ("2020/滨州.txt", "2020")]


@pytest.mark.parametrize(("title", "path", "year"), [
    # an excerpt's first line is a paragraph: its counts are no years (45个国家2000多名嘉宾 gave 2000)
    ("成功举办首届全球旅行商大会，45个国家2000多名中外嘉宾会聚十堰。", "/data/2025/摘录.txt", 2025),
    ("新增就业2000人，城镇新增就业1980余人。", "", None),
    ("投资2030万元建设产业园。", "", None),
    ("全年接待游客2019.5万人次。", "", None),
    ("完成投资1998亿元，增长2010％。", "", None),
    ("2000年以来最好水平", "", 2000),  # a year it is
    ("政府工作报告 2024", "", 2024),
    ("2024政府工作报告", "", 2024),
    ("2024-01-05 政府工作报告", "", 2024),
])
def test_a_count_in_the_first_line_is_no_year(title, path, year):
    assert year_of(Document(1, "摘录.txt", title, "", "x", source_path=path, metadata={})) == year


@pytest.mark.parametrize(("date", "year"), [("2024.01.05", 2024), ("2024.1.5", 2024), ("2023年12月", 2023)])
def test_a_date_written_with_dots_keeps_its_year(date, year):
    assert year_of(Document(1, "a.txt", "政府工作报告", "", "x", metadata={"date": date})) == year
