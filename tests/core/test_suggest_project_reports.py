"""PROJECT rules for the language of real government work reports (issue 13): one test per
rule, on short sentences in the style of such reports (not taken from the gold texts)."""
from annotator.core.suggest.project import ProjectSuggester


def texts(text):
    out = ProjectSuggester().suggest(text)
    for s in out:
        assert s.text == text[s.start:s.end]
    return [s.text for s in out]


def test_titled_programme_after_its_launching_verb():
    got = texts("深入实施夜间消费提质行动。加快实施农机手技能提升工程，实施青年农场主培育计划"
                "和小农户带动工程。")
    assert got == ["夜间消费提质行动", "农机手技能提升工程", "青年农场主培育计划", "小农户带动工程"]


def test_no_programme_from_set_labels_plans_or_kinds_of_works():
    assert texts("实施提振消费五大行动，深入实施天然气增储上产三年行动计划。") == []
    assert texts("投入500万元实施智慧安防工程，实施城市更新行动。") == []


def test_generic_kinds_of_school_hospital_zone_and_platform():
    assert texts("实施乡村小规模学校和乡镇寄宿制学校建设，推进公立医院综合改革，"
                 "支持工业集中区提档升级，鼓励企业入驻电商平台。") == []


def test_verbs_of_report_language_stay_outside_the_name():
    assert texts("抓好恒丰煤化工技改项目建设。") == ["恒丰煤化工技改项目"]
    assert all(not t.startswith("申报") for t in texts("积极申报保税物流中心。"))
    assert all(not t.startswith("网") for t in texts("建成并网光伏扶贫电站12座。"))


def test_year_before_an_event_stays_outside():
    got = texts("承办2021年西部商品交易会。")
    assert got and all(not t.startswith("年") for t in got)


def test_heads_of_zones_resorts_venues_lines_substations_and_fairs():
    got = texts("推进陇南经济技术开发区扩区，加快云岭国际旅游度假区建设，建成定西大剧院。")
    assert got == ["陇南经济技术开发区", "云岭国际旅游度假区", "定西大剧院"]
    assert texts("第三届辽源国际袜交会成功举办。") == ["辽源国际袜交会"]


def test_a_capacity_stands_inside_a_name():
    assert texts("确保大堰110千伏变电站建成投用。") == ["大堰110千伏变电站"]
    got = texts("推进长城果汁年产5万吨果蔬汁生产线建设。")
    assert got == ["长城果汁年产5万吨果蔬汁生产线"]


def test_a_level_or_a_conferring_verb_makes_a_designation():
    assert texts("推动浙江省级旅游度假区创建。") == []
    assert texts("连续六届荣获山西省双拥模范城。") == []
    assert texts("9个项目列入省“双百计划”。") == []


def test_roads_and_rail_by_abbreviation_or_number():
    got = texts("西十高铁、十巫南高速加快推进，天平高速天水段、伊开高速一期建成通车，"
                "福银高速改扩建开工。")
    assert got == ["西十高铁", "十巫南高速", "天平高速天水段", "伊开高速一期", "福银高速改扩建"]
    assert texts("209国道垭子至大川段正式通车。") == ["209国道垭子至大川段"]
    assert texts("经济保持高速增长，实现县县通高速目标。") == []


def test_numbered_sets_and_classes_of_projects_in_quotes():
    assert texts("加快建设“一枢纽三基地一中心”，实施“六项行动”，“三个清单”项目完成投资。") == []
    assert texts("发展“短平快”增收项目。") == []
    assert texts("市区“八路一桥一广场”工程竣工。") == ["“八路一桥一广场”工程"]


def test_listed_items_after_their_investment():
    got = texts("重点推进总投资68亿元的晋阳高速拓宽改造、总投资29亿元的高铁东站等项目。")
    assert got == ["晋阳高速拓宽改造", "高铁东站"]


def test_listed_events_scenic_areas_and_blocks():
    assert texts("先后举办中国商用车论坛、大湾区产业对接大会等活动。") == \
        ["中国商用车论坛", "大湾区产业对接大会"]
    assert texts("大力推进全域旅游，王莽岭、皇城相府等大景区建设扎实推进。") == ["王莽岭", "皇城相府"]


def test_list_items_with_a_note_in_brackets_and_long_items():
    got = texts("三阳川隧道（岷山厂）、天水国际陆港基础设施一期等项目加快建设。")
    assert got == ["三阳川隧道（岷山厂）", "天水国际陆港基础设施一期"]


