"""The suggesters' word lists, read from the files that ship in ``resources/``.

Every file is read through :mod:`annotator.core.resources` (a missing file stops the program
with one line naming it) and parsed here, once per process. The format:

* one entry a line: a word, a pattern (a regular expression's alternative) or, for a
  character set, a run of characters; blank lines are skipped;
* ``#`` starts a comment, to the end of the line (no entry holds ``#``);
* a file may hold several lists, each under a ``[name]`` line (lower-case ASCII,
  digits and ``_``); entries before the first such line belong to the unnamed list
  (``section=None``), which is all a file without sections has.

Entries keep their file order: where a rule tries them in turn (regex alternatives, the
first suffix that matches) the order in the file is the order tried.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from annotator.core import resources
from annotator.core.resources import MissingResource

_SECTION = re.compile(r"\[([a-z0-9_]+)\]")


class Lexicon(frozenset[str]):
    """A word list: a frozen set of its words, which also keeps them in file order
    (:attr:`words`, a tuple for ``str.startswith``/``str.endswith``)."""

    __slots__ = ("words",)
    words: tuple[str, ...]

    def __new__(cls, words: Iterable[str] = ()) -> Lexicon:
        ordered = tuple(words)
        self = super().__new__(cls, ordered)
        self.words = ordered
        return self

    def __reduce__(self) -> tuple[type[Lexicon], tuple[tuple[str, ...]]]:
        return (Lexicon, (self.words,))

    def __repr__(self) -> str:
        return f"Lexicon({list(self.words)!r})"

    def ends(self, s: str) -> bool:
        """Does ``s`` end with one of the words?"""
        return s.endswith(self.words)

    def starts(self, s: str, pos: int = 0) -> bool:
        """Does ``s[pos:]`` start with one of the words?"""
        return s.startswith(self.words, pos)

    def pattern(self) -> str:
        """A regular expression matching any of the words (tried in file order)."""
        return "|".join(map(re.escape, self.words))

    def chars(self) -> frozenset[str]:
        """Every character of every entry: for lists of one-character words written as runs."""
        return frozenset("".join(self.words))


def parse(text: str, name: str = "<text>") -> dict[str | None, tuple[str, ...]]:
    """The lists of a word-list file: section name (None before the first) -> entries."""
    out: dict[str | None, list[str]] = {None: []}
    current: str | None = None
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        m = _SECTION.fullmatch(entry)
        if m:
            current = m.group(1)
            if current in out:
                raise ValueError(f"{name}: section [{current}] appears twice")
            out[current] = []
        else:
            out[current].append(entry)
    return {k: tuple(v) for k, v in out.items()}


@cache
def sections(name: str) -> dict[str | None, tuple[str, ...]]:
    """The parsed lists of the shipped file ``name`` (read once per process)."""
    return parse(resources.read_text(name), name)


def entries(name: str, section: str | None = None) -> tuple[str, ...]:
    """The entries of one list, in file order; a list that is not there is a missing resource."""
    found = sections(name)
    if section not in found:
        raise MissingResource(f"resource file {name} has no list [{section}]: the installation "
                              "is incomplete, reinstall annotator")
    return found[section]


def lexicon(name: str, section: str | None = None) -> Lexicon:
    """One list of ``name`` as a :class:`Lexicon`."""
    return Lexicon(entries(name, section))


def charset(name: str, section: str | None = None) -> frozenset[str]:
    """One list of ``name`` read as characters (each entry a run of them)."""
    return lexicon(name, section).chars()


def alternation(name: str, section: str | None = None) -> str:
    """One list of patterns as a regular expression ``a|b|c`` (file order, not escaped)."""
    return "|".join(entries(name, section))


def table(name: str, section: str | None = None, default: str | None = None) -> dict[str, str]:
    """One list of ``key value`` lines as a dict in file order; a line without a value gets
    ``default`` (None: every line must have one)."""
    out: dict[str, str] = {}
    for entry in entries(name, section):
        parts = entry.split()
        if len(parts) > 2 or (len(parts) == 1 and default is None):
            raise ValueError(f"{name} [{section}]: expected 'key value', got {entry!r}")
        out[parts[0]] = parts[1] if len(parts) > 1 else default  # type: ignore[assignment]
    return out
