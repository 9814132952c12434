"""``annotator labels``: the project's labels from the command line, as *Project › Labels…* edits
them in the window (the same store calls: ``Store.add_label``, ``update_label``, ``delete_label``).

Without an option it lists them: name, key, colour, spans (accepted/open/rejected) and description.
``--add NAME`` adds one (a label a gold JSONL or a colleague's workbook carries must be in the
project before ``import-annotations`` stores its spans); ``--change NAME`` with ``--rename``,
``--color``, ``--key`` or ``--description`` changes one (the schema's labels keep their names);
``--delete NAME`` removes one no span uses; ``--move NAME --to N`` puts one at place N (1: first) of
the project's order, which the window's label buttons, filter and Statistics panel and the exports
follow (its key stays its own). Each change is written at once; the list follows it."""
from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from annotator.cli import _open
from annotator.core.errors import AnnotatorError
from annotator.core.labels import new_label_look
from annotator.core.store.labels import tidy_name
from annotator.core.text_width import columns

COLOR = re.compile(r"#[0-9a-fA-F]{6}")
NO_LABEL = re.compile(r"no label '([^']+)' in ")  # store.no_label's words
KEYS = ("", *(str(n) for n in range(1, 10)))  # the window's label keys (none, or 1–9)


def _checked(args: argparse.Namespace) -> dict[str, str]:
    """The fields the options give (only those given), each checked as the window's editor allows."""
    fields: dict[str, str] = {}
    if args.color is not None:
        if not COLOR.fullmatch(args.color.strip()):
            raise AnnotatorError(f"--color takes a colour as #rrggbb (#e15759), not {args.color!r}")
        fields["color"] = args.color.strip().lower()
    if args.key is not None:
        if args.key.strip() not in KEYS:
            raise AnnotatorError(f"--key takes a key from 1 to 9 (or \"\" for none), not {args.key!r}")
        fields["shortcut"] = args.key.strip()
    if args.description is not None:
        fields["description"] = args.description
    return fields


def _place(store: Any, name: str, to: str | None) -> int:
    """``--to``'s place (1-based) for label ``name``, checked against the project's number of labels."""
    label, count = store.label(name), len(store.labels())
    if to is None:
        raise AnnotatorError(f"--move {label.name} needs --to N, its place from 1 to {count} "
                             f"(annotator labels P --move {label.name} --to 1 puts it first)")
    if not to.strip().isdigit() or not 1 <= int(to) <= count:
        raise AnnotatorError(f"--to takes a place from 1 to {count} for label {label.name} in {store.folder} "
                             f"(it has {count} labels), not {to!r}; nothing was changed")
    return int(to)


def cmd_labels(args: argparse.Namespace) -> int:
    actions = [a for a in (args.add, args.change, args.delete, args.move) if a is not None]
    fields = _checked(args)
    if len(actions) > 1:
        raise AnnotatorError("give one of --add, --change, --delete and --move at a time")
    if args.to is not None and args.move is None:
        raise AnnotatorError("--to N gives the place of the label named by --move (annotator labels P --move "
                             "POLICY --to 1)")
    if args.move is not None and (fields or args.rename is not None):
        raise AnnotatorError("--move changes a label's place only: change its name, colour, key or description "
                             "with --change")
    if (fields or args.rename is not None) and not (args.add or args.change):
        raise AnnotatorError("--rename, --color, --key and --description change the label named by --add or "
                             "--change (annotator labels P --change POLICY --key 6)")
    if args.rename is not None and args.add:
        raise AnnotatorError("--rename changes a label the project has: --add NAME gives the new one its name")
    with _open(args.project, reading=not actions) as store:
        if args.add is not None:
            labels = store.labels()
            color, key, description = new_label_look(tidy_name(args.add), [label.color for label in labels],
                                                     [label.shortcut for label in labels])
            added = store.add_label(args.add, fields.get("color") or color, fields.get("shortcut", key),
                                    fields.get("description", description))
            print(f"added label {added.label_changes[0].after.name} to {args.project}")  # its spaces tidied
        elif args.change is not None:
            changes = store.update_label(args.change, new_name=args.rename, **fields)
            done = re.sub(r"^(rename|change) ", r"\1d ", changes.description)  # the undo step's words, said as done
            print(f"{done or 'nothing changed: label ' + args.change + ' is as asked already'} in {args.project}")
        elif args.delete is not None:
            store.delete_label(args.delete)
            print(f"deleted label {args.delete} from {args.project}")
        elif args.move is not None:
            place = _place(store, args.move, args.to)
            moved = store.move_label(args.move, place)
            print(f"{'moved' if moved else 'nothing changed:'} label {args.move} "
                  f"{'to' if moved else 'is at'} place {place} in {args.project}")
        _list(store)
    return 0


