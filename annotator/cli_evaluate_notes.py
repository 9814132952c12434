"""What ``annotator evaluate`` says beside its table, on standard error: a gold document found under
another name by its text, gold spans giving their text in other characters (湖里区 for 湖裡區), and
labels of the gold the project lacks."""
from __future__ import annotations

import sys
from typing import Any

from annotator.cli_labels import say_gold_labels_missing


def say_gold_notes(project: str, result: dict[str, Any], known: list[str]) -> None:
    for gold_name, name in result.get("documents_by_text", {}).items():  # before the table, aside from it
        print(f"note: the gold's {gold_name} is {name} in {project} (its text at every gold span)", file=sys.stderr)
    if written := result.get("other_writing"):
        print(f"note: {written['spans']:,} gold span(s) give the text of {project}'s documents in other "
              f"characters ({written['gold']} for {written['document']} in {written['doc']}): scored as that "
              "text", file=sys.stderr)
    say_gold_labels_missing(project, result, known)
