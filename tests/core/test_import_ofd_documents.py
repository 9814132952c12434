"""An .ofd holding several documents (OFD.xml lists a DocBody each: a report and its attachment) is read
whole, document after document, a blank line between two; a document after the first that cannot be
read is left out with a warning naming it and why, while the first one's refusal refuses the file."""
from __future__ import annotations

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.reflow import reflow
from annotator.core.store import Store
from tests.core.test_import_ofd import BYLINE, PARAGRAPHS, TITLE
from tests.ofd_files import content, documents_ofd, line_object, report_ofd, write_ofd

ATTACHMENT = [
    "附件：松元产业园二期工程总投资5.2亿元，建设标准厂房十二万平方米，计划于明年六月底前建成投产并通过验收，带动就业两千人。",
    "湖里区道路改造工程总投资1.1亿元，改造主次干道十五条，同步实施雨污分流和管线入地，年内全面完工并交付使用，方便群众出行。",
    "滨海新城综合管廊工程总投资3.4亿元，建设管廊八公里，统筹布设给水、电力、通信和燃气管线，今年完成主体工程的百分之六十。",
    "城乡供水一体化工程总投资2.6亿元，新建水厂两座、改造管网一百二十公里，实现城乡供水同网同质同价，惠及农村人口十五万人。",
]
OPEN_AGAIN = "open it in an OFD reader, save it again or print it as a PDF, and import that"


def two(tmp_path, skip=()):
    first = report_ofd(tmp_path / "a.ofd", TITLE, BYLINE, PARAGRAPHS, per_page=9)
    second = report_ofd(tmp_path / "b.ofd", "附件一", "重点项目清单说明", ATTACHMENT, per_page=9)
    return documents_ofd(tmp_path / "报告.ofd", [first, second], skip=skip), first, second


def test_every_document_is_read_in_order_a_blank_line_between_two(tmp_path):
    both, first, second = two(tmp_path)
    told: list[tuple[int, int]] = []
    read = read_file(both, pages=lambda n, of: told.append((n, of)))
    alone = read_file(first), read_file(second)
    assert read.text == alone[0].text + "\n\n" + alone[1].text and read.warning == ""
    assert told == [(n, 4) for n in range(1, 5)]  # the pages of both documents (two each) counted together
    after = alone[0].text.count("\n") + 2  # the second document's first line
    assert read.opens == alone[0].opens | {after + i for i in alone[1].opens} and len(alone[1].opens) > 1
    with Store.create(tmp_path / "p.annotator") as store:
        imported = import_files(store, [both])
        text = store.document(imported.imported[0].id).text
    # the re-flow drops the first document's last page number (— 2 —), but not the empty line after it
    assert text.split("\n") == [TITLE, BYLINE, *PARAGRAPHS, "", "附件一", "重点项目清单说明", *ATTACHMENT]
    assert read.parts == {after}
    assert imported.warnings == [] and imported.imported[0].title == TITLE


def test_a_later_document_that_cannot_be_read_is_left_out_with_a_warning(tmp_path):
    both, first, _second = two(tmp_path, skip=("Doc_1/Pages/Page_0/Content.xml",))
    with Store.create(tmp_path / "p.annotator") as store:
        imported = import_files(store, [both])
        text = store.document(imported.imported[0].id).text
    assert text == "\n".join([TITLE, BYLINE, *PARAGRAPHS])
    assert imported.warnings == [(str(both), "left out 1 of its 2 documents, which cannot be read; the first, "
                                  "document 2: is a damaged OFD document: its page 1 of 2 "
                                  f"(Doc_1/Pages/Page_0/Content.xml) is missing; {OPEN_AGAIN}")]
    assert [line for line in imported.lines() if line.startswith("warning ")] == [
        f"warning {both}: {imported.warnings[0][1]}"]


def test_the_first_documents_refusal_refuses_the_file(tmp_path):
    both, _first, _second = two(tmp_path, skip=("Doc_0/Pages/Page_0/Content.xml",))
    with pytest.raises(ImportFileError) as e:
        read_file(both)
    assert str(e.value) == (f"{both}: is a damaged OFD document: its page 1 of 2 (Doc_0/Pages/Page_0/Content.xml) "
                            f"is missing; {OPEN_AGAIN}")
    scan = write_ofd(tmp_path / "scan.ofd", [content('<ofd:ImageObject ID="5" ResourceID="9"/>', templates=())])
    text = write_ofd(tmp_path / "text.ofd", [content(line_object(28, 60, "关于印发工作要点的通知。"), templates=())])
    with pytest.raises(ImportFileError, match="has no text"):
        read_file(documents_ofd(tmp_path / "scan_first.ofd", [scan, text]))
    assert read_file(documents_ofd(tmp_path / "scan_second.ofd", [text, scan])).warning.startswith(
        "left out 1 of its 2 documents, which cannot be read; the first, document 2: has no text (1 page(s) of "
        "images: a scan?)")


def test_the_reflow_joins_no_line_across_two_documents():
    """Before: the re-flow dropped the first document's last page number with the empty lines beside it, so
    the documents ran together, and the second's first line (drawn at the left margin: 附件二…) was joined
    to the first's last line, which reached the column's edge without ending a sentence."""
    body = "全年完成地区生产总值六百零一亿元比上年增长百分之八其中第一产业增加值增长百分之四第二产业增长百分之九"
    wrapped = [body[i:i + 16] for i in range(0, 48, 16)]
    first = [*wrapped, "— 1 —", *wrapped, "— 2 —"]
    second = ["附件二重点项目清单及其投资计划", *wrapped, "— 1 —"]
    flowed = reflow("\n".join([*first, "", *second]), parts=frozenset({len(first) + 1})).text
    assert flowed.split("\n") == [body[:48] * 2, "", "附件二重点项目清单及其投资计划" + body[:48]]
