"""A .docx that brings content in another format (w:altChunk: a web page, a text, another .docx that an office
system pasted into a template), which Word converts when it opens the file (``core/imports/word_chunks.py``)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.store import Store

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ALT_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _with_chunk(tmp_path: Path, content_type: str, blob: bytes, name: str) -> Path:
    """报告.docx: a title, the chunk, a closing line, as an office system assembles a report."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("某区2024年政府工作报告")
    rid = document.part.relate_to(Part(PackURI(f"/word/{name}"), content_type, blob, document.part.package),
                                  ALT_CHUNK)
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk xmlns:w="{W}" xmlns:r="{R}" r:id="{rid}"/>'))
    document.add_paragraph("谢谢大家。")
    path = tmp_path / "报告.docx"
    document.save(str(path))
    return path


def _inner_docx() -> bytes:
    import docx

    inner = docx.Document()
    inner.add_paragraph("湖里区完成投资5亿元。")
    table = inner.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "地区生产总值", "增长6%"
    out = io.BytesIO()
    inner.save(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["docx", "text"])
def test_a_chunk_of_a_word_document_or_text_is_read_in_its_place(store: Store, tmp_path: Path, kind: str) -> None:
    """Before: the chunk's text, which Word shows in place, was lost without a word: only the title and the
    closing line came in (a report that was one chunk: "holds no text")."""
    if kind == "docx":
        path = _with_chunk(tmp_path, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                           _inner_docx(), "afchunk.docx")
    else:
        text = "湖里区完成投资5亿元。\r\n地区生产总值\t增长6%"
        path = _with_chunk(tmp_path, "text/plain", text.encode(), "afchunk.txt")

    import_files(store, [path])

    assert next(store.document_texts())[2].split("\n") == [
        "某区2024年政府工作报告", "湖里区完成投资5亿元。", "地区生产总值\t增长6%", "谢谢大家。"]


def test_a_chunk_of_a_web_page_is_refused_naming_the_file_and_what_to_do(store: Store, tmp_path: Path) -> None:
    """Before: imported as the title and the closing line, the report between them (an HTML chunk) lost."""
    path = _with_chunk(tmp_path, "text/html", "<html><body><p>湖里区完成投资5亿元。</p></body></html>".encode(),
                       "afchunk.htm")

    report = import_files(store, [path])

    assert not report.imported and list(store.document_texts()) == []
    message = str(report.failed[0])
    assert str(path) in message and "altChunk: text/html" in message and "save it as .docx" in message, message
