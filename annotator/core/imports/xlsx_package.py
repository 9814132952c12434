"""Checks on a workbook's zip package before openpyxl loads it (a possible zip bomb is refused).

Parts that unpack to more than ``MAX_XLSX_UNCOMPRESSED`` in all, a part other than a worksheet
over ``MAX_XLSX_PART``, or more than ``MAX_XLSX_STRINGS`` shared strings (openpyxl keeps each in
memory, some 50,000 a second) are refused. The zip is opened, and a part it cannot read said, as a
.docx's or an .ofd's is (``zip_package.py``), in the workbook's words.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from annotator.core.errors import ImportFileError
from annotator.core.imports.zip_package import PART_ERRORS, open_zip, unreadable_part

MAX_XLSX_UNCOMPRESSED = 256 * 2**20  # all parts unpacked (an export of 100,000 annotations: ~170 MB)
MAX_XLSX_PART = 64 * 2**20  # any part but a worksheet (shared strings, styles …), unpacked
MAX_XLSX_STRINGS = 500_000  # shared strings, counted before openpyxl loads them
_STRING_ENTRY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
_DAMAGED = "is a damaged .xlsx workbook"
_SAVE_AGAIN = "open it in Excel or WPS (they can often repair it), save it again and import that"


def check_package(path: Path) -> None:
    """Refuse a damaged zip, or one whose parts would make openpyxl slow or huge, before it loads."""
    with open_zip(path, damaged=f"{_DAMAGED}: its zip archive is cut off or corrupt; {_SAVE_AGAIN}",
                  not_a_zip="is not a valid .xlsx workbook (not a zip archive)",
                  compound="is a password-protected workbook, or an old .xls named .xlsx; open it in Excel or WPS, "
                           "save it as .xlsx without a password and import that") as z:
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
            try:
                strings += _count_entries(z, info, MAX_XLSX_STRINGS - strings)
            except PART_ERRORS as e:
                raise unreadable_part(path, _DAMAGED, info.filename, e, _SAVE_AGAIN) from e
            if strings > MAX_XLSX_STRINGS:
                raise ImportFileError(f"{path}: holds over {MAX_XLSX_STRINGS:,} shared strings; refused as a "
                                      "possible zip bomb (an exported workbook needs far fewer)")


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
