"""Suggesters, one per module, found through a small registry.

Each module under this package exposes a factory returning an object that follows
:class:`annotator.core.suggest.base.Suggester`. Dictionaries load lazily, once per process.
"""
from __future__ import annotations

import importlib
import threading
from functools import cache

from annotator.core.suggest.base import Suggester

# name -> "module:factory"; the name is what annotations store as their origin
REGISTRY: dict[str, str] = {
    "gazetteer": "annotator.core.suggest.district:DistrictSuggester",
    "amount": "annotator.core.suggest.amount:AmountSuggester",
    "project": "annotator.core.suggest.project:ProjectSuggester",
    "target": "annotator.core.suggest.target:TargetSuggester",
}


_making = threading.RLock()  # one of each, also while the window warms them in a thread (warm.py)


def get_suggester(name: str) -> Suggester:
    """The suggester ``name`` of :data:`REGISTRY` (made once per process)."""
    with _making:
        return _get_suggester(name)


@cache
def _get_suggester(name: str) -> Suggester:
    module_name, factory = REGISTRY[name].split(":")
    suggester: Suggester = getattr(importlib.import_module(module_name), factory)()
    return suggester


def default_suggesters() -> list[Suggester]:
    """The rule and dictionary suggesters (not the project's learned one)."""
    return [get_suggester(name) for name in REGISTRY]
