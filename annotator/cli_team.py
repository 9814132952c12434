"""The command line of a coding team: hand out work packages, merge the coders' projects,
measure their agreement. Each command parses, calls the core (:mod:`annotator.core.team`) and
prints what it did; errors are :class:`AnnotatorError` lines like every other command's."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from annotator.cli import _doc_ids, _open, _split
from annotator.cli_exit import DONE, FAILED, PARTLY_DONE
from annotator.core.errors import AnnotatorError


def cmd_merge(args: argparse.Namespace) -> int:
    from annotator.core.team.merge import merge
    from annotator.core.team.merge_coders import rename_pair

    rename = {}
    for pair in args.rename or ():
        names = rename_pair(pair)
        if names is None:
            raise AnnotatorError(f"--rename {pair}: give the name in the copy and the name to store, OLD=NEW")
        rename[names[0]] = names[1]
    with _open(args.target) as store:
        report = merge(store, args.sources, rename=rename, replace=args.replace, new_documents=args.new_documents)
    print("\n".join(report.lines()))
    if not report.refused:
        return DONE
    return PARTLY_DONE if len(report.refused) < len(report.sources) else FAILED  # a package of another project


def _statuses(values: list[str] | None) -> list[str]:
    from annotator.core.models import STATUSES

    statuses = _split(values) or ["accepted"]
    for status in statuses:
        if status not in STATUSES:
            raise AnnotatorError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    return statuses


def _coders(values: list[str] | None) -> list[str] | None:
    """``--annotators "Li Ming" 王芳``, ``"Li Ming,王芳"`` or ``李明、王芳``: the names apart, split at commas
    (",", "，") and "、" as the Adjudication panel's Coders field (and ``--status a,b``) split them; a name keeps
    its spaces. One argument "li,wang" was one coder of that name: "agreement needs two coders"."""
    if not values:
        return None
    return [n.strip() for v in values for n in v.replace("，", ",").replace("、", ",").split(",") if n.strip()]


def cmd_agreement(args: argparse.Namespace) -> int:
    from annotator.core.team.agreement import project_agreement
    from annotator.core.team.agreement_table import json_dict, table_lines

    if args.output is not None:
        from annotator.cli_args import project_first
        from annotator.core.export.agreement_file import SUFFIXES

        project_first(args.project, [args.output], "annotator agreement PROJECT -o FILE")
        if Path(args.output).suffix.lower() not in SUFFIXES:  # said before the work, not after it
            raise AnnotatorError(f"{args.output}: the agreement table is written as .csv or .xlsx; name the file "
                                 "so (-o agreement.xlsx); nothing was written")
    with _open(args.project, reading=True) as store:
        result = project_agreement(store, annotators=_coders(args.annotators), statuses=_statuses(args.status),
                                   labels=_split(args.label), doc_ids=_doc_ids(store, args.doc))
    if args.json:
        print(json.dumps(json_dict(result), ensure_ascii=False))
    else:
        print("\n".join(table_lines(result)))
    if args.output is not None:
        from annotator.core.export.agreement_file import write

        n = write(result, args.output)
        print(f"wrote the agreement table to {args.output}: {n} row(s)", file=sys.stderr if args.json else sys.stdout)
    return 0


def cmd_export_package(args: argparse.Namespace) -> int:
    from annotator.core.team.package import export_package

    with _open(args.project, reading=True) as store:
        report = export_package(store, args.output, doc_ids=_doc_ids(store, args.doc), include=args.with_ or (),
                                coder=args.coder or "")
    print(report.line())
    return 0


def cmd_open_package(args: argparse.Namespace) -> int:
    from annotator.core.team.package import open_package

    print(open_package(args.package, args.folder).line())
    return 0


def add_parsers(sub: Any) -> None:
    """The team's commands, on the subparsers of ``annotator``."""
    s = sub.add_parser("export-package", help="a zip holding a new project for one coder: the same labels, "
                                              "the chosen documents (and their suggestions)")
    s.add_argument("project")
    s.add_argument("-o", "--output", required=True, help="the package (.zip); name it after the coder")
    s.add_argument("--coder", metavar="NAME", help="the coder it is for (as 'annotator coders --add' names them): "
                                                   "merged, the one other annotator name their copy brings (their "
                                                   "window's name) is stored as NAME's, and said")
    s.add_argument("--doc", action="append", help="documents to hand out, by name (default all)")
    s.add_argument("--with", dest="with_", action="append", choices=["suggestions", "annotations"],
                   help="suggestions: the open suggestions; annotations: every span and link with its annotator "
                        "(default: the documents only)")
    s.set_defaults(func=cmd_export_package)

    s = sub.add_parser("open-package", help="unpack a package into a new project folder to code in")
    s.add_argument("package", help="the .zip made by export-package")
    s.add_argument("folder", help="the new project folder (absent or empty; one holding this package's project "
                                  "already, opened before, is left as it is)")
    s.set_defaults(func=cmd_open_package)

    s = sub.add_parser("merge", help="bring coders' projects (folders or zips) into one, each coder's spans kept "
                                     "apart; merging twice adds nothing")
    s.add_argument("target")
    s.add_argument("sources", nargs="+", metavar="SOURCE", help="a project folder, or a zip holding one")
    s.add_argument("--rename", action="append", metavar="OLD=NEW",
                   help="store the sources' spans of annotator OLD as NEW's (two coders who gave one name: merge "
                        "that copy alone with it)")
    s.add_argument("--replace", action="store_true",
                   help="the sources are their coders' corrected copies, sent again: in each document a copy holds "
                        "spans of a coder, their spans and links here that it no longer holds as they are (deleted, "
                        "relabelled, moved, another value) are replaced by its version (without it they stay, and "
                        "the report counts them)")
    s.add_argument("--new-documents", action="store_true",
                   help="merge a source none of whose documents the project holds, adding them (without it such a "
                        "source, a package of another project sent by mistake, is refused and named)")
    s.set_defaults(func=cmd_merge)

    s = sub.add_parser("agreement", help="how far the coders agree: span F1, Cohen's kappa and Krippendorff's "
                                         "alpha per character, per label and pair of coders; the district and "
                                         "project links of the facts both marked")
    s.add_argument("project")
    s.add_argument("--annotators", nargs="+", metavar="NAME",
                   help="the coders to compare, apart or separated by commas: li wang, li,wang, \"Li Ming,王芳\" "
                        "(default every annotator name with spans but an adjudicated layer)")
    s.add_argument("--label", action="append", help="labels to compare (default all)")
    s.add_argument("--status", action="append",
                   help="statuses that count (default accepted; accepted,suggested adds open suggestions; "
                        "rejected spans are never a coder's code and are refused here)")
    s.add_argument("--doc", action="append", help="only these documents (by name)")
    s.add_argument("--json", action="store_true")
    s.add_argument("-o", "--output", metavar="FILE",
                   help="also write the table to FILE, .csv (UTF-8 with a byte-order mark) or .xlsx (an Agreement "
                        "sheet and its Notes): the printed figures, the spans' and the links' columns in one row")
    s.set_defaults(func=cmd_agreement)

    from annotator import cli_coders

    cli_coders.add_parsers(sub)
