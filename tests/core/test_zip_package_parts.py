"""An .xlsx whose zip cannot be opened, or whose part cannot be read once it is (a bad CRC, a corrupt
deflate stream), is refused as a .docx's and an .ofd's are, through ``core/imports/zip_package.py``:
one line naming the file and what is wrong with it, in the workbook's words (it said "not a zip archive:
File is not a zip file" of an encrypted workbook, and its own "damaged zip archive" beside the shared one)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.imports import ofd_package, xlsx_package
from annotator.core.imports.documents import read_file
from annotator.core.imports.xlsx_package import check_package
from annotator.core.imports.zip_package import OLE
from tests.ofd_files import content, line_object, write_ofd

SAVE_AGAIN = "open it in Excel or WPS (they can often repair it), save it again and import that"
OPEN_AGAIN = "open it in an OFD reader, save it again or print it as a PDF, and import that"


def refused(check, path: Path) -> str:
    with pytest.raises(ImportFileError) as e:
        check(path)
    said = str(e.value)
    assert "\n" not in said
    return said


def bad_crc(path: Path, part: str, data: bytes) -> Path:
    """``path`` rewritten with ``part`` stored (not compressed) and a byte of it changed: its CRC no longer
    matches."""
    with zipfile.ZipFile(path) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    parts[part] = data
    with zipfile.ZipFile(path, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body, zipfile.ZIP_STORED if name == part else zipfile.ZIP_DEFLATED)
    raw = path.read_bytes()
    at = raw.index(data) + len(data) // 2
    path.write_bytes(raw[:at] + bytes([raw[at] ^ 0x20]) + raw[at + 1:])
    return path


def workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>厦门市湖里区</t></si>" * 50 + "</sst>")
    return path


def test_a_workbook_that_is_not_its_zip_is_refused_as_a_docx_is(tmp_path):
    text, locked, cut = tmp_path / "text.xlsx", tmp_path / "locked.xlsx", tmp_path / "cut.xlsx"
    text.write_text("不是工作簿", encoding="utf-8")
    locked.write_bytes(OLE + b"\0" * 600)
    cut.write_bytes(workbook(tmp_path / "whole.xlsx").read_bytes()[:80])
    assert refused(check_package, text) == f"{text}: is not a valid .xlsx workbook (not a zip archive)"
    assert refused(check_package, locked) == (f"{locked}: is a password-protected workbook, or an old .xls named "
                                              ".xlsx; open it in Excel or WPS, save it as .xlsx without a password "
                                              "and import that")
    assert refused(check_package, cut) == (f"{cut}: is a damaged .xlsx workbook: its zip archive is cut off or "
                                           f"corrupt; {SAVE_AGAIN}")


def test_a_part_that_cannot_be_read_is_named_in_a_workbook_and_an_ofd_alike(tmp_path):
    strings = "<sst>" + "<si><t>松元产业园</t></si>" * 40 + "</sst>"
    book = bad_crc(workbook(tmp_path / "crc.xlsx"), "xl/sharedStrings.xml", strings.encode())
    assert refused(check_package, book) == (f"{book}: is a damaged .xlsx workbook: its part xl/sharedStrings.xml "
                                            "cannot be read (BadZipFile: Bad CRC-32 for file "
                                            f"'xl/sharedStrings.xml'); {SAVE_AGAIN}")
    page = content(line_object(28, 60, "关于印发工作要点的通知。" * 3), templates=())
    ofd = bad_crc(write_ofd(tmp_path / "crc.ofd", [page]), "Doc_0/Pages/Page_0/Content.xml", page.encode())
    assert refused(read_file, ofd) == (f"{ofd}: is a damaged OFD document: its part Doc_0/Pages/Page_0/Content.xml "
                                       "cannot be read (BadZipFile: Bad CRC-32 for file "
                                       f"'Doc_0/Pages/Page_0/Content.xml'); {OPEN_AGAIN}")


def test_the_zips_failures_are_said_in_one_place():
    for module in (xlsx_package, ofd_package):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "zipfile.ZipFile(" not in source and "zlib" not in source and "damaged zip archive" not in source
        assert "cannot open (" not in source, module
