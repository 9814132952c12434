"""``annotator`` / ``python -m annotator``: the window, or the command line with a command."""
from __future__ import annotations

import sys

from annotator.cli import main as cli_main


def main() -> int:
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
