"""``annotator import-again``: documents read again from the files they were imported from (fixed since,
or read better by a newer annotator) and replaced, each in one write, keeping the accepted spans whose
text the new reading holds where their place maps to (``core/imports/again.py``). A document on which
accepted spans would go is left as it is unless ``--force``; ``--dry-run`` writes nothing. The shared
helpers are looked up on :mod:`annotator.cli` when called (tests replace them there)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from annotator import cli
from annotator.cli_exit import DONE, FAILED, PARTLY_DONE
from annotator.core.errors import AnnotatorError, SaveError
from annotator.paths import as_argument


class _Tally:
    def __init__(self) -> None:
        self.replaced = self.same = self.refused = 0

    def code(self) -> int:
        if not self.refused:
            return DONE
        return PARTLY_DONE if self.replaced or self.same else FAILED


def cmd_import_again(args: argparse.Namespace) -> int:
    from annotator.core.imports.text import check_encoding

    encoding = check_encoding(args.encoding) if args.encoding else None
    tally = _Tally()

    def stored() -> str:
        return f"{tally.replaced:,} document(s) imported again before it, each whole"

    with cli._open(args.project) as store, cli._interrupted(stored):
        named = cli._doc_ids(store, args.doc)
        by_id = {d.id: d for d in store.documents()}
        ids = named if named is not None else list(by_id)
        if named is None and not any(Path(by_id[i].source_path or "").is_file() for i in ids):
            raise AnnotatorError(f"no document of {args.project} has its source file where it was imported from "
                                 "(moved or deleted?); nothing was read" if ids else
                                 f"{args.project} holds no document; nothing was read")
        for doc_id in ids:
            _one(store, by_id[doc_id], encoding, args, tally, named is not None)
    if args.dry_run:
        print("(dry run: nothing was written)")
    code = tally.code()
    if code == PARTLY_DONE:
        print(f"annotator: partly done: {tally.refused:,} document(s) not imported again (a line above says why "
              "of each), the others imported again or reading the same", file=sys.stderr)
    elif code == FAILED:
        print(f"annotator: error: no document was imported again ({tally.refused:,} refused: a line above says "
              "why of each)", file=sys.stderr)
    return code


def _one(store: Any, doc: Any, encoding: str | None, args: argparse.Namespace, tally: _Tally, named: bool) -> None:
    """Read document ``doc`` again and replace it (unless refused or ``--dry-run``), saying what happened."""
    from annotator.core.imports.again import ReadsTheSame, import_again, read_source

    source = doc.source_path or ""
    if not Path(source).is_file():
        print(f"{doc.name}: source file missing ({source or 'none recorded'})", file=sys.stderr)
        tally.refused += named  # every document by default means those whose file is there
        return
    try:
        reread = read_source(store, doc.id, source, encoding, args.keep_lines)
    except ReadsTheSame:
        print(f"{doc.name}: reads the same")
        tally.same += 1
        return
    except SaveError:
        raise
    except AnnotatorError as e:
        print(f"{doc.name}: not read again: {e}", file=sys.stderr)
        tally.refused += 1
        return
    kept = f"{doc.name}: {reread.kept:,} of {reread.accepted:,} accepted span(s) kept"
    if reread.lost and not args.force:
        print(f"{doc.name}: {reread.lost:,} of its {reread.accepted:,} accepted span(s) would be lost (their text "
              "changed in the file); it was not replaced — 'annotator import-again "
              f"{as_argument(args.project)} --doc {as_argument(doc.name)} --force' replaces it, removing them",
              file=sys.stderr)
        tally.refused += 1
        return
    if args.dry_run:
        print(f"{kept} (dry run: not replaced)")
    else:
        try:
            import_again(store, reread)
        except SaveError as e:
            raise AnnotatorError(f"{e}; {doc.name} was not imported again ({tally.replaced:,} document(s) "
                                 "before it were, each whole)") from e
        print(kept)
    for note in reread.notes:  # what an import says of the reading: lines re-flowed, a doubtful encoding
        print(f"  {note}")
    tally.replaced += 1


def add_parsers(sub: Any) -> None:
    """``annotator import-again``."""
    s = sub.add_parser("import-again", help="read documents again from the files they were imported from (fixed, "
                                            "or read better by a newer annotator), keeping the accepted spans whose "
                                            "text is still there")
    s.add_argument("project")
    s.add_argument("--doc", action="append", help="only these documents, by name (default: every document whose "
                                                  "source file is there)")
    s.add_argument("--encoding", metavar="NAME",
                   help="read text files in this encoding (default: the document's own, else guessed)")
    s.add_argument("--keep-lines", action="store_true",
                   help="keep every line break as in the file (as import --keep-lines)")
    s.add_argument("--dry-run", action="store_true", help="say what would be kept; write nothing")
    s.add_argument("--force", action="store_true",
                   help="also replace a document on which accepted spans would be lost (their text changed)")
    s.set_defaults(func=cmd_import_again)
