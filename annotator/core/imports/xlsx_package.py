"""Checks on a workbook's zip package before openpyxl loads it (a possible zip bomb is refused).

Parts that unpack to more than ``MAX_XLSX_UNCOMPRESSED`` in all, a part other than a worksheet
over ``MAX_XLSX_PART``, or more than ``MAX_XLSX_STRINGS`` shared strings (openpyxl keeps each in
memory, some 50,000 a second) are refused.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from annotator.core.errors import ImportFileError, said

MAX_XLSX_UNCOMPRESSED = 256 * 2**20  # all parts unpacked (an export of 100,000 annotations: ~170 MB)
MAX_XLSX_PART = 64 * 2**20  # any part but a worksheet (shared strings, styles …), unpacked
MAX_XLSX_STRINGS = 500_000  # shared strings, counted before openpyxl loads them
_STRING_ENTRY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")


def check_package(path: Path) -> None:
    """Refuse a damaged zip, or one whose parts would make openpyxl slow or huge, before it loads."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if not any(info.filename.startswith("xl/") for info in infos):  # openpyxl said KeyError: '[Content_…
                word = any(info.filename == "word/document.xml" for info in infos)
                raise ImportFileError(f"{path}: is a zip archive but not an .xlsx workbook"
                                      + (" (it is a Word document)" if word else "")
                                      + "; choose the workbook annotator exported")
            total = sum(info.file_size for info in infos)
            if total > MAX_XLSX_UNCOMPRESSED:
                raise ImportFileError(f"{path}: unpacks to {_mb(total)} (over {_mb(MAX_XLSX_UNCOMPRESSED)}); "
                                      "refused as a possible zip bomb")
            strings = 0
            for info in infos:
                if info.filename.startswith("xl/worksheets/"):
                    continue  # read row by row, never whole
                if info.file_size > MAX_XLSX_PART:
                    raise ImportFileError(f"{path}: its part {info.filename} unpacks to {_mb(info.file_size)} "
                                          f"(over {_mb(MAX_XLSX_PART)}); refused as a possible zip bomb")
                strings += _count_entries(z, info, MAX_XLSX_STRINGS - strings)
                if strings > MAX_XLSX_STRINGS:
                    raise ImportFileError(f"{path}: holds over {MAX_XLSX_STRINGS:,} shared strings; refused as a "
                                          "possible zip bomb (an exported workbook needs far fewer)")
    except zipfile.BadZipFile as e:
        raise ImportFileError(f"{path}: is not a valid .xlsx workbook (not a zip archive: {e})") from e
    except (NotImplementedError, RuntimeError) as e:  # "zip file version 9.9", encryption …
        raise ImportFileError(f"{path}: is a zip archive this program cannot open ({e})") from e
    except (UnicodeDecodeError, ValueError, EOFError, OSError, zlib.error) as e:
        raise ImportFileError(f"{path}: is a damaged zip archive ({said(e)})") from e


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def _count_entries(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> int:
    """Shared-string entries (<si>) in a part, read in pieces; counting stops past ``limit``."""
    count, carry = 0, b""
    with z.open(info) as f:
        while chunk := f.read(2**20):
            data = carry + chunk
            cut = max(data.rfind(b"<"), 0)  # a tag never holds "<": an entry cut here is counted next time
            count += len(_STRING_ENTRY.findall(data, 0, cut))
            carry = data[cut:]
            if count > limit:
                break
    return count + len(_STRING_ENTRY.findall(carry + b" "))
