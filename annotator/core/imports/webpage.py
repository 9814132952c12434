"""Reading web pages (.html, .htm): the article's text, as a government site shows it (a web archive,
.mht, is read through ``web_archive.py``).

A report published on a gov.cn site sits inside a page of menus, a breadcrumb, share buttons and a
footer; researchers save it with Ctrl+S (the page alone, or "complete" with a NAME_files folder of
its pictures and scripts beside it). Its text is what is imported, one paragraph a line with an
empty line between paragraphs, as the .txt reports are laid out (``article.py`` finds it), without the
indentation a site opens each paragraph with (two full-width spaces, &nbsp;s): the lines it opened are told
to the re-flow (``TextFile.opens``), which joins a page hard-wrapped by <br> back into those paragraphs.

Encodings: a byte-order mark decides; else the charset the page declares (``<meta charset>``,
``<meta http-equiv="Content-Type" content="…; charset=gb2312">``, an XML declaration), when the
bytes decode as it and read as Chinese or Latin text (GB2312 and GBK are read as GB18030, their
superset, as browsers do: sites that declare GB2312 write GBK characters; a page whose bytes are
UTF-8 is UTF-8 whatever it declares); else the detection of ``text.py`` (GB18030, Big5, UTF-8,
UTF-16). ``--encoding`` is always obeyed. A file with NUL bytes is refused as binary as a .txt is.

The page's heading fills the document's title (the CMS's ``ArticleTitle`` meta, else the first
``<h1>``, else the ``<title>`` without the site's name after ``_``/``|``/`` - ``), and the date it
was published (``PubDate`` meta, else a 发布时间/发布日期 line) the metadata ``date``, as
``YYYY-MM-DD``, and who published it (``ContentSource`` meta, else a 来源： line) the metadata
``source``; a ``--meta date=`` or ``source=`` given at import wins.

The NAME_files (or NAME.files) folder beside a saved NAME.html is part of the page: a folder
import passes over it (``saved_page_folder``).
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from annotator.core.errors import ImportFileError
from annotator.core.imports.plausibility import PLAUSIBLE_SHARE, plausibility
from annotator.core.imports.text import HKSCS, TextFile, check_encoding, codec, decode, sha256

NO_ARTICLE = ("no article text found: the page holds no paragraphs of Chinese text (a login page, a list of "
              "links?); open the article's own page, save it and import that, or copy its text into a .txt file")
PAGE_SUFFIXES = (".html", ".htm")
_HEAD_BYTES = 4096  # a charset is declared in the page's first bytes (browsers look at 1024)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# what a declared name is read as: GB2312 and GBK pages hold GBK characters, and GB18030 reads them all
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
# a page declaring Big5 is read as Big5 as Windows writes it (text.py: 恒 裏, the ～ of 3～5年), else as Hong
# Kong's Big5 (啲 嘅), as browsers read both under the one name
_TRIED = {"big5": ("big5", HKSCS)}
# a Latin charset is a server's or editor's default far more often than the truth of a Chinese page: guessed
_LATIN = {"ascii", "iso8859-1", "cp1252"}
_BOM_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_INDENT = " \t\u3000\xa0"  # what a page opens a paragraph with


def read_web_page(path: Path, size: int, encoding: str | None = None) -> TextFile:
    """The reader of the html import format: the page decoded and its article's text found."""
    markup, used = decode_page(path.read_bytes(), str(path), encoding)
    return article_file(path, markup, used)


def article_file(path: Path, markup: str, used: str) -> TextFile:
    """The article of a page's markup (read from ``path`` in encoding ``used``) as an imported file."""
    from annotator.core.imports.article import Page  # lxml, imported only when a page is read

    page = Page.parse(markup)
    text = page.text()
    if not text:
        raise ImportFileError(f"{path}: {NO_ARTICLE}")
    text, opens = unindented(text)
    metadata = {key: value for key, value in (("date", page.date()), ("source", page.source())) if value}
    return TextFile(text, used, "", sha256(text), title=page.title, metadata=metadata, opens=opens)


