from annotator.core.suggest.project import ProjectSuggester


def spans(text):
    out = ProjectSuggester().suggest(text)
    for s in out:
        assert s.text == text[s.start:s.end]
        assert s.label == "PROJECT" and s.origin == "project" and s.reason
    return out


def texts(text):
    return [s.text for s in spans(text)]


def test_head_word_project():
    t = "今年将加快建设滨江数字产业园，推动龙湾科技小镇落地。"
    got = texts(t)
    assert any("数字产业园" in g for g in got)
    assert any(g.endswith("科技小镇") for g in got)


def test_verb_not_swallowed():
    t = "区里将加快建设滨江数字产业园。"
    got = spans(t)
    assert got
    assert all(not s.text.startswith(("加快", "建设")) for s in got)


def test_quoted_name_includes_quotes():
    t = "上线运行“智慧江城”平台，提升治理效能。"
    got = texts(t)
    assert "“智慧江城”平台" in got


def test_stoplisted_generic_phrases_never_proposed():
    t = "全力推进城中村改造，启动老旧小区改造，谋划一批PPP项目和重大项目，推进6个市级医院扩建项目。"
    assert spans(t) == []


def test_companies_not_proposed():
    t = "深度对接龙腾集团、海丰公司等知名企业，与省实验室开展合作。"
    assert spans(t) == []


def test_listed_items_are_projects():
    t = "推动青山电子、蓝海新材料等12个产业项目开工建设。"
    got = texts(t)
    assert "青山电子" in got and "蓝海新材料" in got


def test_no_overlaps_and_offsets_with_astral_chars():
    prefix = "😀𠀀测试。"
    t = prefix + "今年将加快建设滨江数字产业园。"
    got = spans(t)
    assert got
    for s in got:
        assert t[s.start:s.end] == s.text
    ordered = sorted(got, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        assert a.end <= b.start


def test_empty_text():
    assert spans("") == []


def test_events_and_zones_without_the_verb_or_the_edition():
    got = texts("办好第二届中原国际汽车文化节，推动江阴临港经济开发区争先进位。")
    assert "中原国际汽车文化节" in got
    assert "江阴临港经济开发区" in got


def test_meetings_are_not_events():
    assert spans("1月8日，广州市番禺区第十七届人民代表大会第五次会议开幕。") == []


def test_institute_as_partner_is_an_organisation():
    assert spans("加强与中国工业互联网研究院合作，赋能企业数字化转型。") == []
    assert "华西精准医学研究院" in texts("与四川大学共建华西精准医学研究院。")


def test_bare_quoted_place_needs_context():
    assert "“滨海智造谷”" in texts("加快“滨海智造谷”建设。")
    assert spans("深化“放管服”改革，全面推行“一网通办”。") == []


def test_companies_listed_as_platform_enterprises_are_not_projects():
    assert spans("支持唯品会等平台企业拓展海外市场。") == []


def test_phase_campus_metro_line_and_bracketed_place():
    got = texts("推动星河智能网联汽车产业园二期、江阴市人民医院城东分院建设，加快广州地铁22号线北延段建设，"
                "办好大湾区（番禺）珠宝首饰博览会。")
    assert "星河智能网联汽车产业园二期" in got
    assert "江阴市人民医院城东分院" in got
    assert "广州地铁22号线北延段" in got
    assert "大湾区（番禺）珠宝首饰博览会" in got


def test_nominal_verbs_and_unknown_names_before_the_head():
    got = texts("光华大道温江段提升改造工程全面完工，加快沙墟一村旧村改造项目建设。")
    assert "光华大道温江段提升改造工程" in got
    assert "沙墟一村旧村改造项目" in got


def test_counted_generic_works_stay_out():
    assert spans("完成老旧小区改造20个，推进城中村改造和PPP项目规范管理，增设20家托班幼儿园。") == []


def test_sector_lists_are_not_projects_and_left_edge_keeps_whole_word():
    from annotator.core.suggest.project import ProjectSuggester
    t = "力争引进生物医药、集成电路等领域项目30个以上。推进厦门自贸片区海沧园区建设。建设以勒工业园区二期。"
    got = [s.text for s in ProjectSuggester().suggest(t)]
    assert "生物医药" not in got and "集成电路" not in got
    assert not any(g.startswith(("区", "贸", "勒")) for g in got)
    assert "以勒工业园区二期" in got


def test_transport_water_and_resettlement_heads():
    got = texts("桐乡至海宁高速公路全线贯通，沪杭高铁嘉兴段完成征地，青龙山水库下闸蓄水，"
                "梅溪街道新桥安置区建成交付，南湖综合客运站投入使用。")
    assert any(g.endswith("桐乡至海宁高速公路") for g in got)
    assert any(g.endswith("高铁嘉兴段") for g in got)
    assert any(g.endswith("青龙山水库") for g in got)
    assert any(g.endswith("安置区") and "新桥" in g for g in got)
    assert any(g.endswith("南湖综合客运站") for g in got)


def test_corridor_and_block_heads():
    got = texts("钱塘江南岸科创走廊基本成形，西湖商圈夜间经济示范街区开街。")
    assert any(g.endswith("科创走廊") and "钱塘江" in g for g in got)
    assert any(g.endswith("西湖商圈夜间经济示范街区") for g in got)


def test_generic_kind_of_work_after_a_proper_name_is_a_project():
    got = texts("城市更新成效明显。丈六沟棚户区改造项目完成征收。")
    assert any(g.endswith("棚户区改造项目") and "沟" in g for g in got)
    assert texts("全力推进棚户区改造项目。") == []


def test_unknown_name_before_a_park():
    got = texts("作物种植28万亩，以达工业园区新入驻企业12家。")
    assert "以达工业园区" in got


def test_hospital_before_its_building_and_numbered_schools():
    got = texts("（五）民生事业全面发展。临江市第三人民医院医技综合楼主体结顶，新建南溪第二实验小学。")
    assert any(g.startswith("临江市第三人民医院") for g in got)
    assert "南溪第二实验小学" in got
    assert any(g.startswith("县中医院") for g in texts("加快县中医院门诊综合楼建设。"))


def test_generic_facilities_and_slogans_are_no_projects():
    assert texts("城乡融合发展，新增公办幼儿园学位5000个。") == []
    assert texts("投入1200万元实施智慧安防工程，全年信访总量下降。") == []
    assert texts("也是本镇打造“国际文旅小城”的关键一年。") == []


def test_adjacent_names_are_one():
    got = texts("产业能级持续提升。滨江科学城三医创新中心建成投用。")
    assert "滨江科学城三医创新中心" in got


def test_quoted_events_counted_lists_and_place_items():
    got = texts("办好“火把节”、“大凉山国际戏剧节”等品牌节会。")
    assert "“火把节”" in got and "“大凉山国际戏剧节”" in got
    got = texts("其中，恒安国际智造总部、七匹狼智能制造基地、盼盼食品中央工厂等"
                "12个总投资超20亿元的产业项目将集中开工。")
    assert "盼盼食品中央工厂" in got and "恒安国际智造总部" in got
    got = texts("喜德县冕山镇、越西县中所镇等一批寄宿制学校投入使用。")
    assert not any(g.endswith("镇") for g in got)
    got = texts("晋江一中新校区、养正中学初中部等9所学校竣工。")
    assert "晋江一中新校区" in got
