"""The Statistics panel, driven by keys: it shows the store's numbers (``Store.stats``, the numbers
of ``annotator stats``, and ``Store.document_stats``) and follows edits, undo and document switches."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from annotator.core.store import Store
from annotator.gui.widgets.counts_table import STATUSES, by_label
from annotator.gui.widgets.stats_panel import REFRESH_MS, open_count

STATS = Store.stats  # the test's own reads, not counted where a test counts the panel's
Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def expected(stats: dict) -> dict[str, list[int]]:
    counts = by_label(stats)
    rows = {label: [counts.get(label, {}).get(s, 0) for s in STATUSES] for label in counts}
    rows["Total"] = [sum(r[i] for r in rows.values()) for i in range(len(STATUSES))]
    return rows


def shown(table) -> dict[str, list[int]]:
    return {label: n for label, n in table.numbers().items() if any(n) or label == "Total"}


def agrees_with_store(window) -> bool:
    """The panel shows what a fresh connection reads from the project file."""
    panel = window.statistics
    with Store.open(window.store.folder) as fresh:
        project, document = STATS(fresh), fresh.document_stats(window.doc_id)
    links = sum(document["links"].values())
    return (shown(panel.project_table) == expected(project) and shown(panel.doc_table) == expected(document)
            and panel.progress.text() == f"{project['done']} / {project['documents']} documents done"
            and f"{open_count(document)} in this document, {open_count(project)} in the project" in
            panel.open_line.text() and panel.doc_links.text().startswith(f"Links: {links} "))


def test_statistics_show_the_stores_numbers_and_follow_accepts_undo_done_and_links(window, qtbot):
    panel, view = window.statistics, window.text_view
    assert not panel.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_S, Ctrl | Shift)
    assert panel.isVisible()
    assert agrees_with_store(window)
    assert shown(panel.doc_table) == {"DISTRICT": [0, 1, 0], "AMOUNT": [0, 1, 0], "PROJECT": [0, 1, 0],
                                      "Total": [0, 3, 0]}
    assert panel.project_table.numbers()["Total"] == [0, 5, 0]
    assert panel.progress.text() == "0 / 3 documents done"

    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_A)  # 厦门市 accepted
    qtbot.waitUntil(lambda: panel.project_table.numbers()["Total"] == [1, 4, 0])
    assert panel.doc_table.numbers()["DISTRICT"] == [1, 0, 0]
    qtbot.waitUntil(lambda: agrees_with_store(window))  # the project's numbers: counted by a worker
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_X)  # 55.1亿元 rejected
    qtbot.waitUntil(lambda: panel.doc_table.numbers()["AMOUNT"] == [0, 0, 1])
    qtbot.waitUntil(lambda: agrees_with_store(window))

    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # undo the reject
    qtbot.waitUntil(lambda: panel.doc_table.numbers()["AMOUNT"] == [0, 1, 0])
    qtbot.waitUntil(lambda: agrees_with_store(window))
    qtbot.keyClick(view, Qt.Key.Key_D, Ctrl)  # the document done
    qtbot.waitUntil(lambda: panel.progress.text() == "1 / 3 documents done")
    qtbot.waitUntil(lambda: agrees_with_store(window))
    qtbot.keyClick(view, Qt.Key.Key_L)  # the AMOUNT (still selected) linked to its district
    qtbot.waitUntil(lambda: panel.doc_links.text().startswith("Links: 1 (1 to a district"))
    qtbot.waitUntil(lambda: agrees_with_store(window))


def test_statistics_follow_the_open_document_and_are_not_read_while_hidden(window, qtbot, monkeypatch):
    panel = window.statistics
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    b = window.store.document_id_by_name("b.txt")
    window.panel.view.setFocus()
    window.open_document(b)
    qtbot.waitUntil(lambda: "b.txt" in panel.doc_title.text())
    assert agrees_with_store(window)
    assert shown(panel.doc_table) == {"AMOUNT": [0, 1, 0], "DISTRICT": [0, 1, 0], "Total": [0, 2, 0]}
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # hidden again
    assert not panel.isVisible()
    reads = []
    monkeypatch.setattr(window.store, "stats", lambda *a, **k: reads.append(1) or {})
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    qtbot.wait(300)
    assert reads == []


def test_both_panels_follow_a_switch_to_chinese(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Home)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F1)
    try:
        window.commands.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.statistics.windowTitle() == "统计")
        assert window.guide.windowTitle() == "标注指南"
        assert window.statistics.progress.text() == "已完成 0 / 3 篇文档"
        assert window.statistics.doc_table.horizontalHeaderItem(1).text() == "已接受"
        assert "地区" in window.statistics.doc_table.numbers()  # its rows shown again, the labels' names in Chinese
        assert window.guide.view.toPlainText().startswith("DISTRICT 地区")  # the shipped text in Chinese
        assert window.guide.show_action.text() == "光标处标签的标注指南(&G)"
    finally:
        window.commands.set_language("en")
    qtbot.waitUntil(lambda: window.statistics.windowTitle() == "Statistics")
    assert window.guide.view.toPlainText().startswith("DISTRICT — administrative areas")


def test_opening_another_document_does_not_count_the_whole_project_again(window, qtbot, monkeypatch):
    """A project of 5,000 reports holds ~900,000 spans: counting them took 90-150 ms of the window's
    thread at each document opened while the panel was shown. Only an edit, an undo or another
    program's write makes the project's numbers count again, and then off the window's thread."""
    panel = window.statistics
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    assert panel.isVisible() and agrees_with_store(window)
    reads, real = [], Store.stats
    main = threading.main_thread()

    def counting(store, *a, **k):
        reads.append(threading.current_thread() is main)
        return real(store, *a, **k)

    monkeypatch.setattr(Store, "stats", counting)
    b = window.store.document_id_by_name("b.txt")
    window.panel.view.setFocus()
    window.open_document(b)
    qtbot.waitUntil(lambda: "b.txt" in panel.doc_title.text())
    panel.refresh()
    assert reads == [] and agrees_with_store(window)

    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)  # an edit: the project's numbers change
    qtbot.waitUntil(lambda: panel.project_table.numbers()["Total"][0] == 1)
    assert reads and not any(reads)  # counted, never on the window's thread
    qtbot.waitUntil(lambda: agrees_with_store(window))
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # the undo too
    qtbot.waitUntil(lambda: panel.project_table.numbers()["Total"][0] == 0)
    assert not any(reads)

    with Store.open(window.store.folder) as other:  # another program accepts two
        a = other.document_id_by_name("a.txt")
        open_ids = [x.id for x in other.annotations(a) if x.status == "suggested"][:2]
        other.set_status(open_ids, "accepted")
    reads.clear()
    panel.refresh()
    qtbot.waitUntil(lambda: panel.project_table.numbers()["Total"][0] == 2)
    assert reads == [False]


