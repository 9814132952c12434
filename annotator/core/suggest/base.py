"""The shape every suggester has: a name, the labels it proposes and ``suggest(text)``; and
:func:`no_collection`, for the work of proposing."""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import Protocol

from annotator.core.models import Suggestion


class Suggester(Protocol):
    name: str  # stored as the annotation's ``origin``
    labels: tuple[str, ...]

    def suggest(self, text: str) -> list[Suggestion]:
        """Spans proposed for ``text``; offsets are code-point indices, end exclusive."""
        ...


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """Hold the cycle collector off while proposing: the suggesters and the model's features make
    lists and tuples by the hundred thousand (no cycles), which it would otherwise walk again and
    again (6 % of suggesting with the model, a third of computing the features). What is dropped
    before the end is no longer counted, so it is never walked."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
