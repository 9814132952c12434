"""A report that LibreOffice Writer turned into a PDF (a plain text's paragraphs, flush left, parted by
space, ``pdf_files.writer_pages``) came in with line breaks its text does not have: tianshui_2020's
城镇居民人均可支配收入 / 8433元，增长9.5%, where Writer stopped the line short of the margin rather than part
a number from its unit; 开展“保险 / +期货”奖补试点, a programme's name cut in two (no span crosses a line
break: it could never be marked or suggested whole); and six paragraphs cut after a 。 that happened to
fall at the right margin (固定资产投资增长11%以上。 / 社会消费品零售总额…), because the lines stopped short
before a number looked like paragraphs' ends not followed by a paragraph's space. Now a line is full
where what the next line opens with would not have fitted after it, a + right against text is text,
and a line stopping short mid-phrase is not read as a paragraph's end. A paragraph's last line that the
page shows two characters short, ending with 。 at a page's foot, still ends its paragraph (it was
joined to the next page's paragraph: full by its count of characters)."""
from __future__ import annotations

import pytest

from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.reflow import reflow
from annotator.core.store import Store
from tests.pdf_files import placed_pdf, writer_pages

# each paragraph written as Writer sets it at 30 characters a line (a digit half of one)
LINES = [
    ["政府工作报告"],
    ["各位代表："],
    ["现在，我代表市人民政府向大会报告工作，请予审议。"],
    ["2019年，经济社会持续健康发展，较好完成了目标任务。全年预计实",
     "现生产总值702亿元，同比增长6.5%。规模以上工业增加值增长5%。",  # 。 at the margin
     "固定资产投资增长11%以上。社会消费品零售总额290亿元，增长8%。",  # 。 at the margin
     "一般公共预算支出增长六点八九。城镇居民人均可支配收入",  # 28840元， does not fit after it
     "28840元，增长8.5%。"],
    ["坚持夯基础兴产业，乡村振兴迈出新步伐。深化“三品一标”创建，",
     "新认证绿色食品51个，秦州区获评“甜樱桃生产基地”。开展“保险",
     "+期货”奖补试点，推进保险“增品扩面提标降费”，参保农户达到",
     "27.67万户。着力改善农村基础条件。"],
    ["坚持补短板强弱项，脱贫攻坚取得新成效。全年减贫12.95万人，退",
     "出贫困村523个，贫困发生率下降到0.68%。"],
    ["坚持稳增长扩投资，项目建设实现新突破。城区引洮供水工程建成通",
     "水，城区群众吃上了干净、卫生的洮河水。"],
]
PARAGRAPHS = ["".join(lines) for lines in LINES]
MORE = [["坚持补短板强弱项，民生保障更加坚实。新改建农村公路一千一百六",
         "十七公里，完成水土流失治理二百五十平方公里，新修梯田十万亩，",
         "疏浚治理河道一百六十五公里，城乡人居环境明显改善。"],
        ["坚持抓改革促开放，发展活力持续增强。深化放管服改革，政务服务",
         "事项全部实现网上可办，市场主体突破二十万户，营商环境优化。"]]


@pytest.fixture
def report(tmp_path):
    return placed_pdf(tmp_path / "tianshui.pdf", writer_pages(PARAGRAPHS, width=30))


def _stored(tmp_path, path) -> list[str]:
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path]).imported
        return store.document(doc.id).text.split("\n")


def test_the_page_is_laid_out_as_writer_lays_it(report):
    """The lines as drawn: the line before 28840元 stops four characters short of the margin (further than
    a tenth of the line: by its count of characters it is no full line), two lines end with 。 at the margin."""
    assert read_file(report).text.split("\n") == [line for lines in LINES for line in lines]


def test_the_paragraphs_come_in_whole(tmp_path, report):
    assert _stored(tmp_path, report) == PARAGRAPHS


def test_a_number_and_a_programme_s_name_are_no_longer_cut(tmp_path, report):
    text = "\n".join(_stored(tmp_path, report))
    assert "城镇居民人均可支配收入28840元，增长8.5%。" in text and "开展“保险+期货”奖补试点" in text
    assert "增长5%。固定资产投资增长11%以上。社会消费品零售总额" in text


def test_a_line_stopping_short_mid_phrase_does_not_hide_that_paragraphs_are_spaced():
    """Where the reader does not see that a line was wrapped (not drawn to the margin, nor full by its count
    of characters: 城镇居民人均可支配收入 / 28840元), the line after it does not count as a paragraph's
    first line that is not spaced: the 。 at the margin still ends no paragraph."""
    lines = [line for lines in LINES for line in lines]
    firsts = {sum(map(len, LINES[:k])) for k in range(len(LINES))}
    short = lines.index("一般公共预算支出增长六点八九。城镇居民人均可支配收入")
    full = frozenset(i for i, line in enumerate(lines) if len(line) >= 29 and i != short)
    flowed = reflow("\n".join(lines), wrapped=full, opens=frozenset(firsts - {0})).text.split("\n")
    assert flowed[3] == "".join(LINES[3][:4]) and flowed[5:] == PARAGRAPHS[4:]


def test_a_paragraph_ending_short_of_the_margin_at_a_page_s_foot_stays_apart(tmp_path):
    """The last line of a page, two characters short of the margin (full by its count of characters, as the
    text alone would tell) and ending with 。, ends its paragraph: the next one opens the next page, where
    no space above it shows that it opens one (晋城 2020, 规划圆满收官。 / 今年经济社会发展的主要目标是：…)."""
    foot = [["坚定不移推进转型综改，加快实现“五个三”战略部署重大突破，奋",
             "力夺取晋城高质量转型发展新胜利，“十三五”规划圆满收官。"]]  # 28 characters of 30
    lines = [*LINES[:3], *LINES[5:], *MORE, *foot]
    paragraphs = ["".join(para) for para in lines] + ["今年经济社会发展的主要目标是：全市生产总值增长6.2%左右，"
                                                      "固定资产投资增长6.5%，社会消费品零售总额增长6%。"]
    pages = writer_pages(paragraphs, width=30, lines=sum(map(len, lines)))
    assert [line for line, *_place in pages[0]] == [line for para in lines for line in para]
    assert pages[1][0][0].startswith("今年")
    assert _stored(tmp_path, placed_pdf(tmp_path / "jincheng.pdf", pages)) == paragraphs


def test_a_list_marked_with_plus_and_a_space_stays_a_list():
    """+ then a space opens a Markdown list's item: no wrap runs into it."""
    wrapped = ["全年实现地区生产总值五百亿元同比增长六点五城乡居民收入稳步",
               "增长城镇新增就业一万两千人以上农村居民收入增速继续快于城镇",
               "居民生态环境持续改善空气质量优良天数比例提高到百分之九十以",
               "上森林覆盖率提高到百分之六十二点五民生保障更加坚实新建改扩",
               "建学校十二所以上营商环境不断优化企业开办时间压缩至一日以内",
               "市场主体总量突破二十万户政务服务事项全部实现网上可办理完成"]
    text = "\n".join([*wrapped, "+ 松元产业园二期工程", "+ 集美新城"])
    assert reflow(text).text.split("\n")[-3:] == ["".join(wrapped), "+ 松元产业园二期工程", "+ 集美新城"]
