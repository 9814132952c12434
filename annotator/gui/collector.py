"""The cycle collector held off while a document opens (:func:`held`).

Opening a document of 10,000 spans makes some 20,000 tuples (SQLite's rows and the window's
narrow rows, :mod:`annotator.core.span_row`), its index and the first formats: the collector
would run about twenty times while they are made, walking the young ones again at each run
(about 3 ms of an open). Held off, it runs once after, as the start holds it while its modules
load (:mod:`annotator.gui`). Nothing made while opening forms a cycle that must go at once.
"""
from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def held(method: Callable[P, R]) -> Callable[P, R]:
    """``method`` runs with the cycle collector held off (as it was after)."""
    @functools.wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return method(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return run
