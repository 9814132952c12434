"""Another program writes a span to a big project every second while the window, active, looks at
it every 1.5 s (``gui/reloading.py``): the event loop's longest gap and how many gaps passed 50 ms,
over SECONDS seconds, and that the list ends showing the counts as stored. The writer is a process
of its own (as ``annotator suggest`` or ``review`` on the command line). Usage:
python benchmarks/bench_look_beside_writer.py COPY_OF_PROJECT [SECONDS] (a copy: it writes spans)."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from window_on_project import window_on  # noqa: E402  (offscreen)

WRITER = """
import sys, time
from annotator.core.store import Store
folder, doc, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
end = time.monotonic() + seconds
n = 0
with Store.open(folder) as store:
    while time.monotonic() < end:
        store.add_annotation(doc, 0, 1, "DISTRICT", annotator=f"writer{n}", status="rejected")
        n += 1
        time.sleep(1.0)
print(n)
"""


def main(project: Path, seconds: float = 20.0) -> None:
    app, w = window_on(project)
    w.activateWindow()
    app.processEvents()
    if not w.reloading.timer.isActive():  # offscreen: the window may not count as active
        w.reloading.timer.start()
    ids = w.doc_model.doc_ids()
    doc = ids[len(ids) // 2]  # a document that is not the open one: its counts are in the list alone
    before = w.doc_model.counts(doc).get("rejected", 0)
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticks = QTimer(interval=5)
    ticks.timeout.connect(lambda: gaps.append(clock.restart()))
    looks = [0]
    check = w.reloading.check
    w.reloading.timer.timeout.disconnect()
    w.reloading.timer.timeout.connect(lambda: (looks.__setitem__(0, looks[0] + 1), check()))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(project), str(doc), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    cpu = time.process_time()
    clock.start()
    ticks.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000) + 2000, loop.quit)  # the writer's last span looked at too
    loop.exec()
    ticks.stop()
    cpu = (time.process_time() - cpu) * 1000
    written = int(writer.communicate()[0])
    loop = QEventLoop()
    waiting = QTimer(interval=5)
    waiting.timeout.connect(lambda: None if w.doc_model.reading() else loop.quit())
    waiting.start()
    loop.exec()
    shown = w.doc_model.counts(doc).get("rejected", 0) - before
    slow = sorted(g for g in gaps if g > 50)
    print(f"{written} spans written over {seconds:.0f} s, {looks[0]} looks: longest event-loop gap {max(gaps)} ms, "
          f"{len(slow)} gaps over 50 ms ({', '.join(map(str, slow[-8:]))} the longest), window's CPU "
          f"{cpu:.0f} ms; the list shows {shown} of them", flush=True)
    w.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else 20.0)