def _list(store: Any) -> None:
    counts: dict[str, dict[str, int]] = {}
    for key, n in store.stats().get("annotations", {}).items():
        label, _, status = key.rpartition("/")
        counts.setdefault(label, {})[status] = n
    labels = store.labels()
    width = max([12, *(columns(label.name) + 1 for label in labels)])  # the widest name, in a terminal's columns
    print(f"{_padded('label', width)} key  colour   accepted/open/rejected  description")
    for label in labels:
        c = counts.get(label.name, {})
        spans = f"{c.get('accepted', 0)}/{c.get('suggested', 0)}/{c.get('rejected', 0)}"
        print(f"{_padded(label.name, width)} {label.shortcut or '-':<4} {label.color:<8} {spans:<23} "
              f"{label.description}".rstrip())


def say_missing_labels(project: str, rejected: list[tuple[str, int, str]]) -> None:
    """After an import's report: the labels its lines were refused for lacking, and how to add them, on
    standard error (a note among what was stored, as the import's other notes)."""
    names = sorted({m.group(1) for _file, _line, why in rejected for m in NO_LABEL.finditer(why)})
    if names:
        print(f"note: {project} has no label {', '.join(names)}: 'annotator labels {project} --add {names[0]}' "
              "adds it (as Project › Labels… in the window); import the file again then (what it stored is "
              "not stored twice)", file=sys.stderr)


def say_gold_labels_missing(project: str, result: dict[str, Any], known: list[str]) -> None:
    """Before ``annotator evaluate``'s table: each gold label the project does not have (renamed here?
    its gold spans all count as missed, which the table alone does not tell), on standard error: a note,
    the table alone on standard output (as import-annotations' notes)."""
    for label, scores in result.get("labels", {}).items():
        gold = scores.get("overlap", {}).get("gold", 0)
        if label not in known and gold:
            print(f"note: the gold's label {label} is no label of {project}: its {gold:,} gold span(s) count as "
                  f"missed (renamed there? 'annotator labels {project}' lists its labels)", file=sys.stderr)


def _padded(text: str, width: int) -> str:
    """``text`` and spaces to ``width`` columns of a terminal (a Chinese character takes two)."""
    return text + " " * max(1, width - columns(text))


def add_parsers(sub: Any) -> None:
    s = sub.add_parser("labels", help="list the project's labels, or add, rename, recolour, re-key, re-describe, "
                                      "move or delete one (as Project › Labels… in the window)")
    s.add_argument("project")
    s.add_argument("--add", metavar="NAME", help="add a label (POLICY)")
    s.add_argument("--change", metavar="NAME", help="change this label: --rename, --color, --key, --description")
    s.add_argument("--delete", metavar="NAME", help="delete a label no span uses")
    s.add_argument("--move", metavar="NAME", help="move this label to the place --to gives (the window's "
                                                  "buttons, filter and statistics and the exports follow)")
    s.add_argument("--to", metavar="N", help="the place for --move: 1 is first")
    s.add_argument("--rename", metavar="NEW", help="the label's new name (a label the project added; the "
                                                   "schema's keep theirs)")
    s.add_argument("--color", metavar="#RRGGBB", help="its colour (#e15759)")
    s.add_argument("--key", metavar="K", help="its key in the window, 1 to 9 (\"\" for none)")
    s.add_argument("--description", metavar="TEXT", help="what it marks")
    s.set_defaults(func=cmd_labels)
