"""DISTRICT: the value of a span no rule proposed (tagged by the model, labelled by hand): the
unit its name means, resolved by the document the way the rules resolve a short form; no code
where the document leaves the name ambiguous. And the codes the program gives are codes the
exports resolve (``divisions``), 台湾省 710000 among them."""
from pathlib import Path

from annotator.core import divisions
from annotator.core.models import Suggestion
from annotator.core.store import Store
from annotator.core.suggest.district import DistrictSuggester
from annotator.core.suggest.district.span_value import in_jurisdiction
from annotator.core.suggest.gazetteer import load_gazetteer
from annotator.core.suggest.model.choice import choose
from annotator.core.suggest.model.suggester import value_of
from annotator.core.suggest.runner import suggest_documents
from annotator.core.suggest.values import value_for

D = DistrictSuggester()


def at(text, name):
    start = text.index(name)
    return start, start + len(name)


def test_a_townships_short_form_held_by_one_unit_gets_that_unit():
    # 阳逻 is only 阳逻街道 (武汉市新洲区); the rules do not propose it here (neither 新洲区 nor
    # 武汉市 is named), but a span tagged as a DISTRICT names that unit
    text = "加强与花湖机场、阳逻港、宁波港等常态化合作，降低物流成本。"
    assert [s.text for s in D.suggest(text)] == ["宁波"]
    assert D.value_of_span(text, *at(text, "阳逻")) == {"name": "阳逻街道", "code": "420117002"}
    text = "龙嘉机场辽源城市候机楼投入使用。"
    assert D.value_of_span(text, *at(text, "龙嘉")) == {"name": "龙嘉街道", "code": "220113012"}


def test_the_model_and_a_label_given_by_hand_get_the_code_too():
    text = "市区新增停车泊位3000个。\n龙嘉机场辽源城市候机楼投入使用。\n"
    start, end = at(text, "龙嘉")
    assert value_of("DISTRICT", text, start, end) == {"name": "龙嘉街道", "code": "220113012"}
    assert value_for("DISTRICT", text, start, end) == {"name": "龙嘉街道", "code": "220113012"}


def test_a_name_of_several_units_is_the_one_the_document_speaks_of():
    # 安吉: 安吉县 (湖州), 安吉街道 (南宁), 安吉乡 (达州)
    text = "湖州市南浔区与长兴、德清协同发展，安吉白茶品牌推广。"
    assert D.value_of_span(text, *at(text, "安吉")) == {"name": "安吉县", "code": "330523"}
    text = "南宁市西乡塘区的安吉片区改造完成。"
    assert D.value_of_span(text, *at(text, "安吉")) == {"name": "安吉街道", "code": "450107004"}


def test_no_code_where_the_document_leaves_the_name_ambiguous_or_names_no_unit():
    text = "安吉白茶品牌推广。"  # three units, nothing to choose between them
    assert D.value_of_span(text, *at(text, "安吉")) == {}
    text = "将军路改造完成。"  # 将军 (将军镇) is an ordinary word: its county must be named
    assert D.value_of_span(text, *at(text, "将军")) == {}
    text = "长三角一体化发展。"  # no unit of that name
    assert D.value_of_span(text, *at(text, "长三角")) == {}
    assert D.value_of_span("", 0, 0) == {}


def test_a_full_name_held_by_one_unit_and_a_proposed_span_keep_their_values():
    text = "厦门市湖里区推进旧城改造。"
    assert D.value_of_span(text, *at(text, "湖里区")) == {"name": "湖里区", "code": "350206"}
    assert value_for("DISTRICT", text, *at(text, "厦门市")) == {"name": "厦门市", "code": "350200"}


def test_every_code_of_the_gazetteer_resolves_in_the_exports_taiwan_without_parents():
    g = load_gazetteer()
    for code in g.codes():
        d = divisions.division(code)
        assert d is not None and d.name == g.unit(code).name, code
    taiwan = divisions.division("710000")
    assert (taiwan.name, taiwan.level, taiwan.province, taiwan.prefecture, taiwan.county) == (
        "台湾省", 1, "台湾省", None, None)
    text = "深化与粤港澳大湾区、台湾等区域的交流合作。"
    assert [(s.text, s.value) for s in D.suggest(text) if s.text == "台湾"] == [
        ("台湾", {"name": "台湾省", "code": "710000"})]


