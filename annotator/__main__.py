"""``annotator`` / ``python -m annotator``: the window, or the command line with a command."""
from __future__ import annotations

import sys

from annotator.cli import main as cli_main


def main() -> int:
    if getattr(sys, "frozen", False):  # the desktop build: a child process (core/worker_process.py) starts
        import multiprocessing  # this program again, and freeze_support runs the child there (never returns)

        multiprocessing.freeze_support()
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
