"""``annotator evaluate P --gold G… --links L…``: the project's spans and links scored against gold files,
read in the encoding chosen (``--encoding``, as ``import-annotations --encoding`` reads them:
``annotation_text.read_as``) or as their bytes tell; ``--cross-validate`` is ``cli_model``'s. The shared
helpers are looked up on :mod:`annotator.cli` when called (tests replace them there)."""
from __future__ import annotations

import argparse
import json
from typing import Any

from annotator import cli
from annotator.cli_args import in_folders
from annotator.core.errors import AnnotatorError


def cmd_evaluate(args: argparse.Namespace) -> int:
    from annotator.cli_model import check_evaluate_options, cmd_cross_validate
    from annotator.core.evaluation import evaluate_project, format_table
    from annotator.core.imports.annotation_text import read_as

    statuses = cli._split(args.status) or ["accepted", "suggested"]
    check_evaluate_options(args)
    if args.cross_validate:
        return cmd_cross_validate(args)
    if not args.gold and not args.links:
        raise AnnotatorError("evaluate needs --gold GOLD.jsonl… or --links LINKS.jsonl… (or both)")
    result: dict[str, Any] = {}
    gold, links = in_folders(args.gold, ".gold.jsonl", "--gold"), in_folders(args.links, ".links.jsonl", "--links")
    with read_as(args.encoding), cli._open(args.project, reading=True) as store:  # (an unknown encoding: first)
        known = store.label_names()
        if gold:
            result = evaluate_project(store, gold, statuses)
        if links:
            from annotator.core.evaluate_links import evaluate_links, format_links

            result["links"] = evaluate_links(store, links, statuses, result.get("documents_by_text"))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        text = [format_table(result)] if args.gold else []
        from annotator.cli_evaluate_notes import say_gold_notes

        say_gold_notes(args.project, result, known)
        if args.links:
            text.append(format_links(result["links"]))
        print("\n\n".join(text))
    return 0


def add_parser(sub: Any) -> None:
    from annotator import cli_model

    s = sub.add_parser("evaluate", help="score the project's annotations against gold JSONL files")
    s.add_argument("project")
    s.add_argument("--gold", nargs="+", default=[], help="gold spans (*.gold.jsonl; a folder: its *.gold.jsonl)")
    s.add_argument("--links", nargs="+", default=[],
                   help="gold links (*.links.jsonl; a folder: its *.links.jsonl): district and project of "
                        "each gold span")
    s.add_argument("--encoding", metavar="NAME", help="read the gold and links files in this encoding "
                   "(gb18030, big5, utf-16-le …) instead of guessing")
    s.add_argument("--status", action="append", help="statuses scored (default accepted,suggested)")
    s.add_argument("--json", action="store_true")
    cli_model.add_evaluate_options(s)
    s.set_defaults(func=cmd_evaluate)
