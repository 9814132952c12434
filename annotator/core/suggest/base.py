"""The shape every suggester has: a name, the labels it proposes and ``suggest(text)``."""
from __future__ import annotations

from typing import Protocol

from annotator.core.models import Suggestion


class Suggester(Protocol):
    name: str  # stored as the annotation's ``origin``
    labels: tuple[str, ...]

    def suggest(self, text: str) -> list[Suggestion]:
        """Spans proposed for ``text``; offsets are code-point indices, end exclusive."""
        ...
