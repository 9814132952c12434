"""A report's title on its first page is no running header because the pages after it repeat it.

A PDF whose first page has no running header (Word's "different first page") opens with its title,
政府工作报告, and the pages after it carry 政府工作报告 at their top as a running header: the import took
the title for the first page's copy of that header and dropped it, and the document came in opening with
——2020年1月16日在…会议上 (its title, read from its first line, lost). Now the line opening the text goes as
the first page's header only on evidence: it is found a header beside the page numbers, and, in a PDF,
it is drawn at the same place and size as the copies on the other pages. A header that the first page
carries too still goes, and the title under it stays.
"""
from __future__ import annotations

from pathlib import Path

from annotator.core.imports.documents import import_files
from annotator.core.imports.reflow import reflow
from annotator.core.store import Store
from tests.pdf_files import placed_pdf

TITLE = "政府工作报告"
DATE = "——2020年1月16日在天水市第七届人民代表大会第五次会议上"
BODY = ("坚持稳增长扩投资，项目建设实现新突破。城区引洮供水工程建成通水，城区群众吃上了干净、卫生的洮河水，"
        "全年完成投资二百亿元，同比增长百分之十。") * 30
WIDTH = 30  # hanzi a line of the body, at 12 pt from x 72


def _ems(text: str) -> float:
    return sum(1.0 if ord(c) > 0x2000 else 0.5 for c in text)


def _report(path: Path, title: str = TITLE, header_on_first: bool = False) -> Path:
    """Four pages: the title (18 pt, centred) and the date line on the first; a running header 政府工作报告
    (9 pt, at the top) on the others, or on all; the body wrapped at ``WIDTH``; — n — at each page's foot."""
    lines = [BODY[k:k + WIDTH] for k in range(0, len(BODY), WIDTH)]
    header = (TITLE, 252 - 4.5 * _ems(TITLE), 800, 9)
    pages = []
    for number in range(1, 5):
        page = [header] if number > 1 or header_on_first else []
        y = 760.0
        if number == 1:
            page += [(title, 252 - 9 * _ems(title), 760, 18), (DATE, 72, 730, 12)]
            y = 700.0
        while y > 80 and lines:
            page.append((lines.pop(0), 72, y, 12))
            y -= 18
        pages.append([*page, (f"— {number} —", 270, 40, 10)])
    return placed_pdf(path, pages)


def _stored(tmp_path: Path, path: Path) -> list[str]:
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path]).imported
        return store.document(doc.id).text.split("\n")


def test_the_title_the_running_header_repeats_stays(tmp_path):
    stored = _stored(tmp_path, _report(tmp_path / "tianshui_2020.pdf"))
    assert stored[:2] == [TITLE, DATE]
    assert sum(line.count(TITLE) for line in stored) == 1  # the running headers on pages 2 to 4 still go
    assert stored[2].startswith("坚持稳增长扩投资") and not any(line.startswith("— ") for line in stored)


def test_the_first_page_s_own_copy_of_the_header_still_goes(tmp_path):
    title = "2020年天水市政府工作报告"
    stored = _stored(tmp_path, _report(tmp_path / "tianshui_2020.pdf", title, header_on_first=True))
    assert stored[:2] == [title, DATE] and not any(line == TITLE for line in stored)
    stored = _stored(tmp_path / "same", _report(tmp_path / "same.pdf", TITLE, header_on_first=True))
    assert stored[:2] == [TITLE, DATE]  # the header above the title goes, the title stays


def test_a_first_line_beside_too_few_page_numbers_to_be_a_header_stays():
    """Text copied from a PDF (no places): the first line goes only when its copies are headers, not when
    they stand beside two page numbers of nine (no header of every page)."""
    wrapped = [BODY[k:k + WIDTH] for k in range(0, 27 * WIDTH, WIDTH)]
    lines = [TITLE, "各位代表："]
    for page in range(1, 10):
        lines += wrapped[3 * (page - 1):3 * page] + [f"— {page} —"] + ([TITLE] if page in (3, 6) else [])
    text = reflow("\n".join(lines) + "\n").text
    assert text.startswith(f"{TITLE}\n各位代表：\n坚持") and text.count(TITLE) == 3 and "— 2 —" not in text
