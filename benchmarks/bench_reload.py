"""Ctrl+R on a big project: how long the window's thread is held (wall and this process's CPU time),
with nothing changed and after another program added a span. Usage: python benchmarks/bench_reload.py
COPY_OF_PROJECT (a copy: the second case writes a span to it)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from window_on_project import window_on  # noqa: E402  (offscreen)


def main(project: Path, runs: int = 5) -> None:
    from annotator.core.store import Store
    app, w = window_on(project)
    doc = w.store.documents()[-1].id
    for case in ("nothing changed", "another program added a span"):
        walls, cpus = [], []
        for _ in range(runs):
            if case != "nothing changed":
                with Store.open(project) as other:
                    other.add_annotation(doc, 0, 1, "DISTRICT", annotator=f"bench{len(walls)}", status="rejected")
            wall, cpu = time.perf_counter(), time.process_time()
            w.reloading.reload(asked=True)
            app.processEvents()
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        print(f"Ctrl+R, {case}: median {sorted(walls)[runs // 2]:.0f} ms wall, {sorted(cpus)[runs // 2]:.0f} ms CPU "
              f"(runs: {', '.join(f'{x:.0f}' for x in walls)})", flush=True)
    w.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
