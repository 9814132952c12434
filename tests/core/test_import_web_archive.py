"""A page saved as one file (.mht, .mhtml: Chrome's and Edge's "Webpage, Single File", old Internet
Explorer's and the 360 browser's web archive) imports as the page inside it would (core/imports/
web_archive.py): the article's text, title, date and source, whatever the transfer encoding; the page
is the part the archive starts with, not a frame or a picture after it."""
from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.imports.documents import import_files, read_file
from annotator.core.store import Store
from tests.core.test_import_webpage import ARTICLES, PAGES, expected

BOUNDARY = "----MultipartBoundary--7CvwzRKpGhQcE4rWtMbO4dTMnBmvx0KoFuYtzIxc71----"
FRAME = "<html><body><p>分享到：微信、微博。这是页面右侧的一个分享框架，不是报告的正文内容。</p></body></html>"


def archive(page: bytes, *, charset: str | None = None, transfer: str = "quoted-printable", start: bool = False,
            frame_first: bool = False, saved: str = "https://www.gov.cn/report.html") -> bytes:
    """An archive as browsers write it: the page's part, a frame's page and a picture after it."""
    body = quopri.encodestring(page) if transfer == "quoted-printable" else base64.encodebytes(page)
    kind = f'text/html; charset="{charset}"' if charset else "text/html"
    page_part = (f"Content-Type: {kind}\r\nContent-ID: <frame-page@mhtml.blink>\r\n"
                 f"Content-Transfer-Encoding: {transfer}\r\nContent-Location: {saved}\r\n\r\n").encode() + body
    frame_part = (b"Content-Type: text/html\r\nContent-ID: <frame-share@mhtml.blink>\r\n"
                  b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://share.example/\r\n\r\n"
                  + quopri.encodestring(FRAME.encode()))
    picture = (b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
               b"Content-Location: https://www.gov.cn/logo.png\r\n\r\n" + base64.encodebytes(b"\x89PNG\r\n\x1a\n"))
    parts = [frame_part, page_part, picture] if frame_first else [page_part, frame_part, picture]
    head = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {saved}\r\nSubject: report\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            + ("\tstart=\"<frame-page@mhtml.blink>\";\r\n" if start else "")
            + f"\tboundary=\"{BOUNDARY}\"\r\n\r\n\r\n").encode()
    sep = f"\r\n--{BOUNDARY}\r\n".encode()
    return head + sep[2:] + sep.join(parts) + f"\r\n--{BOUNDARY}--\r\n".encode()


@pytest.mark.parametrize("name", sorted(ARTICLES))
@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_a_saved_report_page_reads_as_the_page_does(tmp_path, name, transfer):
    path = tmp_path / f"{Path(name).stem}.mht"
    path.write_bytes(archive((PAGES / name).read_bytes(), transfer=transfer))
    encoding, title, metadata = ARTICLES[name]
    read = read_file(path)
    assert (read.text, read.title, read.metadata, read.encoding) == (expected(name), title, metadata, encoding)


def test_a_page_declaring_no_charset_in_a_gb2312_part_reads_right(tmp_path):
    """IE wrote the page's part as charset="gb2312", base64, the page itself declaring nothing."""
    name = "binzhou_2024_gb2312.html"
    markup = (PAGES / name).read_bytes().replace(b"; charset=gb2312", b"")
    assert b"charset" not in markup.lower()
    path = tmp_path / "report.MHTML"
    path.write_bytes(archive(markup, charset="gb2312", transfer="base64"))
    read = read_file(path)
    assert (read.text, read.encoding) == (expected(name), "gb18030")


@pytest.mark.parametrize("how", ["start", "saved"])
def test_the_archives_page_is_not_a_frame_before_it(tmp_path, how):
    name = "hechi_2015_utf8.html"
    path = tmp_path / "report.mht"
    path.write_bytes(archive((PAGES / name).read_bytes(), frame_first=True, start=how == "start",
                             saved="https://www.gov.cn/report.html" if how == "saved" else ""))
    assert read_file(path).text == expected(name)


@pytest.mark.parametrize("content", [b"", b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n\r\nhello\r\n",
                                     b"Content-Type: image/png\r\n\r\n\x89PNG"])
def test_an_archive_without_a_page_names_the_file_and_what_to_do(tmp_path, content):
    path = tmp_path / "报告.mht"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "no web page" in str(caught.value) or "empty" in str(caught.value)


def test_a_folder_of_saved_archives_imports_beside_text_reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "hechi.mhtml").write_bytes(archive((PAGES / "hechi_2015_utf8.html").read_bytes()))
    (folder / "note.txt").write_text("湖里区2024年新增高新技术企业80家。", encoding="utf-8")
    store = Store.create(tmp_path / "p")
    try:
        report = import_files(store, [folder])
        assert not report.failed
        doc = store.document(store.document_id_by_name("hechi.mhtml"))
        assert (doc.text, doc.title) == (expected("hechi_2015_utf8.html"), "2015年河池市政府工作报告")
        assert store.document_id_by_name("note.txt") is not None
    finally:
        store.close()
