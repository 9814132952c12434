"""Suggested links: a span nested in a project name, the district governing the clause (not
places merely named in it), the project a sum is for, the jurisdiction as the fallback."""
from __future__ import annotations

from annotator.core import links as rules
from annotator.core.suggest.links import suggest_document_links

CODES = {"十堰市": "420300", "郑州": "410100", "陕西": "610000", "张湾区": "420302", "广东": "440000",
         "湖里区": "350206", "湖里": "350206", "厦门": "350200", "集美": "350211", "灌口镇": None}
NAMES = {"郑州": "郑州市", "陕西": "陕西省", "广东": "广东省", "湖里": "湖里区", "厦门": "厦门市", "集美": "集美区"}


def project_with(make_project, open_store, text, spans, status="accepted"):
    """spans: (label, text, occurrence) found in ``text``, of ``status``; DISTRICT values from CODES."""
    specs, seen, cursor = [], {}, 0
    for label, piece in spans:  # in the order of the text
        start = cursor = text.index(piece, max(cursor, seen.get(piece, 0)))
        seen[piece] = start + 1
        extra = {"status": status}
        if label == "DISTRICT":
            extra["value"] = {"name": NAMES.get(piece, piece), "code": CODES[piece]}
        specs.append(("a.txt", start, start + len(piece), label, extra))
    return open_store(make_project(text, spans=specs))


def resolved(store):
    spans = {a.id: a for a in store.annotations()}
    return {spans[k].text: v for k, v in rules.resolve(store.links(), spans).items()}


def test_a_long_sentence_naming_places_that_are_not_its_subject_links_the_citys_amounts_to_the_city(
        make_project, open_store):
    text = ("——2025年1月7日在十堰市第六届人民代表大会第四次会议上\n\n"
            "今年，十堰市在郑州举办汽车零部件博览会，陕西化工集团炼化项目落户张湾区，"
            "全市完成固定资产投资320亿元，引进广东企业投资85亿元，力争新增规上企业100家。")
    store = project_with(make_project, open_store, text, [
        ("DISTRICT", "十堰市"), ("DISTRICT", "十堰市"), ("DISTRICT", "郑州"), ("DISTRICT", "陕西"),
        ("PROJECT", "陕西化工集团炼化项目"), ("DISTRICT", "张湾区"), ("AMOUNT", "320亿元"),
        ("DISTRICT", "广东"), ("AMOUNT", "85亿元"), ("TARGET", "新增规上企业100家")])
    report = suggest_document_links(store)
    assert report.added and report.documents == 1
    got = resolved(store)
    for fact in ("320亿元", "85亿元", "新增规上企业100家"):
        assert got[fact].district.name == "十堰市", (fact, got[fact])
        assert got[fact].how == "clause" and got[fact].project is None
    # a company named after a province lands in the city: the province never takes it
    assert got["陕西化工集团炼化项目"].district.name == "十堰市"
    assert "outside" in got["陕西化工集团炼化项目"].district_link.reason
    # a second run proposes nothing new
    assert suggest_document_links(store).added == 0


def test_nested_district_project_sums_and_the_jurisdiction(make_project, open_store):
    text = ("湖里区第九届人民代表大会召开\n"
            "推进数字湖里网格化管理服务平台建设，重点推进总投资45亿元的松元产业园。"
            "位于湖里区的金砖创新基地总部项目格外引人关注。该项目总投资55.1亿元。"
            "推进钟宅、钟山学校等17个教育项目，总投资30亿元。全区新增企业200家。")
    store = project_with(make_project, open_store, text, [
        ("DISTRICT", "湖里区"), ("PROJECT", "数字湖里网格化管理服务平台"), ("DISTRICT", "湖里"),
        ("AMOUNT", "45亿元"), ("PROJECT", "松元产业园"), ("DISTRICT", "湖里区"),
        ("PROJECT", "金砖创新基地总部项目"), ("AMOUNT", "55.1亿元"), ("PROJECT", "钟山学校"),
        ("AMOUNT", "30亿元"), ("TARGET", "新增企业200家")])
    suggest_document_links(store)
    got = resolved(store)
    assert got["数字湖里网格化管理服务平台"].how == "nested"
    assert str(got["数字湖里网格化管理服务平台"].district) == "湖里区 350206"
    assert got["45亿元"].project.text == "松元产业园"
    assert got["55.1亿元"].project.text == "金砖创新基地总部项目"
    assert got["30亿元"].project is None  # a total over a list
    assert got["新增企业200家"].how == "jurisdiction" and got["新增企业200家"].district.name == "湖里区"
    for link in store.links():
        assert link.status == "suggested" and link.reason


def test_a_part_headed_by_another_district_takes_that_district(make_project, open_store):
    text = "湖里： 乘势而上\n湖里区完成投资10亿元。\n\n集美： 全面推动\n全年新增企业50家。"
    store = project_with(make_project, open_store, text, [
        ("DISTRICT", "湖里"), ("DISTRICT", "湖里区"), ("AMOUNT", "10亿元"), ("DISTRICT", "集美"),
        ("TARGET", "新增企业50家")])
    suggest_document_links(store)
    got = resolved(store)
    assert got["10亿元"].district.name == "湖里区"
    assert got["新增企业50家"].district.name == "集美区"


def test_a_rejected_suggestion_is_not_proposed_again_and_replace_drops_open_ones(make_project, open_store):
    text = "湖里区第九届人民代表大会召开\n全区新增企业200家。"
    store = project_with(make_project, open_store, text, [("DISTRICT", "湖里区"), ("TARGET", "新增企业200家")])
    suggest_document_links(store)
    (link,) = store.links()
    store.set_link_status([link.id], "rejected")
    assert suggest_document_links(store).added == 0
    store.set_link_status([link.id], "suggested")
    again = suggest_document_links(store, replace=True)
    assert again.removed == 1 and again.added == 1


def test_a_project_naming_several_counties_links_their_common_city_by_its_name_not_its_code(
        make_project, open_store, monkeypatch):
    # hechi_2015: 环江、罗城、天峨等风电项目 gave the link {"name": "451200", "code": "451200"},
    # so the Facts sheet's district_name read 451200 where 河池市 was meant
    for piece, code in {"河池市": "451200", "环江": "451226", "罗城": "451225", "天峨": "451222"}.items():
        monkeypatch.setitem(CODES, piece, code)
    for piece, name in {"环江": "环江毛南族自治县", "罗城": "罗城仫佬族自治县", "天峨": "天峨县"}.items():
        monkeypatch.setitem(NAMES, piece, name)
    text = "——在河池市第四届人民代表大会第五次会议上\n\n加快环江、罗城、天峨等风电项目建设。"
    store = project_with(make_project, open_store, text, [
        ("DISTRICT", "河池市"), ("PROJECT", "环江、罗城、天峨等风电项目"), ("DISTRICT", "环江"),
        ("DISTRICT", "罗城"), ("DISTRICT", "天峨")])
    suggest_document_links(store)
    got = resolved(store)["环江、罗城、天峨等风电项目"]
    assert got.district.code == "451200"
    assert got.district.name == "河池市", got.district
    assert got.district_link.target_id is None  # not the title's 河池市: the unit holding the three named inside
    assert got.district_link.reason == "nested: 环江毛南族自治县, 罗城仫佬族自治县, 天峨县"
