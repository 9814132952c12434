"""Reading PDF files: the text layer of their pages, in order, through pypdf.

pypdf is pure Python (no compiler, no system library) and reads the CID fonts with ToUnicode maps
that Chinese PDFs are set in; on the shared reports laid out as PDFs it gave their text exactly,
faster than pdfminer.six and with lines as they are on the page (see the commit that added it).

The pages' lines are joined with line breaks, as they were wrapped on the page: the import's re-flow
(``reflow.py``) joins them back into paragraphs and drops the page numbers, unless the user keeps
the lines; the reader tells it which lines reach their column's right edge (``TextFile.wrapped``),
which a narrow column's count of characters does not show. Only what extraction itself adds is
undone here: the space a PDF's gap or change of font puts between a Chinese character and a Latin
letter or digit (2024 年 1 月 → 2024年1月, GDP 增长 → GDP增长: ``gaps.py``), which no Chinese text holds and
which would break names and amounts (5 万吨级). And where a PDF's font maps a glyph to the radical it
shares with an ideograph (⼈⺠ for 人民, ⻓ for 长: Source Han and Noto CJK fonts through Qt, some Office exports) the
ideograph is put back, and ⸺ (one glyph for a dash of two) becomes ——. A line stretched to the page's
width before a manual line break loses the spaces extraction reads between its characters (``justified.py``),
and a space pypdf reads from a narrow gap between two Chinese characters goes (``pdf_glyphs.py``: 市政府 认真贯彻
→ 市政府认真贯彻, a line drawn run by run; a space drawn as a glyph stays; Qt's tab for a space is one).

Every problem is an ImportFileError naming the file and saying what to do: an empty or cut-off
file, something that is not a PDF, a damaged one, one locked by a password (a PDF encrypted only
against printing or copying, with an empty password to open it, is read), a scan without a text
layer (OCR it first). Nothing is stored from such a file.
"""
from __future__ import annotations

import logging
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFileError, said
from annotator.core.imports.formats import ReadCancelled
from annotator.core.imports.gaps import close_gaps, close_marks
from annotator.core.imports.justified import unstretch
from annotator.core.imports.pdf_fonts import fonts_read_once
from annotator.core.imports.pdf_layout import PageReader, laid_out
from annotator.core.imports.reflow import Place
from annotator.core.imports.table_pages import Overflow
from annotator.core.imports.text import TextFile, normalise, sha256

TAIL_BYTES = 2048  # a whole PDF ends with %%EOF within its last bytes (some writers add a little after it)
SCAN_HINT = ("run OCR on it first (e.g. ocrmypdf, or a PDF reader's 'recognise text'), "
             "or copy its text into a .txt file, and import that")
Cancelled = Callable[[], bool]
Pages = Callable[[int, int], None]  # (pages read, pages): told after each page

# CJK Radicals Supplement → the ideograph each is drawn as (Unicode's EquivalentUnifiedIdeograph.txt, the
# characters of running text only); the Kangxi Radicals (U+2F00–U+2FD5) are NFKC's
_SUPPLEMENT = dict(zip("⺟⺠⺧⺩⺬⺮⺷⺻⺽⻁⻄⻅⻆⻉⻋⻑⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
                       "母民牛王示竹羊聿臼虎西见角贝车長长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟", strict=True))
_RADICALS = {ord(c): i for c, i in _SUPPLEMENT.items()} | {
    cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)} | {0x2E3A: "——", 0x2E3B: "———"}


def read_pdf_file(path: Path, size: int, encoding: str | None = None,
                  cancelled: Cancelled | None = None, pages: Pages | None = None) -> TextFile:
    """The reader of the pdf import format (``encoding`` does not matter to it). ``cancelled`` is
    asked between pages: a long PDF stops at once (:class:`ReadCancelled`); ``pages`` told after each
    page how many of how many are read (the import's progress within a long PDF)."""
    full: set[int] = set()
    opens: set[int] = set()
    places: dict[int, Place] = {}
    text = read_pdf(path, size, cancelled, pages, full, opens, places)
    return TextFile(text, "pdf", "", sha256(text), wrapped=frozenset(full), opens=frozenset(opens), places=places)


