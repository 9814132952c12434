"""PDF import: a government report's PDF (CID fonts with ToUnicode maps) is read, re-flowed into its
paragraphs and stored; a PDF it cannot read (locked, scanned, cut off, empty, damaged) is one line
naming the file, nothing stored. The fixtures are in tests/data/pdf (real producers' files, see
its README) or made by tests/pdf_files.py."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.pdf import read_pdf
from annotator.core.imports.reflow import reflow
from annotator.core.progress import READ, Step
from annotator.core.store import Store
from tests.pdf_files import DATA, encrypted, placed_pdf, scan_pdf, text_pdf, wrapped_pages

SOURCE = (DATA / "hechi_2015.txt").read_text(encoding="utf-8")
SPANS = [json.loads(line) for line in (DATA / "hechi_2015.spans.jsonl").read_text(encoding="utf-8").splitlines()]
FIXTURES = ["hechi_2015_libreoffice.pdf", "hechi_2015_qt_cid.pdf"]


def squeezed(text: str) -> str:
    return "".join(text.split())


def without_bare_page_numbers(text: str) -> str:
    """Qt prints a bare page number (1, 2) under each page: the re-flow removes them (their numbers
    run in page order), the source has none."""
    return re.sub(r"^\d$", "", text, flags=re.M)


def long_text(paragraphs: int = 1100) -> str:
    """Paragraphs of two full lines each (52 characters), every line different (a line repeated beside
    page numbers would be a running header)."""
    return "\n".join(f"（{i:04d}）湖里区第{i:04d}批项目投资建设松元产业园区，新增就业岗位{i * 7:05d}个，"
                     "带动周边多个村镇发展。" for i in range(1, paragraphs + 1))


@pytest.mark.parametrize("name", FIXTURES)
def test_a_real_pdf_is_read_whole_re_flowed_and_its_gold_spans_found(tmp_path, name):
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [DATA / name])
        (doc,) = report.imported
        text = store.document(doc.id).text
    assert report.failed == [] and doc.encoding == "pdf" and doc.name == name
    assert squeezed(without_bare_page_numbers(text)) == squeezed(SOURCE)  # every character, in order; no radical
    assert not re.search("[\u2e80-\u2fdf]", text) and "— 1 —" not in text
    assert len(SPANS) >= 15 and [s["text"] for s in SPANS if s["text"] not in text] == []
    assert "2015年1月21日" in text and "601亿元" in text  # no space the extraction put between 2015 and 年
    (flowed,) = report.reflowed
    assert flowed[1] >= 10  # lines joined back into paragraphs
    assert len(text.splitlines()) <= len([line for line in SOURCE.splitlines() if line.strip()]) + 3


def test_the_libreoffice_pdf_has_page_numbers_which_go(tmp_path):
    raw = read_pdf(DATA / "hechi_2015_libreoffice.pdf")
    assert re.findall(r"^— \d —$", raw, re.M) == ["— 1 —", "— 2 —", "— 3 —"]
    assert reflow(raw).page_numbers == 3


def test_the_qt_pdfs_bare_page_numbers_go(tmp_path):
    """QPdfWriter prints a bare 1, 2 under each page: they run in page order, so they are page numbers."""
    raw = read_pdf(DATA / "hechi_2015_qt_cid.pdf")
    assert re.findall(r"^\d$", raw, re.M) == ["1", "2"]
    flowed = reflow(raw)
    assert flowed.page_numbers == 2 and not re.search(r"^\d+$", flowed.text, re.M)


def test_keep_lines_stores_the_lines_as_extracted(tmp_path):
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [DATA / "hechi_2015_libreoffice.pdf"], keep_lines=True)
        text = store.document(report.imported[0].id).text
    assert report.reflowed == [] and text == read_pdf(DATA / "hechi_2015_libreoffice.pdf") and "— 2 —" in text


def test_a_cid_pdf_of_many_pages_with_page_numbers_is_stored_as_its_paragraphs(tmp_path):
    paragraphs = [line for line in SOURCE.splitlines() if line.strip()]
    path = text_pdf(tmp_path / "report.pdf", wrapped_pages("\n".join(paragraphs), lines_per_page=12))
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        text = store.document(report.imported[0].id).text
    assert squeezed(text) == squeezed(SOURCE) and not re.search(r"—\s*\d+\s*—", text)
    assert [s["text"] for s in SPANS if s["text"] not in text] == []
    assert report.reflowed[0][2] >= 5  # the page numbers


def test_a_pdf_in_a_folder_is_imported_beside_the_text_files(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("集美区新增10家企业。", encoding="utf-8")
    text_pdf(folder / "b.pdf", [["湖里区投资55.1亿元建设松元产业园。"]])
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [folder])
        texts = {d.name: store.document(d.id).text for d in report.imported}
    assert texts == {"a.txt": "集美区新增10家企业。", "b.pdf": "湖里区投资55.1亿元建设松元产业园。"}
    assert report.others == [] and report.failed == [] and not any("PDF" in line for line in report.lines()[1:])


def test_a_gold_file_beside_a_pdf_does_not_keep_its_lines(tmp_path):
    """A gold file beside a .txt keeps its lines (the offsets index them); a PDF's text is never the gold's."""
    path = tmp_path / "hechi.pdf"
    path.write_bytes((DATA / "hechi_2015_libreoffice.pdf").read_bytes())
    (tmp_path / "hechi.gold.jsonl").write_text("", encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
    assert report.reflowed and report.reflowed[0][2] == 3


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_locked_only_against_copying_is_read(tmp_path, algorithm):
    path = encrypted(DATA / "hechi_2015_libreoffice.pdf", tmp_path / "locked.pdf", "", algorithm)
    assert squeezed(read_file(path).text) == squeezed(read_pdf(DATA / "hechi_2015_libreoffice.pdf"))


def _bad(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.pdf"
    good = (DATA / "hechi_2015_libreoffice.pdf").read_bytes()
    if kind == "password-aes":
        return encrypted(DATA / "hechi_2015_libreoffice.pdf", path, "secret", "AES-128")
    if kind == "password-rc4":
        return encrypted(DATA / "hechi_2015_libreoffice.pdf", path, "secret", "RC4-128")
    if kind == "scan":
        return scan_pdf(path, pages=3)
    data = {"truncated": good[:len(good) // 2], "empty": b"", "html": b"<html><body>report</body></html>",
            "damaged": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
                       b"%%EOF\n",
            "garbled": good[:200] + bytes(range(256)) * 8 + good[-300:]}[kind]
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("kind", "said"), [
    ("password-aes", "is protected by a password; open it in a PDF reader with its password"),
    ("password-rc4", "is protected by a password"),
    ("scan", "has no text layer (3 page(s) of images: a scan?); run OCR on it first"),
    ("truncated", "is a damaged PDF: it is cut off before its end"),
    ("empty", "the file is empty (0 bytes)"),
    ("html", "is not a PDF (it does not start with %PDF-)"),
    ("damaged", "is a damaged PDF that cannot be read ("),
    ("garbled", "is a damaged PDF that cannot be read ("),
])
def test_a_pdf_that_cannot_be_read_is_one_line_naming_it_and_nothing_is_stored(tmp_path, caplog, kind, said):
    path = _bad(tmp_path, kind)
    with pytest.raises(ImportFileError) as e:
        read_file(path)
    assert str(e.value).startswith(f"{path}: {said}") and "\n" not in str(e.value)
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path, DATA / "hechi_2015_qt_cid.pdf"])  # the next file is still read
        assert [d.name for d in store.documents()] == ["hechi_2015_qt_cid.pdf"]
    assert report.failed == [(str(path), str(e.value).split(": ", 1)[1])]
    # pypdf's warnings of a broken file (incorrect startxref pointer …) are not logged: not printed under the report
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []


def test_a_page_that_cannot_be_read_is_named_with_its_file_and_nothing_is_stored(tmp_path, monkeypatch):
    """A page pypdf fails on said only that the PDF was damaged: now one line names the file and the page."""
    import pypdf

    path = text_pdf(tmp_path / "r.pdf", wrapped_pages(long_text(200), lines_per_page=22))
    real = pypdf.PageObject.extract_text
    read = []

    def third_fails(page, *args, **kwargs):
        read.append(1)
        if len(read) == 3:
            raise KeyError("/Font")
        return real(page, *args, **kwargs)

    monkeypatch.setattr(pypdf.PageObject, "extract_text", third_fails)
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        assert store.documents() == []  # no partial document
    ((failed, why),) = report.failed
    assert failed == str(path) and "\n" not in why
    assert why.startswith("is a damaged PDF: its page 3 of ") and "cannot be read (KeyError: '/Font')" in why


def test_a_pdf_named_as_text_says_to_rename_it(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes((DATA / "hechi_2015_libreoffice.pdf").read_bytes())
    with pytest.raises(ImportFileError, match="is a PDF under another name: rename it to .pdf and import that"):
        read_file(path)


def test_a_long_pdf_is_cancelled_between_its_pages_and_nothing_of_it_stored(tmp_path):
    pages = wrapped_pages(long_text(), lines_per_page=22)
    assert len(pages) >= 100
    path = text_pdf(tmp_path / "long.pdf", pages)
    asked = []
    seen = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 30  # while the PDF's pages are read

    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [tmp_path / "long.pdf"], cancelled=cancelled,
                              progress=lambda done, total, name: seen.append((done, total, name)))
        assert store.documents() == []
    assert report.cancelled and report.imported == [] and report.failed == []
    assert 30 < len(asked) < len(pages) and seen[0] == (0, 1, str(path))
    told = [current.page[0] for _d, _t, current in seen[1:]]  # the pages read before it stopped, no more
    assert told == list(range(1, len(seen))) and 25 < len(told) < 31 and seen[-1][0] < seen[-1][1]
    assert report.lines()[-1] == "cancelled: the files not yet read were not imported"


def test_a_long_pdf_is_imported_whole_its_progress_told_page_by_page(tmp_path):
    """The bar stood still for the seconds a PDF of 146 pages took: now each page read moves it."""
    pages = wrapped_pages(long_text(), lines_per_page=22)
    path = text_pdf(tmp_path / "long.pdf", pages)
    (tmp_path / "short.txt").write_text("湖里区投资建设松元产业园。", encoding="utf-8")
    seen = []
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [tmp_path / "short.txt", path], cancelled=lambda: False,
                              progress=lambda done, total, current: seen.append((done / total, current)))
        text = store.document(report.imported[1].id).text
    assert text == long_text()
    steps = [current for _f, current in seen if isinstance(current, Step)]
    assert [s.page for s in steps] == [(i, len(pages)) for i in range(1, len(pages) + 1)]
    assert all(s.doing == READ and (s.index, s.documents) == (1, 2) for s in steps)
    assert str(steps[0]) == f"file 2 of 2 ({path}): page 1 of {len(pages)}"
    fractions = [f for f, _current in seen]
    assert fractions == sorted(fractions) and len(set(fractions)) > 50  # increasing, and moving within the PDF
    assert fractions[0] == 0 and fractions[1] == 0.5 and fractions[-1] == 1


def test_a_pdf_may_be_larger_than_a_text_file(tmp_path, monkeypatch):
    """A report's PDF is mostly its pictures: over the 16 MB of a text file, it is read (to 128 MB)."""
    from annotator.core.imports import documents

    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 4096)  # the text files' limit, made small
    (tmp_path / "big.txt").write_text("湖里区" * 2000, encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"files over 0 MB are refused"):
        read_file(tmp_path / "big.txt")
    assert "河池市" in read_file(DATA / "hechi_2015_libreoffice.pdf").text  # 9.7 KB: over that limit, read


