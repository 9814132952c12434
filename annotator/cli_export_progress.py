"""What `annotator export` shows on a terminal while it writes: the document it is reading, on one line
rewritten at most ten times a second and cleared at the end (a workbook of 5,000 reports took 46 s
with nothing on the screen). Not on a pipe or a file: standard error there holds only the lines said."""
from __future__ import annotations

import contextlib
import shutil
import sys
import time
from collections.abc import Callable, Iterator

INTERVAL = 0.1  # seconds between two rewrites of the line


class _Line:
    def __init__(self) -> None:
        self.last = -INTERVAL
        self.shown = 0  # the display width written, cleared at the end

    def step(self, name: str) -> None:
        now = time.monotonic()
        if not name or now - self.last < INTERVAL:
            return
        self.last = now
        self.write(_fitted(f"export: reading {name}", shutil.get_terminal_size().columns - 1))

    def write(self, text: str) -> None:
        from annotator.core.imports.char_kinds import width

        sys.stderr.write("\r" + text + " " * max(self.shown - width(text), 0))
        sys.stderr.flush()
        self.shown = width(text)

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * self.shown + "\r")
            sys.stderr.flush()
            self.shown = 0


def _fitted(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` display columns (a wide character takes two), with … when cut."""
    from annotator.core.imports.char_kinds import width

    if width(text) <= columns:
        return text
    while text and width(text) > columns - 1:
        text = text[:-1]
    return text + "…"


@contextlib.contextmanager
def export_step() -> Iterator[Callable[[str], None] | None]:
    """The ``step`` an export calls with each document's name as it reads it: the terminal's line, or None
    when standard error is no terminal. The line is cleared however the export ends (Ctrl+C too)."""
    if not sys.stderr.isatty():
        yield None
        return
    line = _Line()
    try:
        yield line.step
    finally:
        line.clear()
