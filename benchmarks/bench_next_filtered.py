"""N with a filter of the annotation list set, on a project of 5,000 documents (run on demand).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_next_filtered.py [FOLDER] [--repeat 7]

FOLDER: a project (default: 5,000 documents of 6,000 characters made once by ``scale_project.py``
in the temp folder, 20 open suggestions each, 100,000 in all). One PROJECT suggestion whose text no
other span holds is added (once) to the document at 90 % of the list. The window is opened on the
first document; per case the median of ``--repeat`` presses of N (``step_suggestion``, the document
opened when it goes on into another, the first one opened again between presses):

- text far: the text filter set to that suggestion's text (4,499 documents to pass over);
- text none: a text no span holds (every document passed over, "No more suggestions pass …");
- origin none: the origin filter set to one no span has;
- no filter: N to the next document (the reference: one document opened).

Runs on older commits too: copy this file into a checkout of the commit and run it there.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.core.models import Suggestion  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from benchmarks.bench_search import project_and_repeat  # noqa: E402
from benchmarks.bench_window_training import open_window  # noqa: E402

MARK = "bench-far"  # the far suggestion's origin


def far_suggestion(folder: Path) -> tuple[int, str]:
    """(document id, text) of the one suggestion of PROJECT, added at 90 % of the documents once."""
    with Store.open(folder) as store:
        found = [a for a in store.iter_annotations(statuses=["suggested"], labels=["PROJECT"]) if a.origin == MARK]
        if found:
            return found[0].document_id, found[0].text
        ids = [d.id for d in store.documents()]
        doc_id = ids[len(ids) * 9 // 10]
        text = store.document(doc_id).text
        start = next(i for i in range(100, len(text)) if text[i:i + 8].isalpha() and "区" not in text[i:i + 8])
        store.add_suggestions(doc_id, [Suggestion(start, start + 8, "PROJECT", text[start:start + 8], {}, 0.5,
                                                  MARK, MARK)])
        return doc_id, text[start:start + 8]


def main() -> None:
    folder, repeat = project_and_repeat(__doc__, 7)
    far_doc, far_text = far_suggestion(folder)
    from annotator.gui.suggestion_steps import step_suggestion

    app, w = open_window(str(folder))
    first = w.doc_model.doc_ids()[0]
    cases = (("text far", "text", far_text, far_doc), ("text none", "text", "不存在的词语", None),
             ("origin none", "origin", "nobody's", None), ("no filter", "", "", w.doc_model.doc_ids()[1]))
    print(f"{len(w.doc_model.doc_ids()):,} documents; the far suggestion {far_text} in document {far_doc}")
    print("| N with | median | runs (ms) | where it went |\n|---|---|---|---|")
    for name, field, value, expected in cases:
        times = []
        for _ in range(repeat):
            w.open_document(first)
            w.table_filter.text_edit.setText(value if field == "text" else "")
            w.ann_proxy.set_only("origin", value if field == "origin" else None)
            w.select_annotation(w.ann_model.rows()[-1].id)  # the last span: nothing left in this document
            app.processEvents()
            w.statusBar().clearMessage()
            started = time.perf_counter()
            step_suggestion(w, +1)
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
            went = w.doc_id if w.doc_id != first else None
            assert went == expected, (name, went, expected)
        print(f"| {name} | {statistics.median(times):.1f} ms | {' '.join(f'{t:.0f}' for t in times)} | "
              f"{went or w.statusBar().currentMessage()} |")
    w.close()


if __name__ == "__main__":
    main()
