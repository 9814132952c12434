"""Readable colours on paper (WCAG 2 contrast), for what the core draws without Qt: the reading
export's spans (``export/html_page.py``). The window's own (``annotator.gui.contrast``) works on a
palette's QColor; this is the same arithmetic on ``#rrggbb`` text, over white paper with black ink:
a span's background is its label's colour washed over white only as strongly as black text stays
readable on it, text on a label's full colour is black or white (whichever reads better), a
label's colour as text is darkened until it reads on white."""
from __future__ import annotations

import re

MIN_RATIO = 4.5
WHITE, BLACK = "#ffffff", "#000000"
GREY = "#888888"  # a label's colour that is no #rgb or #rrggbb (the store keeps what was typed)
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")

RGB = tuple[float, float, float]


def checked(color: str) -> str:
    """``color`` as ``#rrggbb`` (lower case) when it is ``#rgb`` or ``#rrggbb``, else :data:`GREY`: what
    goes into a style is never anything else."""
    if not isinstance(color, str) or not _HEX.fullmatch(color.strip()):
        return GREY
    digits = color.strip()[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.lower()


def _rgb(color: str) -> RGB:
    digits = checked(color)[1:]
    return (int(digits[0:2], 16) / 255, int(digits[2:4], 16) / 255, int(digits[4:6], 16) / 255)


def _hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _channel(v: float) -> float:
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """WCAG relative luminance (0 black … 1 white)."""
    r, g, b = _rgb(color)
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(color: str, alpha: float, base: str = WHITE) -> str:
    """``color`` at opacity ``alpha`` (0 … 1) over ``base``: the opaque colour the eye sees."""
    (r, g, b), (r0, g0, b0) = _rgb(color), _rgb(base)
    return _hex((alpha * r + (1 - alpha) * r0, alpha * g + (1 - alpha) * g0, alpha * b + (1 - alpha) * b0))


def ink_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return BLACK if ratio(BLACK, background) >= ratio(WHITE, background) else WHITE


def wash(color: str, alpha: float, base: str = WHITE, text: str = BLACK) -> str:
    """``color`` at opacity ``alpha`` at most over ``base``, fainter where ``text`` would not keep
    :data:`MIN_RATIO` on it; opaque."""
    step = alpha
    while step > 0 and ratio(over(color, step, base), text) < MIN_RATIO:
        step -= 0.02
    return over(color, max(step, 0.0), base)


def legible(color: str, background: str = WHITE) -> str:
    """``color`` as it is where it reads on ``background`` as text, else moved towards the ink that
    reads there until it does (a yellow label's name on white paper)."""
    target = ink_on(background)
    for alpha in (0.0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0):
        mixed = over(target, alpha, color)
        if ratio(mixed, background) >= MIN_RATIO:
            return mixed
    return target
