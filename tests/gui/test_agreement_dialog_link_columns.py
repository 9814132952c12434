"""The window's Agreement dialog lacked columns that ``annotator agreement`` prints and the workbook's
Agreement sheet holds: the characters compared, the exact and overlap matches, and of the links the facts
off the jurisdiction and those with a project (same / compared). On hechi_2015 coded by two coders (A the
gold spans and links, B a copy differing in spans and links: tests/hechi_two_coders.py), the dialog opened
from the Adjudication panel shows them, with the core's figures as the command prints them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Store
from annotator.core.team.agreement import project_agreement
from annotator.core.team.agreement_table import link_lines, sheet_rows, table_lines
from annotator.gui.dialogs.agreement_dialog import AgreementDialog
from tests.hechi_two_coders import two_coders_project

HEADERS = ["Coders", "Label", "Documents", "Characters", "Spans", "Exact", "Exact F1", "Overlap", "Overlap F1",
           "κ", "α", "Same values", "Same district", "Off jurisdiction", "Same project", "With project"]


@pytest.fixture
def team(tmp_path):
    """hechi_2015 with A's and B's spans and links."""
    return two_coders_project(tmp_path)


def opened(window, qtbot) -> AgreementDialog:
    """The Agreement dialog of coders A and B, as the Adjudication panel's button opens it."""
    panel = window.adjudication
    panel.show()
    panel.coders.setText("A, B")
    panel.agreement_button.setFocus()
    qtbot.keyClick(panel.agreement_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(panel, "agreement", None) is not None)
    dialog = panel.agreement
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_shows_every_column_of_the_command_and_the_sheet(window, qtbot, team):
    assert window.open_project(team)
    dialog = opened(window, qtbot)
    model = dialog.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert [h.replace("\n", " ") for h in headings] == HEADERS  # two words on two lines: Same / district
    assert not any(dialog.table.isColumnHidden(c) for c in range(model.columnCount()))
    shown = {(model.index(r, 0).data(), model.index(r, 1).data()):  # (a share under its counts on a narrow screen)
             [model.index(r, c).data().replace("\n", " ") for c in range(model.columnCount())]
             for r in range(model.rowCount())}
    with Store.open(team) as store:
        result = project_agreement(store, annotators=["A", "B"])
    overall = shown["A / B", "overall"]
    links = next(r.links for r in result.rows if r.group == "A / B" and r.label == "overall")
    assert links is not None and links.district_off and links.project_given  # figures to show, not dashes
    assert overall[13] == f"{links.district_off_same:,}/{links.district_off:,}"
    assert overall[15] == f"{links.project_given_same:,}/{links.project_given:,}"
    # as the command prints them: the spans' table, then the links'
    printed_lines = table_lines(result)
    spans_part = printed_lines[:printed_lines.index("")]  # the spans' table; the links' after a blank line
    spans_table = {tuple(line.split()[:4]): line.split() for line in spans_part if line.startswith("A / B")}
    links_table = {tuple(line.split()[:4]): line.split() for line in link_lines(result) if line.startswith("A / B")}
    labels = {"overall": "overall", **{label: label for label in ("DISTRICT", "PROJECT", "AMOUNT", "TARGET")}}
    for label, shown_label in labels.items():
        row = shown["A / B", shown_label]
        printed = spans_table["A", "/", "B", label]
        assert row[2:11] == printed[4:13] and row[11] == printed[13].replace("-", "–"), (row, printed)
        if label == "DISTRICT":
            assert row[12:] == ["–"] * 4
            continue
        linked = links_table["A", "/", "B", label]  # district_same agreement off_jurisdiction project_same …
        assert row[12] == f"{linked[4]} ({linked[5]})" and row[13] == linked[6]
        assert (row[14], row[15]) == (("–", "–") if label == "PROJECT" else (f"{linked[7]} ({linked[8]})", linked[9]))
    # and as the workbook's Agreement sheet holds them (off_jurisdiction_*, with_project_*)
    sheet = {(r[0], r[1]): r for r in sheet_rows(result)}
    for label, shown_label in labels.items():
        r, row = sheet["A / B", label], shown["A / B", shown_label]
        assert row[3] == f"{r[3]:,}" and row[5] == f"{r[5]:,}" and row[7] == f"{r[7]:,}"
        if r[16] is not None:
            assert row[13] == f"{r[17]:,}/{r[16]:,}"
        if r[21] is not None:
            assert row[15] == f"{r[22]:,}/{r[21]:,}" if r[21] else row[15] == "–"


def test_without_links_the_links_columns_are_left_out_as_the_command_leaves_out_its_links_table(window, qtbot):
    """No coder linked a fact: the command prints no links' table; the dialog no column of four dashes (the
    columns a Chinese user's large font then needs: tests/gui/test_dialogs_large_font_zh.py)."""
    doc = window.store.document_id_by_name("a.txt")
    for coder in ("li", "wang"):
        window.store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    result = project_agreement(window.store)
    assert link_lines(result) == []
    dialog = AgreementDialog(result, window)
    qtbot.addWidget(dialog)
    hidden = [dialog.model.headers[c] for c in range(dialog.model.columnCount()) if dialog.table.isColumnHidden(c)]
    assert hidden == ["Same district", "Off jurisdiction", "Same project", "With project"]
