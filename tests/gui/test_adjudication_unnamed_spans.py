"""What the window's Agreement dialog and Adjudication panel say of the accepted spans in no coder's layer (a
Label Studio export imported without --annotator): the line ``annotator agreement`` and ``annotator
adjudicate`` print (tests/test_cli_coder_by_number.py), in the interface's language. The window said
nothing of them: the panel said the project "has spans of li only", or "nobody has accepted spans"."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Store
from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "湖里区投资55.1亿元建设松元产业园。"
NOTE = ("Not compared: 2 span(s) (accepted) in no coder's layer, with no annotator name (made or imported without "
        "one, as a Label Studio export naming its coder by number alone: import it again with an annotator name in "
        "Project › Import annotations…)")


def team(folder, *coders: str):
    """a.txt with 湖里区 and 松元产业园 in no coder's layer, and 湖里区 of each of ``coders``."""
    with Store.create(folder) as store:
        doc = add_document(store, "a.txt", TEXT)
        store.add_annotation(doc, 0, 3, "DISTRICT", status="accepted", annotator="")
        store.add_annotation(doc, 13, 18, "PROJECT", status="accepted", annotator="")
        for coder in coders:
            store.add_annotation(doc, 0, 3, "DISTRICT", status="accepted", annotator=coder)
    return folder


@pytest.fixture
def project(request, tmp_path):
    return team(tmp_path / "team", *request.param)


def show_panel(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)  # View › Adjudication
    panel = window.adjudication
    qtbot.waitUntil(panel.isVisible)
    return panel


@pytest.mark.parametrize("project", [("li", "wang")], indirect=True)
def test_the_agreement_dialog_names_the_spans_in_no_coders_layer(window, qtbot, monkeypatch):
    from annotator.gui import tasks

    monkeypatch.setattr(tasks, "SYNC", True)
    panel = show_panel(window, qtbot)
    qtbot.mouseClick(panel.agreement_button, Qt.MouseButton.LeftButton)
    dialog = panel.agreement
    assert dialog is not None and dialog.isVisible()
    assert dialog.alone.isVisible() and dialog.alone.text().splitlines() == [NOTE]
    dialog.close()
    window.commands.set_language("zh_CN")
    try:
        qtbot.mouseClick(panel.agreement_button, Qt.MouseButton.LeftButton)
        said = panel.agreement.alone.text()
        assert said.startswith("未参与比较：2 条（已接受）标注不属于任何编码员的标注层") and "coder" not in said, said
        panel.agreement.close()
    finally:
        window.commands.set_language("en")


@pytest.mark.parametrize("project", [("li",)], indirect=True)
def test_the_panel_short_of_two_coders_names_them(window, qtbot):
    panel = show_panel(window, qtbot)
    hint = panel.hint.text().splitlines()
    assert hint == ["Adjudication compares two or more coders: this project has spans of li only. Merge the coders' "
                    "work into this one (Project › Coding team › Merge coders' work…) to decide between them.", NOTE]
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: "未参与比较：2 条（已接受）" in panel.hint.text())
        assert "coder" not in panel.hint.text()
    finally:
        window.commands.set_language("en")


@pytest.mark.parametrize("project", [()], indirect=True)
def test_the_panel_of_spans_in_no_coders_layer_alone_says_no_coder_has_any(window, qtbot):
    panel = show_panel(window, qtbot)
    assert panel.hint.text().splitlines() == [
        "Adjudication compares two or more coders: no coder has accepted spans in this project yet.", NOTE]
