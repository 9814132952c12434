"""The Adjudication panel shows the values of a span the coders marked alike but valued differently: li's
and wang's 57亿元 (one read 5,700,000,000 yuan, the other ten times that) and their 湖里 (350206 against
110101) were listed as disagreements whose versions read the same, 金额 57亿元 beside 金额 57亿元, so the
lead could not see what to decide, nor which version holds the right value."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Store
from tests.gui.conftest import add_document
from tests.gui.languages import language  # noqa: F401 (a fixture)
from tests.gui.panels import open_adjudication

TEXT = "湖里区全年完成投资57亿元，新增企业20家。"


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        doc = add_document(store, "a.txt", TEXT)
        amount, district, target = TEXT.index("57亿元"), TEXT.index("湖里区"), TEXT.index("新增企业20家")
        for coder, yuan, code in (("li", 5_700_000_000, "350206"), ("wang", 57_000_000_000, "110101")):
            store.add_annotation(doc, amount, amount + 4, "AMOUNT", annotator=coder, value={"yuan": yuan})
            store.add_annotation(doc, district, district + 3, "DISTRICT", annotator=coder,
                                 value={"name": "湖里区", "code": code})
            store.add_annotation(doc, target, target + 7, "TARGET", annotator=coder)  # agreed: no value shown
    return folder


def test_versions_that_differ_only_by_their_values_show_them(window, qtbot, language):  # noqa: F811
    panel = open_adjudication(window, qtbot)
    model = panel.model
    rows = {model.index(r, 1).data(): [model.index(r, c).data() for c in (2, 3)] for r in range(model.rowCount())}
    assert sorted(rows) == ["57亿元", "湖里区"]  # the target is agreed
    (li_sum, wang_sum), (li_place, wang_place) = rows["57亿元"], rows["湖里区"]
    assert li_sum != wang_sum and "5,700,000,000" in li_sum and "57,000,000,000" in wang_sum
    assert "350206" in li_place and "110101" in wang_place
    opened, closed = ("（", "）") if language == "zh_CN" else (" (", ")")
    assert li_sum.endswith(f"57亿元{opened}5,700,000,000{closed}")
    panel._select(next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "57亿元"))
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # wang's sum taken: its value is the gold's
    with Store.open(window.store.folder) as store:
        assert [a.value["yuan"] for a in store.annotations() if a.annotator == "gold"] == [57_000_000_000]
