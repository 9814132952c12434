"""A .docx one of whose parts is missing or broken (a tool that rewrote it left numbering.xml out, a
footnotes.xml cut off): refused naming the file, the part, and what Word and WPS can do
(``core/imports/word_parts.py``)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.store import Store


def damaged(tmp_path: Path, part: str, cut: bool) -> Path:
    """A .docx with a numbered list whose ``part`` is left out of the zip, or ``cut`` in half."""
    import docx

    document = docx.Document()
    document.add_paragraph("湖里区完成投资5亿元。", style="List Number")
    whole = tmp_path / "whole.docx"
    document.save(str(whole))
    path = tmp_path / "报告.docx"
    with zipfile.ZipFile(whole) as z, zipfile.ZipFile(path, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == part and not cut:
                continue
            out.writestr(info, data[:len(data) // 2] if info.filename == part else data)
    return path


@pytest.mark.parametrize(("part", "cut", "said"), [
    ("word/numbering.xml", False, "its part word/numbering.xml is missing"),
    ("word/styles.xml", True, "its part word/styles.xml cannot be read (XMLSyntaxError: "),
])
def test_a_missing_or_broken_part_is_named(store: Store, tmp_path: Path, part: str, cut: bool, said: str) -> None:
    """Before: "cannot read this .docx (KeyError: "There is no item named 'word/numbering.xml' in the archive")",
    or lxml's words of some part ("AttValue: ' expected, line 2"), and nothing on what to do."""
    path = damaged(tmp_path, part, cut)

    report = import_files(store, [path])

    [(failed, why)] = report.failed
    assert failed == str(path) and why.startswith("is a damaged .docx: " + said), why
    assert why.endswith("; open it in Word or WPS (they can often repair it), save it again and import that"), why
