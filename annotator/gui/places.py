"""Where the user was in each project: the document last open in it and the place in it, kept in
the settings per project folder (``persist/last_places``, most recent last, at most :data:`KEEP`).

A project's document and place are kept a moment after it is opened (so a process killed later
still reopens it) and when the project closes; opening a project goes back there, also after its
folder was moved or renamed (the place carries the project's own id, given at its first edit). One
project's document is never looked for in another: two projects may both hold an ``a.txt``.

The document is kept by its name, its id, the digest of its text and the key of a file it was read from
(``store/document_files.py``): renamed since (``annotator rename`` while the window was closed) it is found by
its id, when the document of that id still holds the same text, or still counts that file among those it was
read from (renamed AND read again, ``annotator import-again``: its text another, opened at the place read,
at the new text's end when that is shorter); another text under that id (a project made again, or a backup
of before it was imported, where the id is another document's) is not taken for it, and the name is looked
for instead.

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


# document name, position, project id, document id, its text's digest, the key of a file it was read from
Place = tuple[str, int, str, int, str, str]


def _places(settings: Any) -> dict[str, Place]:
    """{folder: (document, position, the project's id or "", the document's id or 0, its digest or "", the key
    of its file or "")}."""
    try:
        data = json.loads(settings.last_places or "{}")
    except ValueError:  # written by hand, or cut short: forgotten, nothing else is lost
        return {}
    if not isinstance(data, dict):
        return {}
    places: dict[str, Place] = {}
    kinds = (str, int, str, int, str, str)
    for folder, place in data.items():
        if isinstance(place, list) and 2 <= len(place) <= 6 and all(map(isinstance, place, kinds)):
            places[str(folder)] = (*place, *("", 0, "", "")[len(place) - 2:])  # kept before ids were: none
    return places


def recall(settings: Any, folder: str, project_id: str = "") -> tuple[str, int] | None:
    """(document name, position) last seen in the project at ``folder`` (its resolved path), else in
    the project whose id is ``project_id`` wherever it was (its folder moved or renamed since)."""
    place = _recall(settings, folder, project_id)
    return place[:2] if place is not None else None


def _recall(settings: Any, folder: str, project_id: str = "") -> Place | None:
    """:func:`recall`'s place whole: with the document's id, digest and file (0, "", "": kept before they were)."""
    places = _places(settings)
    if folder in places:
        return places[folder]
    moved = [place for place in places.values() if project_id and place[2] == project_id]
    if moved:
        return moved[-1]
    if not settings.last_places and settings.last_project == folder and settings.last_document:
        return settings.last_document, int(settings.last_position or 0), "", 0, "", ""  # before places were per project
    return None


def remember(settings: Any, folder: str, document: str, position: int, project_id: str = "",
             doc_id: int = 0, sha: str = "", file: str = "") -> None:
    """The project at ``folder`` (whose id is ``project_id``) shows ``document`` (id ``doc_id``, its text's
    digest ``sha``, the key of a file it was read from ``file``) at ``position``."""
    places = _places(settings)
    project_id = project_id or places.get(folder, ("", 0, ""))[2]  # (not read: the project closed already)
    place = (document, int(position), project_id, int(doc_id), sha, file)
    if places.get(folder) == place and list(places)[-1] == folder:
        return  # nothing to write (a document opened again)
    for other in [f for f, kept in places.items() if project_id and kept[2] == project_id]:
        places.pop(other)  # the same project, at the folder it had before a move
    places.pop(folder, None)
    places[folder] = place
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


def _document_sha(window: MainWindow, doc_id: int) -> str:
    """The digest of document ``doc_id``'s text as stored ("": no such document, or the project closed)."""
    import sqlite3

    assert window.store is not None
    try:
        return window.store.document_sha(doc_id) or ""
    except sqlite3.Error:
        return ""


def _document_file(window: MainWindow, doc_id: int) -> str:
    """The key of the first file document ``doc_id`` was read from ("": none, pasted or stored before files
    were kept, or the project closed). *Import again* adds the key of the file it reads, the others stay."""
    import sqlite3

    assert window.store is not None
    try:
        return next(iter(window.store.document_files(doc_id)), "")
    except sqlite3.Error:
        return ""


def _kept_document(window: MainWindow, place: Place) -> int | None:
    """The document ``place`` was kept in: by its id while that document holds the text it held then, or
    was read from the file it was read from then (renamed since by the command line while the window was
    closed, and read again too), else by its name."""
    assert window.store is not None
    name, _position, _project, doc_id, sha, file = place
    if doc_id and sha and _document_sha(window, doc_id) == sha:
        return doc_id
    if doc_id and file and file in window.store.document_files(doc_id):
        return doc_id
    return window.store.document_id_by_name(name)  # its id another document's, or kept before ids were


def reopen(window: MainWindow) -> None:
    """A project just opened: its document last open (at its place), else its first one."""
    assert window.store is not None
    place = _recall(window.settings, _folder(window), _project_id(window))
    last = _kept_document(window, place) if place is not None else None
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
    if window.store is not None and name and window.doc_id is not None:
        remember(window.settings, _folder(window), name, window.text_view.top_position(), _project_id(window),
                 window.doc_id, _document_sha(window, window.doc_id), _document_file(window, window.doc_id))


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
