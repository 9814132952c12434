"""Search all documents past its 1,000-hit limit when only the first documents hold the text.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_search_past_limit.py [FOLDER] [--repeat 5]

FOLDER: a project of 5,000 documents (default: 5,000 of 6,000 characters made once by
``scale_project.py`` in the temp folder). It is copied (once, beside it, ``…-first``) and the
first four documents get 300 times "甲乙丙丁戊，QZX。" at their end (1,200 hits of each needle, in
those four alone), so that past the limit no later document holds the text. Prints per needle the
hits, the documents they are in, what the search says lies past the limit, how many texts it read
(``find_all`` calls: the four, then those after), and the median time of ``Store.search_documents``
and of the dialog's whole search. 甲乙丙丁戊 is one run of trigrams the index (``documents_squeezed``)
names the documents by; 甲乙 and QZX have no three characters that match only themselves, so every
text is read, as for a needle no document holds (the last rows, for comparison).
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

import annotator.core.store.documents as documents  # noqa: E402
from annotator.core.imports.text import sha256  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.gui.dialogs.search_dialog import LIMIT, SearchDialog  # noqa: E402
from annotator.paths import DB_FILENAME  # noqa: E402
from benchmarks.bench_search import median_ms, project_and_repeat  # noqa: E402

MARK = "甲乙丙丁戊，QZX。"
NEEDLES = ("甲乙丙丁戊", "甲乙", "QZX", "甲乙丙丁戊己", "乙甲", "QZY")  # the last three: no hit anywhere


def first_only(folder: Path) -> Path:
    """A copy of ``folder`` whose first four documents alone hold MARK, 300 times each."""
    copy = folder.with_name(folder.name + "-first")
    if (copy / DB_FILENAME).exists():
        return copy
    with Store.open(folder) as store:
        store.checkpoint()
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("backups", "*-wal", "*-shm"))
    with Store.open(copy) as store:
        assert not store.search(MARK), f"{folder} holds {MARK} already"
        store.conn.execute("BEGIN IMMEDIATE")
        for (doc_id, text) in store.conn.execute("SELECT id, text FROM documents ORDER BY id LIMIT 4").fetchall():
            text += "\n" + MARK * 300  # the spans' offsets stay; the index's trigger re-indexes it
            store.conn.execute("UPDATE documents SET text = ?, sha256 = ?, char_count = ? WHERE id = ?",
                               (text, sha256(text), len(text), doc_id))
        store.conn.execute("COMMIT")
    return copy


def main() -> None:
    folder, repeat = project_and_repeat(__doc__, 5)
    folder = first_only(folder)
    app = QApplication.instance() or QApplication([])
    read = [0]
    find_all = documents.find_all

    def counted(text: str, needle: str, limit: int | None = None) -> list[tuple[int, int]]:
        read[0] += 1
        return find_all(text, needle, limit)

    with Store.open(folder) as store:
        dialog = SearchDialog(store)
        dialog.show()
        store.search("预热")  # the texts read once: the figures are of a project in use
        print(f"{folder}\n| needle | hits | documents | past the limit | texts read | Store.search_documents | "
              "the dialog's search |\n|---|---|---|---|---|---|---|")
        for needle in NEEDLES:
            documents.find_all, read[0] = counted, 0
            found = store.search_documents(needle, limit=LIMIT)
            documents.find_all = find_all
            past = ("more documents" if found.more_documents else "the last holds more" if found.last_holds_more
                    else "-")
            store_ms = median_ms(lambda n=needle: store.search_documents(n, limit=LIMIT), repeat)
            dialog_ms = median_ms(lambda n=needle: (dialog.search(n), app.processEvents()), repeat)
            print(f"| {needle} | {len(found.hits):,} | {len(found.texts):,} | {past} | {read[0]:,} | "
                  f"{store_ms:.1f} ms | {dialog_ms:.1f} ms |")
        dialog.close()


if __name__ == "__main__":
    main()
