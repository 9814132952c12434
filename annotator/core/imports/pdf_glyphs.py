"""Which spaces in a PDF page's pieces of text pypdf added from a gap, and how wide that gap is drawn.

pypdf reads a space where the next glyph is drawn a quarter of an em or more after the one before (a
text object moved to where a run starts, a number in a TJ array), in a font that has no space glyph as
much as in one that has. A PDF that draws a line run by run (each run of a Word document's line may be
drawn on its own), a justified line's slack spread between the runs, gives 市政府 认真贯彻 where the page shows
市政府认真贯彻: a name or a target split in two. So the operators that show text are followed as pypdf reads
them (``before``: its ``visitor_operand_before``); each piece of text pypdf gives (``read``) is matched,
glyph by glyph (decoded by its font as pypdf decodes them), against the operators shown since the piece
before: what the piece holds beyond the glyphs is what pypdf added. Such a space between two Chinese
characters (a hanzi, a full-width mark) on one baseline, where the gap is narrower than ``NARROW`` of an
em, is dropped (``cleaned``). A space drawn as a glyph (市长 李春田, 政 府 工 作 报 告) and a wider gap (a tab
stop, a table's column: ``table_cells.py`` reads those) stay, as does a space beside a Latin letter or a
digit (``gaps.py`` decides those) and a line break. Where the glyphs cannot be matched (a font pypdf
cannot read, a test's pieces without a font), the piece stays as pypdf gives it. A piece without a space
is matched only when the piece after it opens with one (its glyph is the one before that space): most
pieces have none, and matching every piece made reading a long PDF a third slower.

Qt's QPdfWriter maps the space glyph of a CJK font to a tab in its ToUnicode map (the font's cmap
gives the glyph to both); pypdf adds no tab of its own, so each tab in a piece is such a space.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from annotator.core.imports.gaps import CJK

NARROW = 0.5  # a gap pypdf read as a space between two Chinese characters, narrower than this many ems, is none
_CHINESE = re.compile(f"[{CJK}]")
_SHOWS = (b"Tj", b"'", b'"', b"TJ")
# an operator that shows text: where it starts (x, y), page units per text-space unit along its line,
# its strings and numbers (a TJ array's), whether it moves to the next line first (' and ")
Shown = tuple[float, float, float, list[Any], bool]
Glyph = tuple[str, float, float]  # (its characters, where it starts, where it ends: on the page)
Piece = tuple[int, str, "Decoder | None", float, list[Shown]]  # (number, text, font, size, operators): read()'s


class Glyphs:
    """One page's glyphs as pypdf reads them, and the spaces it added between them (see the module's docstring)."""

    def __init__(self) -> None:
        self._shown: list[Shown] = []  # the operators that showed text since the last piece
        self._fonts: dict[int, tuple[Any, Decoder | None]] = {}  # id of a font dictionary: it, its decoder
        self._last: tuple[str, float, float, float] | None = None  # the glyph before: characters, end, baseline, em
        self._added: list[tuple[int, int]] = []  # the characters pypdf added after it: (piece, index)
        self._later: Piece | None = None  # a piece without a space, matched if the next one opens with one
        self.dropped: set[tuple[int, int]] = set()  # the spaces that go: (piece, index)

    def before(self, operator: bytes, operands: Any, cm: Any, tm: Any) -> None:
        """pypdf's ``visitor_operand_before``: notes where each operator that shows text starts."""
        if operator not in _SHOWS or not operands:
            return
        try:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            unit = tm[0] * cm[0] + tm[1] * cm[2]
        except (TypeError, IndexError):
            return
        items = list(operands[0]) if operator == b"TJ" else [operands[-1]]
        self._shown.append((x, y, unit, items, operator not in (b"Tj", b"TJ")))

    def read(self, number: int, text: str, font: Any, size: float) -> None:
        """Matches piece ``number`` (``text``, in ``font`` of ``size``) with the operators shown since the
        piece before; those whose text pypdf has not given yet wait for the next piece (``'``: a line
        break read before its text). A piece that does not match is taken as it is."""
        shown, self._shown = self._shown, []
        if not text and not shown:  # a text object ended, nothing shown since the last piece
            return
        piece: Piece = (number, text, self._decoder(font), size, shown)
        try:
            if text[:1] == " " and self._later is not None:
                self._match(self._later)
            self._later = None
            if text and " " not in text and not self._added and not any(op[4] for op in shown):
                self._last, self._later = None, piece
            elif not self._match(piece):
                self._forget()
        except Exception:  # noqa: BLE001 - a font or a string read otherwise than pypdf 7 reads them: no space goes
            self._forget()

    def cleaned(self, number: int, text: str) -> str:
        """Piece ``number``'s ``text`` without the spaces that go, a tab read as a space."""
        if any(piece == number for piece, _at in self.dropped):
            text = "".join(c for at, c in enumerate(text) if (number, at) not in self.dropped)
        return text.replace("\t", " ")

    def _match(self, piece: Piece) -> bool:
        """Follows ``piece``'s glyphs and the characters pypdf added between them; False where they differ."""
        number, text, font, size, shown = piece
        if font is None:
            return False
        at = 0
        body = len(text.rstrip(" \n"))
        for k, (x, y, unit, items, moved) in enumerate(shown):
            glyphs = font.glyphs(x, 0.0 if moved else unit, size, items)
            if at >= body and not (glyphs and text.startswith(glyphs[0][0], at)):
                self._shown = shown[k:] + self._shown  # the piece is read: these glyphs come in the next one
                break
            for chars, start, end in glyphs:
                while text[at:at + 1] in (" ", "\n") and not text.startswith(chars, at):
                    self._add(number, at, text[at])
                    at += 1
                if not text.startswith(chars, at):
                    return False
                self._draw(chars, start, end, y, 0.0 if moved else unit * size)
                at += len(chars)
        while text[at:at + 1] in (" ", "\n"):
            self._add(number, at, text[at])
            at += 1
        return at == len(text)

    def _add(self, number: int, at: int, char: str) -> None:
        if char == "\n":
            self._forget()
        else:
            self._added.append((number, at))

    def _draw(self, chars: str, start: float, end: float, y: float, em: float) -> None:
        """A glyph drawn from ``start`` to ``end`` on baseline ``y``, an em ``em`` long (0: not known, ' and "
        move to the next line first; less: drawn leftwards); the one space pypdf added since the glyph
        before goes when the two are Chinese characters on one baseline with a narrow gap between them."""
        last = self._last
        if (last is not None and len(self._added) == 1 and em and last[3] and _CHINESE.fullmatch(last[0][-1:])
                and _CHINESE.fullmatch(chars[:1]) and abs(y - last[2]) < 0.2 * abs(em)
                and -NARROW < (start - last[1]) / em < NARROW):
            self.dropped.add(self._added[0])
        self._last = (chars, end, y, em)
        self._added = []

    def _forget(self) -> None:
        self._last = None
        self._added = []

    def _decoder(self, font: Any) -> Decoder | None:
        if font is None:
            return None
        known = self._fonts.get(id(font))
        if known is None or known[0] is not font:
            try:
                from pypdf._page import Font  # read once a file: pdf_fonts.fonts_read_once

                known = self._fonts[id(font)] = (font, Decoder(Font.from_font_resource(font)))
            except Exception:  # noqa: BLE001 - a font pypdf cannot read: its pieces stay as they are
                known = self._fonts[id(font)] = (font, None)
        return known[1]


