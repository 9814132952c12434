"""Colours that stay readable in a light and a dark palette (WCAG 2 contrast).

A label's colour is the user's (Project › Labels…); what the window draws over text with it is
worked out here against the palette in use: a span's background is the label's colour washed
over the view's base only as strongly as the palette's text stays readable on it, text drawn
on a label's full colour is black or white (whichever reads better), a muted text (a rejected
span) is the palette's text moved towards its base only as far as it stays readable. Every
pair keeps :data:`MIN_RATIO` (WCAG AA for normal text).
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from annotator.core import ink
from annotator.core.ink import MIN_RATIO

BLACK, WHITE = QColor("#000000"), QColor("#ffffff")


def _rgb(color: QColor) -> ink.RGB:
    return color.redF(), color.greenF(), color.blueF()


def _q(rgb: ink.RGB) -> QColor:
    return QColor.fromRgbF(*rgb)


def luminance(color: QColor) -> float:
    """WCAG relative luminance (0 black … 1 white) of an opaque colour (``core/ink.py``'s arithmetic)."""
    return ink.luminance(_rgb(color))


def ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 … 21)."""
    return ink.ratio(_rgb(a), _rgb(b))


def over(color: QColor, alpha: float, base: QColor) -> QColor:
    """``color`` at opacity ``alpha`` (0 … 1) over ``base``: the opaque colour the eye sees."""
    return _q(ink.over(_rgb(color), alpha, _rgb(base)))


def ink_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (one of them always keeps 4.5:1)."""
    return BLACK if ink.ink_on(_rgb(background)) == ink.BLACK_RGB else WHITE


def paler(color: QColor, percent: int, background: QColor) -> QColor:
    """A label's colour made paler against ``background``, the way that reads as paler there: lighter
    (``QColor.lighter(percent)``) on a light background, as the window has always drawn it; on a dark
    one mixed into it (``100/percent`` of the colour), not lightened: a light pastel glared on a dark
    panel, brighter than the label's own colour beside it (a label button, a bar's open suggestions,
    a span linked to the selected one). Text drawn on it takes :func:`ink_on`."""
    if ink_on(background) == BLACK:
        return QColor(color).lighter(percent)
    return over(color, 100 / percent, background)


def faint(palette: QPalette) -> QColor:
    """A grey between a palette's base and its text (a bar's rejected spans): #c8c8c8 on white."""
    base, text = base_and_text(palette)
    return over(text, 55 / 255, base)


def wash(color: QColor, alpha: float, base: QColor, text: QColor) -> QColor:
    """``color`` at opacity ``alpha`` at most (drawn over ``base``): fainter where ``text`` would
    not keep :data:`MIN_RATIO` on it (a dark palette's light text on a light label colour)."""
    washed = QColor(color)
    washed.setAlphaF(ink.wash_alpha(_rgb(color), alpha, _rgb(base), _rgb(text)))
    return washed


def muted(text: QColor, base: QColor) -> QColor:
    """``text`` moved towards ``base`` (a greyed look) as far as it keeps :data:`MIN_RATIO` on it."""
    for alpha in (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        mixed = over(text, alpha, base)
        if ratio(mixed, base) >= MIN_RATIO:
            return mixed
    return QColor(text)


def legible(color: QColor, background: QColor) -> QColor:
    """``color`` (a warning's red) as it is where it reads on ``background``, else lightened or
    darkened (towards the ink of ``background``) until it does."""
    return _q(ink.legible(_rgb(color), _rgb(background)))


def base_and_text(palette: QPalette) -> tuple[QColor, QColor]:
    """The colours an editable view (a text, a table, a field) is drawn in."""
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


_TINTS: dict[tuple[int, ...], QColor] = {}


def app_colors(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """The base and text colours of ``palette`` (the application's by default: a model's cells)."""
    if palette is None:
        from PySide6.QtGui import QGuiApplication

        palette = QGuiApplication.palette()
    return base_and_text(palette)


def muted_text(palette: QPalette | None = None) -> QColor:
    """:func:`muted` of a palette's text over its base (a rejected span's row), kept per palette:
    a table asks at every paint of every cell."""
    base, text = app_colors(palette)
    key = (0, base.rgba(), text.rgba())
    if key not in _TINTS:
        _TINTS[key] = muted(text, base)
    return _TINTS[key]


def tint(color: str, alpha: float, palette: QPalette | None = None) -> QColor:
    """:func:`wash` of ``color`` over a palette's base, its text readable on it (a decided region's
    row, a field's refused value), kept per palette."""
    base, text = app_colors(palette)
    key = (1, QColor(color).rgba(), round(alpha * 1000), base.rgba(), text.rgba())
    if key not in _TINTS:
        washed = wash(QColor(color), alpha, base, text)
        _TINTS[key] = over(washed, washed.alphaF(), base)  # opaque: a style sheet's colour
    return _TINTS[key]
