"""User preferences and window state, declared once (Picard's ``options.py`` style).

Every option is listed in :data:`OPTIONS` with its type and default; :class:`Settings`
turns each into a typed property over ``QSettings`` (organisation and application
"annotator"). Preferences live under ``setting/``, window state under ``persist/``.
Tests point QSettings at a temporary folder (``QSettings.setPath``) or pass their own.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

ORGANISATION = "annotator"
APPLICATION = "annotator"
SETTINGS_VERSION = 1
MAX_RECENT = 10


class Option(NamedTuple):  # never compared nor hashed (a default may be a list)
    """One setting: its name, type, default and section."""

    name: str
    type: type
    default: Any
    section: str = "setting"

    @property
    def key(self) -> str:
        return f"{self.section}/{self.name}"


OPTIONS: tuple[Option, ...] = (
    Option("annotator_name", str, ""),
    Option("recent_projects", list, []),
    Option("last_project", str, "", "persist"),
    Option("last_document", str, "", "persist"),
    Option("last_position", int, 0, "persist"),
    # {project folder: [document name, position, project id, document id, its digest]} as JSON, per project
    # (gui/places.py); the two above are what was kept before, for one project only, read when nothing is kept here
    Option("last_places", str, "", "persist"),
    # the dock panels shown when the window last closed, by object name, comma-separated
    # ("?": not recorded, as by an annotator that made every panel at start)
    Option("open_panels", str, "?", "persist"),
    # the annotation table's columns the user showed, hid or resized, JSON (gui/widgets/table_columns.py)
    Option("table_columns", str, "", "persist"),
    # the project folders whose notice of a network share or a synced folder was shown (gui/kept_where.py)
    Option("place_warned", list, [], "persist"),
    Option("font_size", int, 14),
    Option("language", str, ""),  # "" = the system's, "zh_CN", "en"
    Option("snap_to_words", bool, False),
    Option("next_after_decision", bool, False),  # A / X go on to the next open suggestion (gui/review_flow.py)
    Option("show_rejected", bool, False),
    Option("suggest_on_import", bool, True),
    Option("keep_lines_on_import", bool, False),  # import text copied from PDFs as it is (--keep-lines)
    Option("export_format", str, "xlsx"),  # the export dialog's format when Ctrl+E opens it: the last one used
    Option("import_folder", str, ""),  # where Import files/folder last chose: its dialog opens there
    # the model's settings as they were kept before each project kept its own (Store.model_settings):
    # no longer written; a project that has none takes them when they differ from these defaults
    # (gui/model_work.py, ModelWork.adopt)
    Option("suggest_model", str, "project"),
    Option("model_min_confidence", float, 0.0),
    Option("retrain_after", int, 200),
)
_BY_NAME = {o.name: o for o in OPTIONS}


def _convert(option: Option, raw: Any) -> Any:
    """QSettings hands back strings from INI files and odd types from the registry: coerce."""
    if raw is None:
        return _copy(option.default)
    try:
        if option.type is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("true", "1", "yes", "on")
            return bool(raw)
        if option.type is int:
            return int(raw)
        if option.type is float:
            return float(raw)
        if option.type is list:
            if isinstance(raw, str):  # a one-element list comes back as a plain string
                return [raw] if raw else []
            return [str(x) for x in raw]
        return str(raw)
    except (TypeError, ValueError):
        return _copy(option.default)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


class Settings:
    """Typed access to the options; ``Settings(qsettings)`` wraps a given QSettings (tests)."""

    not_kept: Callable[[], None] | None = None  # told when a setting could not be written (settings_kept.py)
    _unkept = False  # a setting not kept, said: not said again until one is kept
    recent_projects: list[str]  # an option as the others (read and written through QSettings), typed for add_recent

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings if qsettings is not None else QSettings(ORGANISATION, APPLICATION)
        self._upgrade()

    def __getattr__(self, name: str) -> Any:
        option = _BY_NAME.get(name)
        if option is None:
            raise AttributeError(name)
        return _convert(option, self._value(option.key))

    def __setattr__(self, name: str, value: Any) -> None:
        option = _BY_NAME.get(name)
        if option is None:
            super().__setattr__(name, value)
            return
        value = _convert(option, value)
        if name == "recent_projects":  # most recent first, no duplicates, at most MAX_RECENT
            value = list(dict.fromkeys(p for p in value if p))[:MAX_RECENT]
        self.q.setValue(option.key, value)
        self._check_kept()

    def _check_kept(self) -> None:
        """Write the settings now; when the file was not written (a full disk), tell ``not_kept`` once."""
        from annotator.gui.settings_kept import synced

        kept = synced(self.q)
        if not kept and not self._unkept and self.not_kept is not None:
            self.not_kept()
        self._unkept = not kept

    def _value(self, key: str) -> Any:
        """The stored value, or None where Qt cannot hand it over: a hand-edited ``@Variant(...)``
        of a type PySide has no converter for (char16_t) raised RuntimeError at window start."""
        try:
            return self.q.value(key)
        except RuntimeError:
            return None

    def reset(self, name: str) -> None:
        self.q.remove(_BY_NAME[name].key)

    def sync(self) -> None:
        self.q.sync()

    def article_font_size(self) -> int:
        """The article's point size: the user's (View › Bigger, Smaller: kept), else 14, or the
        interface's where that is larger (a 20-pt system font: the article stayed 14, smaller than
        the menus)."""
        if self.q.contains(_BY_NAME["font_size"].key):
            return int(self.font_size or 14)
        from PySide6.QtGui import QGuiApplication

        size = QGuiApplication.font().pointSize()  # -1: a font sized in pixels
        return max(14, min(48, size))

    # ------------------------------------------------------------ recent
    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent projects (no duplicates, at most MAX_RECENT)."""
        path = str(path)
        self.recent_projects = [path] + [p for p in self.recent_projects if p != path][:MAX_RECENT - 1]

    # ------------------------------------------------------------ window
    def save_window(self, window: QWidget) -> None:
        """Geometry, dock/toolbar state (and which docks are shown) and every named QSplitter's sizes."""
        self.q.setValue("persist/geometry", window.saveGeometry())
        if hasattr(window, "saveState"):
            from PySide6.QtWidgets import QDockWidget  # its type made at the first close, not at start

            self.q.setValue("persist/window_state", window.saveState())
            self.open_panels = ",".join(d.objectName() for d in window.findChildren(QDockWidget) if not d.isHidden())
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName():
                self.q.setValue(f"persist/splitter/{splitter.objectName()}", splitter.saveState())

    def restore_window(self, window: QWidget) -> bool:
        """Apply what :meth:`save_window` stored; False when nothing was stored yet."""
        geometry = self._value("persist/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            window.restoreGeometry(geometry)
        state = self._value("persist/window_state")
        if isinstance(state, QByteArray) and hasattr(window, "restoreState"):
            window.restoreState(state)
        for splitter in window.findChildren(QSplitter):
            saved = self._value(f"persist/splitter/{splitter.objectName()}") if splitter.objectName() else None
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        return isinstance(geometry, QByteArray)

    def panels_to_restore(self, names: list[str]) -> list[str]:
        """Which of the dock panels ``names`` the saved window state shows (all of them when it
        did not record which), to be made before :meth:`restore_window`."""
        shown = self.open_panels
        if shown == "?":
            return list(names) if self.q.contains("persist/window_state") else []
        return [n for n in names if n in shown.split(",")]

    # ----------------------------------------------------------- upgrade
    def _upgrade(self) -> None:
        """Picard's config_upgrade in small: bring older stored settings to SETTINGS_VERSION."""
        version = _convert(Option("version", int, 0), self._value("version"))
        if version == SETTINGS_VERSION:
            return
        # version 0 had no steps to take; later renames go here, one ``if version < n`` each
        self.q.setValue("version", SETTINGS_VERSION)