def unindented(text: str) -> tuple[str, frozenset[int]]:
    """``text`` without the white space (full-width spaces, spaces) opening its lines, and the lines (by
    index) that had it: each opens a paragraph, as a PDF's line drawn indented does (``reflow.py``)."""
    lines = text.split("\n")
    bare = [line.lstrip(_INDENT) for line in lines]
    return "\n".join(bare), frozenset(i for i, (line, was) in enumerate(zip(bare, lines, strict=True)) if line != was)


def decode_page(data: bytes, name: str, encoding: str | None = None,
                charset: str | None = None) -> tuple[str, str]:
    """(markup, encoding) of a page's bytes: ``encoding`` if given, else a byte-order mark, else the
    declared charset (``charset``, a web archive's part says it, else the page's head) when the page
    decodes as it (and holds no NUL), else ``text.decode``'s guess."""
    if encoding is None and not data.startswith(_BOM_MARKS) \
            and (declared := (charset and codec_of(charset)) or declared_charset(data)):
        markup = ""  # declared wrongly when it stays so (a page converted to UTF-8 that still says gb2312)
        for tried in _TRIED.get(declared, (declared,)):
            try:
                markup, declared = data.decode(codec(tried)), tried
                break
            except UnicodeDecodeError:
                continue
        as_utf8 = _utf8(data) if declared != "utf-8" else ""
        if as_utf8:
            return as_utf8, "utf-8"
        if markup and "\x00" not in markup and _plausible(markup):
            return markup, declared
    return decode(data, name, encoding and check_encoding(encoding))


def declared_charset(data: bytes) -> str | None:
    """The codec of the charset the page's head declares (GB2312/GBK as GB18030), or None."""
    head = data[:_HEAD_BYTES]
    found = _XML_ENCODING.match(head) or _CHARSET.search(head)
    if found is None:
        return None
    return codec_of(found.group(1).decode("ascii"))


def codec_of(charset: str) -> str | None:
    """The codec a declared charset is read as (GB2312/GBK as GB18030), or None: unknown, UTF-16 or
    UTF-32 (said of ASCII markup), or a Latin default."""
    name = charset.strip().lower()
    try:
        codec = codecs.lookup(_SUPERSETS.get(name, name)).name
    except LookupError:
        return None
    return None if codec.startswith(("utf-16", "utf-32")) or codec in _LATIN else codec  # UTF-16 said of ASCII


def _plausible(markup: str) -> bool:
    """Whether the page's characters beyond ASCII read as Chinese or Latin text (Big5 bytes declared
    gb2312 read as GB18030 are rare hanzi and symbols: the declaration is then not believed)."""
    beyond = re.sub(r"[\x00-\x7f]+", "", markup)
    return not beyond or plausibility(beyond) >= PLAUSIBLE_SHARE


def _utf8(data: bytes) -> str:
    """The page as UTF-8 when its bytes are UTF-8 with some beyond ASCII (a page saved as UTF-8 that still
    declares gb2312: GBK text is never valid UTF-8 for long), else ''."""
    if data.isascii():
        return ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return ""


def saved_page_folder(folder: Path, given: list[Path] | None = None) -> bool:
    """Whether ``folder`` is the NAME_files (or NAME.files) folder a browser saved beside NAME.html
    (and NAME.html is among ``given``, when given): its pictures, scripts and frames are part of
    that page, not documents of their own."""
    for ending in ("_files", ".files"):
        if folder.name.endswith(ending) and len(folder.name) > len(ending):
            pages = [folder.parent / f"{folder.name[: -len(ending)]}{suffix}" for suffix in PAGE_SUFFIXES]
            if any(page.is_file() and (given is None or page in given) for page in pages):
                return True
    return False
