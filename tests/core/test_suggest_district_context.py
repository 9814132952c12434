"""DISTRICT: what the rest of the document says about a name - the province of the units it
names, the government whose report it is, and a longer name that segmentation cuts."""
from annotator.core.suggest.district import DistrictSuggester

D = DistrictSuggester()


def found(text):
    return [(s.text, s.value["name"], s.value.get("code")) for s in D.suggest(text)]


def names(text):
    return [(t, n) for t, n, _ in found(text)]


def test_a_county_of_the_documents_province_whose_short_form_is_no_common_word():
    # the province named
    assert ("桐乡", "桐乡市") in names("浙江省开化县与桐乡共建科创飞地。")
    # the province of a unit the document names (无锡市, 江苏)
    assert ("睢宁", "睢宁县") in names("无锡市江阴市与睢宁共建工业园。")
    # no province in the document: no county of it
    assert names("与桐乡共建科创飞地。") == []
    # a county of another province
    assert names("安徽省霍山县与桐乡共建科创飞地。") == [("安徽省", "安徽省"), ("霍山县", "霍山县")]


def test_a_common_word_or_a_generic_feature_is_no_county_by_its_province_alone():
    # 同心县 is a county of 宁夏; 同心 is a common word to jieba's dictionary
    assert names("宁夏中宁县上下勠力同心，砥砺奋进。") == [("宁夏", "宁夏回族自治区"), ("中宁县", "中宁县")]
    # 凤凰县 is a county of 湖南; 凤凰 (phoenix) is a person's name to jieba 1,348 times
    assert names("湖南省怀化市栽下梧桐树，引得凤凰来。") == [("湖南省", "湖南省"), ("怀化市", "怀化市")]
    # 南湖区 is a district of 浙江; 南湖 (south lake) is a feature that many cities have
    assert names("浙江省瓯海区加快南湖新城建设。") == [("浙江省", "浙江省"), ("瓯海区", "瓯海区")]


def test_the_government_of_the_report_decides_between_units_of_one_name():
    # 古交 is 古交市 of 太原 and 古交镇 of 新绛县: in the report of 新绛县 it is its township
    report = "现在，我代表新绛县人民政府向大会报告工作。太原市客商考察新绛，古交农贸市场建成。"
    assert ("古交", "古交镇", "140825104") in found(report)
    # without the government's name the tie goes to the higher unit
    plain = "新绛县与太原市合作，古交农贸市场建成。"
    assert ("古交", "古交市", "140181") in found(plain)


def test_the_report_title_names_the_government_too():
    text = "新绛县2024年政府工作报告\n太原市客商考察新绛，古交农贸市场建成。"
    assert ("古交", "古交镇", "140825104") in found(text)
    # a county named elsewhere is no government
    text = "新绛县代表团到太原市考察，古交农贸市场建成。"
    assert ("古交", "古交市", "140181") in found(text)


def test_a_full_name_that_begins_inside_a_name_segmentation_keeps_whole_is_no_name():
    # 上海|城市: not 海城市 (辽宁)
    assert names("上海城市更新持续推进。") == [("上海", "上海市")]
    assert names("浙江省温州市瓯海城市品质提升。")[-1] == ("瓯海", "瓯海区")
    # where segmentation keeps the full name, it stands
    assert names("辽宁省海城市经济稳步增长。") == [("辽宁省", "辽宁省"), ("海城市", "海城市")]
    assert names("山西省晋城市人民政府") == [("山西省", "山西省"), ("晋城市", "晋城市")]
