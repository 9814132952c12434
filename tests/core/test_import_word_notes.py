"""A .docx's footnotes and endnotes, which Word keeps in parts of their own (word/footnotes.xml,
endnotes.xml): imported after the text, each a line, as the PDF import puts a page's footnotes
(``core/imports/word_notes.py``)."""
from __future__ import annotations

import re
from pathlib import Path

from annotator.core.imports.documents import import_files
from annotator.core.store import Store

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _ref(kind: str, n: int, custom: bool = False) -> str:
    mark = ' w:customMarkFollows="1"' if custom else ""
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{n}"{mark}/></w:r>'


def _notes(kind: str, notes: dict[int, str]) -> bytes:
    """A footnotes.xml (endnotes.xml) as Word writes it: its separators, then each note, opening with its mark."""
    separators = "".join(f'<w:{kind} w:type="{t}" w:id="{i}"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                         for i, t in ((-1, "separator"), (0, "continuationSeparator")))
    body = "".join(f'<w:{kind} w:id="{n}"><w:p><w:r><w:{kind}Ref/></w:r>{_r(" " + text)}</w:p></w:{kind}>'
                   for n, text in notes.items())
    return f'<w:{kind}s {NS}>{separators}{body}</w:{kind}s>'.encode()


def _docx(tmp_path: Path, blocks: list[str], footnotes: dict[int, str], endnotes: dict[int, str]) -> Path:
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for block in blocks:
        body.insert(len(body) - 1, parse_xml(re.sub(r"<w:(\w+)", rf"<w:\1 {NS}", block, count=1)))
    for kind, notes, content, rel in (("footnote", footnotes, CT.WML_FOOTNOTES, RT.FOOTNOTES),
                                      ("endnote", endnotes, CT.WML_ENDNOTES, RT.ENDNOTES)):
        part = Part(PackURI(f"/word/{kind}s.xml"), content, _notes(kind, notes), document.part.package)
        document.part.relate_to(part, rel)
    path = tmp_path / "报告.docx"
    document.save(str(path))
    return path


def test_footnotes_and_endnotes_follow_the_text_each_a_line_numbered_as_word_shows(store: Store,
                                                                                  tmp_path: Path) -> None:
    """Before: a note's text (the 统计口径 of a growth rate, a source) was lost, python-docx reading the body
    only. Now the footnotes, then the endnotes, follow the text after a blank line, in the order the body
    refers to them (a table's too), numbered as Word shows them (1 2, endnotes i ii; a custom mark *), as the
    PDF import puts them; the raised numbers in the body give nothing, and a note whose reference was
    deleted with changes tracked is not shown, nor read."""
    cell = "<w:tc><w:p>" + _r("投资") + _ref("footnote", 3) + "</w:p></w:tc>"
    path = _docx(tmp_path, [
        "<w:p>" + _r("地区生产总值增长6%") + _ref("footnote", 2) + _r("，财政收入增长5%")
        + '<w:del w:id="9" w:author="a">' + _ref("footnote", 4) + "</w:del>" + _r("。") + _ref("endnote", 1) + "</w:p>",
        f"<w:tbl><w:tr>{cell}</w:tr></w:tbl>",
        "<w:p>" + _r("完成") + _ref("footnote", 5, custom=True) + _r("*") + _r("。") + "</w:p>"],
        {5: "* 数据为初步统计。", 4: "已删除的注释。", 3: "含中央预算内投资。", 2: "按可比价格计算。"},
        {1: "来源：区统计局。"})

    report = import_files(store, [path])

    assert len(report.imported) == 1, report
    assert next(store.document_texts())[2].split("\n") == [
        "地区生产总值增长6%，财政收入增长5%。", "投资", "完成*。", "",
        "1\u3000按可比价格计算。", "2\u3000含中央预算内投资。", "*\u3000数据为初步统计。", "i\u3000来源：区统计局。"]
