"""``annotator coders``: the project's coders (``core/store/coders.py``) from the command line, as
*Project › Coding team › Coders…* shows and changes them in the window (the same store calls).

Without an option it lists them: name, how they came in (a merge, an import under their name, a
package, found when the project was upgraded, added by name), when, and their layer's spans
(accepted/open/rejected); then the other annotator names holding spans, which are no coder's.
``--add NAME`` makes a name a coder (their spans stay as they leave them: the user's edits go to a
copy of their own); ``--remove NAME`` takes one off (their spans stay where they are, in their layer,
and are the user's to edit in place). Each change is written at once; the list follows it."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from annotator.cli import _open
from annotator.core.errors import AnnotatorError
from annotator.core.store.coders import coder_name
from annotator.core.text_width import columns, pad

CAME_IN = {"merge": "merge", "import": "import", "package": "package", "found": "found at upgrade",
           "added": "added by name"}
STATUSES = ("accepted", "suggested", "rejected")  # said accepted/open/rejected


def _spans(counts: dict[str, int]) -> str:
    return "/".join(str(counts.get(status, 0)) for status in STATUSES)


def _when(stamp: str) -> str:
    """The UTC time recorded, in the local time of the machine, to the minute."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _names(values: list[str] | None) -> list[str]:
    return [coder_name(value) for value in values or ()]


def cmd_coders(args: argparse.Namespace) -> int:
    added, removed = _names(args.add), _names(args.remove)
    both = sorted(set(added) & set(removed))
    if both:
        raise AnnotatorError(f"{', '.join(both)} given to both --add and --remove; nothing was changed")
    out = sys.stderr if args.json else sys.stdout  # what a change did; standard output holds the JSON alone
    with _open(args.project, reading=not (added or removed)) as store:
        if removed:
            print("\n".join(_remove(store, args.project, removed)), file=out)
        if added:
            print("\n".join(_add(store, args.project, added)), file=out)
        if args.json:
            print(json.dumps({"coders": [{"name": c.name, "how": c.how, "added_at": c.added_at, "spans": c.spans}
                                         for c in store.coder_rows()],
                              "other_layers": store.other_layers()}, ensure_ascii=False))
        else:
            _list(store, args.project)
    return 0


def _remove(store: Any, project: str, names: list[str]) -> list[str]:
    """Take ``names`` off the coders, all or none (a name that is no coder refuses them all); what was done."""
    layers = {c.name: c.spans for c in store.coder_rows()}
    said = []
    for name in store.remove_coders(names):
        n = sum(layers.get(name, {}).values())
        said.append(f"removed coder {name} from {project}: " + (
            f"their {n:,} span(s) stay where they are, in the layer {name}, now yours to edit in place (no copy is "
            f"made); merging {name}'s work again, or --add {name}, makes them a coder again" if n
            else "no span of theirs"))
    return said


def _add(store: Any, project: str, names: list[str]) -> list[str]:
    """Make ``names`` coders (in one write); what was done, a name that was one already said so."""
    before = store.coders_by_how()
    layers = {**store.other_layers(), **{c.name: c.spans for c in store.coder_rows()}}
    store.add_coders(names, "added")
    said = []
    for name in sorted(set(names)):
        n = sum(layers.get(name, {}).values())
        if name in before:
            said.append(f"nothing changed: {name} is a coder of {project} already ({CAME_IN[before[name]]})")
        elif n:
            said.append(f"added coder {name} to {project}: their {n:,} span(s) stay as {name} left them (your edits "
                        "of them go to a copy of your own)")
        else:
            said.append(f"added coder {name} to {project}: no span holds the name {name} yet (a merge or an import "
                        "under that name brings theirs)")
    return said


def _list(store: Any, project: str) -> None:
    rows, others = store.coder_rows(), store.other_layers()
    if rows:
        width = max([8, *(columns(c.name) + 1 for c in rows)])
        print(f"{pad('coder', width)} {'came in':<17} {'when':<17} accepted/open/rejected")
        for c in rows:
            print(f"{pad(c.name, width)} {CAME_IN.get(c.how, c.how):<17} {_when(c.added_at):<17} {_spans(c.spans)}")
        print("a coder's spans stay as they left them: your edits of them go to a copy of your own")
    else:
        print(f"{project} has no coders (a merge, an import under a name or --add NAME records them)")
    if others:
        print("other annotator names, no coder's (their spans are edited in place): "
              + ", ".join(f"{who or '(no name)'} {_spans(counts)}" for who, counts in others.items()))


def add_parsers(sub: Any) -> None:
    s = sub.add_parser("coders", help="list the project's coders (how and when they came in, their spans), or add or "
                                      "remove one (as Project › Coding team › Coders… in the window)")
    s.add_argument("project")
    s.add_argument("--add", action="append", metavar="NAME",
                   help="make this annotator name a coder: their spans stay as they leave them, your edits of them "
                        "go to a copy of your own")
    s.add_argument("--remove", action="append", metavar="NAME",
                   help="take this coder off the list: their spans stay where they are, in their layer, yours to "
                        "edit in place")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_coders)
