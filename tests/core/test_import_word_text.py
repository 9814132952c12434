"""A .docx as a report's drafts really hold it: tracked changes, hidden text, fields, smart tags, content
controls (a template's title and date, a cover page) and a table whose district cell is merged down
over its projects. The text imported is what Word shows, each piece once (``core/imports/word_text.py``)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.store import Store

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _r(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx(tmp_path: Path, *blocks: str) -> Path:
    """A .docx whose body holds ``blocks`` (WordprocessingML of paragraphs, tables, content controls)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for block in blocks:
        body.insert(len(body) - 1, parse_xml(re.sub(r"<w:(\w+)", rf"<w:\1 {NS}", block, count=1)))
    path = tmp_path / "报告.docx"
    document.save(str(path))
    return path


def _text(store: Store, path: Path) -> str:
    report = import_files(store, [path])
    assert len(report.imported) == 1, report
    return next(store.document_texts())[2]


def test_a_draft_with_tracked_changes_imports_as_word_shows_it(store: Store, tmp_path: Path) -> None:
    """Before: the inserted 湖里区 and the moved 5亿元 were lost (python-docx reads no w:ins), so the
    sentence lost its district and amount; the deleted 思明区 never showed and still does not."""
    path = _docx(tmp_path, "<w:p>" + _r("今年")
                 + '<w:del w:id="1" w:author="a"><w:r><w:delText>思明区</w:delText></w:r></w:del>'
                 + '<w:ins w:id="2" w:author="a">' + _r("湖里区") + "</w:ins>" + _r("完成投资")
                 + '<w:moveFrom w:id="3" w:author="a">' + _r("3亿元") + "</w:moveFrom>"
                 + '<w:moveTo w:id="4" w:author="a">' + _r("5亿元") + "</w:moveTo>" + _r("。") + "</w:p>")

    assert _text(store, path) == "今年湖里区完成投资5亿元。"


def test_two_paragraphs_joined_with_changes_tracked_import_as_one(store: Store, tmp_path: Path) -> None:
    """Before: a paragraph whose mark was deleted with changes tracked (an editor joining a sentence cut in
    two: Word shows one paragraph) came in as two lines, 松元产业园 cut from its 二期工程; a mark deleted
    twice in a row joins three; a mark inserted, or not changed, still parts them."""
    deleted = '<w:pPr><w:rPr><w:del w:id="9" w:author="a"/></w:rPr></w:pPr>'
    moved = '<w:pPr><w:rPr><w:moveFrom w:id="8" w:author="a"/></w:rPr></w:pPr>'
    inserted = '<w:pPr><w:rPr><w:ins w:id="7" w:author="a"/></w:rPr></w:pPr>'
    path = _docx(tmp_path, f"<w:p>{deleted}" + _r("推进松元产业园") + "</w:p>",
                 "<w:p>" + _r("二期工程建设。") + "</w:p>",
                 f"<w:p>{deleted}" + _r("湖里区") + "</w:p>", f"<w:p>{moved}" + _r("完成投资") + "</w:p>",
                 "<w:p>" + _r("55.1亿元。") + "</w:p>",
                 f"<w:p>{inserted}" + _r("新的一段。") + "</w:p>", "<w:p>" + _r("末段。") + "</w:p>")

    text = _text(store, path)
    assert "推进松元产业园二期工程建设。\n湖里区完成投资55.1亿元。\n新的一段。\n末段。" in text, text


def test_hidden_text_is_left_out(store: Store, tmp_path: Path) -> None:
    path = _docx(tmp_path, "<w:p>" + _r("建设") + _r("（内部备注：待核实）", "<w:rPr><w:vanish/></w:rPr>")
                 + _r("松元产业园", '<w:rPr><w:vanish w:val="0"/></w:rPr>') + _r("。") + "</w:p>")

    assert _text(store, path) == "建设松元产业园。"


