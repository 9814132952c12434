"""The import formats, each declared once: what kind of thing a file brings (documents or
annotations), the suffixes that choose its reader, and the reader.

A reader's module is imported only when a file of its format is read (python-docx and openpyxl
are slow to load). Readers of a kind share one signature:

- documents: ``read(path, size, encoding) -> TextFile`` (``text.TextFile``: normalised text,
  how it was read, a warning); ``documents.read_file`` checks the size and turns every failure
  into an ImportFileError naming the file; a reader of a long format (``cancellable``: a PDF of
  a hundred pages) also takes ``cancelled`` and raises :class:`ReadCancelled` when it says so;
- annotations: ``import_file(store, path, *, status, annotator, report, result)``, storing in
  batches each committed whole and counting what it stored in ``report`` and ``result``
  (``annotations.FileResult``).

A file whose suffix no format of its kind claims goes to the kind's ``default`` format; a folder
is searched for the suffixes of the document formats.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

DOCUMENTS, ANNOTATIONS = "documents", "annotations"


@dataclass(frozen=True)
class ImportFormat:
    name: str
    kind: str  # DOCUMENTS or ANNOTATIONS
    title: str
    suffixes: tuple[str, ...]  # lower case, with the dot
    reader: str  # "module:function", imported when first used
    default: bool = False  # reads the files of its kind whose suffix no format claims
    cancellable: bool = False  # its reader takes cancelled= (asked as it reads: a long PDF, page by page) and
    # pages= (told as it reads: the pages read, of how many)
    max_bytes: int | None = None  # a larger file is refused; None: documents.MAX_FILE_BYTES
    counted_as: str = ""  # what an import's first line counts a document of it as ("150 Word": see ``counted``)
    encoded: bool = False  # its reader obeys the encoding given (--encoding): a text file, a web page

    def load(self) -> Callable[..., Any]:
        module, function = self.reader.split(":")
        loaded: Callable[..., Any] = getattr(import_module(module), function)
        return loaded


TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")  # the messages that name what import reads list these (see
# ``listed``); .md and .markdown are Markdown (titles.MARKDOWN: a heading's marks are no title's)

FORMATS: tuple[ImportFormat, ...] = (
    ImportFormat("text", DOCUMENTS, f"Plain text ({', '.join(TEXT_SUFFIXES)}): UTF-8, GB18030/GBK, Big5 or UTF-16",
                 TEXT_SUFFIXES, "annotator.core.imports.text:read_text_file", default=True, counted_as="text",
                 encoded=True),
    ImportFormat("docx", DOCUMENTS, "Word document (.docx)", (".docx",), "annotator.core.imports.word:read_word_file",
                 counted_as="Word"),
    ImportFormat("html", DOCUMENTS, "Web page (.html, .htm): the article's text", (".html", ".htm"),
                 "annotator.core.imports.webpage:read_web_page", counted_as="web page(s)", encoded=True),
    ImportFormat("mht", DOCUMENTS, "Web page saved as one file (.mht, .mhtml): the article's text",
                 (".mht", ".mhtml"), "annotator.core.imports.web_archive:read_web_archive", counted_as="web page(s)",
                 encoded=True),
    ImportFormat("pdf", DOCUMENTS, "PDF with a text layer (.pdf); a scan needs OCR first", (".pdf",),
                 "annotator.core.imports.pdf:read_pdf_file", cancellable=True, max_bytes=128 * 2**20, counted_as="PDF"),
    ImportFormat("ofd", DOCUMENTS, "OFD document (.ofd): China's fixed-layout format; a scan needs OCR first",
                 (".ofd",), "annotator.core.imports.ofd:read_ofd_file", cancellable=True, max_bytes=128 * 2**20,
                 counted_as="OFD"),
    ImportFormat("jsonl", ANNOTATIONS, "JSON Lines: gold spans and doccano documents, line by line", (".jsonl",),
                 "annotator.core.imports.jsonl:import_file", default=True),
    ImportFormat("label-studio", ANNOTATIONS, "Label Studio JSON export: tasks with text spans and relations",
                 (".json",), "annotator.core.imports.label_studio:import_file"),
    ImportFormat("xlsx", ANNOTATIONS, "Corrections in a workbook exported by annotator (.xlsx)", (".xlsx",),
                 "annotator.core.imports.xlsx:import_file"),
)

# the suffixes of exports that no annotation reader takes (an annotation file of one is refused, not read
# as JSON Lines); the exports are not imported here (tests/core/test_annotation_io.py keeps the two in step)
WRITTEN_ONLY = (".bio", ".conll", ".csv", ".htm", ".html")


# the files read through LibreOffice (office.OFFICE_SUFFIXES), as an import's first line counts them
OFFICE_COUNTED_AS = {".doc": "Word", ".wps": "WPS", ".rtf": "RTF", ".odt": "OpenDocument"}


def counted(names: Sequence[str]) -> list[tuple[str, int]]:
    """The documents read from the files ``names``, counted by kind (``counted_as``: .html and .mht are
    web pages, .doc and .docx Word), most first: [("PDF", 180), ("Word", 150), ("web page(s)", 70)]."""
    kinds = Counter(OFFICE_COUNTED_AS.get(Path(name).suffix.lower()) or for_path(name, DOCUMENTS).counted_as
                    for name in names)
    return kinds.most_common()


class ReadCancelled(Exception):
    """A cancellable reader stopped because the import was cancelled: nothing of its file is stored."""


_SAME_KIND = {".htm": ".html", ".text": ".txt", ".mhtml": ".mht", ".markdown": ".md"}  # two names of one kind of file


def kind_of(name: str) -> str:
    """A document's kind as an import's summary tells them apart: its suffix, lower case, with .htm
    as .html, .text as .txt and .markdown as .md (a folder of saved pages, .html and .htm, is of one
    kind)."""
    suffix = Path(name).suffix.lower()
    return _SAME_KIND.get(suffix, suffix)


STRAYS = 5  # at most this many documents of other kinds beside more of one kind are named (LINKS.md among .txt)


def other_kinds(names: Sequence[str], among: Sequence[str] = ()) -> tuple[str, list[str]]:
    """Of the kinds of the documents just imported (``names``), the one most of the project's documents
    (``among``, the new ones with them) are of, and the documents of ``names`` of another kind, in their
    order, when they look swept in by mistake: a few (at most :data:`STRAYS`), fewer than the documents of
    that kind (notes, LINKS.md and SOURCES-A.md, beside a folder of .txt reports); ("", []) when ``names``
    are of one kind, or mix kinds on purpose (a folder of PDFs, Word files and web pages). What an
    import names, in the window and on the command line. Counted over the project, one report imported
    with the notes of a folder imported before is not named as the odd one."""
    imported = Counter(map(kind_of, names))
    if len(imported) < 2:  # one kind imported (a .docx report into a project of .txt ones): nothing to name
        return "", []
    counted = Counter(map(kind_of, among))
    main = max(imported, key=lambda kind: (counted[kind], imported[kind]))  # ties: the first imported
    others = [name for name in names if kind_of(name) != main]
    if len(others) > STRAYS or len(others) >= max(counted[main], imported[main]):  # a mix: each kind meant
        return "", []
    return main, others


def of_kind(kind: str) -> list[ImportFormat]:
    return [f for f in FORMATS if f.kind == kind]


def suffixes(kind: str) -> set[str]:
    """Every suffix a format of ``kind`` claims (a folder import looks for these)."""
    return {s for f in of_kind(kind) for s in f.suffixes}


def ordered(kind: str) -> list[str]:
    """The suffixes of ``kind`` in the order of its formats (.txt, .md, .markdown, .text, .docx, .pdf)."""
    return [s for f in of_kind(kind) for s in f.suffixes]


def listed(suffixes: list[str] | tuple[str, ...], last: str = "and") -> str:
    """".txt, .md, .markdown, .text and .docx": how a message names suffixes (every such list is made here)."""
    *rest, final = suffixes
    return f"{', '.join(rest)} {last} {final}" if rest else final


def patterns(kind: str) -> str:
    """"*.txt *.md *.markdown *.text *.docx": a file dialog's filter of the files of ``kind``."""
    return " ".join(f"*{s}" for s in ordered(kind))


def too_large(size: int, limit: int) -> str:
    """What an import says of a file of ``size`` bytes over the ``limit`` of its format."""
    return f"is {size / 2**20:.0f} MB; files over {limit // 2**20} MB are refused (split it into smaller files)"


def for_path(path: str | Path, kind: str) -> ImportFormat:
    """The format of ``kind`` that reads ``path``: by its suffix, else the kind's default."""
    suffix = Path(path).suffix.lower()
    found = [f for f in of_kind(kind) if suffix in f.suffixes] or [f for f in of_kind(kind) if f.default]
    return found[0]
