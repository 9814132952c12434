"""The form's Status row holds the annotator's caption and name beside the status (a row less); where
the name does not fit beside it, the name goes below the status (form_room.SideBySide). It was arranged
only when the row's width changed: a span of a coder with a long name (an e-mail address) selected after
one of a short name, at the same width, kept the row shared and cut the name off at its end — at the
default window size in English, at 1024×640 (and at the default size for a longer name) in Chinese.
Now the row is arranged again when a name changes: the name whole, every row of the form shown whole or
reached by scrolling the form's fields, in English and Chinese, at 1280×800 and 1024×640."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.models import Annotation

LONG = "wang.xiaoming@hechi-statistics-bureau.gov.cn"  # a coder named by their e-mail address
SIZES = [(1280, 800), (1024, 640)]  # the default size, and a short window


def _settle(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() >= size[1])
    for _ in range(5):  # the deferred fits of the docks and the column
        QApplication.processEvents()


def _coded(store, window, who: str) -> Annotation:
    """A span of ``who``, added as another program would and seen by the window (Ctrl+R)."""
    doc = window.doc_id
    text = store.document(doc).text
    start = text.index("湖里区")
    (change,) = store.add_annotation(doc, start, start + 3, "DISTRICT", annotator=who).annotation_changes
    assert change.after is not None
    return change.after


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_long_annotator_name_is_whole_and_every_row_is_reached(window, store, qtbot, language, size):
    short, long = _coded(store, window, "li"), _coded(store, window, LONG)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())
    if language != "en":
        window.commands.set_language(language)
    try:
        _settle(qtbot, window, size)
        form = window.form
        window.select_annotation(short.id)  # the row arranged for a short name, then the long one at that width
        _settle(qtbot, window, size)
        window.select_annotation(long.id)
        qtbot.waitUntil(lambda: form.annotator_label.text() == LONG)
        for _ in range(5):
            QApplication.processEvents()
        name, row = form.annotator_label, form.annotator_label.parentWidget()
        need = name.minimumSizeHint().width()
        qtbot.waitUntil(lambda: name.width() >= need, timeout=2000)  # the name whole, not cut off at its end
        assert name.geometry().right() < row.width(), (name.geometry().getRect(), row.width())
        area = form.fields_area
        fields = area.widget()
        assert fields.width() <= area.viewport().width()  # nothing off to the side (no sideways scrolling)
        rows = [w for w in fields.findChildren(QWidget) if w.parent() is fields and not w.isHidden()]
        below = [w for w in rows if w.geometry().bottom() >= fields.height()]  # beyond even a scroll's reach
        assert below == [], [(type(w).__name__, w.geometry().getRect(), fields.height()) for w in below]
        reach = area.verticalScrollBar().maximum() + area.viewport().height()
        assert fields.height() <= reach
    finally:
        if language != "en":
            window.commands.set_language("en")