def test_listed_designations_and_cut_quotations_are_no_projects():
    assert texts("成功争取国土绿化、车路云一体化、交通强国等全国试点示范项目。") == []
    assert texts("累计召开132场“企业接待日”“直播带策”等活动。") == []


def test_a_list_longer_than_a_names_window():
    got = texts("天定高速天水段、三阳川隧道、引洮供水二期配套工程、天水国际陆港基础设施一期、"
                "天水南站新增动车组存车线、甘泉至麦积山旅游公路、清水60兆瓦风电等项目加快建设。")
    assert "天水南站新增动车组存车线" in got and "清水60兆瓦风电" in got


def test_a_character_filed_apart_ends_a_noun_inside_a_name():
    assert texts("推进高端专用车产业园建设。") == ["高端专用车产业园"]


def test_words_that_may_follow_a_name():
    assert texts("太行山机场选址正式获批。") == ["太行山机场"]
    assert texts("关东魁星文化庙会影响力显著提升。") == ["关东魁星文化庙会"]


def test_routes_pipelines_and_terminals_from_place_to_place():
    assert texts("十堰至汉南低空客运航线全省首开。") == ["十堰至汉南低空客运航线"]
    assert texts("晋城至济源城际公交开通运营。") == ["晋城至济源城际公交"]
    assert texts("龙嘉机场辽源城市候机楼投入使用。") == ["龙嘉机场辽源城市候机楼"]
    assert texts("加快城市公交发展，铺设燃气管道。") == []


def test_kinds_of_platform_or_park_listed_are_no_projects():
    assert texts("完善生活服务、休闲娱乐、旅游金融等电商平台。") == []
    # named items sharing one described head stay one span (the guide: "Items sharing one head
    # word in a list stay one span"; the gold of 晋城 and 十堰 cut them so)
    assert texts("加快金翼蛋品、麒鸣肉羊等现代牧业园区建设。") == ["金翼蛋品、麒鸣肉羊等现代牧业园区"]


def test_short_items_share_the_described_head_after_deng():
    assert texts("建强用好汽车、专用车、堰水进京等供应链平台。") == ["汽车、专用车、堰水进京等供应链平台"]
    assert texts("抓好兰花、蓝远、均和等综合物流园区建设。") == ["兰花、蓝远、均和等综合物流园区"]
    # a count, or a head with no description: the items are the projects
    assert texts("推进钟宅、钟山学校等17个教育项目规划建设。") == ["钟宅、钟山学校"]
    assert texts("推进利源精制深加工扩产、均胜汽车零部件等重点项目。") == [
        "利源精制深加工扩产", "均胜汽车零部件"]


def test_list_mates_and_pieces_that_share_a_head():
    assert texts("确保东实大洋电机、大堰220千伏变电站等建成投用。") == ["东实大洋电机", "大堰220千伏变电站"]
    assert texts("深化与深圳、上海离岸科创中心合作。") == ["深圳、上海离岸科创中心"]
    assert texts("启动十堰至西峡、安康天然气管道建设。") == ["十堰至西峡、安康天然气管道"]
    # a common word, a verb or a place with its suffix before the name is no piece of it
    assert texts("建设农贸市场、阿里巴巴辽源产业带。") == ["阿里巴巴辽源产业带"]
    assert texts("建设果珠彝族乡、林口彝族苗族乡卫生院。") == ["林口彝族苗族乡卫生院"]


def test_an_abbreviated_road_first_in_a_list():
    assert texts("开工房五高速、老郧高速等项目。") == ["房五高速", "老郧高速"]


def test_descriptions_phases_and_designations_before_quotes():
    assert texts("支持打造全国最大的甾体药物生产基地。") == []
    assert texts("推进一期建设，启动二期、三期项目。") == []
    assert texts("建成全国“两山”实践创新基地。") == []
    assert texts("历史上最大的民生项目城区引洮供水工程建成通水。") == ["城区引洮供水工程"]


def test_campaigns_and_generic_works_are_no_programmes():
    assert texts("开展扫黑除恶专项行动，启动老旧小区改造工程，实施乡村建设行动。") == []


def test_a_capacity_and_a_kind_make_no_name():
    assert texts("建设5万千瓦光伏电站，开工建设年产5万吨饲料项目。") == []


def test_reached_by_an_expressway_is_no_road():
    assert texts("实现乡乡通高速，推动经济高速发展，5G高速网络覆盖城乡。") == []


