"""Standard output and error that cannot hold Chinese (``PYTHONIOENCODING=ascii``, a Latin-1 locale
such as ``en_US.ISO-8859-1`` on an older server, a Windows code page): a document's name or a report's
text printed there ended the command with a UnicodeEncodeError traceback (exit 1, after an import had
stored everything). Such characters are written as ``\\u6ee8`` escapes instead — inside ``--json``
strings the same text to a JSON reader. Exports to ``-o -`` write UTF-8 bytes, whatever the locale.

The escapes are JSON's, four hex digits each and a character beyond the first 65,536 as two of them
(𠮷, a character of names, ``\\ud842\\udfb7``): Python's own ``backslashreplace`` wrote ``\\xb7`` for the
middle dot of 马克·吐温 and ``\\U00020bb7`` for 𠮷, which ``json.load`` and ``jq`` refuse."""
from __future__ import annotations

import codecs
import sys

ESCAPES = "annotator-json-escapes"


def _json_escapes(e: UnicodeError) -> tuple[str, int]:
    if not isinstance(e, UnicodeEncodeError):
        raise e
    out = []
    for ch in e.object[e.start:e.end]:
        code = ord(ch)
        if code > 0xFFFF:  # a surrogate pair, as JSON writes it
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), e.end


codecs.register_error(ESCAPES, _json_escapes)


def escape_what_cannot_be_written() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            "滨州—".encode(getattr(stream, "encoding", None) or "ascii")
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors=ESCAPES)


def lines_in_order() -> None:
    """Standard output written line by line when it is a file or a pipe, as on a terminal: with
    ``>log 2>&1`` an error line on standard error came before the report printed above it, held in
    standard output's buffer until the end. (An export to ``-o -`` writes its bytes apart.)"""
    stream = sys.stdout
    try:
        if stream is not None and not stream.isatty() and not stream.line_buffering:
            stream.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):  # not a TextIOWrapper, or closed: nothing to keep in order
        pass


def prepare_streams() -> None:
    """What every command does first: :func:`escape_what_cannot_be_written`, :func:`lines_in_order`."""
    escape_what_cannot_be_written()
    lines_in_order()