def test_a_line_stretched_before_a_manual_line_break_loses_the_spaces_extraction_reads_into_it(tmp_path):
    """A justified line ending at Shift+Enter is stretched to the page's width: extraction reads its wide
    gaps as spaces (三年新冠 疫 情 防 控 转 段), which broke names and targets; a position and a name,
    a title spaced for show and Latin words keep theirs."""
    path = text_pdf(tmp_path / "r.pdf", [["政 府 工 作 报 告", "市长 何辛幸",
                                          "是三年新冠 疫 情 防 控 转 段", "后经济恢复发展的一年。",
                                          "居民消费价格 涨 幅 控 制 在 3.5% 以内。", "Made in China 中国制造",
                                          "一年来，我们始终坚持党建统领，深入开展主题教育，有效落实“四",
                                          "项 机 制 ” ， 不 折", "不扣贯彻执行上级决策部署。"]])
    text = read_pdf(path)
    assert text.split("\n") == ["政 府 工 作 报 告", "市长 何辛幸", "是三年新冠疫情防控转段", "后经济恢复发展的一年。",
                                "居民消费价格涨幅控制在3.5%以内。", "Made in China中国制造",
                                "一年来，我们始终坚持党建统领，深入开展主题教育，有效落实“四", "项机制”，不折",
                                "不扣贯彻执行上级决策部署。"]


