"""Links between spans: reading, validating and writing them (undo and redo of one: ``_put_link``).

Every edit returns a ChangeSet of :class:`~annotator.core.models.LinkChange`; a span keeps at
most one open (not rejected) link of each kind, so linking it again replaces the old link in
the same step. Deleting a span removes its links in the same step (``links_touching``), so
undo brings them back. The rules of what may link to what are :mod:`annotator.core.links`. A link
removed by hand (not with its span) leaves a tombstone (``store/link_tombstones.py``).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from annotator.core import links as rules
from annotator.core.errors import SpanGone, ValidationError
from annotator.core.models import STATUSES, Annotation, ChangeSet, Link, LinkChange
from annotator.core.store.link_tombstones import bury_link, link_brought_back
from annotator.core.store.rows import now, quoted, where_clause
from annotator.core.store.statuses import CHUNK, StatusQueries
from annotator.core.store.validation import changed_meanwhile, check_strings

LINK_COLUMNS = ("id", "document_id", "source_id", "kind", "target_id", "value", "status", "origin",
                "annotator", "reason", "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(map(quoted, LINK_COLUMNS))} FROM links"
_INSERT = (f"INSERT INTO links({', '.join(map(quoted, LINK_COLUMNS))}) "
           f"VALUES ({', '.join('?' * len(LINK_COLUMNS))})")


def _row_to_link(row: tuple[Any, ...]) -> Link:
    d = dict(zip(LINK_COLUMNS, row, strict=True))
    value = d["value"]
    d["value"] = json.loads(value) if value != "{}" and value else {}  # most links: a span, no value
    return Link(**d)


def _params(link: Link) -> list[Any]:
    return [json.dumps(link.value, ensure_ascii=False) if c == "value" else getattr(link, c)
            for c in LINK_COLUMNS]


class LinkQueries(StatusQueries):
    # ---------------------------------------------------------------- reading
    def link(self, link_id: int) -> Link:
        row = self.conn.execute(f"{_SELECT} WHERE id = ?", (link_id,)).fetchone()
        if row is None:
            raise ValidationError(f"no link with id {link_id}")
        return _row_to_link(row)

    def links(self, doc_id: int | None = None, statuses: Iterable[str] | None = None,
              kinds: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None) -> list[Link]:
        """The links of one document (or of ``doc_ids``, or of all), by document, source, kind."""
        where, params = where_clause(doc_id, (("status", statuses), ("kind", kinds), ("document_id", doc_ids)))
        sql = _SELECT + where
        return [_row_to_link(r) for r in self.conn.execute(sql + " ORDER BY document_id, source_id, kind, id",
                                                            params)]

    def link_ends(self, statuses: Iterable[str] | None = None,
                  doc_ids: Iterable[int] | None = None) -> list[tuple[int, int | None]]:
        """(source span id, target span id or None) of each link of ``doc_ids`` (None: all) of ``statuses``:
        narrow rows, no link made whole (a count over a project's 330,000 links took 300 MB so)."""
        where, params = where_clause(None, (("status", statuses), ("document_id", doc_ids)))
        return self.conn.execute("SELECT source_id, target_id FROM links" + where, params).fetchall()

    def links_touching(self, ann_id: int) -> list[Link]:
        """The links from or to one span."""
        rows = self.conn.execute(f"{_SELECT} WHERE source_id = ? OR target_id = ? ORDER BY id", (ann_id, ann_id))
        return [_row_to_link(r) for r in rows]

    def links_from(self, ann_id: int) -> list[Link]:
        """The links of one span (a fact's district and project: a few at most)."""
        rows = self.conn.execute(f"{_SELECT} WHERE source_id = ? ORDER BY id", (ann_id,))
        return [_row_to_link(r) for r in rows]

    def linked_from(self, ann_id: int) -> list[int]:
        """The spans with a link to this one that is not rejected, in the order the links were
        made: a report's jurisdiction may have thousands (every fact of a long report)."""
        return [i for (i,) in self.conn.execute(
            "SELECT source_id FROM links WHERE target_id = ? AND status != 'rejected' ORDER BY id", (ann_id,))]

    def link_origins(self) -> list[str]:
        """The origins the project's links carry (``annotator review --links --origin`` names them
        when it is given one that none carries)."""
        return sorted(o for (o,) in self.conn.execute("SELECT DISTINCT origin FROM links") if o)

    def suggested_link_states(self, doc_ids: Iterable[int] | None = None, kinds: Iterable[str] | None = None,
                              labels: Iterable[str] | None = None, origins: Iterable[str] | None = None
                              ) -> list[tuple[int, str, str | None, str, str, str, str]]:
        """(link id, its span's status, its target span's status or None: a district by name, its
        span's annotator and origin, its own annotator and origin: whose layer it is in) of each
        suggested link of ``doc_ids``, of ``kinds``, from spans of ``labels``, of ``origins`` (None:
        any), in document and link order (what a bulk review of links decides on)."""
        where = ["l.status = 'suggested'"]
        params: list[object] = []
        for column, values in (("l.document_id", doc_ids), ("l.kind", kinds), ("s.label", labels),
                               ("l.origin", origins)):
            if values is not None:
                chosen = list(values)
                where.append(f"{column} IN ({', '.join('?' * len(chosen))})")
                params.extend(chosen)
        return list(self.conn.execute(
            "SELECT l.id, s.status, t.status, s.annotator, s.origin, l.annotator, l.origin "
            "FROM links l JOIN annotations s ON s.id = l.source_id "
            "LEFT JOIN annotations t ON t.id = l.target_id WHERE " + " AND ".join(where) +
            " ORDER BY l.document_id, l.id", params))

    def count_links(self, doc_id: int | None = None,
                    annotators: Iterable[str] | None = None) -> dict[tuple[str, str], int]:
        """{(kind, status): count} over the project (or one document; or the links of ``annotators``)."""
        conditions: list[str] = []
        params: list[int | str] = []
        if doc_id is not None:
            conditions.append("document_id = ?")
            params.append(doc_id)
        if annotators is not None:
            names = list(annotators)
            conditions.append(f"annotator IN ({', '.join('?' * len(names))})" if names else "0")
            params += names
        where = " WHERE " + " AND ".join(conditions) if conditions else ""
        return {(k, s): n for k, s, n in self.conn.execute(
            f"SELECT kind, status, COUNT(*) FROM links{where} GROUP BY kind, status", params)}

    # ---------------------------------------------------------------- writing
    def add_link(self, source_id: int, kind: str, target_id: int | None = None, *,
                 value: dict[str, Any] | None = None, status: str = "accepted", origin: str = "manual",
                 annotator: str = "", reason: str = "") -> ChangeSet:
        """Link span ``source_id`` to span ``target_id`` (or, for a district no span names, to
        ``value`` {"name", "code"}). An open link of the same kind is replaced in the same step;
        the same link again changes nothing."""
        with self.transaction():
            source = self.annotation(source_id)
            stamp = now()
            link = Link(None, source.document_id, source_id, kind, target_id, dict(value or {}), status, origin,
                        annotator, reason, stamp, stamp)
            self._validate_link(link, source)  # before the same link's status is set (a workbook's 'maybe')
            changes: list[LinkChange] = []
            for old in self._open_links(source_id, kind):
                if status != "rejected" and (old.target_id, old.value) == (target_id, link.value):
                    if old.status == status:
                        return ChangeSet()
                    self.conn.execute("UPDATE links SET status = ?, annotator = ?, updated_at = ? WHERE id = ?",
                                      (status, annotator or old.annotator, stamp, old.id))
                    new = old.with_(status=status, annotator=annotator or old.annotator, updated_at=stamp)
                    return ChangeSet((LinkChange(old, new),), f"{status} link")
                if status != "rejected":  # the old link removed: its tombstone records when
                    self._delete_link(old)
                    bury_link(self.conn, old, stamp)
                    changes.append(LinkChange(old, None))
            changes.append(LinkChange(None, self._insert_link(link)))
        return ChangeSet(tuple(changes), f"link {source.label} {source.text}")

    def delete_link(self, link_id: int) -> ChangeSet:
        return self.delete_links([link_id])

    def delete_links(self, link_ids: Iterable[int], *, tombstones: bool = True) -> ChangeSet:
        """Each link removed leaves its tombstone, now (``store/link_tombstones.py``; an open suggestion none),
        unless ``tombstones`` is False (a merge's ``--replace`` records them with its coder's times)."""
        changes = []
        stamp = now()
        with self.transaction():
            for link_id in link_ids:
                before = self.link(link_id)
                self._delete_link(before)
                if tombstones:
                    bury_link(self.conn, before, stamp)
                changes.append(LinkChange(before, None))
        return ChangeSet(tuple(changes), f"unlink {len(changes)}")

    def unlink(self, source_id: int, kind: str | None = None, annotator: str = "") -> ChangeSet:
        """Remove the open links of a span (of one kind, or all); a suggested one is rejected
        instead, so that the link suggester does not propose it again."""
        with self.transaction():
            links = [link for k in ([kind] if kind else rules.KINDS) for link in self._open_links(source_id, k)]
            rejected = self.set_link_status(
                [k.id for k in links if k.status == "suggested" and k.id is not None], "rejected", annotator)
            removed = self.delete_links(k.id for k in links if k.status != "suggested" and k.id is not None)
        return ChangeSet((*rejected.changes, *removed.changes), f"unlink {len(links)}")

    def set_link_status(self, link_ids: Iterable[int], status: str, annotator: str = "") -> ChangeSet:
        if status not in STATUSES:
            raise ValidationError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
        changes = []
        stamp = now()
        with self.transaction():
            for link_id in link_ids:
                before = self.link(link_id)
                if before.status == status:
                    continue
                after = before.with_(status=status, annotator=annotator or before.annotator, updated_at=stamp)
                self._put_link(before, after)
                changes.append(LinkChange(before, after))
        return ChangeSet(tuple(changes), f"{status} {len(changes)} links")

    def accept_suggested_link(self, link_id: int, annotator: str = "",
                              value: dict[str, Any] | None = None) -> ChangeSet:
        """Accept one suggested link, its ``value`` replaced when given (gold that names the same
        district adds a township's code its span lacks); one step, undone whole. A link no longer
        suggested is left as it is (an empty ChangeSet)."""
        with self.transaction():
            before = self.link(link_id)
            if before.status != "suggested":
                return ChangeSet()
            after = before.with_(status="accepted", annotator=annotator or before.annotator, updated_at=now(),
                                 value=dict(before.value if value is None else value))
            self._validate_link(after)
            self._put_link(before, after)
        return ChangeSet((LinkChange(before, after),), "accepted link")

    def decide_suggested_links(self, link_ids: Iterable[int], status: str, annotator: str = "",
                               keep_changes: bool = True) -> tuple[ChangeSet, int]:
        """Accept or reject many suggested links in one write, ``CHUNK`` ids per statement (a link no
        longer suggested is left as it is): (the ChangeSet, how many changed). ``annotator`` becomes
        each link's (empty: each keeps its own). Without ``keep_changes`` the ChangeSet stays empty
        (the command line, which has no undo, over millions of links: a LinkChange is ~0.5 kB)."""
        if status not in ("accepted", "rejected"):
            raise ValidationError(f"a suggested link is accepted or rejected, not {status!r}")
        check_strings(annotator=annotator)
        ids, stamp, changes, changed = list(dict.fromkeys(link_ids)), now(), [], 0
        with self.transaction():
            for k in range(0, len(ids), CHUNK):
                chunk = ids[k:k + CHUNK]
                marks = ", ".join("?" * len(chunk))
                if keep_changes:
                    rows = self.conn.execute(f"{_SELECT} WHERE id IN ({marks}) AND status = 'suggested' ORDER BY id",
                                             chunk).fetchall()
                    for before in map(_row_to_link, rows):
                        changes.append(LinkChange(before, before.with_(
                            status=status, annotator=annotator or before.annotator, updated_at=stamp)))
                changed += self.conn.execute(
                    "UPDATE links SET status = ?, annotator = CASE WHEN ? = '' THEN annotator ELSE ? END, "
                    f"updated_at = ? WHERE id IN ({marks}) AND status = 'suggested'",
                    [status, annotator, annotator, stamp, *chunk]).rowcount
        return ChangeSet(tuple(changes), f"{status} {changed} links"), changed

    def add_links(self, links: Iterable[Link], *, skip_invalid: bool = True) -> ChangeSet:
        """Store many links in one write. A link whose span already has an open link of its kind
        (a rejected link is no open one: a coder's "not this" beside their accepted link comes along
        in any order), or that repeats a rejected one (same span, kind and target), is skipped; so is
        one the store refuses, unless ``skip_invalid`` is False (then it raises and nothing is stored)."""
        changes = []
        with self.transaction():
            for link in links:
                if (link.status != "rejected" and self._open_links(link.source_id, link.kind)
                        or self._rejected_before(link)):
                    continue
                try:
                    self._validate_link(link)
                except ValidationError:
                    if not skip_invalid:
                        raise
                    continue
                changes.append(LinkChange(None, self._insert_link(link.with_(id=None))))
        return ChangeSet(tuple(changes), f"link {len(changes)}")

    # ---------------------------------------------------------------- inside a write
    def _open_links(self, source_id: int, kind: str) -> list[Link]:
        rows = self.conn.execute(f"{_SELECT} WHERE source_id = ? AND kind = ? AND status != 'rejected'",
                                 (source_id, kind))
        return [_row_to_link(r) for r in rows]

    def _rejected_before(self, link: Link) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM links WHERE source_id = ? AND kind = ? AND status = 'rejected' AND target_id IS ? "
            "AND value = ?", (link.source_id, link.kind, link.target_id,
                              json.dumps(link.value, ensure_ascii=False))).fetchone() is not None

    def _validate_link(self, link: Link, source: Annotation | None = None) -> None:
        check_strings(kind=link.kind, status=link.status, origin=link.origin, annotator=link.annotator,
                      reason=link.reason)
        if link.status not in STATUSES:
            raise ValidationError(f"unknown status {link.status!r} (one of {', '.join(STATUSES)})")
        source = source or self.annotation(link.source_id)
        target = self.annotation(link.target_id) if link.target_id is not None else None
        if source.document_id != link.document_id or (target and target.document_id != link.document_id):
            raise ValidationError("a link joins two spans of one document")
        if not rules.can_link(link.kind, source.label, target.label if target else None):
            to = f"{target.label} {target.text}" if target else "a district by name"
            raise ValidationError(f"{source.label} {source.text!r} cannot have a {link.kind} link to {to}")
        if target is None and not (isinstance(link.value, dict) and link.value.get("name")):
            raise ValidationError("a district link without a span needs the district's name")

    def _insert_link(self, link: Link) -> Link:
        cur = self.conn.execute(_INSERT, _params(link))
        return link if link.id is not None else link.with_(id=cur.lastrowid)

    def _delete_link(self, link: Link) -> bool:
        return self.conn.execute("DELETE FROM links WHERE id = ?", (link.id,)).rowcount > 0

    def _check_link(self, current: Link | None, target: Link | None) -> None:
        """Undo, redo: the link as the step left it (``current``), before ``target`` is written over it:
        one another program removed since (to be edited) or changed in a field the step writes is
        refused, never overwritten without a word."""
        if current is None or current.id is None:
            return
        row = self.conn.execute(f"{_SELECT} WHERE id = ?", (current.id,)).fetchone()
        source = self.conn.execute("SELECT label, text FROM annotations WHERE id = ?", (current.source_id,)).fetchone()
        if row is None or source is None:
            if target is None:
                return  # removed already, as the step would
            raise SpanGone(f"no link with id {current.id} (removed since it was read?)")
        stored = _row_to_link(row)
        for f in ("target_id", "value", "status", "annotator", "reason"):
            now_, was = getattr(stored, f), getattr(current, f)
            if now_ == was or (target is not None and getattr(target, f) in (was, now_)):
                continue
            raise changed_meanwhile(f"the {current.kind} link of {source[0]} {source[1]!r}",
                                    "target" if f == "target_id" else f, now_)

    def _put_link(self, current: Link | None, target: Link | None, tombstone: bool = True) -> None:
        """Inside a write (undo, redo): put one link back as ``target``. A link taken out leaves its tombstone,
        one put back stamps its key's anew (``store/link_tombstones.py``), unless ``tombstone`` is False (a link
        that goes or comes back with its span: ``changes.py``)."""
        if target is None:
            if current is not None and self._delete_link(current) and tombstone:
                bury_link(self.conn, current, now())
        elif current is None:
            self._validate_link(target)
            try:
                self._insert_link(target)
            except sqlite3.IntegrityError as e:
                raise ValidationError(f"cannot restore the link: the span has another one now ({e})") from e
            if tombstone:
                link_brought_back(self.conn, target, now())
        else:
            self.conn.execute("UPDATE links SET status = ?, annotator = ?, reason = ?, value = ?, updated_at = ? "
                              "WHERE id = ?", (target.status, target.annotator, target.reason,
                                               json.dumps(target.value, ensure_ascii=False), target.updated_at,
                                               target.id))

    def _reject_open_links_of(self, ann_ids: list[int], stamp: str) -> list[LinkChange]:
        changes = []
        for k in range(0, len(ann_ids), 500):  # ids per IN (…): well under SQLite's limit
            chunk = ann_ids[k:k + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.conn.execute(f"{_SELECT} WHERE status = 'suggested' AND (source_id IN ({marks}) "
                                     f"OR target_id IN ({marks}))", chunk + chunk).fetchall()
            for before in map(_row_to_link, rows):
                after = before.with_(status="rejected", updated_at=stamp)
                self._put_link(before, after)
                changes.append(LinkChange(before, after))
        return changes

    def _drop_links_of(self, ann_id: int, new_label: str | None = None) -> list[LinkChange]:
        """Inside a write: remove the links from or to a span about to be deleted, or, given its
        ``new_label``, those a span of that label may not have (an AMOUNT relabelled TARGET keeps
        its district and project; a DISTRICT relabelled loses the links to it)."""
        changes = []
        for link in self.links_touching(ann_id):
            if new_label is not None and self._still_valid(link, ann_id, new_label):
                continue
            self._delete_link(link)
            changes.append(LinkChange(link, None))
        return changes

    def _still_valid(self, link: Link, ann_id: int, new_label: str) -> bool:
        if link.source_id == ann_id:
            target = self.annotation(link.target_id).label if link.target_id is not None else None
            return rules.can_link(link.kind, new_label, target)
        return rules.can_link(link.kind, self.annotation(link.source_id).label, new_label)
