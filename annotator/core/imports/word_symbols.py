"""The characters Word's symbol fonts draw, as Unicode: a symbol inserted from Symbol or Wingdings is kept
as ``<w:sym w:font="Symbol" w:char="F0B7"/>`` (the font's own code, in the private-use block U+F000–U+F0FF
or as its byte), and text typed in such a font (a .doc LibreOffice converted) as those private-use characters.

Symbol follows the Adobe Symbol encoding: Greek letters, ± × ÷ ≤ ≥ ≠ ≈ ° •, arrows, set and logic signs.
Of Wingdings, the marks a report uses: bullets and boxes (● ■ □ ◆ ❖ ➢), check marks (✓ ✗ ☑ ☒), circled
numbers (① ❶), white arrows. A code not in these tables, or a font of neither, gives nothing: a private-use
character is a box in any other font, nothing a reader (or a search) finds.
"""
from __future__ import annotations

_SYMBOL_LOW = (" !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\0"
               "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")  # 0x20–0x7E (\0: a piece of a drawn radical)
_SYMBOL_HIGH = ("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…\0\0↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑"
                "\0\0\0\0\0\0\0\0\0\0\0〉∫")  # 0xA0–0xF2 (\0: pieces of tall brackets and arrows)
SYMBOL = {code: char for codes, chars in ((range(0x20, 0x7F), _SYMBOL_LOW), (range(0xA0, 0xF3), _SYMBOL_HIGH))
          for code, char in zip(codes, chars, strict=True) if char != "\0"}
WINGDINGS = {0x45: "☜", 0x46: "☞", 0x6C: "●", 0x6D: "❍", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x72: "❒", 0x73: "⬧",
             0x74: "⧫", 0x75: "◆", 0x76: "❖", 0x77: "⬥", 0x9E: "·", 0x9F: "•", 0xA0: "▪", 0xA1: "○", 0xA4: "◉",
             0xA5: "◎", 0xA7: "▪", 0xA8: "◻", 0xAA: "✦", 0xAB: "★", 0xD8: "➢", 0xDC: "➲", 0xE8: "➔", 0xEF: "⇦",
             0xF0: "⇨", 0xF1: "⇧", 0xF2: "⇩", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
             **{0x80 + i: chr(0x24EA if i == 0 else 0x245F + i) for i in range(11)},  # ⓪ ① … ⑩
             **{0x8B + i: chr(0x24FF if i == 0 else 0x2775 + i) for i in range(11)}}  # ⓿ ❶ … ❿
FONTS = {"symbol": SYMBOL, "wingdings": WINGDINGS}


def is_symbol_font(font: str | None) -> bool:
    """Whether ``font`` (a w:rFonts or w:sym name) draws its own characters in place of its codes."""
    return (font or "").strip().lower() in FONTS


def symbol(font: str | None, char: str | None) -> str:
    """The character a w:sym of ``font`` and hex code ``char`` (F0B7, B7) shows; '' when not known. A font
    of no table given a code outside the private-use block (Word's Insert Symbol from a text font) gives it."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    table = FONTS.get((font or "").strip().lower())
    private = 0xF000 <= code <= 0xF0FF
    if table is None:
        return "" if private or not 0x20 <= code < 0x110000 or 0xD800 <= code < 0xE000 else chr(code)
    return table.get(code - 0xF000 if private else code, "")


def drawn(font: str | None, text: str) -> str:
    """``text`` of a run in ``font``, its private-use characters (U+F020–U+F0FF) as the font draws them."""
    if not is_symbol_font(font) or not any(0xF000 <= ord(c) <= 0xF0FF for c in text):
        return text
    return "".join(symbol(font, f"{ord(c):X}") if 0xF000 <= ord(c) <= 0xF0FF else c for c in text)
