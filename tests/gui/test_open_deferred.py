"""Opening a long document (issue 18): spans that overlap no other are written in the same loop
as their plan (no piece built) and look exactly as planned; the jurisdiction guess waits until
the article is painted and formatted."""
from __future__ import annotations

from PySide6.QtGui import QTextDocument

from annotator.core.imports.text import sha256, title_of
from annotator.core.models import Annotation, Document, Label, Suggestion
from annotator.core.span_layout import SortedSpans, plan
from annotator.core.span_row import span_rows
from annotator.core.store import Store
from annotator.gui.widgets import text_view
from annotator.gui.widgets.text_view import TextView

LINE = "厦门市湖里区投资建设松元产业园，完成投资12.4亿元。\n"


def spans(text: str) -> list[Annotation]:
    out, n = [], len(LINE)
    for i in range(len(text) // n):
        base = i * n
        status = "suggested" if i % 3 else "accepted"
        out.append(Annotation(4 * i + 1, 1, base + 3, base + 6, "DISTRICT", "湖里区", status=status))
        if i % 5 == 0:  # a nest: a cluster of overlapping spans
            out.append(Annotation(4 * i + 2, 1, base + 3, base + 15, "PROJECT", "湖里区投资建设松元产业园"))
        if i % 7 == 0:  # two neighbours of one style
            out.append(Annotation(4 * i + 3, 1, base + 20, base + 22, "AMOUNT", "投资"))
            out.append(Annotation(4 * i + 4, 1, base + 22, base + 26, "AMOUNT", "12.4"))
    return out


def view_of(qtbot, text: str, given: list[Annotation]) -> TextView:
    view = TextView()
    view.set_labels([Label("DISTRICT", "#1f77b4"), Label("PROJECT", "#2ca02c"), Label("AMOUNT", "#ff7f0e")])
    qtbot.addWidget(view)
    view.set_document(text, given)
    view.flush_formatting()
    return view


def test_spans_alone_are_written_as_their_plan_says(qtbot):
    for text in (LINE * 60, "𠀋" + LINE * 60):  # a character outside the BMP: Qt's offsets differ
        shift = len(text) - len(LINE * 60)
        given = [a.with_(start=a.start + shift, end=a.end + shift) for a in spans(LINE * 60)]
        fused = view_of(qtbot, text, given)
        planned = view_of(qtbot, text, [])
        index = SortedSpans(span_rows(given))
        planned.formats.write(planned.document(), plan(index.spans, 0, len(text)))
        assert all(fused.format_at(cp) == planned.format_at(cp) for cp in range(len(text)))
        lo, hi = len(LINE) * 10 + 4 + shift, len(LINE) * 21 + 5 + shift  # a nest cut, a span alone cut
        for view in (fused, planned):
            view.formats.write(view.document(), [], clear=(0, len(text)))
        fused.formats.write_range(fused.document(), lo, hi)
        planned.formats.write(planned.document(), plan(index.overlapping(lo, hi), lo, hi))
        assert all(fused.format_at(cp) == planned.format_at(cp) for cp in range(len(text)))
        assert fused.format_at(lo) != fused.format_at(0) and fused.format_at(hi - 1) != fused.format_at(0)
        assert fused.format_at(lo - 1) == fused.format_at(hi) == fused.format_at(0)

def test_the_jurisdiction_is_guessed_once_the_article_is_formatted(window, tmp_path, qtbot):
    text = LINE * (3 * text_view.VISIBLE_AFTER // len(LINE))
    folder = tmp_path / "long"
    with Store.create(folder) as store:
        doc_id = store.add_document(Document(None, "long.txt", title_of(text), text, sha256=sha256(text))).id
        store.add_suggestions(doc_id, [Suggestion(a.start, a.end, "DISTRICT", "湖里区", confidence=0.8, reason="t",
                                                  origin="test") for a in spans(text) if a.label == "DISTRICT"])
    assert window.open_project(folder)
    edit = window.form.jurisdiction_edit
    assert window.text_view.is_formatting() and edit.isEnabled() and edit.placeholderText() == ""
    qtbot.waitUntil(lambda: not window.text_view.is_formatting(), timeout=20_000)
    qtbot.waitUntil(lambda: "湖里区" in edit.placeholderText())
    assert edit.text() == ""


def test_a_document_opened_paints_its_table_once(window, tmp_path, qtbot):
    """The table of a new document is laid out whole before its first paint: its columns fitted
    and its scroll bar shown then, not a turn later (Qt's way, which paints the table again)."""
    from PySide6.QtWidgets import QApplication

    from tests.gui.conftest import Events

    text = LINE * 400
    folder = tmp_path / "two"
    with Store.create(folder) as store:
        short = store.add_document(Document(None, "a.txt", "a", LINE, sha256=sha256(LINE))).id
        store.add_annotation(short, 3, 6, "DISTRICT")
        long = store.add_document(Document(None, "b.txt", "b", text, sha256=sha256(text))).id
        store.add_suggestions(long, [Suggestion(a.start, a.end, a.label, a.text, confidence=0.8, reason="t",
                                                origin="test") for a in spans(text)])
    assert window.open_project(folder)
    table = window.table
    for doc in (short, long):
        window.open_document(doc)
        qtbot.waitUntil(lambda: not window.text_view.is_formatting(), timeout=20_000)
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        if doc == short:
            assert not table.verticalScrollBar().isVisible()
            paints = Events(table.viewport())
    assert paints.count == 1
    assert table.verticalScrollBar().isVisible() and table.model().rowCount() == len(window.store.span_rows(long))
    end = table.fontMetrics().horizontalAdvance(str(len(text)))
    assert table.horizontalHeader().sectionSize(6) >= end  # the offsets' column fits the longest


def test_the_cursor_mode_read_by_a_getter_in_c_is_the_same_mode(qtbot):
    """span_formats gives QTextCursor.MoveMode a ``value`` read in C (PySide reads it for every
    KeepAnchor): same values, and a selection made with it is the same selection."""
    from PySide6.QtGui import QTextCursor

    from annotator.gui.widgets import span_formats

    assert isinstance(vars(QTextCursor.MoveMode)["value"], property)
    assert [m.value for m in QTextCursor.MoveMode] == [0, 1] and span_formats._KEEP.value == 1
    doc = QTextDocument("湖里区投资建设松元产业园")
    cursor = QTextCursor(doc)
    cursor.setPosition(3)
    cursor.setPosition(7, span_formats._KEEP)
    assert (cursor.anchor(), cursor.position(), cursor.selectedText()) == (3, 7, "投资建设")
