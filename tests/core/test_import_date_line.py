"""A report's date line (——2024年1月15日在滨州市第十二届人民代表大会第三次会议上) gives the document's
``date`` on import: the document list and the exports' date column show the day the report was
given without a ``--meta date=`` per file. Digits full-width or Chinese numerals read the same;
a date given at import wins; a text without such a line gets no date."""
from __future__ import annotations

import pytest
from shared_data import missing_reason, shared_files

from annotator.core.date_line import date_line_day, date_line_year
from annotator.core.export.meta import year_of
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

REPORTS = shared_files("reports", "*.txt")
BODY = "\n\n市长 某某\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作。\n"


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "project")
    yield s
    s.close()


def _imported_date(store: Store, path) -> str | None:
    report = import_files(store, [path])
    assert not report.failed, report.failed
    return store.document(report.imported[0].id).metadata.get("date")


@pytest.mark.parametrize("line,day", [
    ("——2024年1月15日在滨州市第十二届人民代表大会第三次会议上", "2024-01-15"),
    ("——２０１５年１月２１日在河池市第三届人民代表大会第六次会议上", "2015-01-21"),
    ("——二〇一五年一月二十一日在河池市第三届人民代表大会第六次会议上", "2015-01-21"),
    ("（二○一四年十二月二十九日在某市第七届人民代表大会第四次会议上）", "2014-12-29"),
])
def test_the_date_line_is_the_documents_date(store, tmp_path, line, day):
    path = tmp_path / "report.txt"
    path.write_text("政府工作报告\n\n" + line + BODY, encoding="utf-8")
    assert _imported_date(store, path) == day


def test_a_date_given_at_import_wins_and_a_text_without_a_date_line_gets_none(store, tmp_path):
    given = tmp_path / "given.txt"
    given.write_text("——2024年1月15日在滨州市第十二届人民代表大会第三次会议上" + BODY, encoding="utf-8")
    report = import_files(store, [given], metadata={"date": "2023-12-28"})
    assert store.document(report.imported[0].id).metadata == {"date": "2023-12-28"}  # no year of another date
    plain = tmp_path / "plain.txt"
    plain.write_text("湖里区2024年1月15日召开会议，投资55.1亿元建设松元产业园。\n", encoding="utf-8")  # no 在 after 日
    assert _imported_date(store, plain) is None


def test_a_report_given_in_december_is_of_the_next_year_as_its_title_would_say(store, tmp_path):
    """——2014年十二月 gives the plan of 2015: the exports' year is 2015 (before the date was stored
    it came from a title 2015年政府工作报告; the date's own year would say 2014)."""
    path = tmp_path / "report.txt"
    line = "——2014年12月29日在某市第七届人民代表大会第四次会议上"
    path.write_text("2015年政府工作报告\n\n" + line + BODY, encoding="utf-8")
    report = import_files(store, [path])
    doc = store.document(report.imported[0].id)
    assert doc.metadata == {"date": "2014-12-29", "year": "2015"}
    assert year_of(doc) == 2015
    typed = tmp_path / "typed.txt"
    typed.write_text("——2014年12月29日在某市第七届人民代表大会第四次会议上" + BODY, encoding="utf-8")
    report = import_files(store, [typed], metadata={"year": "2014"})
    assert store.document(report.imported[0].id).metadata == {"date": "2014-12-29", "year": "2014"}  # given wins


def test_a_day_that_does_not_exist_is_no_date_and_december_plans_for_the_next_year():
    assert date_line_day("——2015年2月30日在某市人民代表大会上") is None
    assert date_line_year("——2014年12月29日在某市人民代表大会上") == 2015
    assert date_line_year("——二〇一四年十二月二十九日在某市人民代表大会上") == 2015
    assert date_line_year("——2015年1月21日在某市人民代表大会上") == 2015


@pytest.mark.skipif(not REPORTS, reason=missing_reason("reports", "*.txt"))
def test_each_shared_report_gets_its_day_and_the_year_export_gives_stays_its_own(store):
    report = import_files(store, REPORTS)
    assert not report.failed, report.failed
    days = {d.name.removesuffix(".txt"): store.document(d.id).metadata.get("date") for d in report.imported}
    assert days["binzhou_2024"] == "2024-01-15" and days["hechi_2015"] == "2015-01-21"
    assert all(days.values()), days  # tianshui_2020 holds its date line under the title, the others on line 1
    for d in report.imported:
        doc = store.document(d.id)
        assert year_of(doc) == int(doc.name.removesuffix(".txt")[-4:])
