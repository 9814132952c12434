"""Labels: their names, colours, keys and descriptions.

Every edit returns a :class:`~annotator.core.models.ChangeSet` of one
:class:`~annotator.core.models.LabelChange`, undone and redone like any other through
``Store.revert`` / ``Store.reapply`` (:meth:`LabelQueries._put_label`).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from annotator.core.errors import AnnotatorError, ValidationError
from annotator.core.labels import spec
from annotator.core.models import AnyChange, ChangeSet, GuideChange, Label, LabelChange
from annotator.core.store.guides import GuideQueries
from annotator.core.store.tombstones import relabelled
from annotator.core.store.validation import check_strings

_COLUMNS = ("name", "color", "shortcut", "description", "position", "id")
_EDITABLE = ("name", "color", "shortcut", "description", "position")
ID_HIGH = "label_id_high"  # meta: the highest id a label deleted from the project had
# the label ids the trained models and the kept cross-validations recorded (trained.py: label_ids)
_RECORDED_IDS = ("SELECT MAX(j.value) FROM models m, json_each(CASE WHEN json_valid(m.info) THEN m.info ELSE '{}' END, "
                 "'$.label_ids') j WHERE j.type = 'integer' UNION ALL SELECT MAX(j.value) FROM meta t, "
                 "json_each(CASE WHEN json_valid(t.value) THEN t.value ELSE '{}' END, '$.label_ids') j "
                 "WHERE t.key LIKE 'scores:%' AND j.type = 'integer'")


def tidy_name(name: str) -> str:
    """A label's name as stored: white space at its ends dropped, a tab, a line break or a run of
    spaces inside it one space ("my  label" and "my\tlabel" are "my label")."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """What two label names that read as one share: their letters in one case and one width (policy,
    POLICY and full-width ＰＯＬＩＣＹ, typed with a Chinese input method's full-width mode, are one name),
    a space as an underscore (my policy and my_policy: one tag B-my_policy in a CoNLL file, one column
    name in Stata)."""
    return "_".join(unicodedata.normalize("NFKC", name).casefold().split(" "))


def chinese_name(name: str) -> str | None:
    """What the Chinese window shows for label ``name`` when that is not its name (PROJECT: 项目)."""
    s = spec(name)
    return next((shown for language, shown in s.names if language.startswith("zh")), None) if s else None


def schema_name_kept(name: str) -> str:
    """Why the schema's label ``name`` cannot be renamed, and what can be changed instead."""
    return (f"{name} is one of the schema's labels: its values, links and suggestions go by that name, "
            "so it keeps it — its colour, key and description can be changed, and the window shows it "
            "in your language; nothing was changed")


class LabelQueries(GuideQueries):
    def labels(self) -> list[Label]:
        version = self.data_version()
        if self._labels is None or version != self._labels_version:  # another connection wrote
            self._labels_version = version
            rows = self.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM labels ORDER BY position, id")
            self._labels = [Label(*r) for r in rows]
        return list(self._labels)

    def label_names(self) -> list[str]:
        return [label.name for label in self.labels()]

    def label(self, name: str) -> Label:
        for label in self.labels():
            if label.name == name:
                return label
        raise ValidationError(self.no_label(name))

    def no_label(self, name: str) -> str:
        """The one wording of a label the project lacks, wherever it is named (``--label`` of a
        command, an imported line, an edit, the window): "no label 'CITY' in P (its labels: DISTRICT,
        …)", and "; did you mean 'DISTRICT'?" for one in another case (``--label district``)."""
        known = self.label_names()
        near = [k for k in known if name_key(k) == name_key(str(name).strip())]
        hint = f"; did you mean {near[0]!r}?" if near else ""
        return f"no label {name!r} in {self.folder} (its labels: {', '.join(known)}){hint}"

    def check_label_names(self, names: Iterable[str] | None) -> None:
        """A label named by the user to choose spans (``--label`` of a command, the export dialog) that
        the project does not have is refused in :meth:`no_label`'s words."""
        known = self.label_names()
        for name in names or ():
            if name not in known:
                raise AnnotatorError(self.no_label(name))

    def add_label(self, name: str, color: str = "#888888", shortcut: str = "", description: str = "", *,
                  alike: bool = False) -> ChangeSet:
        """Add a label at the end of the order. ``alike``: a name that reads as another label's (in another
        case, width or as the Chinese window names it: :meth:`_check_label`) is kept all the same — a merge
        brings a coder's label its copy holds beside the one it reads as, rather than stop."""
        name = tidy_name(name)
        with self.transaction() as c:
            position = c.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM labels").fetchone()[0]
            after = self._insert_label(Label(name, color, shortcut, description, position), alike=alike)
        return ChangeSet((LabelChange(None, after),), f"add label {after.name}")

    def update_label(self, name: str, *, new_name: str | None = None, color: str | None = None,
                     shortcut: str | None = None, description: str | None = None) -> ChangeSet:
        """Rename, recolour, re-key or re-describe a label (only what is given is written).
        Renaming carries its spans. An edit that changes nothing gives an empty ChangeSet.

        A label the schema knows (``labels.spec``) keeps its name: its value fields, link rules,
        suggestions and exports go by it, so renaming it is refused (nothing is changed). Undo
        and redo of a rename already recorded (``_put_label``) are not checked: an older
        project's history may hold one."""
        with self.transaction():
            self._labels = None
            before = self.label(name)
            if new_name is not None and tidy_name(new_name) != before.name and spec(before.name) is not None:
                raise ValidationError(schema_name_kept(before.name))
            wanted = replace(before, name=before.name if new_name is None else tidy_name(new_name),
                             color=before.color if color is None else color,
                             shortcut=before.shortcut if shortcut is None else shortcut,
                             description=before.description if description is None else description)
            if wanted == before:
                return ChangeSet()
            after = self._update_label(before, wanted)
        if before.name != after.name:
            text = f"rename label {before.name} to {after.name}"
        else:
            text = f"change label {after.name}"
        return ChangeSet((LabelChange(before, after),), text)

    def delete_label(self, name: str) -> ChangeSet:
        """Remove a label that no annotation uses (refused, with the reason, when one does); its
        guide goes with it (first, so that an undo puts the label back before its guide)."""
        with self.transaction():
            self._labels = None
            before = self.label(name)
            guide = self._guide(name)
            changes: list[AnyChange] = [] if guide is None else [GuideChange(name, guide, None)]
            if guide is not None:
                self._put_guide(name, guide, None)
            self._delete_label(before)
        return ChangeSet((*changes, LabelChange(before, None)), f"delete label {name}")

    def move_label(self, name: str, place: int) -> ChangeSet:
        """Put label ``name`` at ``place`` (1: first) of the project's order, the others after it in
        theirs: the window's label buttons, the label filter, the Statistics panel and the exports
        follow it; its key stays its own. One ChangeSet of a LabelChange per label whose position
        changed (positions renumbered 0, 1, …), the moved label's last (the step is named after
        it); already there: an empty ChangeSet."""
        with self.transaction():
            self._labels = None
            labels = self.labels()
            moved = self.label(name)
            if not 1 <= place <= len(labels):
                raise ValidationError(f"label {moved.name} can go to a place from 1 to {len(labels)} in "
                                      f"{self.folder}, not {place}; nothing was changed")
            if labels.index(moved) == place - 1:
                return ChangeSet()
            order = [label for label in labels if label.id != moved.id]
            order.insert(place - 1, moved)
            changes = [LabelChange(label, self._update_label(label, replace(label, position=i)))
                       for i, label in enumerate(order) if label.position != i]
        changes.sort(key=lambda c: c.before is not None and c.before.id == moved.id)
        return ChangeSet(tuple(changes), f"move label {moved.name} to place {place}")

    # ----------------------------------------------------------- writing
    # Inside a write. Each checks what the store must never hold; an update writes only the
    # columns that differ between ``current`` and ``target``, so what another program changed
    # meanwhile in the others stays (undo and redo of a LabelChange: ``_put_label``).
    def _put_label(self, current: Label | None, target: Label | None) -> None:
        """Make the label ``current`` into ``target`` (None: absent). A name that reads as another
        label's is put back as it was (``alike``): a project an older annotator made may hold policy
        beside POLICY, and undo of policy's delete failed on it, its guide lost."""
        if current is None and target is not None:
            self._insert_label(target, alike=True)
        elif current is not None and target is None:
            self._delete_label(current)
        elif current is not None and target is not None:
            self._update_label(current, target, alike=True)

    def _insert_label(self, target: Label, alike: bool = False) -> Label:
        """Insert ``target`` (with its id and place when it has one: undo of a delete), else with an id
        no label of the project ever had (:meth:`_new_label_id`)."""
        self._check_label(target, None, renamed=not alike)
        if target.id is None:
            target = replace(target, id=self._new_label_id())
        self.conn.execute(f"INSERT INTO labels({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                          [getattr(target, k) for k in _COLUMNS])
        self._labels = None
        return target

    def _new_label_id(self) -> int:
        """One more than any id a label of the project has had: the model's layers, the kept
        cross-validation and the Documents column ``n_label_<id>`` follow a label by its id, so a label
        added after the newest one was deleted must not take its id (SQLite gives the highest id plus
        one: the label added would have inherited the deleted label's layer and proposed its spans).
        The ids of labels deleted before the project kept :data:`ID_HIGH` are found where a model or a
        cross-validation recorded them."""
        ids = [self.conn.execute("SELECT MAX(id) FROM labels").fetchone()[0], self.get_meta(ID_HIGH) or None,
               *(row[0] for row in self.conn.execute(_RECORDED_IDS))]
        return 1 + max((int(i) for i in ids if isinstance(i, int) or str(i or "").isdigit()), default=0)

    def _delete_label(self, current: Label) -> None:
        used, rejected = self.conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(status = 'rejected'), 0) FROM annotations WHERE label = "
            "(SELECT name FROM labels WHERE id = ?)", (current.id,)).fetchone()
        if used:  # a label of the schema keeps its name: renaming it is no way out
            instead = "" if spec(current.name) is not None else ", or rename the label instead"
            hidden = f", {rejected:,} of them rejected (shown by View › Show rejected spans)" if rejected else ""
            raise ValidationError(f"label {current.name} was kept: {used:,} span(s) in {self.folder} use it{hidden}; "
                                  f"relabel or delete those spans first{instead}")
        self.conn.execute("DELETE FROM labels WHERE id = ?", (current.id,))
        if current.id is not None and current.id > int(self.get_meta(ID_HIGH) or 0):
            self._set_meta(ID_HIGH, str(current.id))  # never given again (_new_label_id)
        self._labels = None

    def _update_label(self, current: Label, target: Label, alike: bool = False) -> Label:
        row = self._label_by_id(current.id)
        if row is None:
            raise ValidationError(f"label {current.name} is no longer in the project")
        changed = [k for k in _EDITABLE if getattr(current, k) != getattr(target, k)]
        merged = replace(row, **{k: getattr(target, k) for k in changed})
        self._check_label(merged, row.id, renamed=merged.name != row.name and not alike)
        if changed:
            self.conn.execute(f"UPDATE labels SET {', '.join(k + ' = ?' for k in changed)} WHERE id = ?",
                              [getattr(merged, k) for k in changed] + [row.id])
        if merged.name != row.name:
            self._move_guide(row.name, merged.name)
            relabelled(self.conn, row.name, merged.name)
        self._labels = None
        return merged

    def _label_by_id(self, label_id: int | None) -> Label | None:
        row = self.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM labels WHERE id = ?", (label_id,)).fetchone()
        return Label(*row) if row else None

    def _check_label(self, label: Label, own_id: int | None, renamed: bool = True) -> None:
        """A name, storable strings, a name and a key no other label has. A new name (``renamed``) is
        also refused when another label has it in another case or width (policy or ＰＯＬＩＣＹ beside
        POLICY, :func:`name_key`: ``--label``, the exports' column names and the import's "did you mean"
        could not tell them apart, nor a reader the window's buttons); the error names the label that has it.
        So is a name the Chinese window gives a schema label (项目 beside PROJECT), and a schema label's
        whose Chinese name another label has (TARGET added again beside a label 目标)."""
        if not label.name:
            raise ValidationError("a label needs a name")
        check_strings(name=label.name, color=label.color, shortcut=label.shortcut, description=label.description)
        others = [other for other in self.labels() if other.id != own_id]
        same = next((other.name for other in others if other.name == label.name or renamed
                     and name_key(other.name) == name_key(label.name)), None)
        if same is not None:
            raise ValidationError(f"label {same} exists already")
        for other in others if renamed else ():  # 项目 beside PROJECT, which the Chinese window shows as 项目
            shown = next((s for s in (chinese_name(other.name), chinese_name(label.name)) if s and name_key(s) in
                          {name_key(label.name), name_key(other.name)}), None)
            if shown is not None:
                raise ValidationError(f"labels {label.name} and {other.name} would both read {shown} in the Chinese "
                                      "window: choose another name; nothing was changed")
        holder = next((other.name for other in others if label.shortcut and other.shortcut == label.shortcut), None)
        if holder is not None:
            raise ValidationError(f"shortcut {label.shortcut} is taken by {holder} in {self.folder}: choose another "
                                  f"or clear {holder}'s first")
