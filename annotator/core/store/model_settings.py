"""The project's settings of the model that learns (``core/suggest/model``): which model suggests
beside the rules (``project``: its own, else the shipped seed; ``seed``; ``none``), the least
confidence its own proposals need, and after how many new accepted spans the window trains it
again by itself (0: only when asked).

They are the project's, not one user's: kept in its ``meta`` table under one key (JSON), so the
window, ``annotator suggest`` and ``annotator evaluate --cross-validate`` of everyone who opens the
project read the same values, a backup or a copy carries them, and a team package carries the
lead's. A project that never set them (made before they were kept here) reads the defaults; no
schema step is needed. Each change is committed at once; it is no undoable edit (no ChangeSet).
"""
from __future__ import annotations

import json
import logging
import math
from typing import Any, NamedTuple

from annotator.core.errors import ValidationError
from annotator.core.store.base import StoreBase

log = logging.getLogger(__name__)
KEY = "model_settings"
CHOICES = ("project", "seed", "none")  # core/suggest/model/choice.py's, in this order
MAX_RETRAIN = 1_000_000


class _Fields(NamedTuple):  # a NamedTuple, not a dataclass: imported at the window's start
    model: str
    min_confidence: float
    retrain_after: int


class ModelSettings(_Fields):
    """Validated on construction (a ValidationError names what is wrong)."""

    __slots__ = ()

    def __new__(cls, model: str = "project", min_confidence: float = 0.0, retrain_after: int = 200) -> ModelSettings:
        if model not in CHOICES:
            raise ValidationError(f"unknown model {model!r} (one of {', '.join(CHOICES)})")
        if isinstance(min_confidence, bool) or not isinstance(min_confidence, int | float) \
                or math.isnan(min_confidence) or not 0.0 <= min_confidence <= 1.0:
            raise ValidationError(f"the minimum confidence is a probability from 0 to 1, not {min_confidence!r}")
        if isinstance(retrain_after, bool) or not isinstance(retrain_after, int) \
                or not 0 <= retrain_after <= MAX_RETRAIN:
            raise ValidationError(f"train again after a whole number of accepted spans from 0 (only when asked) "
                                  f"to {MAX_RETRAIN:,}, not {retrain_after!r}")
        return super().__new__(cls, model, float(min_confidence), retrain_after)

    def changed(self, **changes: Any) -> ModelSettings:
        """These settings with ``changes`` (validated as a new one)."""
        return ModelSettings(**{**self._asdict(), **changes})


DEFAULTS = ModelSettings()


class Unreadable(NamedTuple):
    """A stored value that could not be read (a hand-edited database, a newer version's value)."""

    name: str  # the field ("model", "min_confidence", "retrain_after"); "" for the whole stored value
    stored: str  # as stored (JSON)
    reason: str  # why not (the sentence a ValidationError gives)
    default: str  # the default read in its place

    def said(self) -> str:
        """What it was, why not, and the default used (the project named before: :func:`warning`)."""
        what = f"model setting {self.name} = {self.stored}" if self.name else f"model settings {self.stored}"
        return f"the stored {what} cannot be read: {self.reason}; the default {self.default} is used instead"


def warning(folder: Any, bad: tuple[Unreadable, ...]) -> str:
    """One line for the user naming the project and each value that could not be read."""
    return f"{folder}: " + "; ".join(b.said() for b in bad)


def read(text: str) -> tuple[ModelSettings, tuple[Unreadable, ...]]:
    """The settings a stored value holds, and what in it could not be read: a field missing reads
    as its default, and so does one not valid (a hand-edited database, a newer version's value), so a
    project always opens; a field this version does not know is passed over."""
    try:
        raw = json.loads(text) if text else {}
    except ValueError:
        raw = None
    settings = DEFAULTS
    if not isinstance(raw, dict):
        defaults = ", ".join(f"{k} {_value(v)}" for k, v in DEFAULTS._asdict().items())
        return settings, (Unreadable("", _shown(text), "not a JSON object", defaults),)
    bad: list[Unreadable] = []
    for name in ("model", "min_confidence", "retrain_after"):
        if name in raw:
            try:
                settings = settings.changed(**{name: raw[name]})
            except (ValidationError, TypeError) as e:
                bad.append(Unreadable(name, _shown(json.dumps(raw[name], ensure_ascii=False)), str(e),
                                      _value(getattr(DEFAULTS, name))))
    return settings, tuple(bad)


def _value(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _shown(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[:most] + "…"


def from_text(text: str) -> ModelSettings:
    """The settings a stored value holds (:func:`read`), what could not be read as its default."""
    return read(text)[0]


_said: set[tuple[str, str]] = set()  # (project, stored value) warned of in this process


class ModelSettingsQueries(StoreBase):
    def model_settings(self) -> ModelSettings:
        """The project's model settings (the defaults when it has set none); a stored value that
        cannot be read is logged as a warning once per process (the command line says it)."""
        text = self.get_meta(KEY)
        settings, bad = read(text)
        if bad and (str(self.folder), text) not in _said:
            _said.add((str(self.folder), text))
            log.warning("%s", warning(self.folder, bad))
        return settings

    def model_settings_unreadable(self) -> tuple[Unreadable, ...]:
        """What in the stored model settings could not be read (the window says so)."""
        return read(self.get_meta(KEY))[1]

    def has_model_settings(self) -> bool:
        """Whether the project has set its model settings (else it reads the defaults)."""
        return bool(self.get_meta(KEY))

    def set_model_settings(self, settings: ModelSettings | None = None, *, model: str | None = None,
                           min_confidence: float | None = None, retrain_after: int | None = None) -> ModelSettings:
        """Keep ``settings`` (else the project's own with the fields given changed), committed at
        once; returns what the project holds now. Refused whole (ValidationError) when a value is
        not valid."""
        changes: dict[str, Any] = {k: v for k, v in (("model", model), ("min_confidence", min_confidence),
                                     ("retrain_after", retrain_after)) if v is not None}
        with self.transaction():
            new = (settings if settings is not None else self.model_settings()).changed(**changes)
            self._set_meta(KEY, json.dumps(new._asdict(), sort_keys=True))
        return new
