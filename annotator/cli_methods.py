"""``annotator methods``: a methods paragraph for a paper, its figures those of the workbook's About
sheet (:mod:`annotator.core.methods_text`)."""
from __future__ import annotations

import argparse
from typing import Any

from annotator.cli import _doc_ids, _open, _split


def cmd_methods(args: argparse.Namespace) -> int:
    from annotator.core.methods_text import paragraph

    with _open(args.project, reading=True) as store:
        text = paragraph(store, args.lang, statuses=_split(args.status) or ["accepted"],
                         doc_ids=_doc_ids(store, args.doc))
    print(text)
    return 0


def add_parsers(sub: Any) -> None:
    from annotator.core.methods_text import LANGUAGES

    s = sub.add_parser("methods", help="a methods paragraph for a paper: the version, the suggesters and model, "
                                       "the accepted spans by label and by how they came about, a team's coders, "
                                       "agreement and adjudication (the figures of the workbook's About sheet)")
    s.add_argument("project")
    s.add_argument("--lang", choices=LANGUAGES, default="en", help="en (default) or zh: the paragraph in Chinese")
    s.add_argument("--doc", action="append", help="only these documents (by name)")
    s.add_argument("--status", action="append",
                   help="the statuses of the spans counted (default accepted; accepted,suggested,rejected also "
                        "counts the open and the rejected ones)")
    s.set_defaults(func=cmd_methods)
