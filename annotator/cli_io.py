"""The command line's ways in and out of a project: ``annotator import`` (documents),
``annotator import-annotations`` (gold JSONL, doccano JSONL, Label Studio JSON, exported workbooks) and
``annotator export``. Each parses, calls the core (:mod:`annotator.core.imports`,
:mod:`annotator.core.export`) and prints what it did; errors are :class:`AnnotatorError` lines
like every other command's. The shared helpers are looked up on :mod:`annotator.cli` when
called (tests replace them there)."""
from __future__ import annotations

import argparse
import codecs
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from annotator import cli
from annotator.cli_args import project_first
from annotator.cli_exit import DONE, FAILED, PARTLY_DONE
from annotator.cli_export_html import each_document
from annotator.cli_warn import warn
from annotator.core.errors import AnnotatorError
from annotator.core.export import formats as export_formats
from annotator.core.imports import formats as import_formats
from annotator.paths import as_argument


def cmd_import(args: argparse.Namespace) -> int:
    from annotator.core.imports.documents import ImportReport, import_files, is_aside
    from annotator.core.metadata import given_field

    metadata = {}
    for item in args.meta or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise AnnotatorError(f"--meta takes KEY=VALUE, not {item!r}")
        key, value, warnings = given_field(key, value)  # 河池币 451200: the code's name; 鼓楼区: which
        for warning in warnings:
            warn(warning)
        metadata[key] = value
    project_first(args.project, args.files, "annotator import PROJECT FILE_OR_DIR…")
    report = ImportReport()
    under_way = UnderWay(cli._terminal_progress("import"))

    def stored() -> str:
        return f"{len(report.imported):,} document(s) imported before it, each whole" + under_way.left(report)

    with cli._open(args.project) as store, cli._interrupted(stored):
        import_files(store, args.files, metadata=metadata, encoding=args.encoding,
                     progress=under_way.progress, report=report, keep_lines=args.keep_lines)
        names = [d.name for d in store.document_entries()]  # the project's kinds, the new ones among them
    _name_the_remove_command(report, args.project)
    code = _import_code(report)
    repeated = _repeated_by_the_error(report) if code == FAILED else None
    for line in report.lines():  # what was imported on standard output, the files not imported or to look at
        if line != repeated:  # on standard error
            print(line, file=sys.stderr if is_aside(line) else sys.stdout)
    if report.reflowed:
        print("  (to keep a file's line breaks as they are in the file instead, its accepted spans kept: "
              f"'annotator import-again {as_argument(args.project)} --doc NAME --keep-lines')", file=sys.stderr)
    _name_other_kinds([d.name for d in report.imported], names, args.project)
    _name_annotation_files(args.files, args.project)
    if code == FAILED:  # as every other command's error
        print(f"annotator: error: {_nothing_imported(report)}", file=sys.stderr)
    elif code == PARTLY_DONE:  # exit 3 said why nowhere a script's log of errors would look
        print(f"annotator: partly done: {_partly_imported(report)}", file=sys.stderr)
    return code


class UnderWay:
    """The file an import is at, told by its progress (passed on to ``shown``, the terminal's bar): a Ctrl+C
    says how many files were not imported (it said only how many were)."""

    def __init__(self, shown: Any) -> None:
        self.shown, self.index, self.files, self.name = shown, 0, 0, ""

    def progress(self, done: int, total: int, current: Any) -> None:
        from annotator.core.progress import Step

        if isinstance(current, Step):  # within a long PDF or OFD: its pages
            self.index, self.files, self.name = current.index, current.documents, current.name
        elif current:
            self.index, self.files, self.name = done, total, str(current)
        if self.shown is not None:
            self.shown(done, total, current)

    def left(self, report: Any) -> str:
        """"; 315 of 426 file(s) not imported (…)", or "" before the first file or after the last."""
        from annotator.core.imports.names import readable

        if not self.files:
            return ""
        stored = bool(report.imported) and report.imported[-1].source_path == readable(Path(self.name).resolve())
        left = self.files - self.index - stored  # the file under way, unless it was stored, and those after it
        return (f"; {left:,} of {self.files:,} file(s) not imported (the same import again adds them, skipping "
                "those stored)") if left else ""


