"""The window open on a large project while ``annotator suggest`` runs on it in another process,
which is killed with SIGKILL part way (offscreen).

    python benchmarks/window_beside_suggest.py PROJECT [--kill-after 60] [--jobs 2]

Starts the command, opens the window, and every few seconds moves to the next document
(Ctrl+Down-like: ``select_document``), presses Ctrl+R and counts the open suggestions the
window's store sees; the longest gap between two ticks of a 20 ms timer says whether the window
stayed usable. After ``--kill-after`` seconds the command is killed with SIGKILL; the window
reloads once more, the project's own integrity check runs, and the figures are printed.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("project", type=Path)
    ap.add_argument("--kill-after", type=float, default=60.0)
    ap.add_argument("--jobs", default="2")
    args = ap.parse_args(argv)
    work = args.project.parent / "window-settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work))
    app = QApplication(sys.argv[:1])  # noqa: F841  (kept alive until the end)
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    cli = subprocess.Popen([sys.executable, "-m", "annotator", "suggest", str(args.project), "--jobs", args.jobs],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    window = MainWindow(Settings())
    errors: list[str] = []
    window.show_error = lambda title, message: errors.append(f"{title}: {message}")  # type: ignore[method-assign]
    window.show()
    QTest.qWaitForWindowExposed(window)
    t0 = time.monotonic()
    assert window.open_project(args.project), errors
    print(f"window opened the project in {time.monotonic() - t0:.2f} s (suggest running)", flush=True)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: (gaps.append(clock.restart() / 1000)))
    timer.start()
    seen: list[tuple[float, int, float]] = []
    doc_ids = [d.id for d in window.store.documents()]
    i = 0
    killed = False
    while True:
        QTest.qWait(3000)
        i += 1
        t1 = time.monotonic()
        window.reload()
        window.open_document(doc_ids[(i * 37) % len(doc_ids)])
        took = time.monotonic() - t1
        shown = sum(a.status == "suggested" for a in window.ann_model.annotations())
        counts = window.store.stats()["annotations"]
        open_count = sum(n for key, n in counts.items() if key.endswith("/suggested"))
        seen.append((time.monotonic() - started, open_count, took))
        print(f"t={seen[-1][0]:6.1f}s open suggestions in project={open_count:>8}, in the shown document={shown:>5}; "
              f"reload + open a document {took:.2f} s", flush=True)
        if not killed and time.monotonic() - started > args.kill_after:
            cli.send_signal(signal.SIGKILL)
            cli.wait()
            killed = True
            print(f"killed the command (SIGKILL) at t={time.monotonic() - started:.1f}s", flush=True)
        elif killed or cli.poll() is not None:
            break
    timer.stop()
    window.reload()
    integrity = window.store.integrity_check()
    print(f"longest gap between 20 ms ticks: {max(gaps):.2f} s; ticks {len(gaps)}; "
          f"errors shown: {errors}; integrity_check: {integrity}", flush=True)
    print(f"command exit: {cli.returncode}; its stderr: {cli.stderr.read() if cli.stderr else ''}", flush=True)
    window.close()
    return 0 if integrity == "ok" and not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
