"""The trained models a project keeps (table ``models``, schema 4): the sequence labeller of
:mod:`annotator.core.suggest.model`, by name, as bytes with what it was trained on.

A model lives in the project's database, not in a file beside it: a backup, a restore or a copy
of the project carries the model that goes with its spans, one transaction replaces it whole
(a half-written model is never read), and the window and the command line may read and train at
once like any other writers. A model is derived data: it is no undoable edit (no ChangeSet), and
``annotator train`` makes it again from the accepted spans at any time. So are its scores (the
last cross-validation, :func:`save_scores`), kept in ``meta`` apart from the model: training
again does not make them wrong, only older.

Functions over an open :class:`~annotator.core.store.Store` (the SQL stays in this package).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.core.errors import ValidationError
from annotator.core.models import Label
from annotator.core.store.base import StoreBase
from annotator.core.store.rows import BY_STATUS, now

SEQUENCE_MODEL = "sequence"  # the name the project's own sequence model is kept under
MAX_BYTES = 64 * 1024 * 1024  # a model of a very large project; the shipped seed is < 2 MB


@dataclass(frozen=True)
class StoredModel:
    name: str
    data: bytes
    info: dict[str, Any] = field(default_factory=dict)
    trained_at: str = ""


def save_model(store: StoreBase, name: str, data: bytes, info: dict[str, Any] | None = None) -> StoredModel:
    """Keep ``data`` as the project's model ``name`` (replacing the one it had), in one transaction."""
    if not name:
        raise ValidationError("a model needs a name")
    if len(data) > MAX_BYTES:
        raise ValidationError(f"model {name!r} is {len(data)} bytes, more than {MAX_BYTES} a project keeps")
    model = StoredModel(name, bytes(data), dict(info or {}), now())
    with store.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO models(name, data, info, trained_at) VALUES (?, ?, ?, ?)",
                     (name, model.data, json.dumps(model.info, ensure_ascii=False, sort_keys=True),
                      model.trained_at))
    return model


def load_model(store: StoreBase, name: str) -> StoredModel | None:
    """The project's model ``name``, or None when it has none."""
    row = store.conn.execute("SELECT data, info, trained_at FROM models WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    info = json.loads(row[1] or "{}")
    return StoredModel(name, bytes(row[0]), info if isinstance(info, dict) else {}, str(row[2]))


def model_info(store: StoreBase, name: str) -> StoredModel | None:
    """The model ``name`` without its bytes (data is b""): what it was trained on, and when."""
    row = store.conn.execute("SELECT info, trained_at FROM models WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    info = json.loads(row[0] or "{}")
    return StoredModel(name, b"", info if isinstance(info, dict) else {}, str(row[1]))


def delete_model(store: StoreBase, name: str) -> bool:
    """Forget the model ``name``; True when there was one."""
    with store.transaction() as conn:
        return conn.execute("DELETE FROM models WHERE name = ?", (name,)).rowcount > 0


def accepted_count(store: StoreBase) -> int:
    """How many accepted spans the project holds (what a model was trained on is compared to it)."""
    return int(store.conn.execute(f"SELECT COUNT(*) FROM annotations WHERE {BY_STATUS}", ("accepted",)).fetchone()[0])


def documents_with_accepted(store: StoreBase) -> int:
    """How many documents hold accepted spans: cross-validation holds out each of them in turn."""
    return int(store.conn.execute(  # one seek a document (the window asks after each edit): no read of every span
        "SELECT COUNT(*) FROM documents d WHERE EXISTS (SELECT 1 FROM annotations a "
        "WHERE a.document_id = d.id AND a.status = 'accepted')").fetchone()[0])


def _scores_key(name: str) -> str:
    return f"scores:{name}"


def save_scores(store: StoreBase, name: str, scores: dict[str, Any]) -> dict[str, Any]:
    """Keep ``scores`` (JSON: the last cross-validation of model ``name``) in the project, with
    when they were computed (``computed_at``) and how many spans were accepted then (``accepted``)."""
    kept = scores_record(store, scores)
    with store.transaction():
        store._set_meta(_scores_key(name), json.dumps(kept, ensure_ascii=False, sort_keys=True))
    return kept


def scores_record(store: StoreBase, scores: dict[str, Any]) -> dict[str, Any]:
    """``scores`` as :func:`save_scores` keeps them (and as a read-only project shows them, not kept)."""
    return {**scores, "computed_at": now(), "accepted": accepted_count(store)}


def load_scores(store: StoreBase, name: str) -> dict[str, Any] | None:
    """What :func:`save_scores` kept for model ``name``, or None (never computed, or unreadable)."""
    text = store.get_meta(_scores_key(name))
    try:
        scores = json.loads(text) if text else None
    except ValueError:
        return None
    return scores if isinstance(scores, dict) else None


def under_current_names(scores: dict[str, Any], labels: Iterable[Label]) -> dict[str, Any]:
    """``scores`` (:func:`load_scores`) with each label under its name now: a label the project renamed
    since the cross-validation, found by the id it recorded (``label_ids``), is shown under its new name
    (figures kept before ids were recorded: as they were kept)."""
    ids = scores.get("label_ids")
    if not isinstance(ids, dict):
        return scores
    by_id = {label.id: label.name for label in labels}
    out = dict(scores)
    for system, part in scores.items():
        if isinstance(part, dict) and isinstance(part.get("labels"), dict):
            out[system] = {**part, "labels": {by_id.get(ids.get(name), name): kinds
                                              for name, kinds in part["labels"].items()}}
    return out


def accepted_since(store: StoreBase, name: str = SEQUENCE_MODEL) -> int | None:
    """How many spans were accepted since the model ``name`` was trained (a span accepted and
    another rejected count as none), or None when the project has trained none. Here, not beside
    the training: the window asks after every edit and need not import the model for it."""
    kept = model_info(store, name)
    if kept is None:
        return None
    return max(0, accepted_count(store) - int(kept.info.get("accepted", 0)))
