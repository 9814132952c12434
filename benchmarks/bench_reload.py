"""Ctrl+R on a big project: how long the window's thread is held (wall and this process's CPU time),
with nothing changed and after another program added a span, and the event loop's longest gap from
the key until the document list shows what the worker read (``document_list_reading``). Usage:
python benchmarks/bench_reload.py COPY_OF_PROJECT (a copy: the second case writes a span to it)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from window_on_project import window_on  # noqa: E402  (offscreen)


def main(project: Path, runs: int = 5) -> None:
    from annotator.core.store import Store
    app, w = window_on(project)
    doc = w.store.documents()[-1].id
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticks = QTimer(interval=5)
    ticks.timeout.connect(lambda: gaps.append(clock.restart()))
    for case in ("nothing changed", "another program added a span"):
        walls, cpus, longest = [], [], []
        for _ in range(runs):
            if case != "nothing changed":
                with Store.open(project) as other:
                    other.add_annotation(doc, 0, 1, "DISTRICT", annotator=f"bench{len(walls)}", status="rejected")
            before = w.doc_model.counts(doc).get("rejected", 0)
            gaps.clear()
            clock.start()
            ticks.start()
            wall, cpu = time.perf_counter(), time.process_time()
            w.reloading.reload(asked=True)
            app.processEvents()
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
            loop = QEventLoop()  # the window's own loop (QTest.qWait keeps Python's lock and starves the worker)
            waiting = QTimer(interval=5)
            waiting.timeout.connect(lambda loop=loop: None if w.doc_model.reading() else loop.quit())
            waiting.start()
            loop.exec()
            waiting.stop()
            ticks.stop()
            gaps.append(clock.elapsed())
            longest.append(max(gaps))
            if case != "nothing changed":
                assert w.doc_model.counts(doc).get("rejected", 0) == before + 1, "the list shows the new count"
        print(f"Ctrl+R, {case}: median {sorted(walls)[runs // 2]:.0f} ms wall, {sorted(cpus)[runs // 2]:.0f} ms CPU "
              f"(runs: {', '.join(f'{x:.0f}' for x in walls)}); longest event-loop gap until the list is read: "
              f"median {sorted(longest)[runs // 2]} ms (runs: {', '.join(map(str, longest))})", flush=True)
    w.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
