"""Readable colours (WCAG 2 contrast): the arithmetic, on colours as (red, green, blue) fractions, that
the window (``annotator.gui.contrast``, on a palette's QColor) and the reading export (``export/html_page.py``,
on ``#rrggbb`` text over white paper with black ink) both draw with. A span's background is its label's
colour washed over the paper only as strongly as the text stays readable on it; text on a label's full
colour is black or white (whichever reads better); a colour used as text is moved towards that ink until
it reads."""
from __future__ import annotations

import re

MIN_RATIO = 4.5
WHITE, BLACK = "#ffffff", "#000000"
GREY = "#888888"  # a label's colour that is no #rgb or #rrggbb (the store keeps what was typed)
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")

RGB = tuple[float, float, float]
BLACK_RGB: RGB = (0.0, 0.0, 0.0)
WHITE_RGB: RGB = (1.0, 1.0, 1.0)


def _channel(v: float) -> float:
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(color: RGB) -> float:
    """WCAG relative luminance (0 black … 1 white) of an opaque colour."""
    r, g, b = color
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two opaque colours (1 … 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(color: RGB, alpha: float, base: RGB) -> RGB:
    """``color`` at opacity ``alpha`` (0 … 1) over ``base``: the opaque colour the eye sees."""
    return tuple(alpha * c + (1 - alpha) * b for c, b in zip(color, base, strict=True))  # type: ignore[return-value]


def ink_on(background: RGB) -> RGB:
    """Black or white, whichever reads better on ``background`` (one of them always keeps 4.5:1)."""
    return BLACK_RGB if ratio(BLACK_RGB, background) >= ratio(WHITE_RGB, background) else WHITE_RGB


def wash_alpha(color: RGB, alpha: float, base: RGB, text: RGB) -> float:
    """The opacity, ``alpha`` at most, at which ``color`` drawn over ``base`` keeps ``text`` readable on
    it (:data:`MIN_RATIO`): fainter for a dark palette's light text on a light label colour."""
    step = alpha
    while step > 0 and ratio(over(color, step, base), text) < MIN_RATIO:
        step -= 0.02
    return max(step, 0.0)


def legible(color: RGB, background: RGB) -> RGB:
    """``color`` (a warning's red) as it is where it reads on ``background`` as text, else moved towards
    the ink that reads there until it does."""
    target = ink_on(background)
    for alpha in (0.0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0):
        mixed = over(target, alpha, color)
        if ratio(mixed, background) >= MIN_RATIO:
            return mixed
    return target


# ------------------------------------------------------------- #rrggbb text: the reading export's paper

def checked(color: str) -> str:
    """``color`` as ``#rrggbb`` (lower case) when it is ``#rgb`` or ``#rrggbb``, else :data:`GREY`: what
    goes into a style is never anything else."""
    if not isinstance(color, str) or not _HEX.fullmatch(color.strip()):
        return GREY
    digits = color.strip()[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.lower()


def rgb(color: str) -> RGB:
    digits = checked(color)[1:]
    return (int(digits[0:2], 16) / 255, int(digits[2:4], 16) / 255, int(digits[4:6], 16) / 255)


def hex_of(color: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in color)


def ink_for(background: str) -> str:
    """Black or white text, whichever reads better on ``background`` (``#rrggbb``)."""
    return hex_of(ink_on(rgb(background)))


def paper_wash(color: str, alpha: float) -> str:
    """``color`` at opacity ``alpha`` at most over white paper, fainter where black text would not keep
    :data:`MIN_RATIO` on it; opaque (``#rrggbb``)."""
    return hex_of(over(rgb(color), wash_alpha(rgb(color), alpha, WHITE_RGB, BLACK_RGB), WHITE_RGB))
