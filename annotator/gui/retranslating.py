"""A mixin for widgets whose texts follow the interface language while they are open."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:  # mixed only into widgets: their changeEvent is the next one (no Qt base at run time)
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class Retranslating(_Widget):
    """Calls ``self.retranslate()`` when the application's translator changes.

    Put it before the Qt class: ``class SearchDialog(Retranslating, QDialog)``.
    """

    def retranslate(self) -> None:  # pragma: no cover - every user defines it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
