"""The readings of a text file whose encoding could not be told (``text.EncodingUnknown``): each
encoding the guess considers (``text._GUESSES`` after UTF-8, and Windows-1252 for Western text, else
Latin-1) that decodes the whole file, with how its first line would read, the most plausible first.

The window offers them after such a refusal, so the user picks the one whose first line reads
right; the file is then imported through ``documents.import_files`` with that ``encoding``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import ImportFileError
from annotator.core.imports.plausibility import plausibility
from annotator.core.imports.text import decode

CANDIDATES = ("utf-8", "gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be", "cp1252", "latin-1")
PREVIEW_CHARS = 60  # of the first line that holds something
NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5", "big5hkscs": "Big5-HKSCS",
         "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
         "cp1252": "Windows-1252", "latin-1": "Latin-1"}


@dataclass(frozen=True)
class Reading:
    encoding: str  # a codec name import_files takes
    name: str  # as a user knows it: GB18030, Windows-1252
    first_line: str  # the first line that holds something, as this encoding reads it (cut to PREVIEW_CHARS)
    share: float  # plausibility of the whole reading (0..1)


def first_line(text: str) -> str:
    line = next((line.strip() for line in text.split("\n", 50) if line.strip()), "")
    return line if len(line) <= PREVIEW_CHARS else line[:PREVIEW_CHARS] + "…"


def readings(path: str | Path) -> list[Reading]:
    """The readings of ``path`` that import takes (``text.decode`` with that encoding: a reading full of
    control characters is not offered), the most plausible first (ties in ``CANDIDATES`` order); Latin-1
    only when Windows-1252 does not decode it (it decodes anything).
    ImportFileError naming the file when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read ({e.strerror or e})") from e
    found: list[Reading] = []
    for encoding in CANDIDATES:
        if encoding == "latin-1" and any(r.encoding == "cp1252" for r in found):
            continue
        try:  # as import reads it with this encoding: a reading it would refuse is not offered
            text, _encoding = decode(data, str(path), encoding)
        except ImportFileError:
            continue
        found.append(Reading(encoding, NAMES[encoding], first_line(text), plausibility(text)))
    return sorted(found, key=lambda r: -r.share)
