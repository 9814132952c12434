"""A PDF page set as Qt's QPdfWriter sets one whose lines mix fonts: each run of one font (the digits and
Latin letters in a Latin font, the hanzi in a CJK one drawn as its fallback) in a text object of its own
that sets its text matrix back to the origin (``1 0 0 -1 0 0 Tm``) and then moves to where the run starts
(``x y Td``), under a page turned upside down (``cm``): the operators of a QTextDocument printed by Qt 6.
pypdf reads a line break at each such origin, between two runs of one line (——2015 / 年 / 1 / 月)."""
from __future__ import annotations

import re
from pathlib import Path

from tests.pdf_files import _pages, _stream, _write

_LATIN = re.compile(r"[\x20-\x7e%]+")


def _runs(line: str) -> list[tuple[str, bool]]:
    """``line`` cut where its font changes: (text, in the Latin font)."""
    out: list[tuple[str, bool]] = []
    at = 0
    for m in _LATIN.finditer(line):
        if m.start() > at:
            out.append((line[at:m.start()], False))
        out.append((m.group(), True))
        at = m.end()
    return out + ([(line[at:], False)] if at < len(line) else [])


def font_runs_pdf(path: Path, lines: list[str], size: float = 12) -> Path:
    """A one-page PDF of ``lines`` (top down), each line's runs drawn as Qt draws them (see the module's
    docstring): a hanzi one em wide, a Latin character 0.6 of one."""
    chars = sorted({c for line in lines for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
            "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n" + "".join(
                f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>\n" for c in chars)
            + "endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    for name, width in ((b"NotoSansCJKsc-Regular", 1000), (b"DejaVuSans", 600)):  # objects 3, 4 and 5, 6
        objects += [b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] "
                    b"/ToUnicode 7 0 R >>" % (name, len(objects) + 2),
                    b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDToGIDMap /Identity /CIDSystemInfo "
                    b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW %d >>" % (name, width)]
    objects.append(_stream(cmap.encode("ascii")))  # object 7: one map for both fonts
    ops = [b"q 0.06 0 0 -0.06 10 832 cm"]
    em = size / 0.06
    for k, line in enumerate(lines):
        x, y = 900.0, 1100.0 + k * 1.5 * em
        for text, latin in _runs(line):
            ops.append(b"q BT /%s %g Tf 1 0 0 -1 0 0 Tm %g %g Td <%s> Tj ET Q" % (
                b"F2" if latin else b"F1", em, x, -y, "".join(f"{cid[c]:04X}" for c in text).encode("ascii")))
            x += len(text) * em * (0.6 if latin else 1.0)
    _pages(objects, [b"\n".join(ops + [b"Q"])], b"<< /Font << /F1 3 0 R /F2 5 0 R >> >>")
    return _write(path, objects)