def _partly_imported(report: Any) -> str:
    """Why an import exits 3, in one line: how many files failed, the first with its reason."""
    from annotator.core.imports.names import shown

    path, why = report.failed[0]
    first = "it" if len(report.failed) == 1 else "the first"
    return (f"{len(report.failed):,} file(s) failed ({first}, {shown(path)}: {why}); {len(report.imported):,} "
            "document(s) imported (a 'failed' line above names each)")


def _repeated_by_the_error(report: Any) -> str | None:
    """The 'failed' line that the error of an import that exits 1 says again, file and reason (one file
    failed, or the write that stopped it): left out, so standard error says it once, in one line."""
    from annotator.core.imports.documents import failed_line

    if not (report.stopped or len(report.failed) == 1):
        return None
    return failed_line(*report.failed[-1 if report.stopped else 0])


def _nothing_imported(report: Any) -> str:
    """Why an import exits 1, in one line: the write that stopped it, or every file failed."""
    from annotator.core.imports.names import shown

    path, why = report.failed[-1] if report.stopped else report.failed[0]
    if report.stopped:
        return (f"{why}; the import stopped at {shown(path)}: {len(report.imported):,} document(s) imported before "
                f"it, {report.not_tried:,} file(s) after it not tried")
    if len(report.failed) == 1:
        return f"{shown(path)}: {why}; nothing was imported"
    return (f"every file failed, nothing was imported: {len(report.failed):,} of them, the first {shown(path)}: "
            f"{why} (a 'failed' line above names each)")


def _name_annotation_files(paths: list[str], project: str) -> None:
    """A folder given to import that holds annotation files (the shared reports' *.gold.jsonl beside
    them) says that import passed over them, and which command reads them (it said nothing of them)."""
    from annotator.core.imports.folders import annotation_files

    for path in paths:
        found = annotation_files([path])
        if found:
            kinds = "/".join(sorted({Path(name).suffix.lower() for name in found}))
            print(f"note: {Path(path)} also holds {len(found)} annotation file(s) ({kinds}), which import does not "
                  f"read: 'annotator import-annotations {as_argument(project)} FILE…' reads them", file=sys.stderr)


def _name_other_kinds(names: list[str], among: list[str], project: str) -> None:
    """The few documents not of the kind most are, named, as the window's status bar names them (the shared
    reports/ folder's notes, LINKS.md and SOURCES-A.md, were imported as reports without a word); not those
    of a folder that mixes kinds on purpose (``formats.other_kinds``)."""
    from annotator.core.imports.formats import other_kinds

    main, others = other_kinds(names, among)
    if not others:
        return
    are = "is not a" if len(others) == 1 else "are not"
    print(f"note: {len(others)} of them {are} {main or '(no suffix)'} file{'s' * (len(others) > 1)}: "
          f"{', '.join(others)}; "
          f"'annotator remove {as_argument(project)} --doc NAME' takes out one imported by mistake", file=sys.stderr)


def _import_code(report: Any) -> int:
    """Stopped, or every file failed: 1; some failed, the others imported or already there: 3 (partly
    done), the same on a second run of the same import (it said 0 the first time, 1 the second)."""
    from annotator.core.imports.documents import ALREADY

    if report.stopped or (report.failed and not report.imported and not any(
            why == ALREADY for _f, why in report.skipped)):
        return FAILED
    return PARTLY_DONE if report.failed else DONE


REMOVE = "annotator remove PROJECT --doc NAME"  # in the core's warnings on a doubtful encoding


