"""A document's title read from its text (titles.py): a report's delivery note (——2015年1月21日在…会议上) is
no title when a line under it reads as one; without such a line it is the title without its dashes, ASCII
dashes (--) too."""
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
    ("--2015年1月21日在河池市第三届人民代表大会第六次会议上\n\n代市长 何辛幸", NOTE[2:]),  # an ASCII copy's --
    ("— —2015年1月21日在河池市第三届人民代表大会第六次会议上\n\n市长 何辛幸", NOTE[2:]),
])
def test_a_delivery_note_gives_way_to_the_title_under_it(head, title):
    """hechi_2015.txt and a copy of it with its title under the note: the note was the title whatever
    stood under it, and an ASCII copy's '--' stayed in it."""
    assert title_of(head + BODY) == title


def test_no_title_before_the_body_leaves_the_note_without_its_dashes():
    assert title_of(f"{NOTE}\n\n市长 何辛幸{BODY}") == NOTE[2:]  # hechi_2015.txt: the report's day and city
    assert title_of(f"{NOTE}\n\n各位代表：\n\n一、2014年工作回顾\n\n" + "全市生产总值增长百分之八，" * 5) == NOTE[2:]
    assert title_of(f"{NOTE}\n\n一、2014年工作回顾\n\n河池") == NOTE[2:]  # a heading: the body
    assert title_of(f"{NOTE}\n\n" + "全市生产总值增长百分之八，" * 5) == NOTE[2:]  # a paragraph: no title
    assert title_of("政府工作报告\n\n" + NOTE) == "政府工作报告"  # a title above the note stays
    assert title_of("--2020年工作报告") == "--2020年工作报告"  # '--' before what is no note: as it was


def test_the_shared_reports_keep_their_titles():
    reports = {p.name: p for p in require("reports", "*.txt")}
    titles = {name: title_of(path.read_text(encoding="utf-8")) for name, path in reports.items()}
    for name, path in reports.items():  # opened by a note, then the speaker and 各位代表: the note
        first = path.read_text(encoding="utf-8").lstrip().split("\n", 1)[0]
        assert titles[name] == (first.lstrip("—") if first.startswith("——") else first), name
    assert titles.get("hechi_2015.txt", NOTE[2:]) == NOTE[2:]
    assert titles.get("tianshui_2020.txt", "政府工作报告") == "政府工作报告"
