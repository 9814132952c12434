"""A researcher's folder of reports in every document format import reads, some of them broken:
.txt (UTF-8 and GBK), .docx, .pdf, .html, .mht and .ofd, made from the shared reports' paragraphs
(each document a different choice of them, with a serial number, so none is a text already imported).

    python benchmarks/mixed_formats.py OUT_DIR [--files 420] [--seed 46] [--long-pages 60]

Besides the ``--files`` documents it writes a long PDF and a long OFD (``--long-pages`` pages each)
and four broken files, each refused with its own reason: an OFD cut off half-way, a web archive
without a page, a PDF locked with a password and a scanned PDF (images, no text layer). Then:
``annotator new P && /usr/bin/time -v annotator import P OUT_DIR`` (README, "Performance"); the same command
again times a second import of the folder, which reads only the broken files (the others were read before).
"""
from __future__ import annotations

import argparse
import random
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from ofd_files import report_ofd  # noqa: E402
from pdf_files import encrypted, scan_pdf, text_pdf, wrapped_pages  # noqa: E402
from shared_data import shared_dir  # noqa: E402

from tests.core.test_import_web_archive import archive  # noqa: E402

KINDS = ("txt", "gbk.txt", "docx", "pdf", "html", "mht", "ofd")
BROKEN = ("cut_off.ofd", "no_page.mht", "locked.pdf", "scanned.pdf")


def paragraphs() -> list[str]:
    """Every paragraph of the shared reports (GBK can write them all)."""
    out = []
    for path in sorted((shared_dir() / "reports").glob("*.txt")):
        out += [p.strip() for p in path.read_text(encoding="utf-8").splitlines() if len(p.strip()) > 10]
    return [p for p in out if _gbk(p)]


def _gbk(text: str) -> bool:
    try:
        text.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def page_html(title: str, paras: list[str]) -> str:
    """A report's page as a gov.cn site lays it out: menus, breadcrumb, the article, a footer."""
    body = "\n".join(f"<p>\u3000\u3000{escape(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)} - 人民政府门户网站'
            '</title></head><body><nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>'
            '</nav><div class="breadcrumb"><a href="/">首页</a> &gt; <span>政府工作报告</span></div>'
            f'<div class="article"><h1>{escape(title)}</h1><div class="info">发布时间：2024年01月22日 '
            '来源：市人民政府办公室'
            f'</div><div id="zoom">\n{body}\n</div></div><footer>主办：市人民政府办公室 ICP备05000000号</footer>'
            '</body></html>')


def write_docx(path: Path, title: str, paras: list[str]) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for p in paras:
        document.add_paragraph(p)
    document.save(str(path))


def write(path: Path, kind: str, title: str, paras: list[str]) -> None:
    text = "\n".join([title, *paras])
    if kind == "txt":
        path.write_text(text + "\n", encoding="utf-8")
    elif kind == "gbk.txt":
        path.write_bytes((text + "\n").encode("gbk"))
    elif kind == "docx":
        write_docx(path, title, paras)
    elif kind == "pdf":
        text_pdf(path, wrapped_pages(text))
    elif kind == "html":
        path.write_text(page_html(title, paras), encoding="utf-8")
    elif kind == "mht":
        path.write_bytes(archive(page_html(title, paras).encode("utf-8"), charset="utf-8"))
    elif kind == "ofd":
        report_ofd(path, title, "——2024年1月20日在市第十八届人民代表大会第三次会议上", paras)


def pick(rnd: random.Random, paras: list[str], chars: int) -> list[str]:
    """Paragraphs in their order from a random place, about ``chars`` characters of them."""
    start, out = rnd.randrange(len(paras)), []
    while sum(map(len, out)) < chars:
        out.append(paras[start % len(paras)])
        start += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--files", type=int, default=420)
    ap.add_argument("--seed", type=int, default=46)
    ap.add_argument("--long-pages", type=int, default=60)
    args = ap.parse_args(argv)
    rnd, paras = random.Random(args.seed), paragraphs()
    total = 0
    for i in range(args.files):
        kind = KINDS[i % len(KINDS)]
        folder = args.out / f"{2015 + i % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        chosen = pick(rnd, paras, rnd.randint(2000, 12000))
        chosen[0] = f"（编号{i:05d}）{chosen[0]}"  # a page's text is its article's, without the title: each its own
        title = f"编号{i:05d}政府工作报告"
        total += len(title) + sum(map(len, chosen))
        write(folder / f"report_{i:05d}.{kind}", kind, title, chosen)
    long_dir = args.out / "long"
    long_dir.mkdir(parents=True, exist_ok=True)
    long_paras = pick(rnd, paras, args.long_pages * 450)
    write(long_dir / "long_report.pdf", "pdf", "长篇报告（PDF）", long_paras)
    report_ofd(long_dir / "long_report.ofd", "长篇报告（OFD）", "——市人民政府", long_paras[::-1], per_page=40)
    broken = args.out / "broken"
    broken.mkdir(parents=True, exist_ok=True)
    whole = report_ofd(broken / "whole.ofd", "被截断的报告", "——市人民政府", pick(rnd, paras, 6000))
    data = whole.read_bytes()
    whole.unlink()
    (broken / BROKEN[0]).write_bytes(data[: len(data) // 2])
    (broken / BROKEN[1]).write_bytes(b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
                                     b" boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nPNG\r\n--b--\r\n")
    plain = text_pdf(broken / "plain.pdf", wrapped_pages("\n".join(pick(rnd, paras, 3000))))
    encrypted(plain, broken / BROKEN[2], "secret")
    plain.unlink()
    scan_pdf(broken / BROKEN[3])
    print(f"{args.files} documents ({total:,} characters), 2 long ones, {len(BROKEN)} broken, in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
