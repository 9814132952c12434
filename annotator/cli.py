"""The command line: parse, call the core, turn errors into one clear line."""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.cli_args import no_empty_paths, parse, projects_as_folders
from annotator.cli_project import doc_ids as _doc_ids
from annotator.cli_warn import forget, warn
from annotator.core import provenance
from annotator.core.errors import AnnotatorError, SaveError
from annotator.core.export import formats as export_formats
from annotator.core.progress import SPREAD, Step
from annotator.paths import as_argument


def _split(values: list[str] | None) -> list[str] | None:
    """``--status a,b --status c`` → [a, b, c]; None when not given."""
    if not values:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


_OPENED: list = []  # stores this run opened: a failed automatic backup is reported at the end


def _open(path: str, *, reading: bool = False, place: bool = True):
    """The project at ``path``; ``reading``: a command that only reads it, so a project that cannot be
    written (a read-only folder, mount or file) is opened read-only instead of refused; ``place``: warned of
    where it lies (cli_place.py)."""
    from annotator.cli_place import place_warning
    from annotator.cli_project import check_exists, demo_instead
    from annotator.cli_upgrade import say_upgraded, say_upgrading
    from annotator.core.errors import DiskError
    from annotator.core.store import Store
    from annotator.core.store.disk import disk_is_full

    check_exists(path)  # a misspelt folder: the project beside it likely meant
    path = demo_instead(path)  # where the demo ships: the demo project the window opens
    said: list[str] = []  # said once: schema 5's step and then 11's each build a search index
    try:
        store = Store.open(path, on_step=lambda step: say_upgrading(path, step, said), read_only_ok=reading)
    except DiskError:  # a full disk refused even reading it (no room for SQLite's -shm): read it without that
        if not reading or not disk_is_full(Path(path)):
            raise
        store = Store.open(path, read_only_ok=True, full_disk=True)
        warn(store.read_only_why)
    _OPENED.append(store)
    warn(place_warning(store) if place else "")  # on a share, in a synced folder: once a command ("": nothing)
    say_upgraded(path, store)  # from which schema to which, where the backup is, older versions locked out
    return store


class _Warnings(logging.Handler):
    """The core's logged warnings (a failed automatic backup, a word cache not kept) said once each,
    as the command line says things: without it Python printed each bare, the backup's twice."""

    def emit(self, record: logging.LogRecord) -> None:
        warn(record.getMessage())


def _backup_warnings() -> None:
    for store in _OPENED:
        if store.backup_error:
            warn(store.backup_error)
    _OPENED.clear()
    forget()


def _terminal_progress(label: str) -> Callable[[int, int, str], None] | None:
    if not sys.stderr.isatty():
        return None

    ended = [""]  # the bar's last line ended: `suggest --jobs 2` reports its end twice (the line was written twice)

    def show(done: int, total: int, current: object) -> None:  # suggestions: thousandths, a Step
        width = 30
        filled = width * done // max(total, 1)
        count = f"{current.index + 1:,}/{current.documents:,}" if isinstance(current, Step) else f"{done:,}/{total:,}"
        count = f"looking in skipped {count}" if getattr(current, "doing", "") == SPREAD else count
        count = "nothing to do" if current == "" and done >= total else count  # not "1,000/1,000" thousandths
        line = f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {count}"
        if done >= total:
            if line == ended[0]:
                return
            ended[0] = line
            line += "\n"
        sys.stderr.write(line)
        sys.stderr.flush()

    return show


@contextlib.contextmanager
def _interrupted(stored: Callable[[], str]) -> Iterator[None]:
    """A Ctrl+C inside says ``stored()`` (what the command had stored) after 'annotator: interrupted'."""
    try:
        yield
    except KeyboardInterrupt as e:  # (or SIGTERM: cli_exit.Terminated, kept as it is)
        raise type(e)(stored()) from e


# ------------------------------------------------------------------ commands
def cmd_new(args: argparse.Namespace) -> int:
    from annotator.cli_project import new_project

    return new_project(args.project)