def _name_the_remove_command(report: Any, project: str) -> None:
    """A warning's ``annotator remove PROJECT --doc NAME`` with this project and the document's
    name, as it can be typed (the window says it in general terms)."""
    from annotator.core.imports.names import readable

    names = {d.source_path: d.name for d in report.imported}
    for i, (path, why) in enumerate(report.warnings):
        name = names.get(readable(Path(path).resolve()))
        if name is not None and REMOVE in why:
            report.warnings[i] = (path, why.replace(
                REMOVE, f"annotator remove {as_argument(project)} --doc {as_argument(name)}"))


def cmd_import_annotations(args: argparse.Namespace) -> int:
    from annotator.cli_labels import say_missing_labels
    from annotator.core.imports.annotations import AnnotationImportError, import_annotations

    project_first(args.project, args.files, "annotator import-annotations PROJECT FILE…")
    with cli._open(args.project) as store:
        try:
            report = import_annotations(store, args.files, status=args.status, annotator=args.annotator,
                                        encoding=args.encoding)
        except AnnotationImportError as e:  # the other files were imported: say what each stored
            alone = len(args.files) == 1 and not _any_file_taken(e.report)  # the error line says it all
            refused = set(e.report.refusal_lines())  # (it said so three times: added 0, the file's line, the error)
            aside = set(e.report.aside_lines())
            for line in e.report.lines():
                if not alone or line in refused:
                    print(line, file=sys.stderr if line in aside else sys.stdout)
            say_missing_labels(args.project, e.report.rejected)
            if not _any_file_taken(e.report):
                raise
            print(f"annotator: partly done: {e}", file=sys.stderr)  # exit 3, not an error's 1
            return PARTLY_DONE
    aside = set(report.aside_lines())  # what was stored on standard output, what was not on standard error
    for line in report.lines():
        print(line, file=sys.stderr if line in aside else sys.stdout)
    say_missing_labels(args.project, report.rejected)
    counts = report.rejected_by_unit()
    if report.rejected and not _any_file_taken(report):
        refusing = ", ".join(f.path for f in report.files if f.rejected)  # the error names the files, as each says
        print(f"annotator: error: {refusing}: every {' or '.join(counts)} was refused, nothing was imported",
              file=sys.stderr)
        return FAILED
    if report.rejected:  # lines refused, the others stored: exit 3, and one line on stderr, as `import` says
        rejected = " and ".join(f"{n:,} {unit}(s)" for unit, n in counts.items())
        print(f"annotator: partly done: {rejected} rejected, the rest stored (a 'rejected' line above names "
              "each)", file=sys.stderr)
        return PARTLY_DONE
    return DONE


def _any_file_taken(report: Any) -> bool:
    """Whether a file of the import stored something, or held it already."""
    return any(f.stored_anything() or f.unchanged or f.duplicates for f in report.files)


def _export_format(args: argparse.Namespace) -> str | None:
    """The format asked for, --table facts being the facts format; an error for a table no such file holds."""
    fmt = args.format
    if args.table == "annotations" and fmt == "facts":  # the Facts table was written as if not asked
        raise AnnotatorError("--format facts writes the Facts table, --table annotations asks for the Annotations "
                             "table: give one of them; nothing was written")
    if args.table == "facts":
        if fmt not in (None, "csv", "facts"):
            raise AnnotatorError(f"--table facts is a CSV table; it cannot be written as {fmt}")
        if fmt is None and export_formats.named_by_suffix(args.output) not in (None, "csv"):
            raise AnnotatorError(f"--table facts is a CSV table; {args.output} is named for another format: "
                                 "name it .csv (the workbook has the same table on its Facts sheet)")
        fmt = "facts"
    return fmt


