"""Labels: their names, colours, keys and descriptions."""
from __future__ import annotations

from annotator.core.errors import ValidationError
from annotator.core.models import Label
from annotator.core.store.validation import check_strings
from annotator.core.store.base import StoreBase


class LabelQueries(StoreBase):
    def labels(self) -> list[Label]:
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._labels is None or version != self._labels_version:  # another connection wrote
            self._labels_version = version
            rows = self.conn.execute(
                "SELECT name, color, shortcut, description, position, id FROM labels ORDER BY position, id")
            self._labels = [Label(*r) for r in rows]
        return list(self._labels)

    def label_names(self) -> list[str]:
        return [label.name for label in self.labels()]

    def add_label(self, name: str, color: str = "#888888", shortcut: str = "", description: str = "") -> Label:
        name = name.strip()
        if not name:
            raise ValidationError("a label needs a name")
        check_strings(name=name, color=color, shortcut=shortcut, description=description)
        with self.transaction() as c:
            self._labels = None
            if name in self.label_names():
                raise ValidationError(f"label {name} exists already")
            self._check_shortcut(shortcut, name)
            position = c.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM labels").fetchone()[0]
            c.execute("INSERT INTO labels(name, color, shortcut, description, position) VALUES (?,?,?,?,?)",
                      (name, color, shortcut, description, position))
        self._labels = None
        return next(label for label in self.labels() if label.name == name)

    def update_label(self, name: str, *, new_name: str | None = None, color: str | None = None,
                     shortcut: str | None = None, description: str | None = None) -> tuple[Label, Label]:
        """Rename, recolour or re-key a label; returns (before, after). Renaming carries its spans."""
        before = self.label(name)
        after = Label(new_name.strip() if new_name is not None else before.name,
                      before.color if color is None else color,
                      before.shortcut if shortcut is None else shortcut,
                      before.description if description is None else description,
                      before.position, before.id)
        if not after.name:
            raise ValidationError("a label needs a name")
        check_strings(name=after.name, color=after.color, shortcut=after.shortcut,
                       description=after.description)
        with self.transaction() as c:
            self._labels = None
            if after.name != before.name and after.name in self.label_names():
                raise ValidationError(f"label {after.name} exists already")
            self._check_shortcut(after.shortcut, before.name)
            c.execute("UPDATE labels SET name=?, color=?, shortcut=?, description=? WHERE id=?",
                      (after.name, after.color, after.shortcut, after.description, before.id))
        self._labels = None
        return before, after

    def delete_label(self, name: str) -> Label:
        """Remove a label that no annotation uses (undo of adding one); returns what it was."""
        before = self.label(name)
        with self.transaction() as c:
            used = c.execute("SELECT COUNT(*) FROM annotations WHERE label = ?", (name,)).fetchone()[0]
            if used:
                raise ValidationError(f"label {name} is used by {used} annotation(s); it was kept")
            c.execute("DELETE FROM labels WHERE id = ?", (before.id,))
        self._labels = None
        return before

    def label(self, name: str) -> Label:
        for label in self.labels():
            if label.name == name:
                return label
        raise ValidationError(f"unknown label {name!r} (this project has {', '.join(self.label_names())})")

    def _check_shortcut(self, shortcut: str, owner: str) -> None:
        if shortcut and any(l.shortcut == shortcut and l.name != owner for l in self.labels()):
            raise ValidationError(f"shortcut {shortcut} is taken by another label")