BODY = ["各位代表：", "现在，我代表市人民政府向大会作政府工作报告，请予审议，并请政协委员",
        "和列席会议的同志提出意见。", "一、2023年工作回顾",
        "过去一年，全市地区生产总值增长6.1%，完成固定资产投资149亿元。"]
TITLE = ["滨州市政府工作报告", "——2024年1月15日在滨州市第十二届人民代表大会第三次会议上", "市长 李春田"]


def _frame_pdf(path: Path, frame_last: bool = True) -> Path:
    """Page 1 as Word draws a title block in a text box: the body first (from y 600 down), the
    frame's lines after it though they stand above it (y 780 down); page 2 goes on."""
    body = [(line, 72, 600 - 24 * i, 14) for i, line in enumerate(BODY)]
    frame = [(line, 90, 780 - 30 * i, 16) for i, line in enumerate(TITLE)]
    first = body + frame if frame_last else frame + body
    return placed_pdf(path, [first, [("二、2024年工作安排", 72, 770, 14)]])


@pytest.mark.parametrize("frame_last", [True, False])
def test_a_title_block_in_a_frame_comes_first_and_gives_the_report_its_date(tmp_path, frame_last):
    pdf = _frame_pdf(tmp_path / "report.pdf", frame_last)
    text = read_pdf(pdf)
    assert text.splitlines()[:4] == TITLE + ["各位代表："]
    assert text.splitlines()[-1] == "二、2024年工作安排"  # the body's own order, the next page after it
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [pdf]).imported
        metadata = store.document(doc.id).metadata
    assert metadata["date"] == "2024-01-15" and metadata["year"] == "2024"