def cmd_export(args: argparse.Namespace) -> int:
    from annotator.core.export.formats import export

    fmt, options = _export_format(args), {}
    _check_suffix(fmt, args.output)
    if args.no_doc_comments:
        if (fmt or export_formats.format_for(args.output)) != "conll":
            raise AnnotatorError("--no-doc-comments is an option of the conll format")
        options["doc_comments"] = False
    project_first(args.project, [args.output], "annotator export PROJECT -o FILE")
    if Path(args.output).is_dir() or args.output.endswith(("/", os.sep)):  # said "(Is a directory)"; sub/ wrote sub
        options.update(each_document(fmt, args.output))  # --format html: a file per document in it
    to_stdout = args.output == STDOUT
    if fmt is None and not to_stdout and export_formats.named_by_suffix(args.output) is None and \
            Path(args.output).is_file():  # -o hechi_2015.txt: the report was written over with JSON lines
        raise AnnotatorError(f"{args.output}: exists, and its name's ending names no format (a document, a typo?): "
                             "it is not written over; name the export .xlsx, .csv, .jsonl, .json (Label Studio), "
                             ".conll or .html, or choose --format to write over it; nothing was written")
    if to_stdout:
        if sys.stdout is None:  # `>&-` (a traceback: 'NoneType' object has no attribute 'flush')
            raise AnnotatorError("-o - writes to standard output, which is closed; nothing was written")
        fmt = fmt or export_formats.DEFAULT
        if fmt in BINARY:
            raise AnnotatorError(f"-o - writes to standard output, which takes text; {fmt} is a binary file: "
                                 f"name the file (-o FILE{export_formats.get(fmt).suffix}); nothing was written")
    with cli._open(args.project, reading=True) as store:
        if fmt == "facts":
            store.check_label_names(cli._split(args.label))  # CITY: the project has no such label
            _check_fact_labels(cli._split(args.label))
        filters = dict(statuses=cli._split(args.status) or ["accepted"], labels=cli._split(args.label),
                       doc_ids=cli._doc_ids(store, args.doc), annotators=args.annotator, **options)
        if to_stdout:  # the export on standard output, what it wrote on standard error
            print(_export_to_stdout(store, fmt or export_formats.DEFAULT, filters), file=sys.stderr)
        else:
            from annotator.cli_export_progress import export_step

            with cli._interrupted(lambda: f"nothing was written ({args.output} is as it was)"), \
                    export_step() as step:
                said = export(store, args.output, fmt, step=step, **filters)
            for line in said.split("\n"):  # what was written on standard output, its notes on standard error
                print(line, file=sys.stderr if line.startswith("note: ") else sys.stdout)
            if fmt is None and export_formats.named_by_suffix(args.output) is None:  # -o out.txt: JSON lines, unsaid
                print(f"note: {args.output} holds JSON lines (jsonl): its name's ending names no format; name it "
                      ".xlsx, .csv, .jsonl, .json (Label Studio), .conll or .html, or choose --format", file=sys.stderr)
    return 0


def _check_suffix(fmt: str | None, output: str) -> None:
    """A --format the file's name says is another (a workbook named .csv, a CSV named .xlsx): refused, as
    Excel and pandas go by the suffix and would not read the file a colleague is handed."""
    named = export_formats.named_by_suffix(output) if output != STDOUT else None
    if fmt is None or named is None or Path(output).suffix.lower() in export_formats.get(fmt).suffixes:
        return
    wanted = export_formats.get(fmt).suffix
    raise AnnotatorError(f"{output}: is named for {named}, but --format {fmt} writes "
                         f"{export_formats.get(fmt).title}: name it {wanted} (or leave out --format); "
                         "nothing was written")


STDOUT = "-"  # -o -: standard output, as in most commands (a file named '-' is -o ./-)
BINARY = frozenset(("xlsx",))  # formats standard output does not take


