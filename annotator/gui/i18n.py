"""Interface languages: our own ``.qm`` files and Qt's translation of its standard dialogs.

Translations live in ``resources/translations/annotator_<code>.qm`` (built from the ``.ts``
by ``scripts/update_translations.sh``). English is the source language and needs no file.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from annotator.core import resources

TRANSLATIONS = resources.path("translations")  # shipped in the package; missing: one-line error
SOURCE_LANGUAGE = "en"
_NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文"}

_installed: list[QTranslator] = []  # kept alive while installed
_current = [SOURCE_LANGUAGE]  # the language in effect (a code with a .qm file, or English)


_generation = [0]  # counts the translators installed: what is cached in a language's words is keyed by it
_english = [False]  # in_english() is running: every text in its source language


def translations_key() -> tuple[str, int]:
    """What a cache of translated words is keyed by: the language, and the translators installed."""
    return current_language(), _generation[0]


def current_language() -> str:
    """The language the interface speaks now ("en", "zh_CN"): what the last
    :func:`install_translator` put in effect (English inside :func:`in_english`). Label names and
    stored values shown in the window follow it (:mod:`annotator.gui.display`)."""
    return SOURCE_LANGUAGE if _english[0] else _current[0]


class _SourceWords(QTranslator):
    """Asked before a language's translators: inside :func:`in_english` every text is its source (English);
    outside it knows none (None: the next translator is asked). Nothing is installed or removed for it, so
    no window is told that the language changed."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return source if _english[0] else None


@contextmanager
def in_english() -> Iterator[None]:
    """The window's words in English, its source language, while the block runs, whatever language is in
    effect: a line of the core said as the English window says it (an error box's Show Details)."""
    was = _english[0]
    _english[0] = True
    try:
        yield
    finally:
        _english[0] = was


def names_list(names: Iterable[str]) -> str:
    """Names one after another as the interface language writes a list: 张三、李四 in Chinese
    (the enumeration comma), "a, b" in English."""
    return ("、" if current_language().split("_")[0] == "zh" else ", ").join(names)


def sentences(*parts: str) -> str:
    """Sentences one after another: a space between them, none after a Chinese sentence's full-width
    punctuation (。？！；：), where Chinese puts none ("…打开。 再按回车" read as a stray gap)."""
    out = ""
    for part in filter(None, parts):
        out += part if not out or out.endswith(("。", "？", "！", "；", "：", "）")) else " " + part
    return out


def sentence(line: str) -> str:
    """A line of the core's (lower case, as a terminal prints it: "not compared: …") as a sentence of a
    dialog or a panel: its first letter a capital (nothing changes in Chinese)."""
    return line[:1].upper() + line[1:]


def available_languages() -> list[tuple[str, str]]:
    """[(code, native name)]: English first, then each language with a compiled .qm file."""
    codes = sorted(p.stem.removeprefix("annotator_") for p in TRANSLATIONS.glob("annotator_*.qm"))
    return [(SOURCE_LANGUAGE, _NATIVE_NAMES[SOURCE_LANGUAGE])] + [
        (code, _NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code) for code in codes]


def resolve(language: str) -> str:
    """"" means the system's language; "zh" or "zh_Hans_CN"-like names fall back to a file we have."""
    code = language or QLocale.system().name()
    have = {c for c, _name in available_languages()}
    if code in have:
        return code
    base = code.split("_")[0]
    return next((c for c in sorted(have) if c.split("_")[0] == base), SOURCE_LANGUAGE)


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Replace the installed translations by ``language``'s ("" = the system's).

    True when the language is in effect: English (no file needed), or its .qm was loaded.
    A language without a file falls back to English; an unreadable .qm returns False.
    """
    try:
        return _install(app, language)
    finally:
        _generation[0] += 1


def _install(app: QCoreApplication, language: str) -> bool:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = SOURCE_LANGUAGE
    code = resolve(language)
    if code == SOURCE_LANGUAGE:
        return True
    ours = QTranslator(app)
    if not ours.load(str(TRANSLATIONS / f"annotator_{code}.qm")):
        return False
    _current[0] = code  # before the translators: the LanguageChange they send finds it set
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_dir) or qt.load(f"qt_{code}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    source = _SourceWords(app)  # installed last: asked first (empty, so no LanguageChange is sent for it)
    app.installTranslator(source)
    _installed.append(source)
    return True
