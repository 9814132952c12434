"""Why a Word .docx was not imported, said in the Chinese interface (``gui/summaries_word.py``)."""
from __future__ import annotations

from annotator.core.store import Store
from tests.core.test_import_word_chunks import _with_chunk
from tests.gui.test_chinese_errors import shown, zh  # noqa: F401  (fixtures)


def test_a_docx_holding_a_web_page_chunk_is_refused_in_chinese(window, zh, tmp_path):  # noqa: F811
    """Before the Chinese was added the refusal of an HTML chunk (altChunk) came out in English."""
    from annotator.core.imports.documents import import_files
    from annotator.gui.summaries import summary_text

    path = _with_chunk(tmp_path, "text/html", "<p>湖里区完成投资5亿元。</p>".encode(), "afchunk.htm")
    with Store.open(window.store.folder) as store:
        line = import_files(store, [path]).lines()[-1]

    assert summary_text(line) == (f"未能导入 {path}：含有另一种格式的内容（altChunk：text/html），"
                                  "Word 打开文件时才会转换；请用 Word 或 WPS 打开，另存为 .docx 后再导入")


def test_a_docx_missing_a_part_is_refused_in_chinese(window, zh, tmp_path):  # noqa: F811
    from annotator.core.imports.documents import import_files
    from annotator.gui.summaries import summary_text
    from tests.core.test_import_word_parts import damaged

    path = damaged(tmp_path, "word/numbering.xml", cut=False)
    with Store.open(window.store.folder) as store:
        line = import_files(store, [path]).lines()[-1]

    assert summary_text(line) == (f"未能导入 {path}：是损坏的 .docx：缺少其部件 word/numbering.xml；"
                                  "请用 Word 或 WPS 打开（它们常能修复），重新保存后再导入")
