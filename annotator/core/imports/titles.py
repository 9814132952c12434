"""A document's title read from its text, where the file names none (a web page's heading, an OFD's title):
the title the document list, ``annotator documents`` and the exports show unless ``--meta title=`` gives one.

It is the text's first line that holds something, unless that line is a report's delivery note
(——2015年1月21日在河池市第三届人民代表大会第六次会议上, the first line of five of the six shared reports, copied
from a city's site without the page's heading; ASCII dashes, or none, and brackets alike: --2015年…, （2015年1月21日
在…会议上）). Such a note says when and where the report was given, not what it is, and is never the title (its
day is the document's date where none is given: ``date_line.with_date_line``): a line under it that reads as a
title (河池市2015年政府工作报告) is the title; the speaker's line (市长 何辛幸, 十堰市人民政府市长王永辉) and
other notes are passed over; the salutation (各位代表：), a heading (一、…) or a sentence (…请予审议。) ends the look.
Without such a line, a note of a people's congress (人民代表大会) under which the head of a government speaks
(市长 何辛幸, 代市长 王震, 自治区主席) or a government reports (我代表市人民政府向大会报告工作) opens a government work
report: its title is 政府工作报告, as tianshui_2020.txt's first line writes it; any other has no title ('':
not a congress's standing committee's report, 主任 …, nor a court's). A line of dashes alone, or one opening with
an ASCII minus (-5%的增长), stays as it is. A report in traditional characters (——2024年1月15日在濱州市…會議上,
市長 李春田) is read so too, its title kept as written (``suggest.traditional``: one character for one;
政府工作報告). In a Markdown file (``.md``, ``.markdown``: ``markdown``) a heading's marks are not the title's
(``# 政府工作报告``, ``## 政府工作报告 ##``, a line in bold ``**政府工作报告**``: 政府工作报告); the text keeps them.
Any other text's line is its title as written: a plain-text report whose first line opens with # (#1号线 …,
# 第一部分) keeps it. A photo's caption a newspaper's page opens with (政府工作报告。 贵州日报天眼新闻记者 李森 摄,
its credit to a reporter at its end) is passed over: the line under it is the title (贵州省's report of 2026 was
titled by the caption in the list and every sheet)."""
from __future__ import annotations

import re

from annotator.core.date_line import RE_DATE_LINE
from annotator.core.numbers import FULLWIDTH
from annotator.core.suggest.traditional import simplified

_LEADING_DASHES = "—–－―‒ \t\u3000"  # a report's delivery note: ——2024年1月15日在滨州市…会议上
RE_NOTE_DASHES = re.compile(r"(?:[—–－―‒─━]|--)[—–－―‒─━\s-]*")  # ——, —, -- (an ASCII copy of the dash)
RE_DAY = re.compile(r"[（(]?((?:20|19)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年[^年]{1,3}月[^月]{1,4}日[）)]?$")
RE_MEETING = re.compile(r"在.{2,60}会议?上")
RE_SPEAKER = re.compile(r"(?:[市区县州省盟旗镇乡]长|主任|主席|书记)\s*[\u4e00-\u9fff·]{2,5}$")  # 代市长 王震
# the head of a government speaks (代市长 王震, 十堰市人民政府市长王永辉, 自治区主席): a congress's standing committee's
# 主任 and a court's 院长 report there too, not on the government's work
RE_HEAD_SPEAKS = re.compile(r"(?:[市区县州省盟旗镇乡]长|主席)\s*[\u4e00-\u9fff·]{2,5}$")
RE_GOVERNMENT_REPORTS = re.compile(r"我代表[^，。；]{0,12}政府")  # 我代表市人民政府向大会报告工作
GOVERNMENT_REPORT, GOVERNMENT_REPORT_TRADITIONAL = "政府工作报告", "政府工作報告"
RE_HEADING = re.compile(r"[（(]?[一二三四五六七八九十0-9０-９]+[、.．）)]")  # 一、2014年工作回顾: the body's
SENTENCE_ENDS = ("。", "！", "？", "；", "…", ".", "!", "?", ";")
TITLE_CHARS = 40  # a line longer than this is a paragraph, not a title
LOOK_LINES = 6  # lines under the note looked at for the title
LOOK_CHARS = 2_000
RE_PHOTO_CREDIT = re.compile(  # a photo's credit ending its caption: 新闻记者 李森 摄, 新华社记者 王鹏、李贺 摄
    r"(?:记者|摄影师?|通讯员)\s*[\u4e00-\u9fff·]{2,5}(?:[\s、]+[\u4e00-\u9fff·]{2,5})*\s*摄[。.]?$")
