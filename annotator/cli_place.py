"""What the command line says of a project kept on a network share or in a cloud-synced folder: one
warning on standard error per command that opens it (``core/location.py`` says where it lies,
``core/store/journal.py`` which journal it is written with there). A read-only project is not warned of:
nothing is written to it. A project on this computer's disk that has been opened over a network share
is written with the rollback journal too, said likewise; ``annotator shared`` marks a project so, or with
``--not`` gives it back the write-ahead log."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from annotator.core.location import NETWORK, SYNCED
from annotator.paths import as_argument

if TYPE_CHECKING:
    from annotator.core.store import Store

HAND_OVER = "hand work over with 'annotator export-package' and 'annotator merge'"


def place_warning(store: Store) -> str:
    """The warning for ``store``'s folder ("" when it is on this computer's disk, or read-only)."""
    where, folder = store.location, store.folder
    if store.read_only or where.kind not in (NETWORK, SYNCED) and not store.shared:
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
    if where.kind == SYNCED:
        return (f"{folder} is in a cloud-synced folder ({where.what}): the sync copies project.sqlite and its -wal "
                "file at different moments and does not merge edits made on two computers, which can leave the "
                f"project damaged or rolled back. Keep the project on this computer's disk outside {where.what} and "
                f"{HAND_OVER}, or close it on one computer and let the sync finish before opening it on another")
    return shared_note(store)


def _marked(store: Store) -> str:
    from annotator.core.store.journal import BY_HAND

    return ("was marked shared ('annotator shared')" if store.shared == BY_HAND else
            f"has been opened over a network share ({store.shared})")


def shared_note(store: Store) -> str:
    """Why a project on this computer's disk is written with the rollback journal: it has been opened over a
    share, where another computer may still have it open (that computer's idle connection cannot be seen)."""
    how = ("so annotator writes it with a rollback journal here too, not the write-ahead log (slower)"
           if store.journal == "delete" else
           "so annotator writes it with a rollback journal from the next opening with no other program in it (one "
           "has it open with the write-ahead log now)")
    return (f"{store.folder} {_marked(store)}, {how}: a computer that has it open over the share would not see this "
            "computer's write-ahead log and would damage the project. When no computer opens it over a share any "
            f"more, 'annotator shared {as_argument(store.folder)} --not' gives it back the write-ahead log")


def cmd_shared(args: argparse.Namespace) -> int:
    """``annotator shared P``: marked shared (a rollback journal everywhere); ``--not``: the write-ahead log back."""
    from annotator.cli import _open
    from annotator.core.store import journal

    with _open(args.project, place=False) as store:  # (the note on the mark would say what this does)
        was = "was not marked shared" if not store.shared else "not marked shared any more"
        if args.given_back:
            journal.give_back(store)
            print(f"{store.folder}: {was}; written with the write-ahead log (an opening over a network share marks "
                  "it again)")
            return 0
        mode = journal.mark(store)
        later = "" if mode == journal.DELETE else (
            " from the next opening with no other program in it (one has it open with the write-ahead log now)")
        print(f"{store.folder}: {_marked(store)}; written with a rollback journal{later} on every computer, until "
              f"'annotator shared {as_argument(store.folder)} --not'")
    return 0


def add_parsers(sub: Any) -> None:
    s = sub.add_parser("shared", help="mark the project as opened over a network share, so that it is written with "
                                      "SQLite's rollback journal on every computer, or with --not give it back the "
                                      "write-ahead log once no computer opens it over a share any more")
    s.add_argument("project")
    s.add_argument("--not", dest="given_back", action="store_true",
                   help="take the mark away: written with the write-ahead log again (on this computer's disk)")
    s.set_defaults(func=cmd_shared)
