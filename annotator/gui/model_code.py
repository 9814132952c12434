"""The model's code (``core/suggest/model/choice.py``: numpy and the CRF), loaded off the window's
thread when the Statistics panel first asks whether the shipped seed and the project's model can
be read.

Loading it took the window's thread 0.45 s of CPU (0.9-1.5 s of the clock on this machine) the
first time the panel was shown in a session that had not suggested with the model yet: the panel
appeared that much later. Now the panel shows its lines at once, as for models that read (nearly
always so); once it has painted, a worker loads the code and reads the seed (started at once, a
worker importing numpy holds Python's lock for long stretches and held the first paint back as
long), and ``loaded`` has the panel read again: a damaged seed or model is said a moment later.
Once the code is loaded (by the worker, or by suggesting on the window's thread) the models are
read on the window's thread as before: the seed once a process, the project's model once a training.
"""
from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal, Slot

from annotator.gui.after_paint import AfterFirstPaint
from annotator.gui.carrier import Carrier

CODE = "annotator.core.suggest.model.choice"
LATEST_MS = 500  # a panel that does not paint (a hidden window) has it loaded this long after it asked


def _load() -> None:
    from annotator.core.suggest.model.choice import seed_unreadable

    seed_unreadable()  # read once a process when it reads (a damaged one: again on the window's thread)


class ModelCode(AfterFirstPaint):
    loaded = Signal()  # the worker's load is done (delivered on the window's thread)

    def __init__(self, parent: QObject, painted: QObject) -> None:
        super().__init__(parent, LATEST_MS)
        self._painted = painted  # its first paint starts the worker (the panel shown first, its lock not taken)
        self._thread: threading.Thread | None = None

    def ready(self) -> bool:
        """Whether the model's code is loaded (the models may be read now, at once); if not, a worker
        loads it once ``painted`` has painted and ``loaded`` follows."""
        if self._thread is None:
            if CODE in sys.modules:
                return True
            if self._watched is None:
                self._watch(self._painted)
            return False
        return not self._thread.is_alive()

    def _start(self) -> None:
        if self._thread is None:
            carrier = Carrier(self._loaded)  # the panel deleted meanwhile (the window closed): said to nobody
            self._thread = threading.Thread(target=_load_and_say, args=(carrier,), name="model-code", daemon=True)
            self._thread.start()

    @Slot(object)
    def _loaded(self, _nothing: object) -> None:
        self.loaded.emit()


def _load_and_say(carrier: Carrier) -> None:
    """The worker: never touches the panel's objects, only its carrier."""
    try:
        try:
            _load()
        except Exception:  # noqa: BLE001 - what fails to load fails again where the window reads it
            pass
        carrier.send(None)
    finally:
        carrier.done()
