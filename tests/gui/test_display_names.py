"""What the window shows for stored codes: the suggesters' reasons phrase by phrase and the undo
steps' names, in Chinese with no English word left, and in English exactly as stored."""
from __future__ import annotations

import re

import pytest

from annotator.core.models import (
    Annotation,
    Change,
    ChangeSet,
    DoneChange,
    GuideChange,
    Label,
    LabelChange,
    Link,
    LinkChange,
    MetadataChange,
    StatusChange,
)
from annotator.gui import i18n
from annotator.gui.display import label_text, origin_text, status_text
from annotator.gui.reasons import reason_text
from annotator.gui.step_names import step_name

ENGLISH = re.compile(r"[A-Za-z]{3,}")
REASONS = [  # one of each phrase the suggesters, the model, adjudication and the link rules write
    "gazetteer: 湖里区 350206", "gazetteer: 湖里区 350206 (short form 湖里)",
    "gazetteer: 宜州区 451203 (former name 宜州市)",
    "gazetteer: 鼓楼区 320106 (4 units have this name and the text names no place that tells which: the first of "
    "the tables; give the document's jurisdiction to choose)",
    "amount: 5510000000 yuan", "amount: 5510000000 yuan (qualifier 超)", "amount: 320000000 USD (qualifier 约)",
    "target: 力争 + 80家", "target: forward context + 40家", "project: head 产业园", "project: listed as 等园区",
    "project: listed after 项目…包括", "project: programme launched by its title",
    "project: quoted name of a place or platform", "project: quoted name with head 平台", "project: quoted name + 平台",
    "project: metro or rail line", "project: road by its number", "project: road or rail by its abbreviation",
    "project: head 园 + project: quoted name + 平台", "learned: DISTRICT 东孚 accepted in this project",
    "model: PROJECT p=0.83 (learned from this project)", "model: AMOUNT p=0.61 (learned from the shipped seed model)",
    "model: TARGET p=0.70 (learned from this project's accepted spans)",
    "rule+model: gazetteer: 湖里区 350206 (model p=0.91)", "from 张三",
    "part headed by 湖里 (line 湖里区：)", "jurisdiction: 湖里区 350206 (given)",
    "jurisdiction: 湖里区 350206 (title: 湖里区 350206)",
    "jurisdiction: 湖里区 350206 (most mentioned: 湖里区 350206 (34 times))",
    "jurisdiction: 湖里区 350206 (title: 湖里区 350206); 湖里 named inside holds it",
    "jurisdiction: 湖里区 350206 (given); 集美 named inside lies outside: an origin or a destination",
    "nested: 湖里 in 数字湖里网格化管理服务平台", "nested: 湖里, 集美", "clause: 集美区 governs the clause",
    "attribute: 80家的松元产业园", "the goal holds 松元产业园", "the sentence is about 松元产业园",
    "project: 松元产业园 (nested: 湖里 in 松元产业园)", "project: 松元产业园 (clause: 集美区 governs the clause)",
    "project: 松元产业园(一期) (nested: 湖里 in 松元产业园(一期))",
    "project: 松元产业园 (一期) (clause: 集美区 governs the clause)",
    "spent on building it: 投资12亿元建设东街口商圈", "invested in it: 松元产业园总投资5亿元",
]


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator(qapp, "zh_CN")
    yield
    assert i18n.install_translator(qapp, "en")


def test_reasons_show_as_stored_in_english(qapp):
    """As stored, but a sum of yuan grouped by thousands as the form and the table show it."""
    assert i18n.current_language() == "en"
    assert [reason_text(r) for r in REASONS] == [r.replace("5510000000 yuan", "5,510,000,000 yuan") for r in REASONS]
    assert reason_text("amount: 42510000 yuan (qualifier 超)") == "amount: 42,510,000 yuan (qualifier 超)"


def test_reasons_in_chinese_keep_no_english_word(chinese):
    shown = {r: reason_text(r) for r in REASONS}
    assert {r: t for r, t in shown.items() if set(ENGLISH.findall(t)) - {"USD"}} == {}
    assert shown["gazetteer: 湖里区 350206 (short form 湖里)"] == "地名库：湖里区 350206（简称 湖里）"
    assert shown["learned: DISTRICT 东孚 accepted in this project"] == "习得：东孚 在本标注工程中已被接受为地区"
    assert shown[REASONS[3]] == ("地名库：鼓楼区 320106（4 个行政区划同名，文中没有指明是哪一个：取区划表中的第一个；"
                                 "给出文档的所属辖区即可选定）")
    # a district taken from the project's link: full-width brackets in the Chinese (the English keeps its own)
    assert shown["project: 松元产业园 (nested: 湖里 in 松元产业园)"] == \
        "项目：松元产业园（嵌套：湖里 位于 松元产业园 之中）"
    assert shown["project: 松元产业园 (clause: 集美区 governs the clause)"] == \
        "项目：松元产业园（分句：集美区 统领该分句）"
    assert {r: t for r, t in shown.items()  # a name's own brackets, (一期), are its text
            if re.search(r"[()]", t.replace("(一期)", "")) and re.search(r"[\u4e00-\u9fff]", t)} == {}
    # a project named with brackets of its own: those are its text, the reason's bracket is full-width
    own = "project: 松元产业园(一期) (nested: 湖里 in 松元产业园(一期))"
    assert reason_text(own) == "项目：松元产业园(一期)（嵌套：湖里 位于 松元产业园(一期) 之中）"
    assert reason_text("project: 松元产业园 (一期) (clause: 集美区 governs the clause)") == \
        "项目：松元产业园 (一期)（分句：集美区 统领该分句）"
    assert reason_text("a reason nobody wrote a rule for") == "a reason nobody wrote a rule for"


