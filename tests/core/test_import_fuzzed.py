"""Inputs a fuzzing pass over the readers found (seed files mutated: bytes flipped, parts cut off,
values of the wrong type), each minimised and built here: every one is refused in one line naming
the file and the problem, or read, and never stored in part."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from annotator.core.imports.documents import import_files
from annotator.core.store import Store


def _docx_with(tmp_path: Path, change) -> Path:
    """A small .docx saved by python-docx, its word/document.xml rewritten by ``change``."""
    good, path = tmp_path / "good.docx", tmp_path / "报告.docx"
    document = docx.Document()
    document.add_paragraph("一、2019年工作回顾")
    document.save(str(good))
    with zipfile.ZipFile(good) as z, zipfile.ZipFile(path, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            out.writestr(info, change(data) if info.filename == "word/document.xml" else data)
    return path


def test_a_docx_whose_text_holds_a_nul_byte_is_refused_on_one_line(tmp_path):
    """lxml's message holds a line break ('Char 0x0 out of allowed range\\n, line 2'): the report's
    line for the file was two."""
    path = _docx_with(tmp_path, lambda xml: xml.replace(b"2019", b"20\x0019", 1))
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        assert store.documents() == []
    [(failed, why)] = report.failed
    assert failed == str(path) and "\n" not in why
    assert why.startswith("is a damaged .docx: its part word/document.xml cannot be read (XMLSyntaxError: "), why
    assert all("\n" not in line for line in report.lines())


def test_a_pdf_whose_stream_names_no_filter_pypdf_knows_is_a_damaged_pdf(tmp_path):
    """A filter's name damaged (/FdateDecode): pypdf's NotImplementedError was said as 'cannot be read
    (NotImplementedError: …)', without the advice every other damaged PDF gets."""
    from tests.pdf_files import text_pdf

    path = text_pdf(tmp_path / "r.pdf", [["湖里区投资55.1亿元。"]])
    data = path.read_bytes()
    path.write_bytes(data.replace(b"<< /Length", b"<< /Filter /FdateDecode /Length", 1))
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        assert store.documents() == []
    [(_failed, why)] = report.failed
    assert why.startswith("is a damaged PDF") and "NotImplementedError: Unsupported filter /FdateDecode" in why, why
    assert why.endswith("open it in a PDF reader, save or print it as a new PDF and import that")


ARTICLE = "湖里区今年完成投资55.1亿元，建设松元产业园。" * 8


def test_a_web_page_holding_a_control_character_is_read_without_it(tmp_path):
    """A control character pasted into a page's text beside a script the import takes out: lxml parsed it,
    then refused it as the text moved ('cannot be read (ValueError: All strings must be XML compatible …)')."""
    path = tmp_path / "r.html"
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><div><p>{ARTICLE}</p><p>思明区<script>x()"
                    f"</script>\x01推进旧城改造。\x0b{ARTICLE}</p></div></body></html>", encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        assert report.failed == [] and len(report.imported) == 1
        text = store.document(report.imported[0].id).text
    assert "思明区推进旧城改造。" in text and not any(c in text for c in "\x01\x0b")


def test_a_web_page_whose_article_is_inside_a_link_is_said_to_hold_none(tmp_path):
    """The article's block wrapped in a link: 'cannot be read (KeyError: <Element a at 0x7f…>)'; a link's text
    is the page's navigation, so the page holds no article text, as a page of links does."""
    path = tmp_path / "r.html"
    path.write_text(f"<html><body><a href='/a'><p>{ARTICLE}</p></a></body></html>", encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
    [(_failed, why)] = report.failed
    assert why.startswith("no article text found"), why


def test_a_gold_line_whose_link_cannot_be_stored_is_rejected_whole(tmp_path):
    """A PROJECT line linking to a DISTRICT span the project does not hold: its span was stored, its link not,
    and the line was reported rejected ('partly imported: stored 1 annotation(s); 1 line(s) rejected'). A line
    linking to a span of a line so rejected goes too; the lines around them are stored."""
    import json

    from annotator.core.imports.annotations import import_annotations
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    text = "湖里区投资55.1亿元建设松元产业园，思明区建设学校。"
    district = {"kind": "district", "start": 0, "end": 3, "label": "DISTRICT", "text": "湖里区"}
    absent = {"kind": "district", "start": 19, "end": 22, "label": "DISTRICT", "text": "思明区"}  # no such span
    lines = [{"start": 0, "end": 3, "label": "DISTRICT", "text": "湖里区"},
             {"start": 11, "end": 18, "label": "PROJECT", "text": "建设松元产业园", "links": [district, absent]},
             {"start": 5, "end": 9, "label": "AMOUNT", "text": "55.1", "links": [  # to the PROJECT refused above
                 {"kind": "project", "start": 11, "end": 18, "label": "PROJECT", "text": "建设松元产业园"}]},
             {"start": 24, "end": 26, "label": "PROJECT", "text": "学校"}]
    gold = tmp_path / "a.gold.jsonl"
    gold.write_text("".join(json.dumps({"doc": "a.txt", **line}, ensure_ascii=False) + "\n" for line in lines),
                    encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "a", text, sha256(text)))
        report = import_annotations(store, [gold])
        assert sorted((a.start, a.label) for a in store.annotations()) == [(0, "DISTRICT"), (24, "PROJECT")]
        assert store.links(doc.id) == []
    assert [(n, why) for _f, n, why in report.rejected] == [(2, "no DISTRICT span at 19-22 to link to"),
                                                          (3, "no PROJECT span at 11-18 to link to")]
    assert report.files[0].line() == "a.gold.jsonl: partly imported: stored 2 annotation(s); 2 line(s) rejected"


