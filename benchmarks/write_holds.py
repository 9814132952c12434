"""How long a command holds the project's write lock (run on demand, not in CI).

    python benchmarks/write_holds.py suggest PROJECT --again --replace

Runs ``annotator ARGS...`` in this process with every outermost ``Store.transaction()`` timed (from
``BEGIN IMMEDIATE`` to its commit: the session's backup, made before it and holding no write lock, is
not counted) and prints the command's time, its writes and the five longest: a window open on the
project waits that long at most for a key it saves meanwhile. ``--replace`` dropped every open
suggestion in one write first (7.1 s on 300 reports on a loaded 2-core machine); now each document's
drop is in the write storing its new ones.
"""
from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.cli import main  # noqa: E402
from annotator.core.store.base import StoreBase  # noqa: E402


def timed_writes(holds: list[float]) -> None:
    """Patch ``StoreBase.transaction`` to append each outermost write's seconds to ``holds``."""
    original = contextlib.contextmanager(StoreBase.transaction.__wrapped__)  # type: ignore[attr-defined]

    @contextlib.contextmanager
    def transaction(self: StoreBase) -> Iterator[object]:
        outer = not self.conn.in_transaction
        if outer:
            self._backup_if_due()  # before the lock: its own second call inside is then not due
        began = time.perf_counter()
        with original(self) as conn:
            yield conn
        if outer:
            holds.append(time.perf_counter() - began)

    StoreBase.transaction = transaction  # type: ignore[method-assign]


def run(argv: list[str]) -> int:
    holds: list[float] = []
    timed_writes(holds)
    began = time.perf_counter()
    code = main(argv)
    total = time.perf_counter() - began
    longest = ", ".join(f"{h:.2f}" for h in sorted(holds, reverse=True)[:5])
    print(f"{total:.1f} s, {len(holds)} write(s); the longest held the lock {longest} s", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