def test_labels_statuses_and_origins_in_chinese(chinese):
    assert [label_text(n) for n in ("DISTRICT", "PROJECT", "AMOUNT", "TARGET", "PLACE")] == [
        "地区", "项目", "金额", "目标", "PLACE"]
    assert [status_text(s) for s in ("suggested", "accepted", "rejected")] == ["待审", "已接受", "已拒绝"]
    origins = ("manual", "imported", "gazetteer", "amount", "project", "target", "learned", "model", "adjudicated")
    assert not [o for o in origins if ENGLISH.search(origin_text(o))]


def span(**changes) -> Annotation:
    return Annotation(7, 1, 10, 16, "AMOUNT", "55.1亿元", status="suggested").with_(**changes)


def steps() -> list[ChangeSet]:
    a = span()
    label, link = Label("PLACE"), Link(3, 1, 7, "district", None)
    return [
        ChangeSet((Change(None, a),)), ChangeSet((Change(a, None),)),
        ChangeSet((Change(a, a.with_(status="accepted")),)),
        ChangeSet((Change(a, a.with_(status="rejected")),)), ChangeSet((Change(a, a.with_(label="TARGET")),)),
        ChangeSet((Change(a, a.with_(start=11, text="5.1亿元")),)), ChangeSet((Change(a, a.with_(note="?")),)),
        ChangeSet((Change(a, a.with_(status="accepted")), Change(a.with_(id=8), a.with_(id=8, status="accepted")))),
        ChangeSet((Change(None, a), Change(None, a.with_(id=8)))), ChangeSet((Change(a, None), Change(a, None))),
        ChangeSet((Change(None, a.with_(origin="adjudicated")),)),
        ChangeSet((StatusChange((1, 2), (1, 1), (("suggested", "", ""),) * 2, (("accepted", "x", "t"),) * 2),)),
        ChangeSet((LabelChange(None, label),)), ChangeSet((LabelChange(label, None),)),
        ChangeSet((LabelChange(Label("DISTRICT"), label),)), ChangeSet((LabelChange(label, Label("PLACE", "#fff")),)),
        ChangeSet((LinkChange(None, link),)), ChangeSet((LinkChange(link, None),)),
        ChangeSet((LinkChange(link.with_(status="suggested"), link),)), ChangeSet((DoneChange(1, False, True),)),
        ChangeSet((DoneChange(1, True, False),)), ChangeSet((MetadataChange(1, "jurisdiction", None, "湖里区"),)),
        ChangeSet((GuideChange("TARGET", None, "# 目标"),)),
    ]


def test_undo_steps_are_named_in_english(qapp):
    names = [step_name(s) for s in steps()]
    assert names[:6] == ["Add AMOUNT 55.1亿元", "Delete AMOUNT 55.1亿元", "Accept AMOUNT 55.1亿元",
                         "Reject AMOUNT 55.1亿元", "Relabel AMOUNT 55.1亿元 as TARGET",
                         "Move the boundaries of AMOUNT 55.1亿元 to 5.1亿元"]
    assert "Accept 2 spans" in names and "Rename label DISTRICT to PLACE" in names


def test_undo_steps_are_named_in_chinese(chinese):
    names = [step_name(s) for s in steps()]
    assert names[2] == "接受 金额 55.1亿元" and names[4] == "将 金额 55.1亿元 改标为 目标"
    assert [n for n in names if ENGLISH.search(n.replace("PLACE", ""))] == []


def test_stored_names_follow_each_language_switch_though_their_translations_are_kept(qapp):
    """Statuses, origins and labels are translated once per language (a painted cell asks again
    and again), and a switch of the language shows them anew each time."""
    from annotator.gui.display import label_text, link_kind_text, origin_text, status_text

    def shown():
        return status_text("accepted"), origin_text("model"), label_text("DISTRICT"), link_kind_text("district")

    english = shown()
    assert english == ("accepted", "model", "DISTRICT", "district")
    for _ in range(2):
        assert i18n.install_translator(qapp, "zh_CN")
        chinese = shown()
        assert chinese[2] == "地区" and not any(ENGLISH.search(t) for t in chinese)
        assert i18n.install_translator(qapp, "en")
        assert shown() == english
    assert origin_text("no such origin") == "no such origin"
