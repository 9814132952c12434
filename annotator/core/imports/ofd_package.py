"""An OFD file's package (GB/T 33190-2016): the zip, its XML parts, and the parts that say where a
document's pages are.

OFD.xml (namespace http://www.ofdspec.org/2016) names each document's root file (DocBody/DocRoot:
Doc_0/Document.xml; a file may hold several documents, a DocBody each) and its title
(DocBody/DocInfo/Title); the document lists its pages in order (Pages/Page BaseLoc:
Pages/Page_0/Content.xml, relative to the document's folder, or to the package's root when it opens
with /) and the template pages they draw under or over their own content (CommonData/TemplatePage ID
BaseLoc; a page names its own by Template TemplateID). Elements are matched by their local name: a
few producers write another namespace, or none.

The zip is checked before anything is unpacked, as a .docx is (``word.py``, ``zip_package.py``):
parts that unpack to more than ``MAX_OFD_UNCOMPRESSED`` in all, or an XML part over ``MAX_OFD_XML``, are
refused as a possible zip bomb; a part is read no further than its limit whatever its header says. The
XML parser resolves no entities and loads no DTD (a billion laughs is text, not a billion laughs).
"""
from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from annotator.core.errors import ImportFileError
from annotator.core.imports.zip_package import PART_ERRORS, open_zip, unreadable_part, zip_bomb

MAX_OFD_UNCOMPRESSED = 512 * 2**20  # all parts together, unpacked (fonts and pictures mostly: never unpacked here)
MAX_OFD_XML = 32 * 2**20  # one XML part (a page's content), unpacked
REOPEN = "open it in an OFD reader, save it again or print it as a PDF, and import that"


@dataclass
class Layout:
    """Where a document's pages are: each page's part, the template pages'
    parts by their ID, and the title its OFD.xml gives ("" when none)."""

    pages: list[str] = field(default_factory=list)  # each page's part, in order
    templates: dict[str, str] = field(default_factory=dict)  # ID → part
    title: str = ""


def local(element: Any) -> str:
    """An element's name without its namespace ("" for a comment or a processing instruction)."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element: Any, name: str) -> Iterator[Any]:
    return (child for child in element if local(child) == name)


def child(element: Any, name: str) -> Any | None:
    return next(children(element, name), None)


def text_of(element: Any | None) -> str:
    return "" if element is None else (element.text or "").strip()


class Package:
    """An open .ofd: its XML parts read by name (``with Package(path) as package``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip = _open(path)
        self._listed: list[Any] | None = None  # OFD.xml's DocBody elements, read once
        self.names = {info.filename: info for info in self.zip.infolist()}
        self._folded = {name.lower(): name for name in self.names}
        total = sum(info.file_size for info in self.names.values())
        largest = max((info.file_size for name, info in self.names.items() if name.lower().endswith(".xml")),
                      default=0)
        if total > MAX_OFD_UNCOMPRESSED or largest > MAX_OFD_XML:
            self.zip.close()
            raise zip_bomb(path, max(total, largest), MAX_OFD_UNCOMPRESSED, MAX_OFD_XML)
        if self.find("OFD.xml") is None:
            self.zip.close()
            raise ImportFileError(f"{path}: is a zip archive but not an OFD document (no OFD.xml in it)")

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.zip.close()

    def find(self, name: str) -> str | None:
        """The zip's name of the part ``name`` (a producer's case may differ from its reference's)."""
        return name if name in self.names else self._folded.get(name.lower())

    def xml(self, name: str) -> Any:
        """The root element of the part ``name`` (found by ``find``); ImportFileError when it cannot be read."""
        found = self.find(name) or name
        try:
            with self.zip.open(self.names[found]) as f:
                data = f.read(MAX_OFD_XML + 1)
            if len(data) > MAX_OFD_XML:  # its header said less
                raise zip_bomb(self.path, MAX_OFD_XML + 2**20, MAX_OFD_UNCOMPRESSED, MAX_OFD_XML)
            parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
            return etree.fromstring(data, parser)
        except ImportFileError:
            raise
        except (etree.LxmlError, KeyError, *PART_ERRORS) as e:
            raise unreadable_part(self.path, "is a damaged OFD document", name, e, REOPEN) from e

    def documents(self) -> int:
        """How many documents OFD.xml lists (a DocBody each; government documents hold one, a file of
        several, a report with its attachments, more): 1 when it lists none (``layout`` says so)."""
        return max(len(self._bodies()), 1)

    def _bodies(self) -> list[Any]:
        if self._listed is None:
            self._listed = list(children(self.xml("OFD.xml"), "DocBody"))
        return self._listed

    def layout(self, index: int = 0) -> Layout:
        """Where the pages of the file's document ``index`` (from 0, in OFD.xml's order) are."""
        bodies = self._bodies()
        body = bodies[index] if index < len(bodies) else None
        doc_root = text_of(None if body is None else child(body, "DocRoot"))
        if not doc_root:
            raise ImportFileError(f"{self.path}: is a damaged OFD document: its OFD.xml names no document "
                                  f"(DocBody/DocRoot); {REOPEN}")
        info = child(body, "DocInfo") if body is not None else None
        found = self._part(doc_root, "")
        if found is None:
            raise ImportFileError(f"{self.path}: is a damaged OFD document: its part {doc_root} is missing; {REOPEN}")
        document = self.xml(found)
        folder = posixpath.dirname(found)
        layout = Layout(title=text_of(None if info is None else child(info, "Title")))
        common = child(document, "CommonData")
        for template in [] if common is None else children(common, "TemplatePage"):
            layout.templates[template.get("ID", "")] = self.resolve(template.get("BaseLoc", ""), folder)
        pages = child(document, "Pages")
        for page in [] if pages is None else children(pages, "Page"):
            layout.pages.append(self.resolve(page.get("BaseLoc", ""), folder))
        return layout

    def resolve(self, location: str, folder: str) -> str:
        """The part a BaseLoc names: relative to ``folder`` (the document's), or to the root when it opens
        with / (some producers write a path from the root without it: tried too); as written if missing."""
        return self._part(location, folder) or posixpath.normpath(posixpath.join(folder, location.strip()))

    def _part(self, location: str, folder: str) -> str | None:
        location = location.strip().replace("\\", "/")
        if not location:
            return None
        tried = [location.lstrip("/")] if location.startswith("/") else [posixpath.join(folder, location), location]
        for name in tried:
            found = self.find(posixpath.normpath(name))
            if found is not None:
                return found
        return None

    def raw(self, name: str) -> bytes:
        """The bytes of the part ``name`` (found by ``find``), no more than ``MAX_OFD_XML`` of them; b"" when
        it cannot be read (``xml`` says why when it is read)."""
        found = self.find(name)
        try:
            with self.zip.open(self.names[found or name]) as f:
                data: bytes = f.read(MAX_OFD_XML)
                return data
        except (KeyError, *PART_ERRORS):
            return b""


def _open(path: Path) -> zipfile.ZipFile:
    """The zip of an .ofd; ImportFileError naming what it is instead."""
    return open_zip(path, damaged="is a damaged OFD document: its zip archive is cut off or corrupt; download or "
                    "save it again and import that", not_a_zip="is not an OFD document (not a zip archive)")
