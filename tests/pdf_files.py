"""PDF files for the import tests, made without LibreOffice: small, exact, any number of pages.

``text_pdf`` writes each page's lines (``placed_pdf`` each line at its place and size, in a given
drawing order; ``column_pages`` lays paragraphs out in columns for it, ``writer_pages`` as LibreOffice
Writer does a plain text's) as a Chinese PDF holds them: a Type0 font with Identity-H encoding and a
ToUnicode map (CID per character), the font program not embedded (extraction reads only the map);
``scan_pdf`` writes pages that hold only an image (a scan without OCR); ``encrypted`` locks a PDF with
pypdf. The committed fixtures in tests/data/pdf/ are real producers' files (LibreOffice, Qt; their font
programs removed, their ToUnicode maps kept; see its README).
"""
from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "pdf"


def _write(path: Path, objects: list[bytes]) -> Path:
    """A PDF of ``objects`` (object 1 the catalog), with its cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _pages(objects: list[bytes], contents: list[bytes], resources: bytes) -> None:
    """Appends the page tree (object 2) and one page and content stream per entry of ``contents``."""
    first = len(objects) + 1
    kids = b" ".join(b"%d 0 R" % (first + 2 * i) for i in range(len(contents)))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents))
    for i, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                       % (resources, first + 2 * i + 1))
        objects.append(_stream(content))


def text_pdf(path: Path, pages: list[list[str]], size: int = 16) -> Path:
    """A PDF whose pages hold these lines (one text line each, top down)."""
    return placed_pdf(path, [[(line, 72, 770 - i * size * 3 // 2, size) for i, line in enumerate(page)]
                             for page in pages])


Placed = tuple[str, float, float, float]  # a line's text, x and y (up from the page's foot), its font size
Kerned = tuple[list[str | float], float, float, float]  # a TJ array's strings and numbers, x, y, font size


def placed_pdf(path: Path, pages: list[list[Placed]], kerned: list[Kerned] | None = None,
               objects_each: bool = False) -> Path:
    """A PDF whose pages draw these lines, each at its place and size, in the order given (the order
    the page's content stream draws them: a frame drawn after the body, a footnote at the foot), one text
    object for all (``objects_each``: one for each line, as Word draws a line run by run); ``kerned``:
    lines its first page draws after them as one TJ array each (a number moves the next string back by
    thousandths of an em: a negative one forward, as a justified line spreads its slack)."""
    chars = sorted({c for page in pages for line in page for c in line[0]} | {
        c for parts, *_place in kerned or [] for part in parts if isinstance(part, str) for c in part})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
            "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
    for start in range(0, len(chars), 100):
        chunk = chars[start:start + 100]
        cmap += f"{len(chunk)} beginbfchar\n" + "".join(
            f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>\n" for c in chunk) + "endbfchar\n"
    cmap += "endcmap CMapName currentdict /CMap defineresource pop end end"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type0 /BaseFont /NotoSerifCJKsc-Regular /Encoding /Identity-H "
               b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NotoSerifCJKsc-Regular /CIDToGIDMap /Identity "
               b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R "
               b"/DW 1000 >>",
               b"<< /Type /FontDescriptor /FontName /NotoSerifCJKsc-Regular /Flags 6 /FontBBox [0 -120 1000 880] "
               b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
               _stream(cmap.encode("ascii"))]

    def hex_of(text: str) -> bytes:
        return b"<%s>" % "".join(f"{cid[c]:04X}" for c in text).encode("ascii")

    contents = []
    for number, page in enumerate(pages):
        ops = [b"BT"]
        for text, x, y, size in page:
            ops.append(b"/F1 %g Tf 1 0 0 1 %g %g Tm %s Tj" % (size, x, y, hex_of(text)))
            if objects_each:
                ops.append(b"ET BT")
        for parts, x, y, size in kerned or [] if not number else []:
            ops.append(b"/F1 %g Tf 1 0 0 1 %g %g Tm [%s] TJ" % (size, x, y, b" ".join(
                hex_of(part) if isinstance(part, str) else b"%g" % part for part in parts)))
        contents.append(b"\n".join(ops + [b"ET"]))
    _pages(objects, contents, b"<< /Font << /F1 3 0 R >> >>")
    return _write(path, objects)


def wrapped_pages(text: str, width: int = 26, lines_per_page: int = 22, page_numbers: bool = True) -> list[list[str]]:
    """``text``'s paragraphs wrapped at ``width`` characters into pages, each page ending with a
    page-number line (— 3 —) as a government report's PDF has."""
    lines = [para[i:i + width] for para in text.split("\n") if para.strip() for i in range(0, len(para), width)]
    body = lines_per_page - 1 if page_numbers else lines_per_page
    pages = [lines[i:i + body] for i in range(0, len(lines), body)]
    return [page + ([f"— {n} —"] if page_numbers else []) for n, page in enumerate(pages, 1)]


def column_pages(text: str, columns: int = 2, width: int = 38, size: float = 12, lines: int = 40) -> list[list[Placed]]:
    """``text``'s paragraphs laid out as a justified page of ``columns`` columns does: each paragraph's
    first line indented by two characters, lines wrapped at ``width`` (a hanzi two, a digit one: 19
    hanzi), ``lines`` to a column; each line placed where its column's left edge (or indent) is."""
    def wrapped(para: str) -> list[tuple[str, int]]:
        out, line, used, indent = [], "", 4, 4
        for c in para:
            w = 2 if ord(c) > 0x2000 else 1
            if used + w > width:
                out.append((line, indent))
                line, used, indent = "", 0, 0
            line, used = line + c, used + w
        return out + [(line, indent)]
    placed = [line for para in text.split("\n") if para.strip() for line in wrapped(para.strip())]
    per_page = columns * lines
    pages = []
    for start in range(0, len(placed), per_page):
        page = placed[start:start + per_page]
        pages.append([(line, 57 + (k // lines) * (width * size / 2 + 24) + indent * size / 2,
                       780 - (k % lines) * size * 1.4, size) for k, (line, indent) in enumerate(page)])
    return pages


# what Writer keeps on one line: a number with the character after it (8433元), else a character, each with
# the closing marks after it that no line opens with
_UNIT = re.compile(r"(?:[+\d][\d.%]*)?\S[，。、；：”）%]*")


def writer_pages(paragraphs: list[str], width: float = 30, size: float = 10, lines: int = 40) -> list[list[Placed]]:
    """``paragraphs`` set as LibreOffice Writer sets a plain text file: lines flush left, as many units
    (``_UNIT``: a number is not parted from its unit, 8433元) as fit in ``width`` ems (a hanzi one, a digit or a
    Latin letter half: a line stops short where the next unit does not fit), no indent, each paragraph a
    line's space below the one before (the empty line between the file's paragraphs)."""
    placed: list[tuple[str, bool]] = []  # (line, opens a paragraph)
    for para in paragraphs:
        line, used, first = "", 0.0, True
        for unit in _UNIT.findall(para):
            ems = sum(1.0 if ord(c) > 0x2000 else 0.5 for c in unit)
            if line and used + ems > width:
                placed.append((line, first))
                line, used, first = "", 0.0, False
            line, used = line + unit, used + ems
        placed.append((line, first))
    pages: list[list[Placed]] = []
    y = 0.0
    for k, (line, opens) in enumerate(placed):
        if k % lines == 0:
            pages.append([])
            y = 780.0
        elif opens:
            y -= size * 1.5  # the empty paragraph's space
        pages[-1].append((line, 72, y, size))
        y -= size * 1.5
    return pages


def scan_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF of pages that each hold only an image (a scanned page without a text layer)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               _stream(b"\x80" * 64, b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                                     b"/BitsPerComponent 8 ")]
    _pages(objects, [b"q 595 0 0 842 0 0 cm /Im1 Do Q"] * pages, b"<< /XObject << /Im1 3 0 R >> >>")
    return _write(path, objects)


def encrypted(source: Path, path: Path, user_password: str, algorithm: str = "AES-128") -> Path:
    """``source`` locked: ``user_password`` to open it (empty: it opens without one, locked only
    against printing and copying, as many published reports are)."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    with path.open("wb") as f:
        writer.write(f)
    return path