def test_the_panel_read_again_rebuilds_only_the_table_whose_numbers_changed(window, qtbot, monkeypatch):
    """The panel is read after each edit (its own document's numbers), then again when the worker
    has counted the project: each table was made anew both times (items, widths, a layout), ~15 ms
    a table for a long report, and the document counted twice. A table whose labels and numbers are
    those shown is left as it is; the document is not counted again while nothing was written."""
    panel, view = window.statistics, window.text_view
    qtbot.keyClick(view, Qt.Key.Key_S, Ctrl | Shift)
    qtbot.waitUntil(lambda: agrees_with_store(window) and not panel.counts.busy())
    doc_item, project_item = panel.doc_table.item(0, 1), panel.project_table.item(0, 1)
    reads, real = [], window.store.document_stats
    monkeypatch.setattr(window.store, "document_stats", lambda doc_id: reads.append(doc_id) or real(doc_id))
    panel.refresh()  # nothing written since it was read: not read again
    assert panel.doc_table.item(0, 1) is doc_item and panel.project_table.item(0, 1) is project_item
    assert reads == []
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_A)  # 厦门市 accepted
    assert panel.timer.isActive() and panel.timer.interval() == REFRESH_MS  # read after a burst of keys
    qtbot.waitUntil(lambda: panel.doc_table.numbers()["DISTRICT"] == [1, 0, 0])
    qtbot.waitUntil(lambda: agrees_with_store(window))
    assert panel.project_table.numbers()["DISTRICT"][0] == 1 and reads == [window.doc_id]  # once after the key