MARKDOWN = (".md", ".markdown")  # the suffixes of the files whose headings' marks are no title's
# a Markdown ATX heading (# to ######, a space, the heading, closing #s if any), a line wholly in bold
RE_MARKDOWN = re.compile(r"#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*|(\*\*|__)(.+)\2")


def title_of(text: str, limit: int = 120, markdown: bool = False) -> str:
    """The title read from ``text`` (the module's docstring), at most ``limit`` characters; '' for a text
    with nothing in it. ``markdown``: the text of a Markdown file, whose headings' marks are no title's."""
    start = 0
    while start < len(text):  # line by line, without splitting a large text into a list
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        line = heading(line) if markdown else line
        if line and not RE_PHOTO_CREDIT.search(simplified(line)):  # a photo's caption: 记者 李森 摄
            if is_delivery_note(line):
                head = text[end:end + LOOK_CHARS]
                return (_title_under(head, markdown) or _report_kind(line, head))[:limit]
            return (line.lstrip(_LEADING_DASHES) or line)[:limit]
        start = end + 1
    return ""


def heading(line: str) -> str:
    """``line`` without the marks of a Markdown heading or bold (# 政府工作报告: 政府工作报告; # alone: '')."""
    match = RE_MARKDOWN.fullmatch(line)
    if match is None:
        return line
    return (match.group(1) or "").strip() if match.group(3) is None else match.group(3).strip()


def is_delivery_note(line: str) -> bool:
    """——2015年1月21日在河池市…会议上, —2020年1月16日, --在…大会上: dashes, then the day or the meeting the
    report was given at; without dashes, in brackets or not, the day and the meeting to the line's end
    (2015年1月21日在河池市…会议上, not 2015年1月21日在…会议上的讲话)."""
    dashes = RE_NOTE_DASHES.match(line)
    if dashes is not None:
        return _is_note(line[dashes.end():])
    bare = simplified(line.strip("（）() \t\u3000").translate(FULLWIDTH))
    return bool(RE_DATE_LINE.match(bare) and RE_MEETING.search(bare) and bare.endswith("上"))


def _is_note(rest: str) -> bool:
    rest = simplified(rest.strip().translate(FULLWIDTH))
    return bool(RE_DATE_LINE.match(rest) or RE_DAY.match(rest) or RE_MEETING.match(rest))


def _report_kind(note: str, head: str) -> str:
    """政府工作报告 where ``note`` is a people's congress's and ``head``, the text under it, has the head of a
    government speak or a government report (the module's docstring), in the note's characters; else ''."""
    plain = simplified(note)
    if "人民代表大会" not in plain:
        return ""
    lines = [simplified(s.strip()) for s in head[:LOOK_CHARS].split("\n") if s.strip()][:LOOK_LINES]
    if any(RE_HEAD_SPEAKS.search(line) for line in lines) or RE_GOVERNMENT_REPORTS.search(" ".join(lines)):
        return GOVERNMENT_REPORT if plain == note else GOVERNMENT_REPORT_TRADITIONAL
    return ""


def _title_under(head: str, markdown: bool) -> str | None:
    """The first line in ``head`` (the text under a delivery note) that reads as a title, or None."""
    lines = [heading(s.strip()) if markdown else s.strip() for s in head.split("\n")]
    for line in [line for line in lines if line][:LOOK_LINES]:
        if len(line) > TITLE_CHARS or line.endswith(SENTENCE_ENDS) or line.endswith(("：", ":", "，", ",")) \
                or RE_HEADING.match(line):
            return None  # the speech (各位代表：) or its body: no title above it
        if RE_SPEAKER.search(simplified(line)) or is_delivery_note(line) or _is_note(line) \
                or not re.search(r"[\u4e00-\u9fff]", line):
            continue  # 市长 何辛幸, another note, a line of no Chinese (a page's number)
        return line
    return None
