"""The project's own dictionary: what the researcher accepted or tagged is proposed elsewhere, in
simplified or traditional characters alike (湖裡區 accepted finds 湖里区, and the other way round:
``suggest.traditional``, one character for one)."""
from __future__ import annotations

from typing import Any

import ahocorasick

from annotator.core.models import Suggestion
from annotator.core.suggest.traditional import simplified


class LearnedSuggester:
    name = "learned"
    confidence = 0.9

    def __init__(self, entries: dict[tuple[str, str], dict[str, Any]]) -> None:
        """``entries``: {(label, text): value} of accepted spans (see Store.learned_entries)."""
        self.labels = tuple(sorted({label for label, _ in entries}))
        self._automaton = ahocorasick.Automaton()
        by_text: dict[str, list[tuple[str, dict[str, Any]]]] = {}  # by the text in simplified characters
        accepted: dict[str, str] = {}  # each such text as it was first accepted (the reason names it)
        for (label, text), value in entries.items():
            if len(text.strip()) >= 2:
                plain = simplified(text)
                by_text.setdefault(plain, []).append((label, value))
                accepted.setdefault(plain, text)
        for plain, items in by_text.items():
            self._automaton.add_word(plain, (accepted[plain], items))
        self._empty = not by_text
        if not self._empty:
            self._automaton.make_automaton()

    def suggest(self, text: str) -> list[Suggestion]:
        if self._empty:
            return []
        out = []
        for end_index, (word, items) in self._automaton.iter(simplified(text)):  # 湖裡區 accepted finds 湖里区
            start = end_index - len(word) + 1
            for label, value in items:
                out.append(Suggestion(start, end_index + 1, label, text[start:end_index + 1], dict(value),
                                      self.confidence, f"learned: {label} {word} accepted in this project", self.name))
        return out
