"""A PDF's fonts read once a file, not once a page.

pypdf (7.x) reads every font a page uses as it extracts the page's text, its ToUnicode map among
it: a Chinese report's font maps every character the whole document uses (1,500 and more), and
is shared by all its pages, so a PDF of 200 pages had its map parsed 200 times (two thirds of the
import's time; ``benchmarks/bench_import_formats.py --profile pdf``). Inside :func:`fonts_read_once`
a font dictionary pypdf has already read in this thread is given again (a copy: extraction sets its
space width); elsewhere, and with a pypdf that reads fonts otherwise, nothing changes.
"""
from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_local = threading.local()  # .fonts: {id of a font dictionary: (the dictionary, its Font)} while a PDF is read


def _install() -> None:
    """Puts the cache in front of pypdf's ``Font.from_font_resource``, where ``_page`` calls it."""
    try:
        from pypdf import _page
        font = _page.Font
        original = font.from_font_resource
    except (ImportError, AttributeError):  # a pypdf that reads fonts some other way
        return
    if getattr(original, "read_once", False):
        return

    def from_font_resource(cls: Any, pdf_font_dict: Any) -> Any:
        fonts = getattr(_local, "fonts", None)
        if fonts is None:
            return original(pdf_font_dict)
        known = fonts.get(id(pdf_font_dict))
        if known is None or known[0] is not pdf_font_dict:  # (the dictionary is kept: its id stays its own)
            known = fonts[id(pdf_font_dict)] = (pdf_font_dict, original(pdf_font_dict))
        return copy.copy(known[1])

    from_font_resource.read_once = True  # type: ignore[attr-defined]
    setattr(font, "from_font_resource", classmethod(from_font_resource))  # noqa: B010 (mypy: a method)


@contextmanager
def fonts_read_once() -> Iterator[None]:
    """While a PDF's pages are read in this thread, each of its fonts is read from the file once."""
    _install()
    before = getattr(_local, "fonts", None)
    _local.fonts = {}
    try:
        yield
    finally:
        _local.fonts = before
