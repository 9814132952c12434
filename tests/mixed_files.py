"""A researcher's folder of reports in several formats on purpose (.txt, .md, .text, .docx, .pdf, .ofd, .html,
.mht), each file its own text, for the tests of what an import says of the kinds it read
(``benchmarks/mixed_formats.py`` makes a large one)."""
from __future__ import annotations

from html import escape
from pathlib import Path

from tests.ofd_files import report_ofd
from tests.pdf_files import text_pdf

CITIES = ("滨州市", "河池市", "晋城市", "十堰市", "天水市", "辽源市", "厦门市", "泉州市", "漳州市", "龙岩市")


def paragraphs(n: int) -> list[str]:
    """A report's paragraphs, the ``n``-th report's own."""
    city = CITIES[n % len(CITIES)]
    return [f"{city}第{n}号政府工作报告，全市完成固定资产投资{55 + n}.1亿元，同比增长百分之{n % 9 + 2}。",
            f"{city}建设松元产业园二期工程，总投资{12 + n}亿元，带动就业岗位{300 + n}个，园区道路全部贯通。",
            f"{city}推进城乡社区治理，新建养老服务中心{n + 3}所，改造老旧小区{20 + n}个，惠及居民两万余户。"]


def page(title: str, paras: list[str]) -> str:
    """A report's page as a gov.cn site lays it out: a menu, the article, a footer."""
    body = "\n".join(f"<p>\u3000\u3000{escape(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
            '<body><nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a></nav><div class="article">'
            f'<h1>{escape(title)}</h1><div id="zoom">\n{body}\n</div></div><footer>主办：市人民政府办公室</footer>'
            '</body></html>')


def write(path: Path, n: int) -> Path:
    """The ``n``-th report in the format its suffix names."""
    title, paras = f"{CITIES[n % len(CITIES)]}第{n}号政府工作报告", paragraphs(n)
    kind = path.suffix.lower()
    if kind in (".txt", ".md", ".markdown", ".text"):
        path.write_text("\n".join([title, *paras]) + "\n", encoding="utf-8")
    elif kind == ".docx":
        import docx

        document = docx.Document()
        document.add_heading(title, level=1)
        for p in paras:
            document.add_paragraph(p)
        document.save(str(path))
    elif kind == ".pdf":
        text_pdf(path, [[title, *paras]])
    elif kind == ".ofd":
        report_ofd(path, title, "——2024年1月20日在市人民代表大会上", paras)
    elif kind in (".html", ".htm"):
        path.write_text(page(title, paras), encoding="utf-8")
    elif kind == ".mht":
        from tests.core.test_import_web_archive import archive

        path.write_bytes(archive(page(title, paras).encode("utf-8"), charset="utf-8"))
    else:
        raise ValueError(kind)
    return path


def mixed_folder(folder: Path, **counts: int) -> Path:
    """``folder`` holding ``counts[kind]`` reports of each kind (``txt=3, docx=2``), each its own text."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for kind, count in counts.items():
        for _ in range(count):
            write(folder / f"report_{n:03d}.{kind}", n)
            n += 1
    return folder
