"""A core progress hook of the model's work (training, cross-validation) as the text and the
thousandths of a task's progress bar (``gui/model_work.py``)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


def named(template: str) -> Callable[[str], str]:
    """``template`` with a document's file name (a progress text with a path would show only its end)."""
    return lambda name: template.format(name.replace("\\", "/").rpartition("/")[2])


def scaled(progress: Callable[[int, int, Any], None], low: int, high: int,
           describe: Callable[[str], str]) -> Callable[[int, int, str], None]:
    """A core progress hook (i of n, what) as thousandths from ``low`` to ``high`` of the job's bar,
    with ``describe(what)`` as its text."""
    def hook(done: int, total: int, current: str) -> None:
        progress(low + (high - low) * done // max(total, 1), 1000, describe(current))

    return hook
