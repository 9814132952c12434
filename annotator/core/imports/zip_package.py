"""What the formats packed in a zip (.docx: ``word.py``; .ofd: ``ofd_package.py``; .xlsx: ``xlsx_package.py``)
share: a file's first bytes and the signatures they are told by (``other_programs.py`` names a file by them
too), the zip opened with each way it can fail said in one line naming the file, a part that cannot be
read once it is open (``PART_ERRORS``, ``unreadable_part``), and the refusal of a possible zip bomb. Each
format says in its own words what a file is when it is not its zip."""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from annotator.core.errors import ImportFileError, said

ZIP = b"PK\x03\x04"  # a zip's first bytes (its first local file header)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Word 97-2003, Excel's .xls, WPS, an encrypted .docx
# what reading a part of an open zip raises: a bad CRC (BadZipFile), a corrupt deflate stream (zlib.error), a
# part cut off (EOFError), a compression method zipfile lacks (NotImplementedError), an encrypted part (RuntimeError)
PART_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


def head(path: Path) -> bytes:
    """The first 8 bytes of ``path`` (fewer in a shorter file); b"" when it cannot be read (its reader says why)."""
    try:
        with path.open("rb") as f:
            return f.read(8)
    except OSError:
        return b""


def open_zip(path: Path, *, damaged: str, not_a_zip: str, compound: str | None = None) -> zipfile.ZipFile:
    """The zip of ``path``; else an ImportFileError naming it: ``damaged`` when it starts as a zip (cut off,
    corrupt), ``compound`` when it is a compound file (given: a format whose files come as one when
    locked), ``not_a_zip`` otherwise; a zip this program cannot open, or a damaged one, said alike for all."""
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        first = head(path)
        if compound is not None and first == OLE:
            raise ImportFileError(f"{path}: {compound}") from e
        if first.startswith(ZIP):  # cut off (a download that stopped) or damaged
            raise ImportFileError(f"{path}: {damaged}") from e
        raise ImportFileError(f"{path}: {not_a_zip}") from e
    except (NotImplementedError, RuntimeError) as e:  # "zip file version 9.9", encryption …
        raise ImportFileError(f"{path}: is a zip archive this program cannot open ({e})") from e
    except (UnicodeDecodeError, ValueError, EOFError, OSError) as e:
        raise ImportFileError(f"{path}: is a damaged zip archive ({said(e)})") from e


def unreadable_part(path: Path, damaged: str, part: str, e: BaseException, advice: str) -> ImportFileError:
    """The refusal of ``path`` whose part ``part`` could not be read (``e``: one of ``PART_ERRORS``, or the
    format's own parser's error), in one line: ``damaged`` says what the file is ("is a damaged OFD document"),
    ``advice`` what to do."""
    return ImportFileError(f"{path}: {damaged}: its part {part} cannot be read ({said(e)}); {advice}")


class ZipBomb(ImportFileError):
    """A file refused as a possible zip bomb: a reader refuses the whole file for it, never a part alone."""


def zip_bomb(path: Path, size: int, in_all: int, text: int) -> ImportFileError:
    """The refusal of ``path``, whose parts unpack to ``size`` bytes, over the limits ``in_all`` (all its parts)
    or ``text`` (its part of document text)."""
    return ZipBomb(f"{path}: unpacks to {size // 2**20} MB; refused as a possible zip bomb (limits: "
                           f"{in_all // 2**20} MB in all, {text // 2**20} MB of document text)")