def _export_to_stdout(store: Any, fmt: str, filters: dict[str, Any]) -> str:
    """Write ``fmt`` to a temporary file (the writers replace a file only when complete), then copy
    its bytes to standard output: the same bytes as ``-o FILE`` but a CSV file's byte-order mark
    (there for Excel, a stray character for the programs a pipe feeds). Returns the line saying
    what was written."""
    from annotator.core.export.formats import export
    from annotator.core.working_folders import working_folder

    with working_folder("export") as folder:  # (one a killed run left is removed by the next)
        out = folder / f"export{export_formats.get(fmt).suffix}"
        if export_formats.get(fmt).side_file:  # nothing is beside standard output (Label Studio's config)
            filters = {**filters, "side_file": False}
        line = export(store, out, fmt, **filters)
        try:
            sys.stdout.flush()
            with open(out, "rb") as f:
                if f.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                    f.seek(0)
                shutil.copyfileobj(f, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as e:  # a full disk under `> out.jsonl`: said 'No space left on device', naming nothing
            raise AnnotatorError(f"standard output could not be written ({e.strerror or e}): what reached it is "
                                 "cut off; export to a file (-o FILE) to have it whole or not at all") from e
    return line.replace(str(out), "standard output")


def _check_fact_labels(labels: list[str] | None) -> None:
    """A label the Facts table has no rows of (DISTRICT: its columns) wrote an empty table without a word."""
    from annotator.core.export.facts import FACT_LABELS

    if labels is not None and not set(labels) & set(FACT_LABELS):
        raise AnnotatorError(f"the Facts table has a row per {', '.join(FACT_LABELS)}, none per "
                             f"{', '.join(labels)} (a district is a row's columns); --label {FACT_LABELS[0]} …, "
                             "or the Annotations table (without --table facts)")


def add_parsers(sub: Any) -> None:
    """``annotator import``, ``import-annotations``, ``export``."""
    suffixes = "/".join(import_formats.ordered(import_formats.DOCUMENTS))
    s = sub.add_parser("import", help=f"import {suffixes} files and folders", description=(
        f"import {suffixes} files and folders; old Word .doc, WPS .wps, .rtf and .odt files too where LibreOffice "
        "is installed (soffice on PATH or where its installer puts it, or ANNOTATOR_SOFFICE=path): it converts "
        "them to .docx, many files per start, in a temporary folder, and they import as .docx does, under their "
        "own names; without it they are named as not read, with the command that converts a folder of them"))
    s.add_argument("project")
    s.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    s.add_argument("--meta", action="append", metavar="KEY=VALUE",
                   help="metadata stored with each imported document (source, date, notes …)")
    s.add_argument("--encoding", metavar="NAME",
                   help="read text files in this encoding (gb18030, big5, big5hkscs, utf-16-le …) instead of guessing")
    s.add_argument("--keep-lines", action="store_true",
                   help="keep every line break: do not re-flow text copied from a PDF (lines wrapped at the "
                        "page's width joined, page-number lines removed, spaces between Chinese characters "
                        "removed)")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("import-annotations",
                       help="import annotations (gold JSONL, doccano JSONL, Label Studio JSON, exported .xlsx)")
    s.add_argument("project")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--status", default="accepted", choices=["accepted", "suggested"])
    s.add_argument("--annotator", default="", help="name stored with each imported span")
    s.add_argument("--encoding", metavar="NAME", help="read JSON Lines and Label Studio files in this encoding "
                   "(gb18030, big5, utf-16-le …) instead of guessing; a workbook is read as it is")
    s.set_defaults(func=cmd_import_annotations)

    s = sub.add_parser("export", help="export annotations")
    s.add_argument("project")
    s.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="the file written; - writes a text format to standard output (not xlsx); with --format "
                        "html a folder (DIR/) takes one file per document")
    s.add_argument("--format", choices=export_formats.names(),
                   help=f"default: from the file suffix, else {export_formats.DEFAULT}")
    s.add_argument("--status", action="append", help="statuses to export (default accepted), comma-separated")
    s.add_argument("--label", action="append", help="labels to export (default all)")
    s.add_argument("--doc", action="append", help="document names to export (default all)")
    s.add_argument("--annotator", action="append", metavar="NAME",
                   help="only this annotator's spans (a coder of a merged project, or gold); repeat for more")
    s.add_argument("--table", choices=["annotations", "facts"],
                   help="csv: the Annotations table (default) or the Facts table (one row per amount, target "
                        "and project, with year and district code) for Stata, R and pandas")
    s.add_argument("--no-doc-comments", action="store_true",
                   help="conll: no '# doc: NAME' line before each document (spacy convert reads it as a token)")
    s.set_defaults(func=cmd_export)
