"""``annotator import-again``: documents read again from the files they were imported from (fixed since,
or read better by a newer annotator) and replaced, each in one write, keeping the accepted spans whose
text the new reading holds where their place maps to (``core/imports/again.py``), one after another as the
window's Project › Import the selected documents again… does (``core/imports/again_many.py``). A document
on which accepted spans would go is left as it is unless ``--force``; ``--dry-run`` writes nothing, and
fails (exit 3, or 1) only for documents it could not read. ``--from DIR``: a document whose file is not
where it was imported from (the folder moved) is read from where it is found under DIR
(``core/imports/moved_files.py``) and its file recorded there; the others are read as recorded. The shared
helpers are looked up on :mod:`annotator.cli` when called (tests replace them there)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator import cli
from annotator.cli_exit import DONE, FAILED, PARTLY_DONE
from annotator.core.errors import AnnotatorError
from annotator.paths import as_argument

if TYPE_CHECKING:
    from annotator.core.imports.again_many import Reading


def cmd_import_again(args: argparse.Namespace) -> int:
    from annotator.core.imports.again_many import Tally, import_each_again
    from annotator.core.imports.moved_files import MovedFiles
    from annotator.core.imports.text import check_encoding

    encoding = check_encoding(args.encoding) if args.encoding else None
    if args.from_dir is not None and not Path(args.from_dir).is_dir():
        raise AnnotatorError(f"{args.from_dir}: no such folder (--from); nothing was read")
    tally = Tally()

    def stored() -> str:
        return f"{len(tally.replaced):,} document(s) imported again before it, each whole"

    with cli._open(args.project) as store, cli._interrupted(stored):
        named = cli._doc_ids(store, args.doc)
        by_id = {d.id: d for d in store.documents()}
        ids = named if named is not None else list(by_id)
        moved = None if args.from_dir is None else MovedFiles(args.from_dir,
                                                              (d.source_path or "" for d in by_id.values()))
        if named is None and moved is None and not any(Path(by_id[i].source_path or "").is_file() for i in ids):
            raise AnnotatorError(f"no document of {args.project} has its source file where it was imported from "
                                 "(moved or deleted?); nothing was read" if ids else
                                 f"{args.project} holds no document; nothing was read")
        import_each_again(store, (by_id[i] for i in ids), tally, encoding=encoding, keep_lines=args.keep_lines,
                          force=args.force, dry_run=args.dry_run, said=lambda reading: _said(reading, args),
                          moved=moved)
    if args.dry_run:
        print("(dry run: nothing was written)")
    if tally.found:
        print(f"{len(tally.found):,} document(s) read from {args.from_dir}"
              + (" (dry run: their files not recorded there)" if args.dry_run else
                 ": their source files are recorded there (those replaced, or reading the same)"))
    # every document, without --from: those whose file is there; --from: those it finds too
    missing = len(tally.missing) if named is not None or moved is not None else 0
    if args.dry_run:  # writes nothing by design: what fails is a document that could not be read
        return _dry_run_code(len(tally.refused) + missing, bool(tally.replaced or tally.same or tally.held))
    if tally.replaced:  # the window suggests on them when so set; here it is the next command
        print(f"  (open suggestions went with the old texts: 'annotator suggest {as_argument(args.project)}' "
              "proposes on the new ones)")
    refused = tally.left + missing
    code = DONE if not refused else PARTLY_DONE if tally.replaced or tally.same else FAILED
    if code == PARTLY_DONE:
        print(f"annotator: partly done: {refused:,} document(s) not imported again (a line above says why "
              "of each), the others imported again or reading the same", file=sys.stderr)
    elif code == FAILED:
        print(f"annotator: error: no document was imported again ({refused:,} refused: a line above says "
              "why of each)", file=sys.stderr)
    return code


def _dry_run_code(unread: int, read: bool) -> int:
    """A dry run's exit code: 0 when every document could be read (a line each says what would be kept or
    lost), 3 when some could not (their file missing or unreadable: a line says why), 1 when none could."""
    if not unread:
        return DONE
    if read:
        print(f"annotator: partly done: {unread:,} document(s) could not be read again (a line above says why "
              "of each), the others could", file=sys.stderr)
        return PARTLY_DONE
    print(f"annotator: error: no document could be read again ({unread:,}: a line above says why of each)",
          file=sys.stderr)
    return FAILED


def _said(reading: Reading, args: argparse.Namespace) -> None:
    """One line on what became of a document read again."""
    from annotator.core.imports.again_many import LOSES, MISSING, REFUSED, SAME
    from annotator.core.imports.names import shown

    name = f"{reading.name} (found as {reading.source})" if reading.moved_from else reading.name
    if reading.verdict == MISSING:
        print(f"{name}: source file missing ({reading.source or 'none recorded'})"
              + (f"; {reading.why}" if reading.why else ""), file=sys.stderr)
    elif reading.verdict == SAME:
        print(f"{name}: reads the same")
    elif reading.verdict == REFUSED:
        done = "not replaced" if reading.reread is not None else "not read again"  # the write refused, or the file
        print(f"{name}: {done}: {reading.why}", file=sys.stderr)
    elif reading.verdict == LOSES and not args.force and args.dry_run:  # what was asked: on standard output
        print(f"{name}: {reading.kept:,} of {reading.accepted:,} accepted span(s) kept, {reading.lost:,} lost (their "
              "text changed in the file): replaced only with --force (dry run: not replaced)")
    elif reading.verdict == LOSES and not args.force:
        print(f"{name}: {reading.lost:,} of its {reading.accepted:,} accepted span(s) would be lost (their "
              "text changed in the file); it was not replaced — 'annotator import-again "
              f"{as_argument(args.project)} --doc {as_argument(reading.name)} --force"
              + (f" --from {as_argument(args.from_dir)}" if reading.moved_from else "")
              + "' replaces it, removing them",
              file=sys.stderr)
    else:  # replaced (a dry run's: would be), the file it was read from named, as the window's line names it
        print(f"{reading.name} {'would be imported' if args.dry_run else 'imported'} again from {shown(reading.source)}"
              + (" (found by --from)" if reading.moved_from else "")
              + f": {reading.kept:,} of {reading.accepted:,} accepted span(s) kept")
        for note in reading.notes:  # what an import says of the reading: lines re-flowed, a doubtful encoding
            print(f"  {note}")


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
    s.add_argument("--from", dest="from_dir", metavar="DIR",
                   help="the folder the files moved to: a document whose file is not where it was imported from is "
                        "looked for under DIR (where its path below the documents' common folder puts it, else by a "
                        "name only one file there has, in another letter case when none has its own) and its "
                        "source file recorded there; the others are read from where they were imported from")
    s.set_defaults(func=cmd_import_again)
