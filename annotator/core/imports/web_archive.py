"""Reading web archives (.mht, .mhtml): a page a browser saved as one file.

Chrome and Edge ("Webpage, Single File"), old Internet Explorer and the 360 and QQ browsers save a
report's page as one MIME message (RFC 2557): the page's HTML in a part, quoted-printable or
base64, with its pictures, style sheets and frames in the parts after it. The page is the part
the message names as its start (``multipart/related; start=<cid>``), else the part at the
address the browser saved (``Snapshot-Content-Location``), else the first HTML part; its text is
read as a saved .html page is (``webpage.py``: the article found, its title, date and source). The
charset the part declares is believed as a page's own declaration is (when the text decodes as
it and reads as Chinese or Latin); ``--encoding`` is always obeyed.
"""
from __future__ import annotations

import email
import email.policy
from email.message import Message
from pathlib import Path

from annotator.core.errors import ImportFileError
from annotator.core.imports.text import TextFile
from annotator.core.imports.webpage import article_file, decode_page

ARCHIVE_SUFFIXES = (".mht", ".mhtml")
NO_PAGE = ("not a web archive: no web page (a text/html part) in it; open the page in a browser, save it "
           "again as \"Webpage, Single File\" (.mht) or \"Web page, complete\" (.html) and import that")


def read_web_archive(path: Path, size: int, encoding: str | None = None) -> TextFile:
    """The reader of the mht import format: the archive's page found, decoded and read as a page."""
    part = page_part(email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32))
    payload = part.get_payload(decode=True) if part is not None else None
    if not isinstance(payload, bytes) or not payload.strip():
        raise ImportFileError(f"{path}: {NO_PAGE}")
    markup, used = decode_page(payload, str(path), encoding, part.get_content_charset() if part else None)
    return article_file(path, markup, used)


def page_part(message: Message) -> Message | None:
    """The part holding the archive's page: the start the message names, else the part at the
    address saved, else the first text/html part (None if it has none)."""
    pages = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if not pages:
        return None
    start = message.get_param("start")
    if isinstance(start, str) and start.strip("<>"):
        wanted = start.strip().strip("<>")
        for page in pages:
            if str(page.get("Content-ID", "")).strip().strip("<>") == wanted:
                return page
    saved = str(message.get("Snapshot-Content-Location", "")).strip()
    if saved:
        for page in pages:
            if str(page.get("Content-Location", "")).strip() == saved:
                return page
    return pages[0]
