"""The project's coders: the layers a coding team brought in (``coders`` table, schema 13).

A span's layer is its ``annotator`` name. Who a name belongs to the store cannot tell from the name:
``annotator merge`` stores each coder's spans under the coder's name, but so does ``annotator review
--accept --annotator X`` in a solo project, and the demo's reviewed spans are in the layer ``demo``.
So the project records who its coders are, when they come in:

- ``merge``: each annotator of a source's merged spans (a merged project merged again brings its own
  coders along: ``core/team/merge.py``), the window's *Merge coders' work…* too;
- ``import``: ``annotator import-annotations --annotator NAME`` (the window's *Import annotations…*
  under another name than the user's: under their own it is their own work, ``gui/project_io.py``), not
  the demo's own spans (``demo.py``);
- ``package``: a package handed out ``--with annotations`` carries the project's coders;
- ``found``: schema 13 recorded the coders a project merged before it shows (``later_steps._v13``);
- ``added``: named by the user (``annotator coders P --add NAME``, the window's *Coders…*).

The user sees and changes them (``annotator coders``, *Project › Coding team › Coders…*): ``coder_rows``
lists each with their layer's spans by status, ``other_layers`` the names with spans that are no
coder's; ``remove_coders`` takes names off (their spans stay where they are, in their layer, which is
then the user's to edit in place).

Another coder's span (``labelling.coders_span``) is one of a coder's layer that is not the user's
name: it stays as its coder left it (``own_copies.py``). A span of no one's name, of the demo's
layer or of a name the command line decided under is the user's to edit in place. A name once
recorded stays until the user removes it (a coder is no less one for having no span left).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from annotator.core.errors import ValidationError
from annotator.core.store.base import StoreBase
from annotator.core.store.rows import now

HOW = ("merge", "import", "package", "found", "added")
# spans per annotator name and status (the program's suggestions and a solo project's: name "")
LAYERS_SQL = "SELECT annotator, status, COUNT(*) FROM annotations GROUP BY annotator, status"


class Coder(NamedTuple):  # not a frozen dataclass: the first paint imports this (tests/gui/test_start.py)
    """A coder as listed: ``how`` one of HOW, ``added_at`` the UTC time recorded (ISO), ``spans`` their
    layer's spans by status ({"accepted": 12, "rejected": 3}; none left: {})."""

    name: str
    how: str
    added_at: str
    spans: dict[str, int]


def coder_name(name: str) -> str:
    """A name the user gives a coder, its spaces at the ends dropped; an empty one is refused."""
    if not name.strip():
        raise ValidationError("a coder needs a name: the annotator name of their spans (li)")
    return name.strip()


class CoderQueries(StoreBase):
    def coders(self) -> tuple[str, ...]:
        """The project's coders' names, sorted (none in a solo project and the demo)."""
        return tuple(name for (name,) in self.conn.execute("SELECT name FROM coders ORDER BY name"))

    def coders_by_how(self) -> dict[str, str]:
        """{coder: how they came in first ("merge", "import", "package", "found")}."""
        return dict(self.conn.execute("SELECT name, how FROM coders ORDER BY name"))

    def _layers(self) -> dict[str, dict[str, int]]:
        layers: dict[str, dict[str, int]] = {}
        for who, status, n in self.conn.execute(LAYERS_SQL):
            layers.setdefault(who, {})[status] = n
        return layers

    def coder_rows(self) -> list[Coder]:
        """The coders, sorted by name, each with how and when they came in and their layer's spans."""
        layers = self._layers()
        return [Coder(name, how, added_at, layers.get(name, {})) for name, how, added_at in self.conn.execute(
            "SELECT name, how, added_at FROM coders ORDER BY name")]

    def other_layers(self) -> dict[str, dict[str, int]]:
        """{annotator name: spans by status} of the names holding spans that are no coder's (the user's,
        a solo project's, the demo's; "": no one's name, the program's suggestions among them)."""
        coders = set(self.coders())
        return {who: counts for who, counts in sorted(self._layers().items()) if who not in coders}

    def remove_coders(self, names: Iterable[str], *, gone_ok: bool = False) -> list[str]:
        """Take ``names`` off the project's coders, in one write; their spans stay where they are, in
        their layer, now the user's to edit in place. A name that is no coder refuses the whole
        change (nothing removed) — unless ``gone_ok`` (the window's list, which another program may have
        changed since it was read: those are passed over); the names removed are given back, sorted."""
        wanted = sorted({name.strip() for name in names})
        with self.transaction():
            known = set(self.coders())
            strangers = [name for name in wanted if name not in known]
            if gone_ok:
                wanted = [name for name in wanted if name in known]
            elif strangers:
                said = ", ".join(name or "(no name)" for name in strangers)
                listed = f"its coders: {', '.join(sorted(known))}" if known else "it has none"
                raise ValidationError(f"not a coder of {self.folder}: {said} ({listed}); nothing was changed")
            self.conn.executemany("DELETE FROM coders WHERE name = ?", [(name,) for name in wanted])
        return wanted

    def add_coders(self, names: Iterable[str], how: str) -> list[str]:
        """Record ``names`` as coders of the project (``how``: one of HOW), in one write; the names
        not recorded before are given back. A name of no one ("") is nobody's layer and is skipped."""
        if how not in HOW:
            raise ValidationError(f"unknown way a coder came in: {how!r} (one of {', '.join(HOW)})")
        wanted = sorted({name for name in names if name})
        if not wanted:
            return []
        with self.transaction():
            known = set(self.coders())
            new = [name for name in wanted if name not in known]
            stamp = now()
            self.conn.executemany("INSERT INTO coders(name, how, added_at) VALUES (?, ?, ?)",
                                  [(name, how, stamp) for name in new])
        return new
