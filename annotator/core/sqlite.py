"""sqlite-utils, imported without the half second it spends importing pandas and numpy.

sqlite-utils imports pandas and numpy when they are installed, only to map their column
types; the store never hands it such values. Hiding them during that one import keeps the
command line and the window quick to start. Nothing else is affected.
"""
from __future__ import annotations

import sys

_hidden = [name for name in ("pandas", "numpy") if name not in sys.modules and "sqlite_utils" not in sys.modules]
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment]  # makes the import raise ImportError
try:
    from sqlite_utils import Database
finally:
    for _name in _hidden:
        if sys.modules.get(_name) is None:
            del sys.modules[_name]

__all__ = ["Database"]
