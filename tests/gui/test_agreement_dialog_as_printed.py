"""The window's Agreement… table is the one annotator agreement prints: F1, κ and α to four decimals (the
window said 0.921 where the command, its .xlsx and a paper's appendix say 0.9206), counts with thousands
separators, and a pair of coders with no document in common named under the table (the window listed five
rows of 0 documents, 0/0 spans for it)."""
from __future__ import annotations

import pytest

from annotator.core.store import Store
from annotator.core.team.agreement import project_agreement
from annotator.core.team.agreement_table import table_lines
from annotator.gui.dialogs.agreement_dialog import AgreementDialog
from tests.gui.conftest import add_document

A_TEXT = "湖里区投资55.1亿元建设松元产业园。"
B_TEXT = "集美区新增企业20家。"


@pytest.fixture
def result(tmp_path):
    """li and wang code a.txt (wang's 湖里 against li's 湖里区), wang and zhao b.txt: li and zhao share none."""
    with Store.create(tmp_path / "team") as store:
        a, b = add_document(store, "a.txt", A_TEXT), add_document(store, "b.txt", B_TEXT)
        for coder, end in (("li", 3), ("wang", 2)):
            store.add_annotation(a, 0, end, "DISTRICT", annotator=coder)
            store.add_annotation(a, 5, 11, "AMOUNT", annotator=coder)
        for coder in ("wang", "zhao"):
            store.add_annotation(b, 0, 3, "DISTRICT", annotator=coder)
        return project_agreement(store)


def test_the_dialog_shows_the_rows_and_figures_the_command_prints(window, qtbot, result):
    dialog = AgreementDialog(result, window)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    printed = [line.split() for line in table_lines(result) if line.startswith(("li / wang", "wang / zhao", "all "))]
    assert {row[0] for row in shown} == {"li / wang", "wang / zhao", "all coders"}  # no row for li / zhao
    li_wang = next(row for row in shown if row[:2] == ["li / wang", "overall"])
    line = next(line for line in printed if line[:4] == ["li", "/", "wang", "overall"])
    # the command's columns: docs chars spans exact exact_F1 overlap overlap_F1 kappa alpha values_same
    assert li_wang[2:11] == line[4:13]
    assert dialog.alone.isVisible() and dialog.alone.text() == "Not compared, no document coded by both: li / zhao"
