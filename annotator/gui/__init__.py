"""The window: everything Qt lives under this package; the core never imports it.

The core modules the window starts with are imported here, before ``annotator.gui.app`` first
imports PySide6: PySide's import hook (shibokensupport's feature import) reads the source of every
module imported after PySide6 to see whether it uses PySide, and the core with the standard
library modules it brings (json, datetime, sqlite3, inspect, logging …) cost about 6 ms of the
start that way. ``tests/gui/test_start.py`` checks that no core module of the first paint is
imported after PySide6 (add a new one here).
"""
import annotator.core.errors
import annotator.core.jurisdiction
import annotator.core.resources
import annotator.core.review
import annotator.core.selection
import annotator.core.span_layout
import annotator.core.suggest.values
import annotator.core.undo  # noqa: F401
