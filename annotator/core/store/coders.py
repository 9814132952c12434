"""The project's coders: the layers a coding team brought in (``coders`` table, schema 13).

A span's layer is its ``annotator`` name. Who a name belongs to the store cannot tell from the name:
``annotator merge`` stores each coder's spans under the coder's name, but so does ``annotator review
--accept --annotator X`` in a solo project, and the demo's reviewed spans are in the layer ``demo``.
So the project records who its coders are, when they come in:

- ``merge``: each annotator of a source's merged spans (a merged project merged again brings its own
  coders along: ``core/team/merge.py``), the window's *Merge coders' work…* too;
- ``import``: ``annotator import-annotations --annotator NAME`` (the window's *Import annotations…*
  under a name), not the demo's own spans (``demo.py``);
- ``package``: a package handed out ``--with annotations`` carries the project's coders;
- ``found``: schema 13 recorded the coders a project merged before it shows (``migrations._v13``).

Another coder's span (``labelling.coders_span``) is one of a coder's layer that is not the user's
name: it stays as its coder left it (``own_copies.py``). A span of no one's name, of the demo's
layer or of a name the command line decided under is the user's to edit in place. A name once
recorded stays (a coder is no less one for having no span left).
"""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.errors import ValidationError
from annotator.core.store.base import StoreBase
from annotator.core.store.rows import now

HOW = ("merge", "import", "package", "found")


class CoderQueries(StoreBase):
    def coders(self) -> tuple[str, ...]:
        """The project's coders' names, sorted (none in a solo project and the demo)."""
        return tuple(name for (name,) in self.conn.execute("SELECT name FROM coders ORDER BY name"))

    def coders_by_how(self) -> dict[str, str]:
        """{coder: how they came in first ("merge", "import", "package", "found")}."""
        return dict(self.conn.execute("SELECT name, how FROM coders ORDER BY name"))

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