def test_the_workbook_gives_taiwan_its_code_without_units_above_and_says_it_is_no_nbs_code(tmp_path):
    from openpyxl import load_workbook

    from annotator.core.export.formats import export
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document
    from annotator.core.store import Store

    text = "深化与粤港澳大湾区、台湾等区域的交流合作。"
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "a.txt", "a", text, sha256(text), char_count=len(text)))
    for s in D.suggest(text):
        store.add_annotation(doc.id, s.start, s.end, s.label, value=s.value)
    export(store, tmp_path / "out.xlsx")
    store.close()
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)
    rows = list(book["Districts"].iter_rows(values_only=True))
    row = dict(zip(rows[0], next(r for r in rows if "710000" in r), strict=False))
    assert (row["district_name"], row["level"], row["province"], row["prefecture"], row["county"]) == (
        "台湾省", "province", "台湾省", None, None)
    codebook = [r for r in book["Codebook"].iter_rows(values_only=True) if "district_code" in r]
    assert codebook and any("台湾 710000" in str(c) and "GB/T 2260" in str(c) for c in codebook[0])


def test_a_short_form_alone_in_its_line_gets_the_unit_another_line_names():
    # the model's span reads its line first: there 安吉 is any of three units; the document names 安吉县
    text = "湖州市安吉县2018年政府工作报告\n总投资4.6亿美元的敏实集团安吉总部签约落地。\n"
    start, end = at(text, "安吉总部")[0], at(text, "安吉总部")[0] + 2
    line = text.split("\n")[1]
    assert D.value_of_span(line, line.index("安吉"), line.index("安吉") + 2) == {}
    assert value_of("DISTRICT", text, start, end) == {"name": "安吉县", "code": "330523"}
    # a township that is an ordinary word (将军镇) in a report of its county: the county's government
    text = "洪雅县人民政府工作报告\n稳步推进“余坪—将军”万亩产业示范片。\n"
    start = text.index("将军")
    assert value_of("DISTRICT", text, start, start + 2) == {"name": "将军镇", "code": "511423121"}


def test_a_short_form_the_whole_document_leaves_ambiguous_gets_no_code():
    # 桥西: 桥西区 of 石家庄市 and 桥西区 of 张家口市, both in 河北省: the province alone decides nothing
    text = "河北省2023年政府工作报告\n推进桥西片区改造。\n"
    start = text.index("桥西")
    assert value_of("DISTRICT", text, start, start + 2) == {}
    text = "石家庄市2023年政府工作报告\n推进桥西片区改造。\n"
    assert value_of("DISTRICT", text, start + 1, start + 3) == {"name": "桥西区", "code": "130104"}
    # nothing in the document places it: no code
    text = "2018年政府工作报告\n敏实集团安吉总部签约落地。\n"
    start = text.index("安吉")
    assert value_of("DISTRICT", text, start, start + 2) == {}


def test_a_name_the_text_leaves_open_is_the_unit_within_the_documents_jurisdiction():
    model_span = Suggestion(10, 12, "DISTRICT", "安吉", {}, 0.8, "model: DISTRICT p=0.80", "model")
    rule_span = Suggestion(0, 3, "DISTRICT", "湖州市", {"name": "湖州市", "code": "330500"}, 0.9, "gazetteer",
                           "gazetteer")

    def never() -> str:
        raise AssertionError("the jurisdiction is read only for a DISTRICT without a value")

    assert in_jurisdiction([rule_span], never) == [rule_span]
    # 安吉: 安吉县 (湖州), 安吉街道 (南宁), 安吉乡 (达州 宣汉县)
    placed = in_jurisdiction([rule_span, model_span], lambda: "330523")  # a report of 安吉县 itself
    assert placed[0] == rule_span and placed[1].value == {"name": "安吉县", "code": "330523"}
    assert "of the document's jurisdiction" in placed[1].reason
    assert in_jurisdiction([model_span], lambda: "330500")[0].value["code"] == "330523"  # within 湖州市
    assert in_jurisdiction([model_span], lambda: "511722")[0].value == {}  # 宣汉县 holds no 安吉: none
    assert in_jurisdiction([model_span], lambda: "330000")[0].value["code"] == "330523"
    assert in_jurisdiction([model_span], lambda: None) == [model_span]


def test_suggesting_gives_the_models_short_form_the_unit_of_the_jurisdiction_given(make_project):
    # a real excerpt that never names its county (现在，我代表县人民政府): the seed tags 安吉 twice
    path = Path(__file__).resolve().parents[2] / "resources" / "seed_gold" / "A-test" / "04_anji_2018.txt"
    folder = make_project({"anji.txt": path.read_text(encoding="utf-8")})
    with Store.open(folder) as store:
        doc_id = store.document_id_by_name("anji.txt")
        model = choose(store, "seed").suggester
        suggest_documents(store, model=model)
        before = [a for a in store.annotations(doc_id) if a.text == "安吉"]
        assert before and all(not a.value.get("code") for a in before)
        store.set_document_metadata(doc_id, "jurisdiction", "安吉县 330523")
        suggest_documents(store, model=model, replace=True)
        after = [a for a in store.annotations(doc_id) if a.text == "安吉"]
        assert [(a.start, a.value.get("code")) for a in after] == [(a.start, "330523") for a in before]
