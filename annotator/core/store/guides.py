"""Each label's guide (the project's codebook): its text per label in the ``meta`` table, under
the key ``guide:<LABEL>``. A label whose guide the project has not written has no row; what is
shown then (the shipped text, else the description) is :mod:`annotator.core.guide`'s choice.

Writing a guide returns a :class:`~annotator.core.models.ChangeSet` of one
:class:`~annotator.core.models.GuideChange`, undone and redone like any other
(:meth:`GuideQueries._put_guide`). A label's guide follows its renames and leaves with it when it
is deleted (:mod:`.labels`).
"""
from __future__ import annotations

from annotator.core.errors import ValidationError
from annotator.core.models import ChangeSet, GuideChange
from annotator.core.store.base import StoreBase
from annotator.core.store.validation import check_strings

PREFIX = "guide:"
MAX_CHARS = 1_000_000  # a codebook entry, not a document


def guide_key(label: str) -> str:
    return PREFIX + label


class GuideQueries(StoreBase):
    def label_guide(self, name: str) -> str:
        """The guide the project holds for label ``name`` ("" when it has written none)."""
        return self._guide(name) or ""

    def label_guides(self) -> dict[str, str]:
        """{label: guide} of every label whose guide the project has written."""
        rows = self.conn.execute("SELECT key, value FROM meta WHERE key LIKE ? ESCAPE '\\'",
                                 (PREFIX.replace("_", "\\_") + "%",))
        return {key.removeprefix(PREFIX): value for key, value in rows}

    def set_label_guide(self, name: str, text: str, expected: str | None = None) -> ChangeSet:
        """Write label ``name``'s guide (blank text: remove it, so the shipped text shows again).
        The same text again gives an empty ChangeSet. ``expected``: the guide the text was written
        from ("" for none); when the project holds another by now (saved meanwhile in another
        window or program), the write is refused rather than losing that one."""
        check_strings(guide=text)
        if len(text) > MAX_CHARS:
            raise ValidationError(f"the guide of {name} has {len(text):,} characters; at most {MAX_CHARS:,} are kept")
        after = text if text.strip() else None
        with self.transaction():
            self._require_label(name)
            before = self._guide(name)
            if expected is not None and (before or "") != expected:
                raise ValidationError(f"the guide of {name} was changed in the meantime (in another window or "
                                      "program): Cancel shows it, then Edit again")
            if before == after:
                return ChangeSet()
            self._put_guide(name, before, after)
        return ChangeSet((GuideChange(name, before, after),), f"edit guide {name}")

    # ----------------------------------------------------------- writing
    def _guide(self, name: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (guide_key(name),)).fetchone()
        return None if row is None else str(row[0])

    def _put_guide(self, label: str, current: str | None, target: str | None) -> None:
        """Inside a write: make label ``label``'s guide ``target`` (None: none), refused when it is
        no longer ``current`` (another program changed it meanwhile) or the label is gone."""
        if self._guide(label) != current:
            raise ValidationError(f"the guide of {label} was changed in the meantime")
        if target is None:
            self.conn.execute("DELETE FROM meta WHERE key = ?", (guide_key(label),))
            return
        self._require_label(label)
        self._set_meta(guide_key(label), target)

    def _move_guide(self, old: str, new: str) -> None:
        """Inside a write: a renamed label takes its guide along."""
        self.conn.execute("DELETE FROM meta WHERE key = ?", (guide_key(new),))
        self.conn.execute("UPDATE meta SET key = ? WHERE key = ?", (guide_key(new), guide_key(old)))

    def _require_label(self, name: str) -> None:
        if self.conn.execute("SELECT 1 FROM labels WHERE name = ?", (name,)).fetchone() is None:
            raise ValidationError(self.no_label(name))

    def no_label(self, name: str) -> str:
        """The one wording of a label the project lacks (:class:`~.labels.LabelQueries` gives it)."""
        raise NotImplementedError
