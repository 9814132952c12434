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
