"""The box after an import in the window (Ctrl+I): a file that could not be read is a warning (the
warning icon), a note that changes nothing read (a file skipped as already there) stays information."""
from __future__ import annotations

from annotator.gui import messages, tasks
from tests.gui.conftest import import_with_ctrl_i


def boxes_by_kind(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: shown.append(("information", text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, _title, text: shown.append(("warning", text)))
    return shown


def test_a_file_not_read_is_said_with_the_warning_icon(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    shown = boxes_by_kind(monkeypatch)
    good, broken = tmp_path / "报告.txt", tmp_path / "坏.txt"
    good.write_text("湖里区2024年政府工作报告：投资55.1亿元建设松元产业园。", encoding="utf-8")
    broken.write_bytes(bytes(range(256)) * 8)  # a binary file under a text name
    before = len(store.documents())
    import_with_ctrl_i(window, qtbot, monkeypatch, [good, broken])
    qtbot.waitUntil(lambda: bool(shown))
    assert len(store.documents()) == before + 1 and store.document_id_by_name("报告.txt") is not None
    assert shown[0][0] == "warning" and str(broken) in shown[0][1] and "binary" in shown[0][1]

    shown.clear()  # the same file again: skipped, nothing failed
    import_with_ctrl_i(window, qtbot, monkeypatch, [good])
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "information" and "already in the project" in shown[0][1]
    assert len(store.documents()) == before + 1
