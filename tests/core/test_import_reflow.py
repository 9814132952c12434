"""Text copied from a PDF (lines wrapped at the page's width, page numbers, a running header) is
re-flowed on import, before any span exists; every other text is stored exactly as it was."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.imports.documents import expand, import_files, read_file
from annotator.core.imports.reflow import reflow
from annotator.core.imports.spacing import unspace
from annotator.core.imports.text import normalise
from annotator.core.store import Store
from annotator.core.suggest import runner
from tests.cli_run import run
from tests.shared_data import shared_dir

ROOT = Path(__file__).resolve().parents[2]
WIDTH = 38
HEADER = "2024年集美区政府工作报告"
PARAGRAPHS = [
    "——2024年1月8日在厦门市集美区第四届人民代表大会第四次会议上",
    "各位代表：",
    "现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和列席人员提出意见。",
    "一、2023年工作回顾",
    # 松元产业园 and 55.1亿元 each straddle a break at 38 characters (see test_the_names_are_broken…)
    "一年来，全区坚持稳中求进工作总基调，各项工作加快推进，我们开工建设松元产业园项目，带动上下游配套企业加快集聚发展，"
    "一季度完成了固定资产投资55.1亿元，同比增长百分之十二，民间投资活力不断增强，营商环境持续优化，市场主体数量稳步"
    "增长，发展质量和效益稳步提升，全区经济运行稳中向好。",
    "二、2024年工作安排",
    "今年是实施“十四五”规划的关键之年，我们将坚持以高质量发展为主题，深化改革开放，加快建设现代化产业体系，"
    "推动城乡区域协调发展，持续保障和改善民生，加强生态环境保护，全面提升城市能级和核心竞争力，奋力谱写新篇章。",
]


def pdf_like(paragraphs: list[str] = PARAGRAPHS, page_every: int = 5) -> str:
    """Each paragraph indented by two full-width spaces and wrapped at WIDTH characters; a page
    number (— n —) and the running header every ``page_every`` lines."""
    lines = [("\u3000\u3000" + p)[k:k + WIDTH] for p in paragraphs
             for k in range(0, len(p) + 2, WIDTH)]
    out, page = [], 1
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % page_every == 0:
            page += 1
            out += [f"— {page} —", HEADER]
    return "\n".join(out) + "\n"


def test_the_names_are_broken_in_the_pdf_like_text():
    text = pdf_like()
    assert "松元产\n" in text and "55.1亿\n" in text and "松元产业园" not in text and "55.1亿元" not in text
    assert text.count("— 2 —") == 1 and text.count(HEADER) >= 2


def _imported(tmp_path: Path, text: str, **options) -> tuple[str, list[str]]:
    path = tmp_path / "jimei_2024.txt"
    path.write_text(text, encoding="utf-8")
    with Store.create(tmp_path / f"p{len(list(tmp_path.iterdir()))}") as store:
        report = import_files(store, [path], **options)
        (doc,) = report.imported
        return store.document(doc.id).text, report.lines()


def test_a_wrapped_report_is_reflowed_and_its_broken_names_are_suggested_whole(tmp_path):
    stored, lines = _imported(tmp_path, pdf_like())
    assert "松元产业园" in stored and "55.1亿元" in stored
    assert "— 2 —" not in stored and HEADER not in stored  # the page's furniture is gone
    assert stored.split("\n")[2].startswith("\u3000\u3000现在，我代表") and "提出意见。" in stored.split("\n")[2]
    assert stored.count("\n\u3000\u3000") == len(PARAGRAPHS) - 1  # a paragraph a line, still indented
    assert lines[1].startswith("re-flowed ") and "page-number" in lines[1], lines
    found = {(s.label, s.text) for s in runner.propose(stored)}
    assert ("PROJECT", "松元产业园") in found and ("AMOUNT", "55.1亿元") in found, found


def test_without_the_reflow_the_broken_names_are_not_suggested_whole():
    found = {(s.label, s.text) for s in runner.propose(pdf_like())}
    assert ("PROJECT", "松元产业园") not in found and ("AMOUNT", "55.1亿元") not in found


def test_keep_lines_keeps_the_text_as_it_was(tmp_path):
    text = pdf_like()
    stored, lines = _imported(tmp_path, text, keep_lines=True)
    assert stored == text and not any(line.startswith("re-flowed") for line in lines)


def test_the_command_lines_keep_lines_option(tmp_path, capsys):
    folder = tmp_path / "proj"
    assert run(capsys, "new", folder)[0] == 0
    article = tmp_path / "jimei_2024.txt"
    article.write_text(pdf_like(), encoding="utf-8")
    code, out, _ = run(capsys, "import", folder, article, "--keep-lines")
    assert code == 0 and "re-flowed" not in out
    with Store.open(folder) as store:
        (doc,) = store.documents()
        assert store.document(doc.id).text == pdf_like()
    run(capsys, "remove", folder, "--doc", "jimei_2024.txt")
    code, out, err = run(capsys, "import", folder, article)
    assert code == 0 and "re-flowed" in out and "--keep-lines" in err and "--keep-lines" not in out, out


def test_a_page_number_line_is_removed():
    for number in ("— 3 —", "- 12 -", "第3页", "第 3 页，共 12 页"):
        text = pdf_like(page_every=3).replace("— 2 —", number)
        flowed = reflow(text)
        assert number not in flowed.text and flowed.page_numbers >= 2, number
    assert "松元产业园" in reflow(pdf_like(page_every=3)).text


def test_a_wrapped_file_with_gold_beside_it_keeps_its_lines(tmp_path):
    """Its gold's offsets index the text as it is (the seed's excerpts are such real PDF text)."""
    (tmp_path / "jimei_2024.gold.jsonl").write_text("", encoding="utf-8")
    stored, _ = _imported(tmp_path, pdf_like())
    assert stored == pdf_like()


@pytest.mark.parametrize("text", [
    "静夜思\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n" * 3,
    "".join(f"{i}. 建设第{i}号产业园区基础设施配套工程项目，总投资{i}亿元\n" for i in range(1, 12)),
    "\n".join(["松元产业园", "金砖数字工业智谷", "集美新城", "灌口镇机械工业集中区"] * 4) + "\n",
    "| 文件 | 城市 | 年份 |\n|---|---|---|\n" + "| `liaoyuan_2015.txt` | 辽源市 / 吉林省 | 2015 |\n" * 8,
    # a table's column of numbers, a cell a line: bare numbers in order, but no page of text between them
    "序号\n项目\n" + "".join(f"{i}\n建设第{i}号产业园区基础设施配套工程项目\n" for i in range(1, 12)),
])
def test_ordinary_texts_are_left_as_they_are(text):
    assert reflow(text).text == text and not reflow(text).changed


def _gold_folders() -> list[Path]:
    folders = [shared_dir() / "reports", shared_dir() / "corpus", *sorted((ROOT / "tests" / "data").glob("*/"))]
    return [f for f in folders if f.is_dir() and any(f.glob("*.gold.jsonl"))]


def test_every_gold_folders_text_is_stored_byte_for_byte(tmp_path):
    folders = _gold_folders()
    if not any(shared_dir() in f.parents for f in folders):
        pytest.skip(f"no shared gold in {shared_dir()} (set ANNOTATOR_SHARED); tests/data alone was checked")
    seed = ROOT / "resources" / "seed_gold" / "A-test"  # holds real wrapped PDF text, with its gold beside
    files = expand([*folders, seed] if seed.is_dir() else folders)
    assert len(files) >= 20
    for path in files:  # the detection alone leaves the shared and test gold as it is
        text = read_file(path).text
        assert unspace(text) == (text, 0), path  # the seed's too: many a title spaced for show (政 府 工 作 报 告)
        if seed not in path.parents:
            assert not reflow(text).changed, path
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, files)
        assert not report.reflowed and len(report.imported) + len(report.skipped) == len(files)
        by_sha = {d.sha256: store.document(d.id).text for d in report.imported}
    for path in files:
        text = normalise(path.read_text(encoding="utf-8"))
        assert text in by_sha.values(), path


def test_the_form_feeds_pdftotext_ends_pages_with_do_not_stop_the_joins():
    """pdftotext writes \\f before each page's first line: it stayed, and that line was never
    joined to the one before (松元产 \\f业园 stayed broken where a page ended inside it)."""
    lines = pdf_like(page_every=1000).split("\n")
    broken = next(i for i, line in enumerate(lines) if line.endswith("松元产"))
    lines[broken + 1] = "\f" + lines[broken + 1]  # a page ends inside the name
    lines[3] = "\f" + lines[3]
    done = reflow("\n".join(lines))
    assert "松元产业园" in done.text and "\f" not in done.text
    assert reflow("一行。\f\n另一行。\n").text == "一行。\f\n另一行。\n"  # not wrapped: left as it was


def _bare_numbered(every: int, feed: bool = False) -> str:
    """pdf_like text with a bare page number (1, 2 …) under each page of ``every`` lines, as Qt's
    QPdfWriter prints it (a form feed after it, as pdftotext writes, when ``feed``)."""
    paragraphs = PARAGRAPHS + [f"第{i}项，湖里区建设第{i}批产业园区基础设施，总投资{i * 3}亿元，"
                               f"新增就业岗位{i * 70}个，带动周边{i}个村镇发展，全区经济运行稳中向好，"
                               "发展质量和效益稳步提升，营商环境持续"
                               f"优化，市场主体数量稳步增长，第{i}批项目按期建成投产。" for i in range(1, 9)]
    lines = pdf_like(paragraphs, page_every=1000).rstrip("\n").split("\n")
    out: list[str] = []
    for k in range(0, len(lines), every):
        out += lines[k:k + every] + [str(k // every + 1)]
        if feed and k + every < len(lines):
            out.append("\f")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("feed", [False, True])
def test_bare_page_numbers_in_page_order_are_removed(feed):
    text = _bare_numbered(10, feed)
    assert "\n2\n" in text
    flowed = reflow(text)
    assert flowed.page_numbers >= 2 and not any(line.strip().isdigit() for line in flowed.text.splitlines())
    assert "松元产业园" in flowed.text and "55.1亿元" in flowed.text


def test_bare_numbers_out_of_page_order_or_without_a_page_between_stay():
    text = _bare_numbered(10)
    swapped = text.replace("\n2\n", "\n9\n")  # 1, 9, 3: no page order
    short = _bare_numbered(2)  # a number every two lines: a column, not pages
    for text in (swapped, short):
        flowed = reflow(text)  # lines may be joined, but no character goes
        assert flowed.page_numbers == 0 and "".join(flowed.text.split()) == "".join(text.split())


@pytest.mark.parametrize("byline", ["市长\t何辛幸", "区长　张三", "2024年1月8日", "（2024年1月8日）"])
def test_a_line_under_a_full_title_line_stays_its_own_paragraph(byline):
    """A title line as wide as the page's lines, then a short line standing alone (the speaker: 市长 何辛幸,
    or a date): the two were joined into one paragraph (…会议上市长 何辛幸). Now the short line stays its own."""
    title = "——2024年1月8日在厦门市集美区第四届人民代表大会第四次会议上的政府工作报告全文"[:WIDTH]
    assert len(title) == WIDTH  # as wide as the wrapped lines: joined to the next line when it is no byline
    body = pdf_like(PARAGRAPHS[1:])
    flowed = reflow(f"{title}\n{byline}\n{body}")
    assert flowed.text.startswith(f"{title}\n{byline}\n")
    assert "松元产业园" in flowed.text and "55.1亿元" in flowed.text  # the rest re-flowed as before


def test_the_speaker_under_the_title_of_a_real_pdf_stays_its_own_line(tmp_path):
    from tests.pdf_files import DATA

    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [DATA / "hechi_2015_qt_cid.pdf"]).imported
        text = store.document(doc.id).text
    # (Qt's ToUnicode map gives the space as a tab: read as the space it is)
    assert text.startswith("——2015年1月21日在河池市第三届人民代表大会第六次会议上\n市长 何辛幸\n各位代表：\n")


def test_the_spaces_pdftotext_puts_beside_digits_go_with_the_wraps(tmp_path):
    """pdftotext (or a viewer's copy) puts a space where a PDF changes font between hanzi and digits
    (投资 55.1 亿元, 2024 年 1 月): in a text the re-flow finds copied from a PDF they go as pypdf's do,
    so the amount is suggested; a text that is not re-flowed keeps its spaces."""
    digits = re.compile(r"(?<=\d)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=\d)")
    copied = digits.sub(" ", pdf_like())
    assert "投资 55.1 亿\n元" in copied and "——2024 年 1 月 8 日在" in copied
    stored, _lines = _imported(tmp_path, copied)
    assert "投资55.1亿元" in stored and "——2024年1月8日在" in stored
    assert ("AMOUNT", "55.1亿元") in {(s.label, s.text) for s in runner.propose(stored)}
    one_a_line = digits.sub(" ", "\n".join(PARAGRAPHS) + "\n")
    assert _imported(tmp_path, one_a_line)[0] == one_a_line


def test_the_running_header_above_the_first_page_goes_with_the_others(tmp_path):
    """A PDF with its running header on every page, the first too: that first copy stands beside no page
    number, and it stayed (a DISTRICT suggestion on 2024年集美区政府工作报告 in every such report)."""
    stored, _lines = _imported(tmp_path, f"{HEADER}\n{pdf_like()}")
    assert HEADER not in stored and stored.startswith("\u3000\u3000——2024年1月8日在厦门市集美区")
    title = "集美区政府工作报告"  # a title that is no running header stays
    assert _imported(tmp_path, f"{title}\n{pdf_like()}")[0].startswith(f"{title}\n")


def _paged(pages: list[list[str]]) -> str:
    """Pages of lines, each page followed by its number (— n —) and the running header."""
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        out += page + [f"— {n} —"] + ([HEADER] if n < len(pages) else [])
    return "\n".join(out) + "\n"


def test_a_line_of_text_above_two_page_numbers_is_no_running_header(tmp_path):
    """Before: a short line beside two page numbers was taken for a running header and dropped, though
    it was text: the end of a paragraph (为全市发展作出新的更大贡献。) or an item's responsible office
    that happened to end two pages; the sentence lost its end, the item its office."""
    body = ("一年来，全区坚持稳中求进工作总基调，各项工作加快推进，"
            "我们开工建设松元产业园项目，带动上下游配套企业加快集聚发展，")
    wrapped = [("\u3000\u3000" + body * 2)[k:k + WIDTH] for k in range(0, 2 * len(body) + 2, WIDTH)]
    tail = "为全市发展作出新的更大贡献"  # a paragraph's last line, in a paragraph wrapped into it
    office = "（牵头单位：市发展改革委）"  # an item's last line, on 2 of 10 pages
    pages = [wrapped + [tail + "。"] for _ in range(3)]
    pages += [wrapped + ["\u3000\u3000推进项目建设。", office] for _ in range(2)]
    pages += [wrapped + ["\u3000\u3000推进项目建设。"] for _ in range(5)]

    stored, _lines = _imported(tmp_path, _paged(pages))

    assert stored.count(tail + "。") == 3 and stored.count(office) == 2
    assert HEADER not in stored and "— 2 —" not in stored  # the furniture still goes
