"""Text copied from a PDF with a space between every Chinese character (湖 里 区 今 年) is joined back
on import, before any span exists; a title spaced for show and every other text stay as they were."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.imports.reflow import reflow
from annotator.core.imports.spacing import unspace
from annotator.core.store import Store
from annotator.core.suggest import runner
from tests.core.test_import_reflow import PARAGRAPHS, pdf_like

LINE = "湖 里 区 今 年 完 成 投 资 5 5 . 1 亿 元 ， 同 比 增 长 1 2 . 5 % 。"


def spaced(text: str) -> str:
    """Each line's characters parted by one space, its indentation kept (as a viewer copies such a PDF)."""
    def one(line: str) -> str:
        body = line.lstrip("\u3000")
        return line[:len(line) - len(body)] + " ".join(body)
    return "\n".join(one(line) for line in text.split("\n"))


def _imported(tmp_path: Path, text: str, **options) -> tuple[str, list[str]]:
    path = tmp_path / "huli_2024.txt"
    path.write_text(text, encoding="utf-8")
    with Store.create(tmp_path / f"p{len(list(tmp_path.iterdir()))}") as store:
        report = import_files(store, [path], **options)
        (doc,) = report.imported
        return store.document(doc.id).text, report.lines()


def test_a_spaced_line_is_joined_back():
    assert unspace(LINE) == ("湖里区今年完成投资55.1亿元，同比增长12.5%。", 1)


def test_a_latin_word_keeps_its_spaces_and_single_letters_are_joined():
    text = "我 们 引 进 Made in China 项 目 ， G D P 增 长 6 % 。\n使 用 Python 语 言 编 写 程 序 。"
    assert unspace(text) == ("我们引进 Made in China 项目，GDP增长6%。\n使用 Python 语言编写程序。", 2)


def test_a_spaced_report_is_stored_joined_and_its_names_are_suggested(tmp_path):
    text = spaced("\n".join(PARAGRAPHS)) + "\n"
    assert "松 元 产 业 园" in text and "5 5 . 1 亿 元" in text
    stored, lines = _imported(tmp_path, text)
    assert stored == "\n".join(PARAGRAPHS) + "\n"
    assert lines[1] == (f"removed the spaces between the Chinese characters of {len(PARAGRAPHS)} line(s) in 1 "
                        "document(s) laid out in pages (PDF, OFD)"), lines
    found = {(s.label, s.text) for s in runner.propose(stored)}
    assert ("PROJECT", "松元产业园") in found and ("AMOUNT", "55.1亿元") in found, found


def test_a_spaced_and_wrapped_pdf_is_joined_back_and_re_flowed(tmp_path):
    stored, lines = _imported(tmp_path, spaced(pdf_like()))
    assert stored == reflow(pdf_like()).text and "松元产业园" in stored and "55.1亿元" in stored
    assert lines[1].startswith("re-flowed ") and lines[2].startswith("removed the spaces between"), lines


def test_keep_lines_and_gold_beside_keep_the_spaced_text(tmp_path):
    text = spaced("\n".join(PARAGRAPHS)) + "\n"
    stored, lines = _imported(tmp_path, text, keep_lines=True)
    assert stored == text and len(lines) == 1, lines
    (tmp_path / "huli_2024.gold.jsonl").write_text("", encoding="utf-8")
    assert _imported(tmp_path, text)[0] == text


@pytest.mark.parametrize("text", [
    # a report whose title alone is spaced for show (政 府 工 作 报 告), and its mayor's name
    "政 府 工 作 报 告\n\n县 长 肖 刚\n\n" + "\n".join(PARAGRAPHS) + "\n",
    "湖里区 今年完成投资 55.1 亿元，同比增长 12.5%。\n我们 开工建设 松元产业园 项目。\n",  # occasional spaces
    "Made in China 2025 is a plan. A B C D E F G are letters.\n",
    "| 文件 | 城市 | 年份 |\n|---|---|---|\n" + "| 辽源 | 吉林 | 2015 |\n" * 8,
    "目　　录\n一、 工作回顾\n二、 工作安排\n三、 加强政府自身建设\n",
    "政 府 工 作 报 告",  # a spaced title alone: too short to tell
])
def test_ordinary_texts_are_left_as_they_are(text):
    assert unspace(text) == (text, 0) and not reflow(text).changed
