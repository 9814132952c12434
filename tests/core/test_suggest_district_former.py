"""DISTRICT: names of former units (上饶县 until 2018, 莱芜市 until 2018, 襄樊市 until 2009) in a report
of their years are DISTRICT spans with their own name and code null, as the annotation guide says;
the table of former units is built from the yearly code tables (scripts/build_former_names.py)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from annotator.core import resources
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest import runner
from annotator.core.suggest.district import DistrictSuggester
from annotator.core.suggest.district.former import metadata_year, parse_rows, text_year

ROOT = Path(__file__).resolve().parents[2]
D = DistrictSuggester()
DATE_2015 = "——2015年1月21日在上饶市第四届人民代表大会第五次会议上\n"


def found(text, year=None):
    return [(s.text, s.value.get("name"), s.value.get("code")) for s in D.suggest(text, year)]


def test_a_report_of_2015_names_former_units_with_code_null():
    text = DATE_2015 + "上饶县、广丰县工业园区建设提速，与莱芜市签订合作协议。"
    got = found(text)
    assert ("上饶县", "上饶县", None) in got
    assert ("莱芜市", "莱芜市", None) in got
    assert not any(t.startswith("上饶") and code == "361100" for t, _, code in got[1:])  # not 上饶市
    # the year from the metadata, where the text has no date line
    assert found("与莱芜市签订合作协议，上饶县工业园区建设提速。", 2015) == [
        ("莱芜市", "莱芜市", None), ("上饶县", "上饶县", None)]


def test_a_report_of_2023_does_not_take_shangrao_county_for_a_unit_of_today():
    text = DATE_2015.replace("2015", "2023") + "原上饶县工业园区建设提速。"
    got = found(text)
    assert [g for g in got if "上饶县".startswith(g[0]) or g[0] == "上饶县"] == [("上饶县", "上饶县", None)]
    assert not any(code == "361100" for t, _, code in got if t != "上饶市")


def test_a_short_form_only_within_its_years_and_never_without_a_year():
    text = "襄樊经济开发区建设提速。"
    assert found(text, 2009) == [("襄樊", "襄樊市", None)]
    assert found(text, 2010) == [("襄樊", "襄樊市", None)]  # the report of 2010 reviews 2009
    assert found(text, 2015) == []
    assert found(text) == []  # no year: no short form of a former unit
    assert found("襄樊市经济开发区建设提速。") == [("襄樊市", "襄樊市", None)]  # its full name: always


def test_a_former_name_that_is_a_unit_today_keeps_todays_handling():
    # 巢湖市 was a prefecture until 2011 and is a county-level city today: its code of today
    assert found("——2010年1月21日在合肥市第十四届人民代表大会上\n巢湖市旅游发展加快。") == [
        ("合肥市", "合肥市", "340100"), ("巢湖市", "巢湖市", "340181")]
    # no name of the table is a unit of today's gazetteer
    today = {line.split("\t")[2] for line in resources.read_text("gazetteer.tsv").splitlines()
             if line.startswith("U\t")}
    assert not {r.name for r in parse_rows(resources.read_text("gazetteer_former.tsv"))} & today


def test_no_former_name_inside_other_words_or_made_of_generic_words():
    got = found(DATE_2015 + "他曾担任县长，济南市区和城市郊区人口增长，莱芜市场繁荣。")[1:]
    assert got[0] == ("济南市", "济南市", "370100")
    assert not [g for g in got if g[0] in ("任县", "南市区", "市区", "市郊区", "莱芜市")]


def test_the_years_of_a_document():
    assert text_year(DATE_2015 + "各位代表") == 2015
    assert text_year("——2014年12月29日在…\n") == 2015  # given at the end of a year: the next year's
    assert text_year("2016年政府工作报告\n各位代表") == 2016
    assert text_year("各位代表：2014年，我们……2015年……") is None
    assert metadata_year({"year": "2015"}) == 2015
    assert metadata_year({"date": "2019-01-15"}) == 2019
    assert metadata_year({"title": "2015"}) is None


def test_suggest_documents_takes_the_year_from_the_metadata(tmp_path):
    store = Store.create(tmp_path / "p")
    try:
        text = "襄樊经济开发区建设提速。"
        store.add_document(Document(None, "a.txt", text[:5], text, sha256(text), metadata={"year": "2009"}))
        store.add_document(Document(None, "b.txt", "", text + "。", sha256(text + "。")))
        runner.suggest_documents(store, labels=["DISTRICT"])
        names = {d.id: d.name for d in store.documents()}
        got = {(names[a.document_id], a.text, a.value.get("code")) for a in store.annotations()
               if a.label == "DISTRICT"}
        assert got == {("a.txt", "襄樊", None)}
    finally:
        store.close()


def _builder():
    spec = importlib.util.spec_from_file_location("build_former_names", ROOT / "scripts" / "build_former_names.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_former_names"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("rerun", [False, True])
def test_the_table_builder_on_a_tiny_folder(tmp_path, rerun):
    src = tmp_path / "data"
    src.mkdir()
    years = {
        1999: "360000 江西省\n361100 上饶市\n361199 旧县\n",
        2000: "360000 江西省\n361100 上饶市\n361121 上饶县\n361122 广丰县\n",
        2001: "360000\t江西省\n361100\t上饶市\n361121\t上饶县\n361103\t广丰区\n369001 直辖市\n",
        2002: "360000 江西省\n361100 上饶市\n361104 广信区\n361103 广丰区\n361130 新县\n",
    }
    for year, text in years.items():
        (src / f"{year}.txt").write_text(text, encoding="utf-8")
    gazetteer = tmp_path / "gazetteer.tsv"
    gazetteer.write_text("# today\nU\t360000\t江西省\t1\t\nU\t361100\t上饶市\t2\t360000\n"
                         "U\t361103\t广丰区\t3\t361100\nU\t361104\t广信区\t3\t361100\n", encoding="utf-8")
    out = tmp_path / "former.tsv"
    builder = _builder()
    assert builder.main([str(src), str(out), "--gazetteer", str(gazetteer)]) == 0
    first = out.read_bytes()
    if rerun:
        assert builder.main([str(src), str(out), "--gazetteer", str(gazetteer)]) == 0
        assert out.read_bytes() == first  # deterministic
    rows = [line.split("\t") for line in first.decode("utf-8").splitlines() if not line.startswith("#")]
    # 旧县 (1999 only) is before the first year; 新县 is in the newest table (a unit created since the
    # gazetteer's edition, not a former one); 直辖市 under the province directly
    assert rows == [["361121", "上饶县", "3", "361100", "2000", "2001"],
                    ["361122", "广丰县", "3", "361100", "2000", "2000"],
                    ["369001", "直辖市", "3", "360000", "2001", "2001"]]


def test_a_former_name_labelled_by_hand_or_by_the_model_gets_its_own_name_with_code_null():
    # a span no rule proposed (the model's, or one the user labels): valued from the span alone and
    # from the whole document, as the guide values a historical name
    text = "——2009年1月5日在会上\n原上饶县城区改造。"
    s = DistrictSuggester()
    i = text.index("上饶县")
    assert s.value_of_span(text, i, i + 3) == {"name": "上饶县", "code": None}
    assert s.value_in_document(text, i, i + 3) == {"name": "上饶县", "code": None}
    assert s.value_of_span(text, i, i + 2) == {"name": "上饶市", "code": "361100"}  # today's unit stays
    assert s.value_of_span("长三角一体化", 0, 3) == {}


def test_former_names_cost_linear_work_in_a_long_document():
    """A long report of older years names former units hundreds of times beside today's: twice the
    text costs twice the work in former.py (its spans were each compared with every span kept: a
    400,000-character report with ~1,000 of them spent 90 ms there, growing with the square)."""
    import work_counts

    from annotator.core.suggest.district import former

    unit = DATE_2015 + "襄樊市湖里区投资建设，上饶县思明区新增企业，与莱芜市集美区签订合作协议。\n"
    watched = Path(former.__file__).resolve()

    def lines(n: int) -> tuple[int, int]:
        text = unit * n
        spans = D.suggest(text, 2015)
        assert sum(s.value.get("code") is None for s in spans) == 3 * n  # the former ones, each found
        return work_counts.count_lines(lambda: D.suggest(text, 2015), lambda path: path == watched), len(spans)

    (one, spans_one), (two, spans_two) = lines(300), lines(600)
    assert spans_two == 2 * spans_one
    assert two <= 2.15 * one, (one, two)


def test_the_plan_year_and_the_names_year_read_one_date_line():
    """The TARGET rules (the plan's year) and the former names (which were in use) read a report's
    date line alike, a report of the 1990s too."""
    from annotator.core.suggest.target.structure import future_year

    for line, year in (("——1998年3月2日在…", 1998), ("——2014年12月29日在…", 2015), (DATE_2015, 2015)):
        assert text_year(line + "\n各位代表") == future_year(line + "\n各位代表") == year
