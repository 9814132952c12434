"""Render the window on the demo project to docs/screenshot.png (offscreen, no display needed):
an open suggestion with a suggested link selected, the Guide panel on its label and the
Statistics panel beside it.

    python scripts/screenshot.py [--language en|zh_CN] [--out docs/screenshot.png]

The user's own settings and data folder are not touched: QSettings point at a temporary
folder, and the demo is built afresh in another (as on a first start), so the picture shows
what the demo now holds, not a copy built by an older version.
"""
from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1680, 1000)
DOCK_WIDTH = 380  # the Guide over the Statistics, right of the form


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def show_a_suggestion(window, app: QApplication, prefer: tuple[str, ...] = ("AMOUNT", "PROJECT")) -> None:
    """Select an open suggestion (an AMOUNT with a suggested link if there is one: its form has
    the most to show) and scroll so that it stands a few lines below the top of the article."""
    window.next_suggestion()  # opens the first document with open suggestions
    suggestions = sorted((a for a in window.ann_model.annotations() if a.status == "suggested"),
                         key=lambda a: a.start)
    if not suggestions:
        return
    linked = [a for a in suggestions if window.store.links_from(a.id)]
    chosen = next((a for group in (linked, suggestions) for label in prefer for a in group if a.label == label),
                  suggestions[0])
    text = window.text_view.text
    starts = [0] + [i + 1 for i, ch in enumerate(text[:chosen.start]) if ch == "\n" and text[i + 1:i + 2].strip()]
    window.text_view.scroll_to(starts[-2] if len(starts) > 1 else 0)  # the paragraph before the chosen one
    settle(app)
    window.select_annotation(chosen.id, scroll=False)


def show_panels(window, app: QApplication) -> None:
    """The Guide (on the selected span's label, as F1 shows it) over the Statistics, on the right."""
    guide, stats = getattr(window, "guide", None), getattr(window, "statistics", None)
    if guide is None or stats is None:
        return
    guide.show()
    stats.show()
    window.splitDockWidget(guide, stats, Qt.Orientation.Vertical)
    window.resizeDocks([guide], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    window.resizeDocks([guide, stats], [SIZE[1] - 580, 520], Qt.Orientation.Vertical)
    settle(app)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", help="interface language: en or zh_CN (default en)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    args = parser.parse_args(argv)

    settings_dir = tempfile.mkdtemp(prefix="annotator-screenshot-")
    atexit.register(shutil.rmtree, settings_dir, ignore_errors=True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)

    from annotator.demo import ensure_demo
    from annotator.gui.app import create_app
    from annotator.gui.i18n import install_translator
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    app = create_app(["annotator"])
    font = QFont(app.font())
    font.setFamilies([font.family(), "Noto Sans CJK SC"])
    app.setFont(font)
    settings = Settings()
    settings.annotator_name = "demo"
    settings.language = args.language
    install_translator(app, args.language)

    window = MainWindow(settings)
    window.resize(*SIZE)
    window.show()
    if not window.open_project(ensure_demo(Path(settings_dir) / "demo")):
        print("could not open the demo project", file=sys.stderr)
        return 1
    window.resize(*SIZE)
    show_panels(window, app)
    splitter = getattr(window, "main_splitter", None)
    if splitter is not None:  # room for the document names and the form
        splitter.setSizes([300, 560, 420])
    settle(app)
    show_a_suggestion(window, app)
    settle(app)
    if window.selected_id is None:
        print("warning: no open suggestion to select in the demo project", file=sys.stderr)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab()
    if not image.save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(f"wrote {out} ({image.width()}x{image.height()}), selected annotation {window.selected_id}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