def test_fields_smart_tags_and_content_controls_give_their_text_in_place(store: Store, tmp_path: Path) -> None:
    """Before: a template's date in a content control, a DATE field and Word 2003's smart-tagged place
    names were dropped: ——在滨州市第十二届人民代表大会… lost its date, and 湖里区 its name."""
    path = _docx(tmp_path,
                 "<w:p>" + _r("——") + "<w:sdt><w:sdtPr/><w:sdtContent>" + _r("2024年1月15日")
                 + "</w:sdtContent></w:sdt>" + _r("在滨州市第十二届人民代表大会第三次会议上") + "</w:p>",
                 '<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
                 + _r("湖里区") + "</w:smartTag>" + _r("投资") + '<w:fldSimple w:instr=" REF amount ">'
                 + _r("5亿元") + "</w:fldSimple>" + _r("。") + "</w:p>")

    text = _text(store, path)

    assert text == "——2024年1月15日在滨州市第十二届人民代表大会第三次会议上\n湖里区投资5亿元。"
    assert store.document_metadata(1)["date"] == "2024-01-15"


def test_a_cover_page_in_a_content_control_is_imported_in_its_place(store: Store, tmp_path: Path) -> None:
    """Before: the paragraphs inside a block content control (Word's cover pages, a template's body)
    were dropped whole, the title and date line with them."""
    cover = ("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Cover Pages\"/></w:docPartObj></w:sdtPr>"
             "<w:sdtContent><w:p>" + _r("2024年政府工作报告") + "</w:p><w:p>" + _r("市长　何辛幸")
             + "</w:p></w:sdtContent></w:sdt>")
    path = _docx(tmp_path, cover, "<w:p>" + _r("各位代表：") + "</w:p>")

    assert _text(store, path) == "2024年政府工作报告\n市长　何辛幸\n各位代表："


def test_a_cell_merged_down_over_rows_is_read_once(store: Store, tmp_path: Path) -> None:
    """Before: 湖里区, merged down over its two projects, was imported in both rows: a district the
    report names once was there twice to tag, count and export."""
    def cell(text: str, merge: str = "") -> str:
        return f"<w:tc><w:tcPr>{merge}</w:tcPr><w:p>{_r(text) if text else ''}</w:p></w:tc>"

    table = ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
             "<w:tr>" + cell("区", '<w:vMerge w:val="restart"/>') + cell("项目") + cell("投资") + "</w:tr>"
             "<w:tr>" + cell("湖里区", '<w:vMerge w:val="restart"/>') + cell("松元产业园") + cell("5亿元") + "</w:tr>"
             "<w:tr>" + cell("", "<w:vMerge/>") + cell("五缘湾隧道") + cell("3亿元") + "</w:tr>"
             "<w:tr>" + cell("合计", '<w:gridSpan w:val="2"/>') + cell("8亿元") + "</w:tr></w:tbl>")
    path = _docx(tmp_path, table)

    assert _text(store, path).split("\n") == ["区\t项目\t投资", "湖里区\t松元产业园\t5亿元", "\t五缘湾隧道\t3亿元",
                                              "合计\t8亿元"]


def _field(instruction: str, result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
            f'{instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r(result)}')


_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


