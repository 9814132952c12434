"""A .docx as a report is really laid out: the title block in a text box (Word writes it twice, as a
DrawingML shape and as its VML fallback), lists numbered by Word, lines parted by Shift+Enter. Its text
imports whole, once, in order, and the date line in the box still gives the document's date (README,
"Import")."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.store import Store

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')
DATE_LINE = "——2024年1月15日在滨州市第十二届人民代表大会第三次会议上"


def _box(lines: list[str]) -> str:
    """A run holding a text box as Word saves it: the shape, and the same box again as VML."""
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (f"<w:r {NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
            f"<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp>"
            f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
            f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>")


@pytest.fixture
def store(tmp_path: Path):
    s = Store.create(tmp_path / "project")
    yield s
    s.close()


def test_a_title_block_in_a_text_box_is_imported_once_before_the_report(store: Store, tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(_box([DATE_LINE, "市长 李春田"])))
    document.add_paragraph("各位代表：")
    document.add_paragraph("现在，我代表市人民政府向大会报告工作。")
    path = tmp_path / "滨州.docx"
    document.save(str(path))

    report = import_files(store, [path])

    assert len(report.imported) == 1
    doc_id, _name, text = next(store.document_texts())
    assert text == f"{DATE_LINE}\n市长 李春田\n各位代表：\n现在，我代表市人民政府向大会报告工作。"
    assert store.document_metadata(doc_id)["date"] == "2024-01-15"


def _numbered(document, fmt: str, text: str, restart: bool = False) -> str:
    """A list definition in the document's numbering part; returns its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    ident = str(100 + len(numbering.findall(f"{{{W}}}num")))
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {NS} w:abstractNumId="{ident}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="{text}"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2)"/></w:lvl>'
        '</w:abstractNum>'))
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    numbering.append(parse_xml(f'<w:num {NS} w:numId="{ident}"><w:abstractNumId w:val="{ident}"/>{override}</w:num>'))
    return ident


def _restarted(document, abstract: str) -> str:
    """Another list of the definition ``abstract`` that starts again at 1 (as Word and LibreOffice write a
    list restarted under a new heading); the first list's items after it go on from it."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    ident = str(100 + len(numbering.findall(f"{{{W}}}num")))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="{ident}"><w:abstractNumId w:val="{abstract}"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    return ident


def _item(document, num_id: str, text: str, level: int = 0) -> None:
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_the_numbers_word_draws_before_list_items_are_imported(store: Store, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    chinese = _numbered(document, "chineseCounting", "（%1）")
    _item(document, chinese, "政联企、齐攻坚。")
    _item(document, chinese, "细分一", level=1)
    _item(document, chinese, "细分二", level=1)
    document.add_paragraph("一年来，我们始终坚持党建统领。")
    for _ in range(9):
        _item(document, chinese, "优存量。")
    _item(document, chinese, "强统筹。", level=1)
    _item(document, _restarted(document, chinese), "打好转型升级攻坚战。")
    _item(document, chinese, "打好科创赋能攻坚战。")
    _item(document, _numbered(document, "decimalEnclosedCircle", "%1", restart=True), "新建道路")
    _item(document, _numbered(document, "bullet", "\u2022"), "一项要点")
    path = tmp_path / "列表.docx"
    document.save(str(path))

    import_files(store, [path])

    _doc_id, _name, text = next(store.document_texts())
    assert text.split("\n") == ["（一）政联企、齐攻坚。", "1) 细分一", "2) 细分二", "一年来，我们始终坚持党建统领。",
                                *[f"（{n}）优存量。" for n in "二三四五六七八九十"], "1) 强统筹。",
                                "（一）打好转型升级攻坚战。", "（二）打好科创赋能攻坚战。",
                                "①新建道路", "一项要点"]


def test_a_soft_line_break_inside_a_sentence_joins_and_one_after_a_sentence_stays(store: Store, tmp_path: Path) -> None:
    """Shift+Enter (w:br) is layout inside a sentence: 湖里区松元产 / 业园 is one name again. After a
    sentence's end, before an item or beside a Latin word it stays a line break."""
    import docx

    document = docx.Document()
    pieces = ["今年建设湖里区松元产", "业园，投资（一期", "）5亿元。", "一、加快转型", "GDP增长",
              "6%，完成“十四", "五”规划。"]
    paragraph = document.add_paragraph()
    for i, piece in enumerate(pieces):
        run = paragraph.add_run(piece)
        if i < len(pieces) - 1:
            run.add_break()
    document.add_paragraph("各位代表：")
    path = tmp_path / "换行.docx"
    document.save(str(path))

    import_files(store, [path])

    _doc_id, _name, text = next(store.document_texts())
    assert text.split("\n") == ["今年建设湖里区松元产业园，投资（一期）5亿元。", "一、加快转型",
                                "GDP增长6%，完成“十四五”规划。", "各位代表："]
