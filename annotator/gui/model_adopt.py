"""A project opened in the window that has no model settings of its own takes the user's personal
ones, kept in the user's Qt settings (``gui/settings.py``) before each project kept its own
(``core/store/model_settings.py``), when they differ from the defaults: nobody loses what they
chose. Projects that have settings, and users who never changed theirs, are left as they are."""
from __future__ import annotations

import sqlite3
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.store.model_settings import DEFAULTS, ModelSettings


def adopt_personal(store: Store, personal: Any) -> bool:
    """Give ``store`` the user's ``personal`` model settings if it has none and they were changed;
    False when that could not be decided or written (a project busy or closed, values of no use):
    to be tried again."""
    try:
        if store.read_only or store.has_model_settings():  # a read-only project keeps what it has
            return True
        mine = ModelSettings(str(personal.suggest_model), float(personal.model_min_confidence),
                             int(personal.retrain_after))
        if mine != DEFAULTS:
            store.set_model_settings(mine)
        return True
    except (AnnotatorError, sqlite3.Error, TypeError, ValueError):
        return False
