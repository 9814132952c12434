"""A document's title read from its text (titles.py): a report's delivery note (——2015年1月21日在…会议上) is
never the title. A line under it that reads as one is; without such a line, the note of a people's congress at
which the head of a government speaks opens a government work report, 政府工作报告 (five of the six shared
reports had the note itself as their title, in the Documents sheet and every table's title column); any other
note leaves the title empty. Its day is the document's date (test_import_date_line.py)."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import title_of
from tests.shared_data import require

NOTE = "——2015年1月21日在河池市第三届人民代表大会第六次会议上"
BODY = "\n\n各位代表：\n\n现在，我代表市人民政府向大会作政府工作报告，请予审议。\n\n一、2014年工作回顾\n"


@pytest.mark.parametrize(("head", "title"), [
    (f"{NOTE}\n\n河池市2015年政府工作报告\n\n市长 何辛幸", "河池市2015年政府工作报告"),  # the title under the note
    (f"{NOTE}\n\n十堰市人民政府市长王永辉\n\n政府工作报告", "政府工作报告"),  # under the speaker's line too
    ("——二〇一五年一月二十一日在河池市第三届人民代表大会第六次会议上\n— 2 —\n政府工作报告", "政府工作报告"),
    ("——在河池市第三届人民代表大会第六次会议上\n（2015年1月21日）\n河池市政府工作报告", "河池市政府工作报告"),
    ("--2015年1月21日在河池市第三届人民代表大会第六次会议上\n\n代市长 何辛幸", "政府工作报告"),  # an ASCII copy's --
    ("— —2015年1月21日在河池市第三届人民代表大会第六次会议上\n\n市长 何辛幸", "政府工作报告"),
])
def test_a_delivery_note_gives_way_to_the_title_under_it(head, title):
    """hechi_2015.txt and a copy of it with its title under the note: the note was the title whatever
    stood under it, and an ASCII copy's '--' stayed in it."""
    assert title_of(head + BODY) == title


def test_no_title_line_makes_the_mayors_report_a_government_work_report():
    assert title_of(f"{NOTE}\n\n市长 何辛幸{BODY}") == "政府工作报告"  # hechi_2015.txt
    assert title_of(f"{NOTE}\n\n十堰市人民政府市长王永辉\n\n各位代表:\n") == "政府工作报告"  # shiyan_2025.txt
    assert title_of(f"{NOTE}\n\n代市长 王震\n\n各位代表：\n") == "政府工作报告"  # jincheng_2020.txt
    assert title_of(f"{NOTE}{BODY}") == "政府工作报告"  # no speaker: 我代表市人民政府向大会作政府工作报告
    assert title_of("——2020年1月8日在广西壮族自治区第十三届人民代表大会第三次会议上\n\n自治区主席 陈武\n") \
        == "政府工作报告"
    # no dashes
    assert title_of("2015年1月21日在河池市第三届人民代表大会第六次会议上\n\n市长 何辛幸\n") == "政府工作报告"
    assert title_of("（2015年1月21日在河池市第三届人民代表大会第六次会议上）\n\n市长 何辛幸\n") == "政府工作报告"


def test_any_other_note_is_no_title():
    assert title_of(f"{NOTE}\n\n河池市人大常委会主任 李某\n\n各位代表：\n") == ""  # the standing committee's report
    assert title_of(f"{NOTE}\n\n各位代表：\n\n一、2014年工作回顾\n\n" + "全市生产总值增长百分之八，" * 5) == ""
    assert title_of(f"{NOTE}\n\n一、2014年工作回顾\n\n河池") == ""  # a heading: the body
    assert title_of("——2020年1月16日在全市经济工作会议上\n\n书记 王某\n") == ""  # no congress
    assert title_of("政府工作报告\n\n" + NOTE) == "政府工作报告"  # a title above the note stays
    assert title_of("2015年1月21日在河池市第三届人民代表大会第六次会议上的讲话\n") \
        == "2015年1月21日在河池市第三届人民代表大会第六次会议上的讲话"  # a speech's own title is no note
    assert title_of("--2020年工作报告") == "--2020年工作报告"  # '--' before what is no note: as it was


def test_the_shared_reports_are_government_work_reports():
    reports = {p.name: p for p in require("reports", "*.txt")}
    for name, path in reports.items():  # five opened by a note, the speaker and 各位代表; tianshui by its title
        assert title_of(path.read_text(encoding="utf-8")) == "政府工作报告", name


@pytest.mark.parametrize(("head", "title"), [
    ("政府工作报告。 贵州日报天眼新闻记者 李森 摄\n政府工作报告\n"
     "（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军", "政府工作报告"),  # 贵州省's of 2026
    ("殷勇同志作政府工作报告。本报记者 戴冰摄\n2026年北京市政府工作报告", "2026年北京市政府工作报告"),
    ("新华社记者 王鹏、李贺 摄\n\n河池市2015年政府工作报告", "河池市2015年政府工作报告"),
])
def test_a_photos_caption_opening_the_text_is_not_its_title(head, title):
    assert title_of(head + BODY) == title


@pytest.mark.parametrize("line", ["摄影展览工作方案", "记者节活动总结", "关于加强摄影记者管理的通知"])
def test_a_first_line_that_only_speaks_of_photographs_stays_the_title(line):
    assert title_of(line + BODY) == line
