"""What the command line says of a project kept on a network share or in a cloud-synced folder: one
warning on standard error per command that opens it (``core/location.py`` says where it lies,
``core/store/journal.py`` which journal it is written with there). A read-only project is not warned of:
nothing is written to it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.location import NETWORK, SYNCED

if TYPE_CHECKING:
    from annotator.core.store import Store

HAND_OVER = "hand work over with 'annotator export-package' and 'annotator merge'"


def place_warning(store: Store) -> str:
    """The warning for ``store``'s folder ("" when it is on this computer's disk, or read-only)."""
    where, folder = store.location, store.folder
    if store.read_only or where.kind not in (NETWORK, SYNCED):
        return ""
    if where.kind == NETWORK:
        how = ("annotator writes it there with a rollback journal, not the write-ahead log (slower)"
               if store.journal == "delete" else
               "another program has it open, so it is still written with the write-ahead log, which is "
               "damaged when that program runs on another computer")
        return (f"{folder} is on a network share ({where.what}): SQLite's write-ahead log does not work over a "
                f"network and file locks there often fail, so two computers writing the project can damage it; "
                f"{how}. Keep the project on this computer's disk and {HAND_OVER}, or let one computer at a time "
                "open it")
    return (f"{folder} is in a cloud-synced folder ({where.what}): the sync copies project.sqlite and its -wal "
            "file at different moments and does not merge edits made on two computers, which can leave the project "
            f"damaged or rolled back. Keep the project on this computer's disk outside {where.what} and {HAND_OVER}, "
            "or close it on one computer and let the sync finish before opening it on another")
