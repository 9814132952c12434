"""Link to… (Ctrl+L) on a long report: a project there has 4,000 districts to choose from, and the
list took half a second to open, making a row for each. It lists the nearest ``SHOWN`` and says so;
the filter still searches them all, and the span it finds beyond them links as any other."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.models import Annotation
from annotator.gui.dialogs.link_chooser import SHOWN
from tests.gui.conftest import add_document, type_chinese
from tests.gui.test_link_chooser import open_chooser, project_links

Ctrl = Qt.KeyboardModifier.ControlModifier


def many_districts(window, store, qtbot) -> tuple[int, list[str], dict[str, int]]:
    """``SHOWN`` + 40 districts (every eighth a 县), one a sentence, then a sentence with an amount and none."""
    names = [f"{i:03d}号{'区' if i % 8 else '县'}" for i in range(SHOWN + 40)]
    text = "".join(f"{name}推进产业园建设。" for name in names) + "今年安排资金5亿元。\n"
    doc = add_document(store, "many.txt", text)
    pieces = [("DISTRICT", name) for name in names] + [("AMOUNT", "5亿元")]
    store.add_annotations(doc, [Annotation(None, doc, text.index(piece), text.index(piece) + len(piece), label, piece)
                                for label, piece in pieces])
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)  # what the other program wrote, read
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(doc)
    ids = {window.ann_model.text_of(r): r.id for r in window.ann_model.rows()}
    return doc, names, ids


def test_the_list_shows_the_nearest_and_the_filter_finds_one_beyond_them(window, store, qtbot):
    doc, names, ids = many_districts(window, store, qtbot)
    chooser = open_chooser(window, qtbot, ids["5亿元"])
    nearest = names[::-1][:SHOWN]  # the last sentences' districts first
    assert [c.text for c in chooser.shown()] == nearest
    assert chooser.list.topLevelItemCount() == SHOWN  # rows for these only: it opens at once
    assert chooser.chosen().text == nearest[0]
    assert chooser.count.text() == f"The nearest {SHOWN} of {len(names)} spans: type to find the others"

    type_chinese(chooser.filter, "区")  # more than it shows: still the nearest of them
    districts = [n for n in names[::-1] if "区" in n]
    assert [c.text for c in chooser.shown()] == districts[:SHOWN]
    assert chooser.count.text() == (f"The nearest {SHOWN} of the {len(districts)} spans that hold “区” "
                                    f"(of {len(names)}): type more to narrow them")
    chooser.filter.clear()
    type_chinese(chooser.filter, "000号")  # the first, the farthest: beyond the rows shown
    assert [c.text for c in chooser.shown()] == ["000号县"]
    assert chooser.count.text() == f"1 of {len(names)} spans"
    chooser.filter.clear()  # back to the nearest, the one found not among them
    assert [c.text for c in chooser.shown()] == nearest
    type_chinese(chooser.filter, "000号")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert project_links(store, doc) == [(ids["5亿元"], "district", ids["000号县"], "accepted")]
    chooser = open_chooser(window, qtbot, ids["5亿元"])  # the span linked now is listed, however far
    assert [c.text for c in chooser.shown()] == nearest + ["000号县"]
    assert chooser.shown()[-1].now == "accepted"
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Escape)


def test_the_count_line_says_so_in_chinese(window, store, qtbot):
    _doc, names, ids = many_districts(window, store, qtbot)
    window.commands.set_language("zh_CN")
    try:
        chooser = open_chooser(window, qtbot, ids["5亿元"])
        assert chooser.count.text() == f"最近的 {SHOWN} 个标注（共 {len(names)} 个）：输入文字以查找其余的"
        type_chinese(chooser.filter, "区")
        districts = sum("区" in n for n in names)
        assert chooser.count.text() == (f"包含“区”的 {districts} 个标注中最近的 {SHOWN} 个（共 {len(names)} 个）："
                                        "多输入几个字以缩小范围")
        qtbot.keyClick(chooser.filter, Qt.Key.Key_Escape)
    finally:
        window.commands.set_language("en")