def test_a_serial_number_inside_a_name_and_quoted_programmes():
    assert texts("国芯一号智算中心上线运营。") == ["国芯一号智算中心"]
    assert texts("实施“企业上云”专项，推进“太行一号国家风景道”建设。") == \
        ["“企业上云”专项", "“太行一号国家风景道”"]
    assert texts("落实中央一号文件。") == []


def test_numbers_ordinals_and_second_tracks_inside_names():
    assert texts("围头湾港区5号泊位工程开工。") == ["围头湾港区5号泊位工程"]
    assert texts("建设5号泊位工程。") == []
    assert texts("加快晋江市第二水厂扩建工程建设。") == ["晋江市第二水厂扩建工程"]
    assert texts("成昆铁路复线全线贯通。") == ["成昆铁路复线"]


def test_a_name_after_its_investment():
    assert texts("引进总投资50亿元的绿地城市综合体项目。") == ["绿地城市综合体"]


def test_quoted_action_plans_and_generic_stations():
    assert texts("深入实施“236”行动计划，累计建成并网光伏扶贫电站12万千瓦。") == []


def test_theme_years_party_campaigns_and_numbered_sets_in_quotes_are_no_projects():
    assert texts("抓紧抓实“重点项目突破年”行动。") == []
    assert texts("聚焦省委“提高效率、提升效能、提增效益”行动，深入开展工作。") == []
    assert texts("扎实推动“改作风、提效能、促发展、护稳定”八大行动。") == []
    assert texts("园区获评首批四川省“5+1”重点特色园区。") == []


def test_roads_by_their_code():
    assert texts("S20长丰至固始高速公路（霍邱至皖豫省界段）和G328一级公路改建工程进展顺利。") == [
        "S20长丰至固始高速公路（霍邱至皖豫省界段）", "G328一级公路改建工程"]
    assert texts("G350城区连接线建成通车。") == ["G350城区连接线"]


def test_an_idiom_or_a_common_two_character_word_is_no_name():
    assert not any("全力以赴" in t for t in texts("二是全力以赴做实项目服务。"))
    assert texts("发展工业、开发旧城、提升三产。") == []
    assert texts("龙湾湿地公园有序推进。") == ["龙湾湿地公园"]


def test_a_list_that_opens_its_clause_keeps_its_first_name_whole():
    assert texts("工业项目投产，南都新能源、虹润新材料等重点产业项目试产。") == ["南都新能源", "虹润新材料"]


def test_avenues_sluices_and_service_areas_but_not_what_lies_along_them():
    assert texts("麦积山大道西段建成通车，桥亭水闸开工建设。") == ["麦积山大道西段", "桥亭水闸"]
    assert texts("打造紫霄大道沿线夜经济集聚区。") == []


def test_a_name_found_once_is_found_at_its_other_mentions():
    text = "王莽岭、皇城相府等大景区建设扎实推进。加快王莽岭5A级景区创建步伐。"
    assert texts(text) == ["王莽岭", "皇城相府", "王莽岭"]


def test_an_events_edition_stays_outside_its_name():
    assert texts("办好郑州招商大会、首届泽商大会、阳城（国际）陶瓷博览会等活动。") == [
        "郑州招商大会", "泽商大会", "阳城（国际）陶瓷博览会"]


def test_items_said_to_be_built_are_projects_without_a_head():
    assert texts("江右制药、津山口福、雅洁新材等有序推进，站成智造、恒昌机械等建成投产。") == [
        "江右制药", "津山口福", "雅洁新材", "站成智造", "恒昌机械"]
    assert texts("支持驰田、一专、深圳东风等企业抢占市场。") == []


def test_a_voltage_before_a_named_substation():
    assert texts("220kV庐北变电站建设、110kV移湖变电站扩容工程正式启动。") == [
        "220kV庐北变电站", "110kV移湖变电站扩容工程"]
    assert texts("建设5万千瓦光伏电站。") == []


def test_companies_designations_and_numbered_labels_around_lists_and_quotes():
    assert texts("引进鑫联环保科技、吉利控股集团、湖南金荣集团等20户企业入驻园区。") == []
    assert texts("获得国家卫生县城、“中国天然氧吧”、国家园林县城等称号。") == []
    assert texts("孵化基地获评市级“骏马项目”。") == []
    assert texts("深入实施“五好”园区攻坚行动。") == []