@pytest.mark.parametrize("in_control", [False, True], ids=["a TOC field", "in its content control"])
def test_a_table_of_contents_is_left_out(store: Store, tmp_path: Path, in_control: bool) -> None:
    """Before: a report's table of contents gave each heading twice (一、2023年工作回顾\\t1, then the
    heading itself), when its TOC field stood in the body as WPS and older Word write it."""
    entries = ["<w:p>" + _field('TOC \\o "1-3" \\h', "") + _r("一、2023年工作回顾") + "<w:r><w:tab/></w:r>"
               + _field("PAGEREF _Toc1 \\h", "1") + _END + "</w:p>",
               "<w:p>" + _r("二、2024年工作安排") + "<w:r><w:tab/></w:r>" + _field("PAGEREF _Toc2 \\h", "5") + _END
               + "</w:p>", "<w:p>" + _END + "</w:p>"]
    if in_control:  # as Word 2007 and later, and LibreOffice converting a .doc or .odt, save it
        entries = ['<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
                   f"</w:sdtPr><w:sdtContent>{''.join(entries)}</w:sdtContent></w:sdt>"]
    body = [f"<w:p>{_r(line)}</w:p>" for line in ("一、2023年工作回顾", "湖里区完成投资5亿元。", "二、2024年工作安排")]
    path = _docx(tmp_path, *entries, *body, "<w:p>" + _r("第") + _field("PAGE", "3") + _END + _r("页") + "</w:p>")

    assert _text(store, path) == "一、2023年工作回顾\n湖里区完成投资5亿元。\n二、2024年工作安排\n第3页"


def _sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def test_symbols_inserted_from_symbol_fonts_read_as_the_characters_shown(store: Store, tmp_path: Path) -> None:
    """Before: a symbol inserted from Symbol or Wingdings (w:sym: a bullet, ×, ≥, °, a check mark) was
    dropped, 5×3亿元 read as 53亿元; text typed in Symbol came in as private-use characters (boxes). Now each
    reads as the character Word shows; one of unknown meaning (Wingdings 2, a bracket piece) as nothing."""
    in_symbol = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>'
    path = _docx(tmp_path,
                 "<w:p>" + _sym("Symbol", "F0B7") + _r("投资5") + _sym("Symbol", "F0B4") + _r("3亿元，增长")
                 + _sym("Symbol", "F0B3") + _r("8%，气温20") + _sym("Symbol", "B0") + _r("C") + "</w:p>",
                 "<w:p>" + _sym("Wingdings", "F0FC") + _r("已完成") + _sym("Wingdings", "F06C")
                 + _sym("Wingdings", "F0D8") + _sym("Wingdings 2", "F050") + _sym("Symbol", "F0E6") + _r("。")
                 + "</w:p>",
                 "<w:p>" + _r("\uf0b7", in_symbol) + _r("系数") + _r("\uf061\uf03d", in_symbol) + _r("0.5")
                 + _sym("宋体", "2605") + "</w:p>")

    assert _text(store, path) == "•投资5×3亿元，增长≥8%，气温20°C\n✓已完成●➢。\n•系数α=0.5★"


def test_a_libreoffice_docx_dates_and_page_fields_read_as_their_results(store: Store, tmp_path: Path) -> None:
    """The fields LibreOffice writes for a date, a time, page x of y and a creation date (begin, instruction,
    separate, result, end; a fixed date locked), as saved from an .odt: each reads as the text Word shows
    (its result, nothing where that is empty), never its instruction (DATE \\@"yyyy\\年M\\月d\\日")."""
    date = 'DATE \\@"yyyy\\年M\\月d\\日"'
    locked = _field(date, "2024年1月15日").replace('"begin"/>', '"begin" w:fldLock="true"/>', 1)
    path = _docx(tmp_path, "<w:p>" + _r("——") + locked + _END + _r("在某市人民代表大会上") + "</w:p>",
                 "<w:p>" + _r("今天是") + _field(date, "2026年11月30日") + _END + _r("，时间")
                 + _field('TIME \\@"HH:mm:ss"', "10:00:00") + _END + _r("。") + "</w:p>",
                 "<w:p>" + _r("第") + _field("PAGE", "1") + _END + _r("页 共") + _field("NUMPAGES", "3") + _END
                 + _r("页") + "</w:p>",
                 "<w:p>" + _r("创建于") + _field(f"CREATE{date}", "") + _END + _r("。") + "</w:p>")

    assert _text(store, path) == ("——2024年1月15日在某市人民代表大会上\n今天是2026年11月30日，时间10:00:00。\n"
                                  "第1页 共3页\n创建于。")


