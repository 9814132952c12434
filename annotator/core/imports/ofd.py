"""Reading OFD files (.ofd): China's fixed-layout documents (GB/T 33190-2016, the "Chinese PDF"), in
which government offices publish and archive official documents, gazettes and work reports.

An .ofd is a zip of XML parts (``ofd_package.py``); each page's text is drawn character by character
at its place on the page, in Unicode. The pages' characters become lines in reading order
(``ofd_page.py``), which go through the pdf import's lay-out (``pdf_layout.laid_out``: a table cell's
wrapped lines joined, the lines reaching their column's edge and those drawn indented marked, the
footnotes put at the end) and clean-up (``pdf.cleaned``); the import's re-flow (``reflow.py``) then
joins the wrapped lines into paragraphs and drops the page numbers and running headers, as for a PDF.
A template page's text that two pages or more draw (a running header or footer: the format's own
page furniture) is left out; a template only one page draws (a first page's letterhead) is read with it.
A file of several documents (OFD.xml lists a DocBody each: a report and its attachments) is read whole,
document after document, a blank line between two, which the re-flow keeps (``TextFile.parts``: it
drops the first one's last page number, and would take the empty lines beside it with it).

Every problem is an ImportFileError naming the file and saying what to do: something that is not an
OFD, a damaged one (a part or a page missing or unreadable), one without pages, one of images only
(a scan: OCR it first), one whose text comes out garbled (some producers embed fonts that map
characters in a code of their own: the text written is not the text shown). Nothing is stored from such a file.
A document after the first that cannot be read is left out and the file imported with a warning saying so.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import ImportFileError, said
from annotator.core.imports.formats import ReadCancelled
from annotator.core.imports.ofd_package import REOPEN, Layout, Package, children
from annotator.core.imports.ofd_page import Glyph, glyphs, page_lines
from annotator.core.imports.pdf import cleaned
from annotator.core.imports.pdf_layout import laid_out
from annotator.core.imports.plausibility import PLAUSIBLE_SHARE, plausibility
from annotator.core.imports.table_pages import Overflow
from annotator.core.imports.text import TextFile, sha256
from annotator.core.imports.zip_package import ZipBomb

SCAN_HINT = ("print it as a PDF from an OFD reader and run OCR on that (e.g. ocrmypdf), or copy its text into "
             "a .txt file, and import that")
Cancelled = Callable[[], bool]
Pages = Callable[[int, int], None]  # (pages read, pages): told after each page
_TEMPLATE = re.compile(rb"TemplateID\s*=\s*[\"']([^\"']*)[\"']")
_FILE_TITLE = re.compile(r"(?i)^(?:microsoft word - )?.*\.(?:docx?|wps|pdf|ofd|txt)$")  # a file's name, no title


def read_ofd_file(path: Path, size: int, encoding: str | None = None,
                  cancelled: Cancelled | None = None, pages: Pages | None = None) -> TextFile:
    """The reader of the ofd import format (``encoding`` does not matter to it). ``cancelled`` is asked
    between pages (:class:`ReadCancelled`); ``pages`` told after each page how many of how many are read.
    A file of several documents gives their texts in order, a blank line between two; a document after the
    first that cannot be read is left out, said in the warning (the first one's refusal refuses the file)."""
    if size == 0:
        raise ImportFileError(f"{path}: the file is empty (0 bytes)")
    texts: list[str] = []
    full: set[int] = set()
    opens: set[int] = set()
    left_out: list[tuple[int, str]] = []  # (document, why) of those after the first that cannot be read
    with Package(path) as package:
        count = package.documents()
        layouts = [(0, package.layout())]
        for index in range(1, count):
            try:
                layouts.append((index, package.layout(index)))
            except ZipBomb:
                raise
            except ImportFileError as e:
                left_out.append((index, _why(e, path)))
        done, total = [0], sum(len(layout.pages) for _i, layout in layouts)

        def told(number: int, _count: int) -> None:  # the pages of all the documents read
            if pages is not None:
                pages(done[0] + number, total)
        for index, layout in layouts:
            try:
                text, marks = _read(package, layout, cancelled, told)
            except ZipBomb:
                raise
            except ImportFileError as e:
                if index == 0:
                    raise
                left_out.append((index, _why(e, path)))
                continue
            finally:
                done[0] += len(layout.pages)
            at = sum(t.count("\n") + 2 for t in texts)  # the document's first line: after a blank one
            full.update(at + i for i in marks[0])
            opens.update(at + i for i in marks[1])
            texts.append(text)
    text = "\n\n".join(texts)
    title = "" if _FILE_TITLE.match(layouts[0][1].title) else layouts[0][1].title
    parts = {sum(t.count("\n") + 2 for t in texts[:k]) for k in range(1, len(texts))}  # the blank line stays
    return TextFile(text, "ofd", _left_out(sorted(left_out), count), sha256(text), title=title[:120],
                    wrapped=frozenset(full), opens=frozenset(opens), parts=frozenset(parts))


def _why(e: ImportFileError, path: Path) -> str:
    """An ImportFileError's message without the file's name it opens with."""
    return str(e).removeprefix(f"{path}: ")


def _left_out(left_out: list[tuple[int, str]], count: int) -> str:
    """The warning of a file whose documents after the first were left out (``left_out``: by index from 0,
    with why); "" when none were."""
    if not left_out:
        return ""
    first, why = left_out[0]
    return (f"left out {len(left_out)} of its {count} documents, which cannot be read; the first, document "
            f"{first + 1}: {why}")


def _read(package: Package, layout: Layout, cancelled: Cancelled | None,
          told: Pages | None) -> tuple[str, tuple[set[int], set[int]]]:
    """The text of a document's pages, with the lines reaching their column's edge and those drawn
    indented, by index (the re-flow's ``wrapped`` and ``opens``; none when the clean-up changed the lines)."""
    path, count = package.path, len(layout.pages)
    if not count:
        raise ImportFileError(f"{path}: is an OFD document without pages (its document lists none); {REOPEN}")
    shared = _shared_templates(package, layout)
    drawn: dict[str, list[Glyph]] = {}  # a template's characters, by ID, read once
    texts: list[str] = []
    marks: tuple[list[int], list[int]] = ([], [])
    notes: list[str] = []
    at = 0
    overflow = Overflow()  # a table's last row on the page before: its cell may go on on the next
    for number, part in enumerate(layout.pages, 1):
        if cancelled is not None and cancelled():
            raise ReadCancelled
        if package.find(part) is None:
            raise ImportFileError(f"{path}: is a damaged OFD document: its page {number} of {count} ({part}) is "
                                  f"missing; {REOPEN}")
        page = package.xml(part)
        try:
            placed = glyphs(page)
            for template in (t.get("TemplateID", "") for t in children(page, "Template")):
                if template not in shared and template in layout.templates:
                    if template not in drawn:
                        drawn[template] = _template(package, layout.templates[template], number, count)
                    placed += drawn[template]
            texts.append(laid_out(page_lines(placed), number == 1, notes, marks, at, overflow, len(texts)))
            overflow.into(texts)
        except (ValueError, TypeError, OverflowError, IndexError) as e:
            raise ImportFileError(f"{path}: is a damaged OFD document: its page {number} of {count} cannot be read "
                                  f"({said(e)}); {REOPEN}") from e
        at += texts[-1].count("\n") + 1
        if told is not None:
            told(number, count)
    whole = "\n".join(texts) + ("\n\n" + "\n".join(notes) if notes else "")
    text = cleaned(whole, marks[0])
    kept = text.count("\n") == whole.count("\n")  # the lines as they were
    if not text.strip():
        raise ImportFileError(f"{path}: has no text ({count} page(s) of images: a scan?); {SCAN_HINT}")
    if plausibility(text) < PLAUSIBLE_SHARE:
        raise ImportFileError(f"{path}: its text comes out garbled (its fonts map characters in a code of their "
                              f"own); {SCAN_HINT}")
    return text, (set(marks[0]), set(marks[1])) if kept else (set(), set())


def _template(package: Package, part: str, number: int, count: int) -> list[Glyph]:
    """The characters a template page draws (numbered after any page's own); a missing one draws none."""
    if package.find(part) is None:
        return []
    try:
        return glyphs(package.xml(part), first_run=10**9)
    except (ValueError, TypeError, OverflowError, IndexError) as e:
        raise ImportFileError(f"{package.path}: is a damaged OFD document: its page {number} of {count} cannot be "
                              f"read ({said(e)}); {REOPEN}") from e


def _shared_templates(package: Package, layout: Layout) -> set[str]:
    """The IDs of the template pages that two pages or more draw: their text is page furniture."""
    uses: Counter[str] = Counter()
    for part in layout.pages:
        uses.update({m.group(1).decode("utf-8", "replace") for m in _TEMPLATE.finditer(package.raw(part))})
    return {template for template, n in uses.items() if n >= 2}
