"""Project › Import annotations… on a gold file saved in GBK stores its spans, as a document in GBK is
read (it rejected every line, "not UTF-8 text"); a file that is text in no encoding has its broken line
said in Chinese: the line, and what to do (core/imports/annotation_text.py)."""
from __future__ import annotations

import json

from tests.gui.test_annotation_import_bad_zh import english_left, import_through_the_menu, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes


def line(start: int, end: int, label: str, text: str) -> str:
    return json.dumps({"doc": "b.txt", "start": start, "end": end, "label": label, "text": text}, ensure_ascii=False)


def test_a_gold_file_in_gbk_is_imported_and_one_in_no_encoding_is_said_in_chinese(window, shown, tmp_path,
                                                                                   monkeypatch):
    gbk = tmp_path / "gold-gbk.jsonl"  # b.txt: 海沧区𠀀溪镇…同安区: code points after 𠀀 (not in GBK, nor in the file)
    gbk.write_bytes((line(0, 3, "DISTRICT", "海沧区") + "\n" + line(19, 22, "DISTRICT", "同安区") + "\n").encode("gbk"))
    import_through_the_menu(window, monkeypatch, gbk)
    doc = next(d for d in window.store.documents() if d.name == "b.txt")
    stored = {(a.start, a.end, a.text) for a in window.store.annotations() if a.document_id == doc.id
              and a.status == "accepted"}
    assert stored == {(0, 3, "海沧区"), (19, 22, "同安区")}, shown

    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(line(4, 6, "DISTRICT", "溪镇").encode() + b'\n{"doc": "b.txt", "text": "\xff\xfe"}\n')
    import_through_the_menu(window, monkeypatch, broken)
    said = "\n".join(shown)
    assert ("第 2 行：按所试的各种编码（UTF-8、GB18030、Big5、UTF-16）都读不出文本（该行第 27 个字节不是 UTF-8）："
            "请在文本编辑器中打开该文件，另存为 UTF-8 编码后再试") in said, said
    for text in shown:
        for row in text.splitlines():
            assert not english_left(row, tmp_path, window.store.folder), row
