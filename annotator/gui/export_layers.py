"""The export dialog's annotators, read off the GUI thread.

Which annotators the spans carry, and which of them are gold layers (``Store.export_layers``),
takes two scans of every span: the dialog read them on the window's thread before it was shown,
350 ms at each Ctrl+E for a project of 475,000 spans (1.1 s while the session's backup read the
file). A worker thread opens its own connection and reads them there (SQLite lets go of Python's
lock while it reads), as the Statistics panel counts (``project_counts.py``); the dialog is shown at
once and fills its list of annotators when they come. What was read is kept until the project
changes (``Store.counts_mark``): the next Ctrl+E fills the list before it is shown, reading nothing.
The worker hands the layers over through a carrier of its own (``carrier.py``): the dialog may be
closed and deleted while it reads, and they then go nowhere.
"""
from __future__ import annotations

import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.gui.carrier import Carrier

Layers = tuple[list[str], list[str]]  # every annotator name ("": none), the gold layers among them

# the window's store: (its counts_mark when read, what was read); by the store, not its folder: a
# connection opened anew counts its changes from 0 again
_kept: weakref.WeakKeyDictionary[Store, tuple[Any, Layers]] = weakref.WeakKeyDictionary()


def kept(store: Store) -> Layers | None:
    """What was read of ``store``'s project, when it has not changed since."""
    held = _kept.get(store)
    return held[1] if held is not None and held[0] == store.counts_mark() else None


def read_now(store: Store) -> Layers:
    """Read on this thread (tests' synchronous tasks), kept as the worker keeps it."""
    mark, layers = store.counts_mark(), store.export_layers()
    _kept[store] = (mark, layers)
    return layers


class LayerReader(QObject):
    """The dialog's (its child): ``read`` comes on the window's thread. The worker never touches it: it
    hands the layers to a :class:`~annotator.gui.carrier.Carrier` of its own, queued to ``read``, so the
    dialog may be closed and deleted while the worker reads (Esc at once): the layers then go nowhere."""

    read = Signal(object)  # the Layers, delivered on the GUI thread (queued)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._layers: list[Layers] = []  # what the worker read, once it has (shared with it: plain Python)

    def start(self, store: Store) -> None:
        folder, mark = store.folder, store.counts_mark()  # the mark before the read: a write meanwhile reads again
        window_store = weakref.ref(store)
        carrier = Carrier(self.read)
        read = self._layers

        def run() -> None:
            try:
                try:
                    with Store.open(folder, read_only_ok=True) as own:
                        layers = own.export_layers()
                    held = window_store()
                    if held is not None:
                        _kept[held] = (mark, layers)
                except AnnotatorError:
                    layers = ([], [])  # the project went away meanwhile: every span exported, as with one annotator
                read.append(layers)
                carrier.send(layers)
            finally:
                carrier.done()

        self._thread = threading.Thread(target=run, name="export-layers", daemon=True)
        self._thread.start()

    def wait(self) -> Layers:
        """The layers, once the worker has read them (an export asked for before they came)."""
        if self._thread is not None:
            self._thread.join()
        return self._layers[0] if self._layers else ([], [])
