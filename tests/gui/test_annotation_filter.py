"""The filters above the annotation table, driven by keys: label, status, annotator, origin, text.
The rows shown are the database's spans that pass them."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.models.annotation_table import ANN_ID_ROLE


def choose(qtbot, box, value) -> None:
    """Pick the item holding ``value`` by keys (None: the first, "all")."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentData() == value:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == value


def shown(window) -> set[int]:
    proxy = window.ann_proxy
    return {proxy.index(r, 0).data(ANN_ID_ROLE) for r in range(proxy.rowCount())}


def ids(store, doc_id, keep) -> set[int]:
    return {a.id for a in store.annotations(doc_id) if keep(a)}


def test_filter_by_label_and_status(window, store, qtbot):
    bar, doc = window.table_filter, window.doc_id
    choose(qtbot, bar.label_box, "AMOUNT")
    assert shown(window) == ids(store, doc, lambda a: a.label == "AMOUNT") != set()
    choose(qtbot, bar.label_box, None)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)  # 厦门市 accepted
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_X)  # 55.1亿元 rejected
    choose(qtbot, bar.status_box, "accepted")
    assert shown(window) == ids(store, doc, lambda a: a.status == "accepted") != set()
    choose(qtbot, bar.status_box, "suggested")
    assert shown(window) == ids(store, doc, lambda a: a.status == "suggested") != set()
    choose(qtbot, bar.status_box, "rejected")  # shown when asked for, though rejected spans are hidden
    assert shown(window) == ids(store, doc, lambda a: a.status == "rejected") != set()
    choose(qtbot, bar.label_box, "DISTRICT")
    assert shown(window) == set()
    choose(qtbot, bar.status_box, None)
    choose(qtbot, bar.label_box, None)
    assert shown(window) == ids(store, doc, lambda a: a.status != "rejected")


def test_filter_by_annotator_origin_and_text(window, store, qtbot):
    bar, doc, view = window.table_filter, window.doc_id, window.text_view
    start = view.text.index("集美区")
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)  # a manual span by "tester"
    qtbot.waitUntil(lambda: bar.origin_box.findData("manual") >= 0)
    choose(qtbot, bar.origin_box, "manual")
    assert shown(window) == ids(store, doc, lambda a: a.origin == "manual") != set()
    choose(qtbot, bar.origin_box, None)
    choose(qtbot, bar.annotator_box, "tester")
    assert shown(window) == ids(store, doc, lambda a: a.annotator == "tester") != set()
    choose(qtbot, bar.annotator_box, None)
    bar.text_edit.setFocus()
    qtbot.keyClicks(bar.text_edit, "55.1")  # digits type here: they are no label keys in a field
    assert shown(window) == ids(store, doc, lambda a: "55.1" in a.text) != set()
    assert len(store.annotations(doc)) == 4  # typing in the filter made no span
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Escape)  # back to the article, the filter stays
    assert view.hasFocus() and bar.text_edit.text() == "55.1"


def test_filter_choices_follow_the_open_document(window, store, qtbot):
    bar = window.table_filter
    assert bar.origin_box.findData("test") >= 0
    window.open_document(store.document_id_by_name("c.txt"))  # no spans
    qtbot.waitUntil(lambda: bar.origin_box.count() == 1)
    assert [bar.label_box.itemData(i) for i in range(bar.label_box.count())] == [
        None, *[label.name for label in store.labels()]]


def test_the_filters_speak_chinese(window, qapp, qtbot):
    from annotator.gui import i18n

    bar = window.table_filter
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        qtbot.waitUntil(lambda: bar.label_box.itemText(0) == "标签")
        assert [bar.status_box.itemText(i) for i in range(4)] == ["状态", "已接受", "待审", "已拒绝"]
        assert bar.annotator_box.toolTip() == "全部标注者" and bar.text_edit.placeholderText() == "按文本筛选"
    finally:
        i18n.install_translator(qapp, "en")
