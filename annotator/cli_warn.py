"""How the command line warns: ``annotator: warning: …`` on standard error, each text once a command,
as its errors are ``annotator: error: …``. The meta and import warnings said ``warning: …`` while the
backup's, the disk's and the share's said ``annotator: warning: …``: a script that looked for one
missed the others."""
from __future__ import annotations

import sys

_said: set[str] = set()


def warn(text: str) -> None:
    """Say ``text`` as a warning, unless it is empty or was said already in this command."""
    if text and text not in _said:
        _said.add(text)
        print(f"annotator: warning: {text}", file=sys.stderr)


def forget() -> None:
    """At a command's end: the next command (a test's second ``main()``) says its warnings again."""
    _said.clear()