def cmd_suggest(args: argparse.Namespace) -> int:
    from annotator.cli_suggest_said import stored_before_ctrl_c
    from annotator.core.suggest.links import LinkReport
    from annotator.core.suggest.runner import SuggestReport, suggest_documents

    if args.jobs < 1:  # taken as 1 before: a typo went by unseen
        raise AnnotatorError(f"--jobs takes a whole number of worker processes from 1, not {args.jobs}")
    report, links = SuggestReport(), LinkReport(by_origin={})
    linked: list[bool] = []  # [True] once the links are stored too (what Ctrl+C says)
    with _open(args.project) as store, _interrupted(lambda: stored_before_ctrl_c(report, links, not args.no_links,
                                                                                 bool(linked))):
        labels = _split(args.label)
        store.check_label_names(labels)
        from annotator.cli_model import chosen_model

        report.again = "--again runs them anew"  # skipped: done with these settings (not --doc, --replace)
        suggest_documents(store, _doc_ids(store, args.doc), labels=labels, replace=args.replace, jobs=args.jobs,
                          progress=_terminal_progress("suggest"), model=chosen_model(store, args), report=report,
                          skip_done=not (args.again or args.doc))
        print("\n".join(report.lines()))
        if not args.no_links:
            try:
                print("\n".join(_suggest_links(store, args, links, report.links_due).lines()))
                linked.append(True)
            except SaveError as e:  # (a full disk): its "nothing was saved" read as the suggestions lost
                raise type(e)(f"{e} — of the link suggestions; the suggestions above are stored: run 'annotator "
                              f"suggest {as_argument(args.project)}' again to suggest their links") from e
    return 0


def _suggest_links(store: Any, args: argparse.Namespace, report: Any = None, ids: list[int] | None = None) -> Any:
    """Links of ``ids`` (else of ``--doc``, else all), each marked in the record of its spans' run."""
    from annotator.core.suggest.links import suggest_document_links

    return suggest_document_links(store, ids if ids is not None else _doc_ids(store, args.doc), replace=args.replace,
                                  progress=_terminal_progress("links"), report=report,
                                  stored=store.record_links_suggested)


