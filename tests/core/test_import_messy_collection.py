"""A researcher's folder as it really is: every odd file gets one line naming it and the problem,
the rest imports, the project holds nothing half-written, and the text keeps its offsets (code
points) and its full-width digits; only line ends and a leading BOM are normalised (README)."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.store import Store

ARTICLE = "湖里区２０２４年投资１２３亿元建设新机场，目标新增就业１０００人。𠀋字在扩展区。"


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "project")
    yield s
    s.close()


def _messy(root: Path) -> dict[str, str]:
    """The folder; returns {file name: its text after normalising} of those that must import."""
    import docx

    (root / "sub").mkdir(parents=True)
    good = {
        "gb18030.txt": ("GB18030：" + ARTICLE, "gb18030"),
        "gbk.txt": ("GBK：" + ARTICLE.replace("𠀋", "字"), "gbk"),
        "big5.txt": ("臺灣省政府工作報告：全縣生產總值達到一百二十億元。" * 3, "big5"),
        "utf16.txt": ("UTF-16：" + ARTICLE, "utf-16"),
        "utf8bom.txt": ("UTF-8 BOM：" + ARTICLE, "utf-8-sig"),
    }
    for name, (text, encoding) in good.items():
        (root / name).write_bytes(text.encode(encoding))
    (root / "eol.txt").write_bytes(f"一行{ARTICLE}\r\n二行\r三行\n四行１２\r\n".encode())
    doc = docx.Document()
    doc.add_paragraph("文件。")
    doc.save(str(root / "word.docx"))
    (root / "word.docx").rename(root / "really_word.txt")
    (root / "really_pdf.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(" \n\t\r\n\u3000\n".encode())
    (root / 'bad:name?<>|"*.txt').write_text("Windows不允许的名字。" + ARTICLE, encoding="utf-8")
    long_name = "很长的文件名" * 13 + ".txt"  # 238 bytes of 255
    (root / long_name).write_text("很长的名字。" + ARTICLE, encoding="utf-8")
    (root / "sub" / "up").symlink_to("..", target_is_directory=True)
    (root / "sub" / "self.txt").symlink_to("self.txt")  # a link to itself
    (root / "folder.txt").mkdir()
    os.mkfifo(root / "pipe.txt")
    (root / "corrupt.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 2)
    buffer = io.BytesIO()
    doc.save(buffer)
    (root / "cut.docx").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    (root / "sub" / "good.txt").write_text("好的。" + ARTICLE, encoding="utf-8")
    (root / "sub" / "vanishes.txt").write_text("将要消失。" + ARTICLE, encoding="utf-8")
    expected = {name: text.removeprefix("\ufeff") for name, (text, _e) in good.items()}
    expected["eol.txt"] = f"一行{ARTICLE}\n二行\n三行\n四行１２\n"
    expected['bad:name?<>|"*.txt'] = "Windows不允许的名字。" + ARTICLE
    expected[long_name] = "很长的名字。" + ARTICLE
    expected["good.txt"] = "好的。" + ARTICLE
    return expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes and symbolic links")
def test_every_odd_file_is_named_once_and_the_rest_imports_whole(store, tmp_path):
    root = tmp_path / "collection"
    expected = _messy(root)

    def progress(_done: int, _total: int, name: str) -> None:
        if name.endswith("vanishes.txt"):  # removed while the import runs
            (root / "sub" / "vanishes.txt").unlink()

    report = import_files(store, [root], progress=progress)
    stored = {d.name: store.document(d.id).text for d in store.documents()}
    assert stored == expected
    for name, text in stored.items():  # offsets are code points: the stored length is the text's
        assert store.document_id_by_name(name) is not None
        assert next(d.char_count for d in store.documents() if d.name == name) == len(text)
    assert "１２３" in stored["gb18030.txt"] and "１２" in stored["eol.txt"]  # full-width digits stay
    said = {Path(f).name: why for f, why in report.failed + report.skipped}
    assert set(said) == {"really_word.txt", "really_pdf.txt", "empty.txt", "blank.txt", "self.txt", "pipe.txt",
                         "corrupt.docx", "cut.docx", "vanishes.txt"}
    assert "rename it to .docx" in said["really_word.txt"] and "PDF" in said["really_pdf.txt"]
    assert "named pipe" in said["pipe.txt"]
    assert "link" in said["self.txt"] and "itself" in said["self.txt"]
    assert "no longer there" in said["vanishes.txt"]
    assert "damaged" in said["cut.docx"] and "damaged" in said["corrupt.docx"]
    lines = report.lines()
    assert len(lines) == 1 + len(said) and all("\n" not in line for line in lines)
    assert store.integrity_check() == "ok"


def test_a_file_name_with_a_line_break_is_one_line_in_the_report_and_a_name_one_can_type(store, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "line\nbreak\ttab.txt").write_text("湖里区的文本。", encoding="utf-8")
    (root / "empty\nname.txt").write_bytes(b"")
    report = import_files(store, [root])
    (doc,) = store.documents()
    assert doc.name == "line break tab.txt"  # what `annotator documents` shows, `--doc` takes
    lines = report.lines()
    assert lines[0] == "imported 1 document(s)"
    (failed,) = lines[1:]
    assert "\n" not in failed and "empty\\nname.txt" in failed and "empty" in failed


def test_a_pipe_given_by_name_says_what_it_is(store, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    report = import_files(store, [tmp_path / "pipe.txt"])
    ((_f, why),) = report.failed
    assert "named pipe" in why
    assert store.documents() == []


def test_a_folder_named_like_a_file_is_walked(store, tmp_path):
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "in.txt").write_text("湖里区。", encoding="utf-8")
    report = import_files(store, [tmp_path / "x.txt"])
    assert [d.name for d in report.imported] == ["in.txt"] and report.failed == []


def test_a_password_protected_docx_says_so(store, tmp_path):
    """Word keeps a .docx with a password as a compound file (as an old .doc): it said only 'is not
    a valid .docx (not a zip archive)'."""
    (tmp_path / "secret.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    report = import_files(store, [tmp_path / "secret.docx"])
    ((_f, why),) = report.failed
    assert "password" in why and "save it as .docx" in why
    assert store.documents() == []


def test_a_reports_speech_line_is_no_title(tmp_path):
    # five of the six shared reports open with ——2024年1月15日在…会议上: the document list showed the dashes,
    # then the note without them; the mayor's report is 政府工作报告 (test_import_titles.py)
    from annotator.core.imports.text import title_of

    assert title_of("——2024年1月15日在滨州市第十二届人民代表大会第三次会议上\n\n市长 李春田\n") == "政府工作报告"
    assert title_of("\n  — —2020年工作报告") == "2020年工作报告"
    assert title_of("政府工作报告\n\n——2020年1月16日") == "政府工作报告"  # a title line stays as it is
    assert title_of("-5%的增长") == "-5%的增长"  # an ASCII minus is no dash of a speech line
    assert title_of("——\n正文") == "——"  # dashes alone stay