def test_two_columns_keep_their_order_on_the_first_page(tmp_path):
    """The second column starts as high as the first: nothing lies wholly above the first run."""
    left = [(f"左栏第{n}行的文字", 72, 700 - 20 * n, 12) for n in range(5)]
    right = [(f"右栏第{n}行的文字", 320, 700 - 20 * n, 12) for n in range(5)]
    text = read_pdf(placed_pdf(tmp_path / "columns.pdf", [left + right]))
    assert text.splitlines() == [t for t, *_ in left + right]


def test_a_narrow_columns_line_stretched_along_its_length_loses_the_spaces_between_its_hanzi(tmp_path):
    """A two-column page's justified line is stretched throughout, digits and marks among its hanzi
    (601 亿 元 ， 增 长 8.1% ；): extraction read its gaps as spaces, which broke 增长 and 亿元. A
    spaced title, a name line, a table row of names and a Latin line keep theirs."""
    left = ["政 府 工 作 报 告", "市长 何辛幸", "全市地区生产总值", "601 亿 元 ， 增 长 8.1% ； 财 政 收 入",
            "固 定 资 产 投 资 401.6 亿 元", "累计 建成 并 网光伏扶贫 电站121.59兆瓦，清水县",
            "张三 李四 王五 赵六", "Made in China 中 国 制 造"]
    text = read_pdf(placed_pdf(tmp_path / "columns.pdf", [[(line, 72, 770 - 20 * i, 12)
                                                          for i, line in enumerate(left)]]))
    assert text.split("\n") == ["政 府 工 作 报 告", "市长 何辛幸", "全市地区生产总值", "601亿元，增长8.1%；财政收入",
                                "固定资产投资401.6亿元", "累计建成并网光伏扶贫电站121.59兆瓦，清水县",
                                "张三 李四 王五 赵六", "Made in China中 国 制 造"]


def test_a_footnote_at_the_foot_of_a_page_goes_to_the_end_and_its_raised_marker_leaves_the_sentence(tmp_path):
    """A footnote (smaller, below the body, opening with its marker) came out inside the sentence the
    page breaks (财政收入增长 / 8%), and the raised marker in the body was glued to it (发展。2年初)."""
    page1 = [("主要经济指标稳中向好，实现平稳发展。", 72, 700, 14), ("2", 324, 706, 8),
             ("年初经济下行压力大，地区生产总值增长7%，财政收入增长", 72, 680, 14),
             ("2这是注释，说明统计口径。", 72, 80, 10), ("3", 72, 71, 6), ("注：数据为初步统计。", 76, 66, 10),
             ("— 1 —", 290, 40, 10)]
    page2 = [("8%，规模以上工业增加值增长13%。", 72, 770, 14), ("①河池市统计局", 72, 80, 10), ("2", 290, 40, 10)]
    text = read_pdf(placed_pdf(tmp_path / "notes.pdf", [page1, page2]))
    assert text.split("\n") == ["主要经济指标稳中向好，实现平稳发展。",
                                "年初经济下行压力大，地区生产总值增长7%，财政收入增长", "— 1 —",
                                "8%，规模以上工业增加值增长13%。", "2", "",
                                "2\u3000这是注释，说明统计口径。", "3\u3000注：数据为初步统计。", "①河池市统计局"]
