"""Which label of the project each label of a coder's copy is, when the copy is merged back.

A package records, for each of its labels, the id that label has in the project it was handed out
of, and that project's id (:func:`record_labels`, meta ``package_labels``). Merged back into that
project, a label of the copy is the project's label of that id whatever either calls it now: the
lead renamed POLICY to 政策 after handing the package out (or the coder renamed it in their copy),
and the coder's POLICY spans are merged as 政策 — not under a POLICY added anew beside it, where the
agreement compared none of them. A label the project has in another case or width (Policy beside
POLICY, which the project refuses to hold both of), or one named as the Chinese window names a label
of the schema (项目: PROJECT), is that label too: adding it stopped the whole merge.
Any other label the project lacks is added, as before; a label of the copy that has the name of a
label of the project is that label.
"""
from __future__ import annotations

import json
from typing import Any

from annotator.core.store import Store
from annotator.core.store.labels import chinese_name, name_key

PACKAGE_LABELS = "package_labels"  # meta of a package: {"project": uuid, "labels": {its label id: the project's}}


def record_labels(source: Store, package: Store) -> None:
    """Keep in ``package`` which label of ``source`` (the project it is handed out of) each of its labels is."""
    ids = {label.name: label.id for label in source.labels()}
    labels = {str(label.id): ids[label.name] for label in package.labels() if label.name in ids}
    package.set_meta(PACKAGE_LABELS, json.dumps({"project": source.project_uuid(), "labels": labels}))


def _recorded(source: Store, target: Store) -> dict[int, int]:
    """The source's label ids and the target's they were handed out as (none: not a package of the target)."""
    try:
        record: Any = json.loads(source.get_meta(PACKAGE_LABELS) or "{}")
    except ValueError:
        return {}
    if not isinstance(record, dict) or not record.get("project") or record.get("project") != target.project_uuid():
        return {}
    labels = record.get("labels")
    return {int(theirs): here for theirs, here in labels.items() if str(theirs).isdigit() and isinstance(here, int)
            } if isinstance(labels, dict) else {}


def labels_here(target: Store, source: Store) -> dict[str, str]:
    """The source's labels the target has under another name: each one's name there and here."""
    have = target.labels()
    names = {label.name for label in have}
    by_id = {label.id: label.name for label in have}
    folded = {name_key(shown): label.name for label in have
              for shown in (chinese_name(label.name), label.name) if shown}  # 项目: PROJECT
    recorded = _recorded(source, target)
    theirs = source.labels()
    taken = {label.name for label in theirs if label.name in names}  # a label of the copy by its own name
    out: dict[str, str] = {}
    for label in theirs:
        if label.name in names or label.id is None:
            continue
        here = by_id.get(recorded.get(label.id, -1)) or folded.get(name_key(label.name))
        if here is not None and here not in taken:
            taken.add(here)
            out[label.name] = here
    return out
