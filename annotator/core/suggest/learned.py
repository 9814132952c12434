"""The project's own dictionary: what the researcher accepted or tagged is proposed elsewhere."""
from __future__ import annotations

from typing import Any

import ahocorasick

from annotator.core.models import Suggestion


class LearnedSuggester:
    name = "learned"
    confidence = 0.9

    def __init__(self, entries: dict[tuple[str, str], dict[str, Any]]) -> None:
        """``entries``: {(label, text): value} of accepted spans (see Store.learned_entries)."""
        self.labels = tuple(sorted({label for label, _ in entries}))
        self._automaton = ahocorasick.Automaton()
        by_text: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for (label, text), value in entries.items():
            if len(text.strip()) >= 2:
                by_text.setdefault(text, []).append((label, value))
        for text, items in by_text.items():
            self._automaton.add_word(text, (text, items))
        self._empty = not by_text
        if not self._empty:
            self._automaton.make_automaton()

    def suggest(self, text: str) -> list[Suggestion]:
        if self._empty:
            return []
        out = []
        for end_index, (word, items) in self._automaton.iter(text):
            start = end_index - len(word) + 1
            for label, value in items:
                out.append(Suggestion(start, end_index + 1, label, word, dict(value), self.confidence,
                                      f"learned: {label} {word} accepted in this project", self.name))
        return out
