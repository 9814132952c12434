"""What a worker thread emits on, so that the object its result is for (a dialog, a panel, the window)
may be deleted on the window's thread while the worker runs.

A worker used to emit on a child of the dialog the result was for (``self.read.emit(layers)`` on the
export dialog's reader), catching RuntimeError when the dialog had been deleted meanwhile. That was a
race, not a check: Esc and the ``deleteLater`` after ``exec()`` could delete the dialog, and its reader
with it, while the worker was inside ``emit``, in Qt's signal code on a freed object (a crash, not a
RuntimeError); and a worker that held the last Python reference of a QObject deleted it on the
worker's thread. So the standard Qt pattern:

- the worker emits on a :class:`Carrier`, made on the window's thread (it lives there: a receiver on
  that thread gets its signal queued), owned by the application: not by the dialog (whose deletion would
  take it), not by Python (a reference the worker lets go of would delete it on the worker's thread);
  the worker touches nothing else of Qt's;
- the carrier's signal reaches the receiver's slot (or signal) by a queued connection: the slot runs on
  the receiver's thread, and when the receiver is deleted first Qt drops the connection and what was
  queued for it, under the lock that ``emit`` takes too, so the delivery is dropped cleanly;
- the worker's last touch is :meth:`Carrier.done`: ``deleteLater`` (thread-safe), the carrier deleted on
  the window's thread when the event loop next turns.

The slot is a method of a QObject (``@Slot(object)``, or a signal of one): Qt knows its receiver, and its
thread. It gets what :meth:`Carrier.send` was given (a tuple, for a signal of several arguments).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal


class Carrier(QObject):
    sent = Signal(object)  # what the worker hands over, delivered queued on the receiver's thread

    def __init__(self, slot: Any) -> None:
        """Made on the window's thread; ``slot`` (a bound ``@Slot(object)`` or a ``Signal(object)`` of a
        QObject living there) gets what is sent."""
        super().__init__(QCoreApplication.instance())  # the application's: Python's references never delete it
        self.sent.connect(slot, Qt.ConnectionType.QueuedConnection)

    def send(self, value: Any) -> None:
        """From the worker: ``value`` to the slot on its own thread, or to nobody when its object is gone."""
        self.sent.emit(value)

    def done(self) -> None:
        """The worker's last touch of the carrier: deleted on the window's thread, not the worker's."""
        self.deleteLater()


def carriers() -> int:
    """How many carriers are alive (tests: each is deleted once its worker is done)."""
    app = QCoreApplication.instance()
    return 0 if app is None else len(app.findChildren(Carrier))