def test_a_number_too_long_for_python_is_said_as_the_lines_problem(tmp_path):
    """A number of 5,000 digits: the line's reason was Python's 'Exceeds the limit (4300 digits) for integer
    string conversion: …; use sys.set_int_max_str_digits() to increase the limit'."""
    from annotator.core.imports.annotations import import_annotations
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    gold = tmp_path / "a.gold.jsonl"
    gold.write_text('{"doc": "a.txt", "start": ' + "9" * 5000 + ', "end": 3, "label": "DISTRICT", "text": "湖里区"}\n',
                    encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        store.add_document(Document(None, "a.txt", "a", "湖里区。", sha256("湖里区。")))
        report = import_annotations(store, [gold])
    assert [why for _f, _n, why in report.rejected] == ["not valid JSON here (a number of more than 4,300 digits)"]


def test_a_doccano_relation_naming_an_entity_by_a_list_is_refused_by_its_line(tmp_path):
    """An entity's or a relation's id that is a list or an object: the line's reason was "unhashable type: 'list'"."""
    import json

    from annotator.core.imports.annotations import import_annotations

    entity = {"id": 1, "label": "DISTRICT", "start_offset": 0, "end_offset": 3}
    lines = [{"text": "湖里区。", "entities": [{**entity, "id": [1]}], "relations": []},
             {"text": "思明区。", "entities": [entity], "relations": [{"id": 7, "type": "district", "from_id": [1],
                                                                    "to_id": {}}]}]
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        report = import_annotations(store, [path])
        assert len(store.documents()) == 1 and [a.text for a in store.annotations()] == ["湖里区"]
    assert [(n, why) for _f, n, why in report.rejected] == [(2, "relation 7 joins an entity id the line does not have")]


def test_a_value_of_100000_characters_is_quoted_in_part(tmp_path):
    """A line's reason quoted its value whole: one report line of 100,054 characters for a text of 100,000."""
    import json

    from annotator.core.imports.annotations import import_annotations
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    gold = tmp_path / "a.gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "x" * 100_000})
                    + "\n", encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        store.add_document(Document(None, "a.txt", "a", "湖里区。", sha256("湖里区。")))
        report = import_annotations(store, [gold])
    [(_f, _n, why)] = report.rejected
    assert len(why) <= 300 and why.startswith("span text 'xxx") and "…" in why
    assert why.endswith("xxx' does not match the document at 0-3 ('湖里区')"), why


def test_a_workbook_link_row_with_an_unknown_status_is_refused_by_its_row(tmp_path):
    """The Links sheet's status of a link the project holds made 'maybe': SQLite's CHECK constraint failed
    (the command line: 'the database could not be used'), and the import stopped there."""
    from openpyxl import load_workbook

    from annotator.core.export.formats import export
    from annotator.core.imports.annotations import import_annotations
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    text = "湖里区建设松元产业园。"
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "a", text, sha256(text)))
        district = store.add_annotation(doc.id, 0, 3, "DISTRICT", status="accepted").annotation_changes[0].after
        project = store.add_annotation(doc.id, 5, 10, "PROJECT", status="accepted").annotation_changes[0].after
        store.add_link(project.id, "district", district.id)
        export(store, tmp_path / "book.xlsx")
        book = load_workbook(tmp_path / "book.xlsx")
        links = book["Links"]
        column = [c.value for c in links[1]].index("status") + 1
        links.cell(2, column).value = "maybe"
        book.save(tmp_path / "book.xlsx")
        report = import_annotations(store, [tmp_path / "book.xlsx"])
        assert [link.status for link in store.links(doc.id)] == ["accepted"]
    assert [why for _f, _n, why in report.rejected] == [
        "Links sheet: unknown status 'maybe' (one of suggested, accepted, rejected)"]
