"""Where the user was in each project: the document last open in it and the place in it, kept in
the settings per project folder (``persist/last_places``, most recent last, at most :data:`KEEP`).

A project's document and place are kept a moment after it is opened (so a process killed later
still reopens it) and when the project closes; opening a project goes back there, also after its
folder was moved or renamed (the place carries the project's own id, given at its first edit). One
project's document is never looked for in another: two projects may both hold an ``a.txt``.

Within a session the window also keeps the place read in each document it leaves
(``window.read_places``): a document chosen again in the list opens there, not at its start (a
glance at another report cost the reader of a 400,000-character one their place).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

KEEP = 30  # projects remembered
DELAY_MS = 1000  # after a document opens, its place is kept


def _places(settings: Any) -> dict[str, tuple[str, int, str]]:
    """{folder: (document, position, the project's id or "")}."""
    try:
        data = json.loads(settings.last_places or "{}")
    except ValueError:  # written by hand, or cut short: forgotten, nothing else is lost
        return {}
    if not isinstance(data, dict):
        return {}
    places: dict[str, tuple[str, int, str]] = {}
    for folder, place in data.items():
        if isinstance(place, list) and len(place) in (2, 3) and isinstance(place[0], str) \
                and isinstance(place[1], int) and (len(place) == 2 or isinstance(place[2], str)):
            places[str(folder)] = (place[0], place[1], place[2] if len(place) == 3 else "")
    return places


def recall(settings: Any, folder: str, project_id: str = "") -> tuple[str, int] | None:
    """(document name, position) last seen in the project at ``folder`` (its resolved path), else in
    the project whose id is ``project_id`` wherever it was (its folder moved or renamed since)."""
    places = _places(settings)
    if folder in places:
        return places[folder][:2]
    moved = [place for place in places.values() if project_id and place[2] == project_id]
    if moved:
        return moved[-1][:2]
    if not settings.last_places and settings.last_project == folder and settings.last_document:
        return settings.last_document, int(settings.last_position or 0)  # kept before places were per project
    return None


def remember(settings: Any, folder: str, document: str, position: int, project_id: str = "") -> None:
    """The project at ``folder`` (whose id is ``project_id``) shows ``document`` at ``position``."""
    places = _places(settings)
    project_id = project_id or places.get(folder, ("", 0, ""))[2]  # (not read: the project closed already)
    if places.get(folder) == (document, position, project_id) and list(places)[-1] == folder:
        return  # nothing to write (a document opened again)
    for other in [f for f, place in places.items() if project_id and place[2] == project_id]:
        places.pop(other)  # the same project, at the folder it had before a move
    places.pop(folder, None)
    places[folder] = (document, int(position), project_id)
    kept = list(places.items())[-KEEP:]
    settings.last_places = json.dumps({f: list(p) for f, p in kept}, ensure_ascii=False)


# ------------------------------------------------------------ the window's
def _folder(window: MainWindow) -> str:
    assert window.store is not None
    return str(window.store.folder.resolve())


def _project_id(window: MainWindow) -> str:
    """The open project's id, which its first edit gave it ("": none yet, or the project closed)."""
    import sqlite3

    assert window.store is not None
    try:
        return window.store.get_meta("project_uuid")
    except sqlite3.Error:  # closed already: the place is kept by its folder alone
        return ""


def reopen(window: MainWindow) -> None:
    """A project just opened: its document last open (at its place), else its first one."""
    assert window.store is not None
    place = recall(window.settings, _folder(window), _project_id(window))
    last = window.store.document_id_by_name(place[0]) if place is not None else None
    ids = window.doc_model.doc_ids()
    if not ids and last is None and window.doc_model.reading():  # the list is read by a worker: its first
        ids = [i for i, _name in window.store.document_names()[:1]]  # by id, as it lists them unsorted
    if last is not None and place is not None:
        window.open_document(last, position=place[1])
    elif ids:
        window.open_document(ids[0])
    else:
        window.show_nothing()


def opened(window: MainWindow) -> None:
    """A document was opened: kept a moment later (:data:`DELAY_MS`), with the place the user
    is reading, so that a process killed from then on reopens it; the settings file is written
    once the user reads, not at each document passed through on the way (~2 ms each)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(DELAY_MS, window, lambda: keep(window))


def keep(window: MainWindow) -> None:
    """The project closes: its open document and the place in it (at each open: 2 ms a switch)."""
    name = window.doc_model.name_of(window.doc_id)
    if window.store is not None and name:
        remember(window.settings, _folder(window), name, window.text_view.top_position(), _project_id(window))


def left(window: MainWindow, doc_id: int) -> None:
    """``doc_id`` opens: the place read in the document shown until now is kept for this session."""
    if window.doc_id is not None and window.doc_id != doc_id and window.text_view.text:
        window.read_places[window.doc_id] = window.text_view.top_position()


def back_to(window: MainWindow, doc_id: int) -> int | None:
    """Where ``doc_id`` was read when the window left it this session (None: not left yet); the
    document shown: where it is read now."""
    if doc_id == window.doc_id and window.text_view.text:
        return window.text_view.top_position()
    return window.read_places.get(doc_id)