def test_a_field_nested_in_another_fields_instruction_gives_only_the_outer_result(store: Store, tmp_path: Path) -> None:
    """Before: the result of a field inside another's instruction (the PAGE an IF tests, the IF a QUOTE quotes)
    came in beside the outer result: 第1首页 for 第首页, 是是 for 是; Word shows only the outer field's result.
    A REF shown as a HYPERLINK's result and a link with no result still read as Word shows them."""
    def instruction(text: str) -> str:
        return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'

    begin, separate = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    path = _docx(tmp_path,
                 "<w:p>" + _r("第") + begin + instruction("IF ") + _field("PAGE", "1") + _END
                 + instruction('&gt; 1 "续页" "首页"') + separate + _r("首页") + _END + _r("。") + "</w:p>",
                 "<w:p>" + begin + instruction("QUOTE ") + _field('IF 1 = 1 "是" "否"', "是") + _END
                 + separate + _r("是") + _END + "</w:p>",
                 "<w:p>" + _r("见") + begin + instruction('HYPERLINK "http://www.gov.cn/a"') + separate
                 + _field("REF _Ref1 \\h", "第三节") + _END + _END + _r("；") + begin
                 + instruction('HYPERLINK "http://x"') + _END + _r("。") + "</w:p>")

    assert _text(store, path) == "第首页。\n是\n见第三节；。"


def test_text_hidden_by_its_style_is_left_out(store: Store, tmp_path: Path) -> None:
    """Before: only a run's own w:vanish hid it; an editor's note in a character style formatted hidden (or based
    on one), and a drafting instruction in a hidden paragraph style, came in though Word shows neither. A run
    that unhides itself shows; a hidden paragraph (its mark hidden too) leaves no empty line."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    note = document.styles.add_style("内部备注", WD_STYLE_TYPE.CHARACTER)
    note.font.hidden = True
    document.styles.add_style("备注二", WD_STYLE_TYPE.CHARACTER).base_style = note
    document.styles.add_style("起草说明", WD_STYLE_TYPE.PARAGRAPH).font.hidden = True
    paragraph = document.add_paragraph("建设")
    paragraph.add_run("（内部备注：待核实）", style="内部备注")
    paragraph.add_run("松元产业园")
    paragraph.add_run("（另一备注）", style="备注二")
    paragraph.add_run("。")
    document.add_paragraph("本段为起草说明，定稿前删除。", style="起草说明")
    instruction = document.add_paragraph("（说明）", style="起草说明")
    instruction.add_run("湖里区完成投资5亿元。").font.hidden = False
    document.add_paragraph("末段。")
    path = tmp_path / "报告.docx"
    document.save(str(path))

    assert _text(store, path) == "建设松元产业园。\n湖里区完成投资5亿元。末段。"


def test_a_content_control_showing_its_placeholder_gives_no_text(store: Store, tmp_path: Path) -> None:
    """Before: a template's prompt left unfilled (Word shows it grey: 单击或点击此处输入文字。) was imported as
    the report's text, inline and as a block; a control filled in (no w:showingPlcHdr) still gives its text."""
    prompt = "<w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
    path = _docx(tmp_path,
                 "<w:p>" + _r("主送单位：") + f"<w:sdt>{prompt}<w:sdtContent>" + _r("单击或点击此处输入文字。")
                 + "</w:sdtContent></w:sdt></w:p>",
                 f"<w:sdt>{prompt}<w:sdtContent><w:p>" + _r("Click or tap here to enter text.")
                 + "</w:p></w:sdtContent></w:sdt>",
                 '<w:sdt><w:sdtPr><w:showingPlcHdr w:val="false"/></w:sdtPr><w:sdtContent><w:p>'
                 + _r("湖里区投资5亿元。") + "</w:p></w:sdtContent></w:sdt>")

    assert _text(store, path) == "主送单位：\n湖里区投资5亿元。"
