"""Reports saved as .markdown were left out of the window's imports: Import folder… skipped them (a folder of
only .markdown reports failed: "no .docx, … or .txt file in it") and Import files… did not list them among
the articles. They are read as .md reports are, titled by their headings without the marks."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.gui.test_import_summary import answered_box

REPORT = "# {0}政府工作报告\n\n各位代表：\n\n{0}投资3亿元。\n"


def test_import_folder_reads_the_markdown_reports(window, qtbot, monkeypatch, tmp_path, sync_tasks):
    reports = tmp_path / "reports"
    (reports / "2024").mkdir(parents=True)
    (reports / "2024" / "binzhou.markdown").write_text(REPORT.format("滨州市"), encoding="utf-8")
    (reports / "hechi.markdown").write_text(REPORT.format("河池市"), encoding="utf-8")
    window.settings.suggest_on_import = False
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(reports))
    box = answered_box(qtbot, window.window_actions["import_folder"].trigger)
    assert box == {}, box  # no box: the folder was imported whole (its reports skipped, the import failed)
    assert window.statusBar().currentMessage() == "imported 2 document(s)"
    titles = {d.name: d.title for d in window.store.documents() if d.name.endswith(".markdown")}
    assert titles == {"binzhou.markdown": "滨州市政府工作报告", "hechi.markdown": "河池市政府工作报告"}
    assert not window.errors


def test_import_files_lists_the_markdown_reports_among_the_articles(window, qtbot, monkeypatch, tmp_path,
                                                                   sync_tasks):
    report = tmp_path / "binzhou.markdown"
    report.write_text(REPORT.format("滨州市"), encoding="utf-8")
    shown = []

    def chosen(_parent, _title, _folder, kinds):
        shown.append(kinds)
        return [str(report)], kinds

    window.settings.suggest_on_import = False
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chosen)
    assert answered_box(qtbot, window.window_actions["import_files"].trigger) == {}
    assert "*.md *.markdown *.text" in shown[0].split(";;")[0], shown  # the articles' filter, not only All files
    assert window.statusBar().currentMessage() == "imported 1 document(s)"
    assert [d.title for d in window.store.documents() if d.name == report.name] == ["滨州市政府工作报告"]
