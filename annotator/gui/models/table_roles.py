"""The item roles of the annotation table beyond Qt's, and the roles its model answers (as plain
ints: ``data()`` runs for each role of each cell painted, and an enum's attribute costs more)."""
from __future__ import annotations

from PySide6.QtCore import Qt

ANN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DISPLAY, SORT, ANN_ID = int(Qt.ItemDataRole.DisplayRole), int(SORT_ROLE), int(ANN_ID_ROLE)
DECORATION, TOOLTIP = int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
# a painted cell asks for seven roles; these are answered, the rest (font, alignment, check
# state, background) are Qt's defaults: None at once
SERVED = frozenset((DISPLAY, SORT, ANN_ID, DECORATION, TOOLTIP, FOREGROUND))
