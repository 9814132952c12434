"""import_annotations reports each file before reading it and stops between files when cancelled
(the window's Import annotations… shows the bar and its Cancel)."""
from __future__ import annotations

import json

from annotator.core.imports.annotations import import_annotations
from annotator.core.store import Store


def test_progress_names_each_file_and_a_cancel_stops_before_the_next(tmp_path):
    files = []
    for i, text in enumerate(("思明区的报告。", "湖里区的报告。")):
        path = tmp_path / f"d{i}.jsonl"
        path.write_text(json.dumps({"name": f"d{i}.txt", "text": text, "label": [[0, 3, "DISTRICT"]]},
                                   ensure_ascii=False) + "\n", encoding="utf-8")
        files.append(path)
    seen = []
    with Store.create(tmp_path / "p") as store:
        report = import_annotations(store, files, progress=lambda i, n, p: seen.append((i, n, p)),
                                    cancelled=lambda: len(seen) > 1)
        assert seen == [(0, 2, str(files[0])), (1, 2, str(files[1]))]
        assert [d.name for d in store.documents()] == ["d0.txt"]
    assert report.added == 1 and report.lines()[-1] == "cancelled: the files not yet read were not imported"


def test_a_cancel_stops_a_large_file_after_the_batch_under_way_and_a_second_import_adds_the_rest(tmp_path, monkeypatch):
    """One file of many lines (a team's 5,000 reports in one JSON Lines file) is not read to its
    end before a cancel is heard: the batches committed stay, the rest is left, and importing the
    file again adds only what is missing."""
    from annotator.core.imports import annotations

    monkeypatch.setattr(annotations, "BATCH_LINES", 10)
    monkeypatch.setattr(annotations, "BATCH_SECONDS", 60.0)
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"name": f"d{i:03}.txt", "text": f"思明区第{i}份报告。",
                                        "label": [[0, 3, "DISTRICT"]]}, ensure_ascii=False) + "\n"
                            for i in range(100)), encoding="utf-8")
    asked = []
    with Store.create(tmp_path / "p") as store:
        report = import_annotations(store, [path], cancelled=lambda: asked.append(1) or len(asked) >= 3)
        kept = len(store.documents())
        assert 0 < kept < 100 and report.added == kept
        assert report.lines()[-1].startswith(f"cancelled: many.jsonl was read to line {kept} of 100; the rest")
        again = import_annotations(store, [path])
        assert len(store.documents()) == 100 and again.added == 100 - kept
        assert sorted(a.text for a in store.annotations()) == ["思明区"] * 100
