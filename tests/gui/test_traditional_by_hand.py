"""Labelling a report in traditional characters by hand in the window: 海滄區 labelled DISTRICT gets its unit
(海沧区 350205), 3.5億元 and 五千萬元 their yuan, 力爭新增80家 its quantity and unit, as their simplified
forms do; and a district typed into the form in traditional characters (湖裡區) is the unit the gazetteer
names (湖里区 350206), as the command line's jurisdiction is. Before, the form kept 湖裡區 as a name
beside the code it had (海滄區's 350205): a name and a code of two units."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text, type_chinese

TEXT = "海滄區將加快推進松元產業園二期建設，完成投資3.5億元，其中財政資金五千萬元，力爭新增80家國家級高新技術企業。"


def label(window, store, qtbot, doc: int, piece: str, key: Qt.Key):
    view = window.text_view
    start = view.text.index(piece)
    view.select_range(start, start + len(piece))
    qtbot.keyClick(view, key)
    return next(a for a in store.annotations(doc) if a.start == start and a.end == start + len(piece))


def test_spans_labelled_in_traditional_text_get_their_values(window, store, qtbot):
    doc = open_text(window, store, qtbot, TEXT)
    district = label(window, store, qtbot, doc, "海滄區", Qt.Key.Key_1)
    assert (district.label, district.value) == ("DISTRICT", {"name": "海沧区", "code": "350205"})
    for piece, yuan in (("3.5億元", 350_000_000), ("五千萬元", 50_000_000)):
        amount = label(window, store, qtbot, doc, piece, Qt.Key.Key_3)
        assert (amount.label, amount.value["yuan"]) == ("AMOUNT", yuan)
    target = label(window, store, qtbot, doc, "力爭新增80家", Qt.Key.Key_4)
    assert (target.label, target.value["quantity"], target.value["unit"]) == ("TARGET", 80, "家")


def test_a_district_typed_in_traditional_characters_is_the_gazetteers_unit(window, store, qtbot):
    doc = open_text(window, store, qtbot, TEXT)
    district = label(window, store, qtbot, doc, "海滄區", Qt.Key.Key_1)
    window.select_annotation(district.id)
    edit = window.form._value_edits["name"]
    edit.setFocus()
    edit.selectAll()
    type_chinese(edit, "湖裡區")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert store.annotation(district.id).value == {"name": "湖里区", "code": "350206"}
    assert edit.text() == "湖里区" and window.form._value_edits["code"].text() == "350206"


def test_yuan_and_a_quantity_typed_in_traditional_numerals_are_read(window, store, qtbot):
    """Before, 兩千萬元 typed into the yuan field was refused ("cannot read"), and 兩千 as a quantity."""
    doc = open_text(window, store, qtbot, TEXT)
    amount = label(window, store, qtbot, doc, "五千萬元", Qt.Key.Key_3)
    target = label(window, store, qtbot, doc, "力爭新增80家", Qt.Key.Key_4)
    for span, key, typed, read in ((amount, "yuan", "兩千萬元", 20_000_000), (target, "quantity", "兩千", 2000)):
        window.select_annotation(span.id)
        edit = window.form._value_edits[key]
        edit.setFocus()
        edit.selectAll()
        type_chinese(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert store.annotation(span.id).value[key] == read


def test_a_district_typed_short_or_after_its_city_is_its_unit(window, store, qtbot):
    # 厦门湖里 and 湖里 were kept as names beside 海沧区's code 350205: a name and a code of two units
    doc = open_text(window, store, qtbot, TEXT)
    district = label(window, store, qtbot, doc, "海滄區", Qt.Key.Key_1)
    for typed, value in (("厦门湖里", {"name": "湖里区", "code": "350206"}),
                         ("集美", {"name": "集美区", "code": "350211"})):
        window.select_annotation(district.id)
        edit = window.form._value_edits["name"]
        edit.setFocus()
        edit.selectAll()
        type_chinese(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert store.annotation(district.id).value == value
        assert edit.text() == value["name"] and window.form._value_edits["code"].text() == value["code"]