def cmd_suggest_links(args: argparse.Namespace) -> int:
    from annotator.cli_suggest_said import links_stored_before_ctrl_c
    from annotator.core.suggest.links import LinkReport

    report, ids = LinkReport(by_origin={}), list[int]()  # what a Ctrl+C says (it said only "interrupted")
    with _open(args.project) as store, _interrupted(lambda: links_stored_before_ctrl_c(report, ids, args.replace)):
        ids += _doc_ids(store, args.doc) or [doc_id for doc_id, _ in store.document_names()]
        print("\n".join(_suggest_links(store, args, report, ids).lines()))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args.project, reading=True) as store:
        if args.annotator is not None:
            export_formats.check_filters(store, None, None, args.annotator)  # an unknown name would count nothing
        stats = store.stats(annotators=args.annotator)
        stats["origins"] = provenance.by_status(store.count_by_origin(annotators=args.annotator))
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return 0
    print(f"documents: {stats['documents']:,} ({stats['done']:,} done), characters: {stats['characters']:,}")
    for key, n in stats["annotations"].items():
        print(f"  {key}: {n:,}")
    for who, counts in stats["annotators"].items():
        print(f"annotator {who or '(no name)'}: {sum(counts.values()):,} span(s), "
              + ", ".join(f"{key} {n:,}" for key, n in counts.items()))
    for line in provenance.lines(stats["origins"]):
        print(line)
    if stats["links"]:
        print(f"links: {sum(stats['links'].values()):,}")
        for key, n in stats["links"].items():
            print(f"  {key}: {n:,}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from annotator.cli_project import check_exists
    from annotator.core.store import backup
    from annotator.core.store.restore import existing_folder, restore_saving

    check_exists(args.project)
    if args.list:
        folder = existing_folder(Path(args.project))
        for path in sorted(backup.list_backups(folder) + backup.list_restore_points(folder),
                           key=lambda p: p.stat().st_mtime):
            print(path)
        return 0
    used, saved = restore_saving(Path(args.project), Path(args.backup) if args.backup else None)
    print(f"restored {args.project} from {used}")
    if saved is not None:  # a restore of the wrong backup is undone with this file
        print(f"what it held before is in {saved} (annotator restore {as_argument(args.project)} "
              f"{as_argument(saved)} brings it back)")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from annotator.cli_project import check_window_project

    check_window_project(args.project)  # a misspelt folder is answered here, before Qt (and its display) and a window
    if sys.platform.startswith("linux") and not any(map(os.environ.get, ("DISPLAY", "WAYLAND_DISPLAY",
                                                                         "QT_QPA_PLATFORM"))):
        raise AnnotatorError("the window needs a display, and this session has none (DISPLAY and WAYLAND_DISPLAY "
                             "are not set: a login over ssh without -X?); the commands work without one: "
                             "annotator --help")  # else Qt aborts the process with five lines about plugins
    from annotator.gui.app import run

    return run(args.project)


# -------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    from annotator.cli_help import Parser

    p = Parser(prog="annotator", description=(
        "Annotate districts, projects, amounts and targets in Chinese government reports. "
        "Without a command, opens the window."))
    p.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    from annotator import cli_model

    s = sub.add_parser("new", aliases=["init"], help="create a project folder")
    s.add_argument("project")
    s.set_defaults(func=cmd_new)

    from annotator import cli_again, cli_io

    cli_io.add_parsers(sub)
    cli_again.add_parsers(sub)

    s = sub.add_parser("suggest", help="propose annotations with the built-in suggesters")
    s.add_argument("project")
    s.add_argument("--doc", action="append", help="only these documents (by name)")
    s.add_argument("--label", action="append", help="only these labels")
    s.add_argument("--replace", action="store_true", help="drop each document's open suggestions our suggesters "
                   "made (rules, learned, model) as it stores new ones; those imported from a file stay")
    s.add_argument("--again", action="store_true", help="also the documents already suggested with these "
                                                        "settings (skipped by default; --doc always runs)")
    s.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    s.add_argument("--no-links", action="store_true", help="do not suggest links between spans")
    cli_model.add_suggest_options(s)
    s.set_defaults(func=cmd_suggest)

    s = sub.add_parser("suggest-links", help="propose links: each amount, target and project to its district, "
                                             "amounts and targets to their project")
    s.add_argument("project")
    s.add_argument("--doc", action="append", help="only these documents (by name)")
    s.add_argument("--replace", action="store_true", help="drop each document's open link suggestions our "
                   "link rules made as it stores new ones; those imported from a file stay")
    s.set_defaults(func=cmd_suggest_links)

    from annotator import cli_evaluate

    cli_evaluate.add_parser(sub)

    s = sub.add_parser("stats", help="counts of documents and annotations (and per annotator)")
    s.add_argument("project")
    s.add_argument("--annotator", action="append", metavar="NAME", help="count only this annotator's spans and links")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_stats)

    from annotator import cli_review
    from annotator.cli_team import add_parsers

    add_parsers(sub)
    cli_review.add_parsers(sub)
    cli_model.add_parsers(sub)
    from annotator import cli_labels, cli_methods, cli_place

    cli_labels.add_parsers(sub)
    cli_methods.add_parsers(sub)
    cli_place.add_parsers(sub)

    s = sub.add_parser("restore", help="bring back a backup of the project database")
    s.add_argument("project")
    s.add_argument("backup", nargs="?",
                   help="backup file, or its name in the project's backups folder (default: the newest)")
    s.add_argument("--list", action="store_true", help="list the backups")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("gui", help="open the window on a project")
    s.add_argument("project", nargs="?")
    s.set_defaults(func=cmd_gui)
    from annotator.cli_help import explain

    explain(p)
    return p


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush of what is
    still buffered for a reader that went away raises nothing either."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parse(parser, argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    core_warnings = _Warnings(logging.WARNING)
    if args.command != "gui":  # the window shows a failed backup in its status bar
        logging.getLogger("annotator.core").addHandler(core_warnings)
    from annotator.cli_exit import BROKEN_PIPE, stopped, terminated_as_interrupt
    from annotator.cli_streams import prepare_streams

    prepare_streams()

    try:
        no_empty_paths(args)
        projects_as_folders(args)  # P/project.sqlite: P
        if args.command == "gui":  # the window ends its own way
            return args.func(args)
        with terminated_as_interrupt():  # SIGTERM (cron, CI, timeout) cleans up as Ctrl+C does
            return args.func(args)
    except AnnotatorError as e:
        print(f"annotator: error: {e}", file=sys.stderr)
        return 1
    except sqlite3.Error as e:  # the store turns known cases into AnnotatorError; this is the rest
        where = getattr(args, "project", None) or "the project"
        if str(e).startswith("Could not decode to UTF-8"):  # a damaged page SQLite's check cannot see
            print(f"annotator: error: {where}: the database is damaged (a stored text is not valid UTF-8); nothing "
                  f"more was done — 'annotator restore {as_argument(where)}' brings back a backup", file=sys.stderr)
            return 1
        print(f"annotator: error: {where}: the database could not be used ({e}); nothing more was done",
              file=sys.stderr)
        return 1
    except BrokenPipeError:  # `annotator … | head`: the reader had enough; nothing to say about it
        _quiet_stdout()
        return BROKEN_PIPE  # as a shell reports a program ended by SIGPIPE
    except OSError as e:
        print(f"annotator: error: {e.filename or ''}{': ' if e.filename else ''}{e.strerror or e}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt as e:  # _interrupted may say what was stored before it
        word, code = stopped(e)
        print(f"annotator: {word}{'; ' if str(e) else ''}{e}", file=sys.stderr)
        return code
    finally:
        _backup_warnings()
        logging.getLogger("annotator.core").removeHandler(core_warnings)
