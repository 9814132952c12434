"""A screenshot pass at a 16-pt Chinese font found the Annotations table's Value column, narrowed for the
text beside it, eliding a sum in the middle: 386.5亿元's 38,650,000,000 read "38,…000" (thirty-eight
thousand?), 海沧区 350205 "海沧…05". A value now loses its end and keeps its start."""
from __future__ import annotations

from PySide6.QtWidgets import QStyleOptionViewItem

from annotator.gui.models.annotation_table import ANN_ID_ROLE, VALUE


def _drawn(view, ann_id: int, width: int) -> str:
    """The value cell's text as the table draws it in ``width`` px (its delegate's elide mode)."""
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ANN_ID_ROLE) == ann_id)
    index = model.index(row, VALUE)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.fontMetrics.elidedText(option.text, option.textElideMode, width)


def test_a_narrowed_value_keeps_its_start(window, store, qtbot):
    store.add_annotation(window.doc_id, 0, 2, "AMOUNT", value={"yuan": 38_650_000_000})
    window.reload()
    amount = next(a for a in store.annotations(window.doc_id) if a.value == {"yuan": 38_650_000_000})
    qtbot.waitUntil(lambda: window.table.shows(amount.id))
    view = window.table
    room = view.fontMetrics().horizontalAdvance("38,650,000")  # narrower than the whole 38,650,000,000
    drawn = _drawn(view, amount.id, room)
    assert drawn.endswith("…") and drawn.startswith("38,6"), drawn
