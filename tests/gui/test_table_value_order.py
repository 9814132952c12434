"""The Annotations table's Value column says a value's parts in the schema's order (a district's name,
then its code) whatever order the stored value keeps them in: a code typed into the form was stored
before its name, and the row read "350200 厦门市" among rows reading "湖里区 350206"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.models.annotation_table import ANN_ID_ROLE, VALUE


def value_cell(window, ann_id: int) -> str:
    model = window.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ANN_ID_ROLE) == ann_id)
    return model.index(row, VALUE).data()


def test_a_code_typed_into_the_form_shows_name_then_code(window, store, qtbot):
    district = next(a for a in store.annotations(window.doc_id) if a.text == "厦门市")
    window.select_annotation(district.id)
    code = window.form._value_edits["code"]
    qtbot.mouseClick(code, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is code)
    code.selectAll()
    qtbot.keyClicks(code, "350200")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert store.annotation(district.id).value == {"name": "厦门市", "code": "350200"}
    assert value_cell(window, district.id) == "厦门市 350200"
