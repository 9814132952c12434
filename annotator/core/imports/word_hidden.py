"""Text a .docx formats hidden through a style, which Word does not show (nor print): a character style
for an editor's notes (内部备注), a paragraph style for a drafting instruction. ``word_text.py`` reads a
run's own w:vanish; these are the styles that hide theirs: a character style with w:vanish in its run
properties or in those of a style it is based on, and a paragraph style likewise (its runs hidden, and
its paragraph mark: the paragraph then runs on into the next, as Word shows it). A run's own setting
wins over its character style's, which wins over its paragraph style's.
"""
from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = {"0", "false", "off"}


def vanish(props: Any) -> bool | None:
    """Whether run properties (a w:rPr) hide their text: True, False (w:vanish w:val="0"), None (not said)."""
    hidden = None if props is None else props.find(f"{_W}vanish")
    return None if hidden is None else hidden.get(f"{_W}val", "true") not in _OFF


class HiddenStyles:
    """The styles of a python-docx document that hide their text."""

    def __init__(self, document: Any) -> None:
        try:
            root = document.styles.element
        except (KeyError, AttributeError, NotImplementedError):
            root = None
        styles = {} if root is None else {s.get(f"{_W}styleId"): s for s in root.iter(f"{_W}style")}

        def hides(style_id: str | None, seen: frozenset[str] = frozenset()) -> bool:
            style = styles.get(style_id)
            if style is None or style_id in seen:
                return False
            own = vanish(style.find(f"{_W}rPr"))
            if own is not None:
                return own
            based = style.find(f"{_W}basedOn")
            return based is not None and hides(based.get(f"{_W}val"), seen | {str(style_id)})

        by_type: dict[str, set[str]] = {"character": set(), "paragraph": set()}
        for style_id, style in styles.items():
            kind = style.get(f"{_W}type")
            if kind in by_type and hides(style_id):
                by_type[kind].add(str(style_id))
        self.characters = frozenset(by_type["character"])
        self._paragraphs = frozenset(by_type["paragraph"])
        self._default = next((i for i, s in styles.items() if s.get(f"{_W}type") == "paragraph"
                              and s.get(f"{_W}default") in ("1", "true", "on")), None)

    def paragraph(self, paragraph: Any) -> bool:
        """Whether the style of a w:p hides its runs."""
        if not self._paragraphs:
            return False
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        return (self._default if style is None else style.get(f"{_W}val")) in self._paragraphs

    def mark(self, paragraph: Any) -> bool:
        """Whether the paragraph mark of a w:p is hidden (its own setting, else its style's)."""
        own = vanish(paragraph.find(f"{_W}pPr/{_W}rPr"))
        return self.paragraph(paragraph) if own is None else own


NONE_HIDDEN = HiddenStyles(None)
