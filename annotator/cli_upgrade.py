"""What the command line says of an older project's schema upgrade, on standard error.

- Before a step that may take long (schema 5's and 11's search index: seconds on a large project), one
  line, once (:func:`say_upgrading`).
- After any upgrade, once: projects of schema 11 to 13 were upgraded without a word, and none said where
  the copy of the project as it was is kept or that an older annotator (a colleague's, on a shared folder)
  can no longer open it. :func:`say_upgraded` names the folder, the two schemas and the backup.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.core.store import Store
    from annotator.core.store.upgrade import Upgrading


def say_upgrading(path: str, step: Upgrading, said: list[str]) -> None:
    """A line before the first schema step that may take long (an older project opened: once, seconds)."""
    if step.starting and step.note and not said:
        said.append(step.note)
        print(f"annotator: upgrading {path} to schema {step.schema} (once): {step.note} …", file=sys.stderr, flush=True)


def upgraded_lines(path: str, store: Store) -> str:
    """What is said once ``store`` was upgraded on opening ("" when it was not)."""
    done = store.upgraded
    if done is None:
        return ""
    return (f"annotator: upgraded {path} from schema {done.old} to schema {done.new}; the project as it was is "
            f"kept in {done.backup}\n"
            f"annotator: annotator versions older than this one can no longer open it (they refuse schema "
            f"{done.new}): update annotator wherever the project is opened")


def say_upgraded(path: str, store: Store) -> None:
    if said := upgraded_lines(path, store):
        print(said, file=sys.stderr, flush=True)
