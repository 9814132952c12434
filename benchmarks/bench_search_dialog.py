"""Search all documents as the window does it: ``Store.search`` and the list filled (``SearchDialog.search``).

    python benchmarks/bench_search_dialog.py [FOLDER] [--repeat 5]

FOLDER: a project (default: 5,000 documents of 6,000 characters made once by ``scale_project.py``
in the temp folder). Prints per needle the hits, the documents they are in, and the median time of
``Store.search`` alone and of the dialog's whole search (the store's search, the list filled, the count).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.store import Store  # noqa: E402
from annotator.gui.dialogs.search_dialog import LIMIT, SearchDialog  # noqa: E402
from benchmarks.bench_search import median_ms, project_and_repeat  # noqa: E402

NEEDLES = ("区", "的", "发展", "集美区", "高新技术企业", "松元产业园", "经济", "不存在的词语")


def main() -> None:
    folder, repeat = project_and_repeat(__doc__, 5)
    app = QApplication.instance() or QApplication([])
    with Store.open(folder) as store:
        dialog = SearchDialog(store)
        dialog.show()
        store.search("预热")  # the texts read once: the figures are of a project in use
        print("| needle | hits | documents | Store.search | the dialog's search |\n|---|---|---|---|---|")
        for needle in NEEDLES:
            hits = store.search(needle, limit=LIMIT)
            store_ms = median_ms(lambda n=needle: store.search(n, limit=LIMIT), repeat)
            dialog_ms = median_ms(lambda n=needle: (dialog.search(n), app.processEvents()), repeat)
            print(f"| {needle} | {len(hits):,} | {len({h[0] for h in hits}):,} | {store_ms:.1f} ms | "
                  f"{dialog_ms:.1f} ms |")
        dialog.close()


if __name__ == "__main__":
    main()
