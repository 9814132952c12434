"""PROJECT rules of the eighth session's second round (precision on real reports): sectors
listed before 等…项目, campaigns named by a numbered label or by slogans joined by 、, titles
conferred on a 现代… park, and roads between two places. Short sentences in the style of
reports, written for these tests (not taken from any gold text)."""
from annotator.core.suggest.project import ProjectSuggester


def texts(text):
    out = ProjectSuggester().suggest(text)
    for s in out:
        assert s.text == text[s.start:s.end]
    return [s.text for s in out]


# -- sectors and kinds of work listed before 等…项目/工程 -------------------------------------

def test_sectors_listed_before_a_count_of_projects_are_no_names():
    assert texts("加快生态养殖、乡村旅游、冷链物流等9个重大项目前期工作。") == []
    assert texts("建设义务教育、基层医疗、公共体育服务和保障性住房等重点项目。") == []
    assert texts("实施退化草原修复、湿地保护、人工造林等生态工程。") == []


def test_kinds_of_trade_cut_into_characters_are_no_names():
    assert texts("加快特色农牧、文化旅游、农村电商等13个重大项目前期工作。") == []


def test_kinds_of_complex_are_no_names_but_a_named_one_is():
    assert texts("带动13万亩田园综合体建设，实施商业综合体项目3个。") == []
    assert texts("建成青溪田园综合体。") == ["青溪田园综合体"]


def test_places_counted_after_a_list_are_no_projects():
    assert texts("先后赴北京、上海、广东等12个省份开展招商活动61次。") == []
    assert texts("组织企业赴德国、日本等5个国家参加展会活动。") == []


def test_named_items_before_a_count_of_projects_are_still_names():
    assert texts("加快青禾制药、云岭光电等9个重大项目建设。") == ["青禾制药", "云岭光电"]
    # one item with a figure of its own is enough (年产5万吨…)
    assert texts("推进特色养殖、年产5万吨饲料等3个项目。") == ["特色养殖", "年产5万吨饲料"]
    # and an item with a head word of its own
    assert "湿地公园" in "".join(texts("推进城市绿化、滨河湿地公园等项目。"))


# -- campaigns named by a numbered label or by slogans --------------------------------------

def test_a_campaign_named_by_a_short_numbered_label_is_a_slogan():
    assert texts("深入实施“三提”行动，扎实开展“六比六赛”活动。") == []
    assert texts("围绕“276”行动方案，开展“五进”专项行动。") == []


def test_a_named_campaign_without_a_number_is_still_a_project():
    assert texts("深入开展“暖企护航”专项行动。") == ["“暖企护航”专项"]
    assert texts("实施“两江四岸”综合整治工程。") == ["“两江四岸”综合整治工程"]


def test_a_quoted_sentence_ending_in_a_head_word_is_no_name():
    assert texts("“服务业是经济转型的加速器”。积极拓展新领域。") == []
    assert texts("建设“创新是第一动力”孵化基地。") == ["“创新是第一动力”孵化基地"]  # quote + head after it


def test_slogans_joined_by_a_list_comma_are_no_names():
    assert texts("开展“引进来、走出去”活动，实施“拆、改、建”专项行动。") == []
    assert texts("“建码头、修铁路、通机场”三项任务全面完成。") == []
    assert texts("加快建设“生态宜居新城、文明和谐小城”。") == []


# -- titles conferred on a park of 现代… -----------------------------------------------------

def test_a_modern_park_conferred_as_a_title_is_a_designation():
    assert texts("成功创成国家现代农业产业园。") == []
    assert texts("湖山现代农业产业园获批省级现代农业产业园。") == ["湖山现代农业产业园"]


def test_modern_stays_inside_a_name():
    assert texts("加快建设临川现代物流城。") == ["临川现代物流城"]


# -- roads between two places ---------------------------------------------------------------

def test_a_road_between_two_places_is_a_name():
    assert texts("杨柳至青石二级公路建成通车。") == ["杨柳至青石二级公路"]
    assert texts("积极申报河口至梨园三级公路项目。") == ["河口至梨园三级公路项目"]


def test_pairs_of_places_sharing_a_road_kind_are_one_span():
    assert texts("城关至白果、石门至双桥三级公路建成投用。") == ["城关至白果、石门至双桥三级公路"]


def test_a_span_of_time_or_a_bare_place_pair_is_no_road():
    assert texts("8时至12时禁止通行，沿公路设置警示牌。") == []
    assert texts("城区至高铁站沿线环境整治完成。") == []
