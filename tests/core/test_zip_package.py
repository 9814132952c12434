"""The formats packed in a zip (.docx, .ofd) refuse a file that is not their zip in one line each, in
words of their own, through one module (``core/imports/zip_package.py``): word.py and ofd_package.py
each had their own copy of the first bytes read and of the zip's failures."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.imports import ofd_package, other_programs, word
from annotator.core.imports.documents import read_file
from annotator.core.imports.zip_package import OLE, ZIP, head

IMPORTS = Path(word.__file__).parent


def refused(path: Path) -> str:
    with pytest.raises(ImportFileError) as e:
        read_file(path)
    return str(e.value)


def test_a_docx_that_is_not_its_zip_is_refused_saying_what_it_is(tmp_path):
    text, locked, cut = tmp_path / "text.docx", tmp_path / "locked.docx", tmp_path / "cut.docx"
    text.write_text("不是 Word 文档", encoding="utf-8")
    locked.write_bytes(OLE + b"\0" * 600)
    with zipfile.ZipFile(tmp_path / "whole.docx", "w") as z:
        z.writestr("word/document.xml", "<w:document/>" * 100)
    cut.write_bytes((tmp_path / "whole.docx").read_bytes()[:60])
    assert refused(text) == f"{text}: is not a valid .docx (not a zip archive)"
    assert refused(locked) == (f"{locked}: is a password-protected Word document, or an old .doc named .docx; open it "
                               "in Word or WPS, save it as .docx without a password and import that")
    assert refused(cut) == (f"{cut}: is a damaged .docx: its zip archive is cut off or corrupt; open it in Word or WPS "
                            "(they can often repair it), save it again and import that")


def test_a_docx_zip_bomb_is_refused_as_an_ofd_one_is(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", " " * (word.MAX_DOCX_XML + 1))
    assert refused(bomb) == (f"{bomb}: unpacks to 32 MB; refused as a possible zip bomb (limits: 128 MB in all, "
                             "32 MB of document text)")


def test_an_ofd_locked_like_a_docx_is_not_an_ofd(tmp_path):
    """The compound file is Word's way of locking a .docx; an .ofd that is one is simply no zip."""
    locked = tmp_path / "locked.ofd"
    locked.write_bytes(OLE + b"\0" * 600)
    assert refused(locked) == f"{locked}: is not an OFD document (not a zip archive)"


def test_the_first_bytes_are_read_in_one_place(tmp_path):
    (tmp_path / "short").write_bytes(ZIP)
    assert head(tmp_path / "short") == ZIP and head(tmp_path / "gone") == b""
    for module in (word, ofd_package, other_programs):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "def _head" not in source and "PK\\x03\\x04" not in source and "\\xd0\\xcf" not in source, module
    assert sum("zipfile.BadZipFile as e" in p.read_text(encoding="utf-8") for p in IMPORTS.glob("*.py")) == 1
