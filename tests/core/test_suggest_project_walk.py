"""The PROJECT package: each step of the walk to a name's left edge, shown on a sentence, and
the work of the whole package (not only its __init__) linear in the length of a text."""
from __future__ import annotations

from pathlib import Path

import pytest
from work_counts import count_lines

from annotator.core.suggest import project, segment
from annotator.core.suggest.project import ProjectSuggester
from annotator.core.suggest.project.walk import walk_left


@pytest.mark.parametrize("sentence, name", [
    ("推进滨海大道提升改造工程建设。", "滨海大道提升改造工程"),  # the kind of work before 工程
    ("举办大湾区（番禺）珠宝首饰博览会。", "大湾区（番禺）珠宝首饰博览会"),  # a bracketed place
    ("新建县人民医院。", "县人民医院"),  # the county's own facility
    ("扩建第四高级中学。", "第四高级中学"),  # an ordinal
    ("建设晋江一中新校区。", "晋江一中新校区"),  # 新 before a campus
    ("推进无锡至江阴城际轨道交通工程。", "无锡至江阴城际轨道交通工程"),  # place to place
    ("举办首届海峡两岸文博会。", "海峡两岸文博会"),  # the edition stays outside
    ("加快光华大道温江段改造工程。", "光华大道温江段改造工程"),  # a section of a road
    ("建设镇雄县农特产品交易中心。", "镇雄县农特产品交易中心"),  # one character after a place
    ("推进乌峰街道大坪安置区建设。", "乌峰街道大坪安置区"),  # an unknown name in its place
    ("推进“智慧江城”数字平台建设。", "“智慧江城”数字平台"),  # a quotation before the head
    ("建设渝昆高铁镇雄段。", "渝昆高铁镇雄段"),  # a section of a line
])
def test_the_walk_finds_the_left_edge(sentence, name):
    assert [s.text for s in ProjectSuggester().suggest(sentence)] == [name]


def test_walk_left_stops_at_a_governing_verb_and_punctuation():
    text = "，加快建设松元产业园"
    toks = segment.tokens(text)
    head = next(k for k, t in enumerate(toks) if t.word == "产业园")
    first = walk_left(toks, head)
    assert text[toks[first].start:toks[head].end] == "松元产业园"


def _lines_in(package_dir: Path, call) -> int:
    return count_lines(call, lambda path: path.parent == package_dir)


def test_the_whole_package_does_linear_work_on_a_long_document():
    package_dir = Path(project.__file__).resolve().parent
    root = Path(__file__).resolve().parents[1] / "data"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("blind/*.txt")))[:12_000]
    sg = ProjectSuggester()
    sg.suggest(text)  # loads its word lists first
    one = _lines_in(package_dir, lambda: sg.suggest(text * 2))
    two = _lines_in(package_dir, lambda: sg.suggest(text * 4))
    assert one > 10_000  # the rules' modules are watched, not only the package's __init__
    assert two <= 2.15 * one, (one, two)