class Decoder:
    """A font's glyphs as pypdf's extraction decodes them (``get_text_operands``, ``get_display_str``)."""

    def __init__(self, font: Any) -> None:
        self.font = font
        self._codes: dict[str, tuple[str, float, bool]] = {}  # a code: (characters, width, wide)

    def glyphs(self, x: float, unit: float, size: float, items: list[Any]) -> list[Glyph]:
        """The glyphs an operator shows from ``x`` (strings, and numbers moving the next one back, as in a TJ
        array), each with where it starts and ends on the page (a wide character an em, others by the
        font's widths); ``unit``: page units per text-space unit along the line."""
        out: list[Glyph] = []
        scale = size * unit / 1000  # page units per thousandth of an em
        for item in items:
            if isinstance(item, (int, float)):
                x -= float(item) * scale
                continue
            for chars, width, wide in self._decoded(item):
                out.append((chars, x, x + (1000 if wide else width) * scale))
                x += width * scale
        return out

    def _decoded(self, item: Any) -> list[tuple[str, float, bool]]:
        font = self.font
        if isinstance(item, str):  # a text string: pypdf takes its characters as they are
            raws, mapped = item, False
        elif isinstance(item, bytes):
            raws, mapped = (item.decode(font.encoding, "surrogatepass") if isinstance(font.encoding, str)
                            else "".join(map(chr, item))), True
        else:
            return []
        out = []
        for raw in raws:
            key = raw if mapped else "\0" + raw
            if key not in self._codes:
                code = raw if isinstance(font.encoding, str) or not mapped else font.encoding.get(ord(raw), raw)
                chars = font.character_map.get(code, code) if mapped else raw
                widths = font.character_widths
                self._codes[key] = (chars, widths.get(raw, widths.get("default", 0)),
                                    unicodedata.east_asian_width(chars[-1:] or " ") in "WF")
            out.append(self._codes[key])
        return out