def read_pdf(path: Path, size: int | None = None, cancelled: Cancelled | None = None,
             told: Pages | None = None, full: set[int] | None = None, opens: set[int] | None = None,
             places: dict[int, Place] | None = None) -> str:
    """The text of a PDF's pages, its lines as on the page (a table cell's wrapped lines joined);
    ImportFileError for a file it cannot give. ``full`` is given the lines (by index) that reach the
    right edge of their column (the re-flow's ``wrapped``), ``opens`` those drawn indented in it (its
    ``opens``: a paragraph's first line), ``places`` where each line of text is drawn on its page (its
    ``places``: a running header is drawn at the same place on each page)."""
    _check_bytes(path, path.stat().st_size if size is None else size)
    import pypdf  # imported here so that other imports never pay for it
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    pages: list[str] = []
    drawn: dict[int, Place] = {}  # where the lines are drawn, by index in the pages' text
    edges: list[int] = []  # the lines reaching their column's edge, by index in the pages' text
    indents: list[int] = []  # the lines drawn indented, by index in the pages' text
    notes: list[str] = []  # the pages' footnotes: after the text, each a line
    count = 0  # the PDF's pages, once its page tree is read
    at = 0  # the index of the page's first line in the pages' text
    overflow = Overflow()  # a table's last row on the page before: its cell may go on on the next
    try:
        with _quiet(), fonts_read_once():
            reader = pypdf.PdfReader(path, strict=False)
            _unlock(reader, path)
            count = len(reader.pages)
            for page in reader.pages:
                if cancelled is not None and cancelled():
                    raise ReadCancelled
                pages.append(_page_text(page, len(pages), notes, (edges, indents), at, overflow, drawn))
                overflow.into(pages)
                at += pages[-1].count("\n") + 1
                if told is not None:
                    told(len(pages), count)
    except (ImportFileError, ReadCancelled):
        raise
    except FileNotDecryptedError as e:
        raise ImportFileError(_locked(path)) from e
    except DependencyError as e:  # AES without the cryptography package (a dependency of annotator's)
        raise ImportFileError(f"{path}: is encrypted in a way this installation cannot read ({e}); "
                              "install the 'cryptography' package, or save the PDF without protection") from e
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, AssertionError,
            RecursionError, ZeroDivisionError, OverflowError, UnicodeError, NotImplementedError) as e:
        why = said(e)
        if count:  # which page: the user can look at it (nothing of the file is stored)
            raise ImportFileError(f"{path}: is a damaged PDF: its page {len(pages) + 1} of {count} cannot be read "
                                  f"({why}); open it in a PDF reader, save or print it as a new PDF and import "
                                  "that") from e
        raise ImportFileError(f"{path}: is a damaged PDF that cannot be read ({why}); "
                              "open it in a PDF reader, save or print it as a new PDF and import that") from e
    if not pages:  # pypdf found no page tree: what it rebuilt of a broken file holds none
        raise ImportFileError(f"{path}: is a damaged PDF that cannot be read (no pages found); open it in a PDF "
                              "reader, save or print it as a new PDF and import that")
    whole = "\n".join(pages) + ("\n\n" + "\n".join(notes) if notes else "")
    text = cleaned(whole, edges)
    if text.count("\n") == whole.count("\n"):  # the lines as they were (a CR would add one)
        for found, into in ((edges, full), (indents, opens)):
            if into is not None:
                into.update(found)
        if places is not None:
            places.update(drawn)
    if not text.strip():
        raise ImportFileError(f"{path}: has no text layer ({len(pages)} page(s) of images: a scan?); {SCAN_HINT}")
    return text


def _page_text(page: Any, number: int, notes: list[str], marks: tuple[list[int], list[int]], at: int,
               overflow: Overflow, places: dict[int, Place] | None = None) -> str:
    """A page's extracted text without its footnotes (added to ``notes``), in reading order
    (``pdf_layout.laid_out``); the indexes of its lines, from ``at`` on, that reach their column's right
    edge and that are drawn indented in it are added to ``marks`` (edges, indents); ``number``: the
    page's, from 0; ``overflow``: a table's last row before it (``table_pages.py``); ``places`` is given
    where its lines are drawn."""
    reader = PageReader()
    text = page.extract_text(visitor_operand_before=reader.glyphs.before, visitor_text=reader) or ""
    lines = reader.lines()
    if "".join(piece[0] for piece in reader.pieces) != text:  # not the text (never seen): the text as extracted
        overflow.cells = []
        return text
    return laid_out(lines, not number, notes, marks, at, overflow, number, places)


def cleaned(whole: str, full: list[int] | None = None) -> str:
    """The pages' text as import takes it: what extraction itself added undone (see the module's
    docstring); ``full`` the lines (by index) that reach their column's right edge."""
    return normalise(close_marks(unstretch(close_gaps(whole.translate(_RADICALS)), frozenset(full or ()))))


def _check_bytes(path: Path, size: int) -> None:
    """An empty file, one that is no PDF, one cut off before its end: refused before pypdf reads it."""
    if size == 0:
        raise ImportFileError(f"{path}: the file is empty (0 bytes)")
    with path.open("rb") as f:
        head = f.read(1024)
        f.seek(max(0, size - TAIL_BYTES))
        tail = f.read()
    if b"%PDF-" not in head:
        raise ImportFileError(f"{path}: is not a PDF (it does not start with %PDF-)")
    if b"%%EOF" not in tail:
        raise ImportFileError(f"{path}: is a damaged PDF: it is cut off before its end (a download that "
                              "stopped?); download or save it again and import that")


def _unlock(reader: Any, path: Path) -> None:
    """Opens a PDF encrypted only against printing, copying or editing (its password to open it is
    empty); a PDF that needs a password to be opened is refused."""
    if not reader.is_encrypted:
        return
    from pypdf import PasswordType

    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise ImportFileError(_locked(path))


def _locked(path: Path) -> str:
    return (f"{path}: is protected by a password; open it in a PDF reader with its password, save or print "
            "it as a PDF without one (or copy its text into a .txt file) and import that")


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's warnings of a sloppy but readable file (its log, Python's warnings) are not printed:
    the import's report says what matters."""
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate
