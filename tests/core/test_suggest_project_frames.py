"""PROJECT rules that read the frame of a sentence (the round of the 75 real excerpts): hosted
events, the subject of a construction predicate, lists with a PDF's spaces or a size, roads
and stations listed, zones, slogans and titles. Short sentences in the style of reports,
written for these tests (not taken from any gold text)."""
from annotator.core.suggest.project import ProjectSuggester


def texts(text):
    out = ProjectSuggester().suggest(text)
    for s in out:
        assert s.text == text[s.start:s.end]
    return [s.text for s in out]


# -- events after a hosting verb ---------------------------------------------------------

def test_a_hosted_event_is_named_without_its_edition():
    assert texts("成功举办第六届青梅文化节。") == ["青梅文化节"]
    assert texts("承办二十届市运会，反响良好。") == ["市运会"]
    assert texts("成功举办首届东湖龙舟锦标赛暨全国邀请赛。") == ["东湖龙舟锦标赛暨全国邀请赛"]


def test_hosted_meetings_need_a_proper_name():
    assert texts("成功承办中国—东盟商务部长级会议和城乡融合推介会。") == ["中国—东盟商务部长级会议"]


def test_kinds_of_events_are_no_names():
    assert texts("举办各类文化节，承办全国性会议十余次。") == []
    assert texts("举办富有乡土特色的美食节、购物节。") == []


# -- the subject of a construction predicate -----------------------------------------------

def test_the_subject_of_a_construction_predicate_is_a_project():
    assert texts("停工两年的桐溪一号二期全面复工，柳湾南互通开工建设。") == ["桐溪一号二期", "柳湾南互通"]


def test_a_kind_or_a_count_before_the_predicate_is_no_project():
    assert texts("城市功能加快完善，8座新建过街天桥全部投入使用。") == []
    assert texts("各项重点工作稳步推进。") == []


def test_a_completed_works_name_that_begins_the_clause():
    assert texts("去年，排水管网提升工程顺利完工。") == ["排水管网提升工程"]
    assert texts("去年，民生工程顺利完工。") == []


# -- lists -------------------------------------------------------------------------------

def test_a_count_after_deng_with_spaces_or_a_size():
    assert texts("总投 资 20 亿元的华祥纺织、明泰铝材等 6 个项目开工建设。") == ["华祥纺织", "明泰铝材"]
    assert texts("其中金石智造、博远光电等3个5亿元以上重大产业项目落地。") == ["金石智造", "博远光电"]


def test_roads_and_stations_listed_by_name():
    assert texts("打通了滨江路北段、青山复线等骨干道路。") == ["滨江路北段", "青山复线"]
    assert texts("望湖站、梅林站等4个地下站点主体结构完工。") == ["望湖站", "梅林站"]
    assert texts("推进文化、旅游等重点道路建设。") == []


# -- zones ----------------------------------------------------------------------------

def test_a_zone_being_built_but_not_an_area_the_dictionary_knows():
    assert texts("城北新区启动建设，河西商务区加快推进。") == ["城北新区", "河西商务区"]
    assert texts("浦东新区加快发展。") == []
    assert texts("湘南新区2024年工作报告") == []


# -- slogans, titles and labels -----------------------------------------------------------

def test_a_quotation_followed_by_a_slogan_word_holds_no_name():
    assert texts("深入实施“工业新区、生态名城”战略。") == []
    assert texts("瞄准建成“湘西北商贸物流中心城”目标。") == []


def test_titles_conferred_or_given_in_batches():
    assert texts("成功创建“省级特色文化产业示范园区”。") == []
    assert texts("青枫谷康养中心获批“第二批全国康养示范基地”。") == ["青枫谷康养中心"]
    assert texts("先后获得“全国综合改革试点城市”、“中国五金制造基地”等称号。") == []


def test_numbered_labels_with_hao_are_no_names():
    assert texts("深入实施招商引资“一号工程”。") == []


def test_a_name_before_a_quotation_makes_it_a_project():
    assert texts("总投资8亿元的龙泉“云上茶乡”项目正式投产。") == ["龙泉“云上茶乡”项目"]
    assert texts("新开工“双百”项目12个。") == []


# -- a place rated an A-level scenic area (ninth session) ----------------------------------

def test_a_place_rated_or_being_rated_an_a_level_scenic_area():
    assert texts("全县旅游持续升温;青岩寨抗战纪念园获评国家4A级旅游景区。") == ["青岩寨抗战纪念园"]
    assert texts("加大凤栖峡谷风景区5A级创建,完善配套。") == ["凤栖峡谷风景区"]
    assert "柳溪窑址" in texts("石门古村、柳溪窑址荣膺4A级景区。")
    assert texts("和顺侨乡获评国家5A级旅游景区。") == ["和顺侨乡"]  # 和 begins a name, joins no list here


def test_a_count_an_aim_or_a_clause_before_the_rating_is_no_name():
    assert texts("新增3个国家4A级景区。") == []
    assert texts("打造4A级旅游景区。") == []
    assert texts("龙脊山游客人次居全市5A级景区首位。") == []


def test_ascii_brackets_between_chinese_words_read_as_full_width():
    assert texts("外联通道加快打通，桐乡(濮院)机场落地建成。") == ["桐乡(濮院)机场"]
    assert texts("外联通道加快打通，桐乡（濮院）机场落地建成。") == ["桐乡（濮院）机场"]


# -- expos known by a character or two and 博会/洽会/贸会 --------------------------------------

def test_a_shortened_expo_is_an_event_hosted_or_not():
    assert texts("侨商回归2万人。茶博会、药博会亮点纷呈。") == ["茶博会", "药博会"]
    assert texts("组团参加进博会、服贸会。") == ["进博会", "服贸会"]
    assert texts("成功举办第三届农博会。") == ["农博会"]


def test_a_crossing_or_a_preposition_before_expo_is_no_name():
    assert texts("两条铁路交会处建设枢纽。") == []
    assert texts("展品在博会上展出。") == []


# -- facilities named by a place and 工业园, 灌区, 滑雪场, 农贸市场, 停车场 -----------------------

def test_a_named_park_canal_or_market_is_a_project():
    assert texts("龙泉工业园新入驻企业5家。") == ["龙泉工业园"]
    assert texts("建成青峰滑雪场。") == ["青峰滑雪场"]
    assert texts("启动城南农贸市场建设。") == ["城南农贸市场"]


def test_kinds_of_such_facilities_are_no_names():
    assert texts("加快大型灌区续建配套。") == []
    assert texts("改造提升农贸市场12个，新建停车场3处。") == []
    assert texts("建设县工业园区。") == []


# -- a phase after a weak head makes one work of a kind (电厂三期) --------------------------------

def test_a_phase_after_a_weak_head_is_a_project_named_or_not():
    assert texts("建成投用青峰环湖水厂(一期)。") == ["青峰环湖水厂(一期)"]
    assert texts("建设污水处理厂二期。") == ["污水处理厂二期"]
    assert texts("建设污水处理厂。") == []  # no name, no phase: a kind
