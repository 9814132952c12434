"""Standard output and error that cannot hold Chinese (``PYTHONIOENCODING=ascii``, a Latin-1 locale
such as ``en_US.ISO-8859-1`` on an older server, a Windows code page): a document's name or a report's
text printed there ended the command with a UnicodeEncodeError traceback (exit 1, after an import had
stored everything). Such characters are written as ``\\u6ee8`` escapes instead — inside ``--json``
strings the same text to a JSON reader. Exports to ``-o -`` write UTF-8 bytes, whatever the locale."""
from __future__ import annotations

import sys


def escape_what_cannot_be_written() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            "滨州—".encode(getattr(stream, "encoding", None) or "ascii")
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
