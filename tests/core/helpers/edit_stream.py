"""Child process for the safety tests: applies a stream of edits to a project and prints each one
once it is committed ("add ID", "status ID,ID,...", "doc ID"), flushing stdout every time.

usage: python edit_stream.py PROJECT DOC_ID PREFIX COUNT [BUSY_TIMEOUT_MS]
Adds COUNT single-character spans at offsets ``PREFIX-offset`` (distinct per writer), and after
every third add accepts the last three in one multi-row ChangeSet (set_status: all or none).
"""
from __future__ import annotations

import sys

# sqlite-utils imports pandas and numpy when present (0.5 s); they are optional, so the child skips them
sys.modules.setdefault("pandas", None)
sys.modules.setdefault("numpy", None)

from annotator.core.store import Store  # noqa: E402


def main() -> int:
    project, doc_id, base, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    timeout = int(sys.argv[5]) if len(sys.argv) > 5 else 10_000
    store = Store.open(project, busy_timeout_ms=timeout)
    recent: list[int] = []
    for i in range(count):
        start = base + i
        cs = store.add_annotation(doc_id, start, start + 1, "DISTRICT", status="suggested", note=f"n{i}")
        ann_id = cs.changes[0].after.id
        print(f"add {ann_id}", flush=True)
        recent.append(ann_id)
        if len(recent) == 3:
            store.set_status(recent, "accepted", annotator="child")
            print("status " + ",".join(map(str, recent)), flush=True)
            recent = []
    store.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
