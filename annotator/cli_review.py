"""Review work on many documents from the command line, as the window does it one step at a time:
accept or reject open suggestions (the Edit menu's *Accept all* / *Reject all*, here also by origin
and confidence; with --links the suggested links), mark documents done, set a metadata field such
as the jurisdiction, and take what the coders agree on into the gold layer (the Adjudication
panel's *Take all agreed*), rename a document, and remove documents imported by mistake (a file read in the wrong
encoding, say). Each command calls the core and prints what it changed; errors are one line like
every other command's."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import TYPE_CHECKING, Any

from annotator.cli import _doc_ids, _interrupted, _open, _split
from annotator.cli_model import _AsTyped  # said back as typed: "not 90", not "not 90.0"
from annotator.cli_warn import warn
from annotator.core.errors import AnnotatorError
from annotator.paths import as_argument

if TYPE_CHECKING:
    from annotator.core.store import Store
    from annotator.core.store.own_copies import CodersKept


def _documents(store: Any, args: argparse.Namespace, verb: str) -> list[int]:
    """The documents named with --doc, or every one with --all; neither is a mistake, not all of them."""
    if args.doc and args.all:
        raise AnnotatorError(f"{verb}: give --doc NAME… or --all, not both")
    if not args.doc and not args.all:
        raise AnnotatorError(f"{verb}: name the documents with --doc NAME… (or --all for every document of "
                             f"{store.folder})")
    return _doc_ids(store, args.doc) or [d.id for d in store.document_entries()]


def cmd_review(args: argparse.Namespace) -> int:
    from annotator.core.link_review import suggested_links_of
    from annotator.core.review import decide_open
    from annotator.core.suggest.district.follow import accepted_guesses, kept_said

    if args.links:
        return _review_links(args)
    if args.kind:
        raise AnnotatorError("--kind chooses links: give it with --links (review P --accept --links --kind district)")
    status = "accepted" if args.accept else "rejected"
    if args.below is not None and not 0.0 <= args.below <= 1.0:
        raise AnnotatorError(f"--below takes a confidence from 0 to 1, not {args.below}")
    decided: Any = None  # set once the review is stored (in one transaction: all of it or none)

    def stored() -> str:  # a Ctrl+C said only "interrupted": had it accepted half of them?
        if decided is None:
            return f"nothing was {status}: a review is stored whole or not at all"
        spans = len(decided.changes) - len(decided.changes.link_changes)
        return f"the review was stored before it: {status} {spans:,} open suggestion(s) in {args.project}"

    with _open(args.project) as store, _interrupted(stored):
        labels = _split(args.label)
        store.check_label_names(labels)  # an unknown label is a one-line error naming the project's labels
        if args.origin is not None and args.origin not in (known := store.origins()):
            raise AnnotatorError(f"no span of {args.project} has the origin {args.origin!r}; its origins: "
                                 f"{', '.join(known) or 'none (no spans yet)'}")
        decided = decide_open(store, status, labels, _doc_ids(store, args.doc), origin=args.origin,
                              below=args.below, annotator=args.annotator)
        done = decided.changes if decided else None
        guessed = accepted_guesses(store, done) if args.accept else 0  # 鼓楼区 of 南京 in a report of 福州?
        links = len(done.link_changes) if done else 0  # a rejected span's open link suggestions, rejected with it
        changed = len(done) - links if done else 0  # spans, however recorded
        chosen = bool(labels or args.doc or args.origin is not None or args.below is not None)
        open_links = (suggested_links_of(store, done) if done else 0) if chosen else \
            sum(n for (_kind, s), n in store.count_links().items() if s == "suggested")
    print(f"{status} {changed:,} open suggestion(s) in {args.project}"
          + (f", and {links:,} suggested link(s) of theirs" if links else ""))
    if decided and (kept := _kept_theirs(decided.kept, status, args.annotator)):
        print(kept)
    if guessed:  # several units share the name and nothing decided which (no jurisdiction given)
        warn(kept_said(guessed))
    if open_links:  # the links are decided apart: say so, or they stay suggested unnoticed
        named = list(dict.fromkeys(args.doc or ()))
        where = named[0] if len(named) == 1 else "these documents" if named else "the project"
        print(f"{open_links:,} suggested link(s) {'of these spans ' * chosen}stay open: 'annotator review "
              f"{as_argument(args.project)} --accept --links{''.join(f' --doc {as_argument(n)}' for n in named)}' "
              f"(or --reject --links) decides them" + f" and the other suggested links of {where}" * chosen)
    return 0


def _kept_theirs(kept: CodersKept, status: str, annotator: str) -> str:
    """Other coders' open suggestions the review kept theirs (``Store.decide_as``), in one line."""
    copied, left = sum(kept.copied.values()), sum(kept.left.values())
    if not copied and not left:
        return ""
    who = ", ".join(f"{name} {n:,}" for name, n in sorted((kept.copied + kept.left).items()))
    layer = f"{annotator}'s layer" if annotator else "the layer of no one's name (--annotator NAME names yours)"
    said = [f"{copied:,} copied into {layer}, accepted"] if copied else []
    if left:
        said.append(f"{left:,} left as they are ("
                    + ("a span of that layer overlaps them)" if status == "accepted"
                       else "a coder's decisions are changed in adjudication)"))
    return f"{copied + left:,} open suggestion(s) of other coders ({who}) stay theirs: {'; '.join(said)}"


def _review_links(args: argparse.Namespace) -> int:
    """review --links: the suggested links, accepted where both spans are accepted, or rejected."""
    from annotator.core.link_review import check_link_filters, review_links

    status = "accepted" if args.accept else "rejected"
    if args.below is not None:
        raise AnnotatorError("--below chooses spans by confidence; a link has none (choose links by --origin, "
                             "--kind, --label, --doc)")
    kinds, labels = _split(args.kind), _split(args.label)
    with _open(args.project) as store:
        store.check_label_names(labels)
        check_link_filters(labels, kinds)
        if args.origin is not None and args.origin not in (known := store.link_origins()):
            raise AnnotatorError(f"no link of {args.project} has the origin {args.origin!r}; its links' origins: "
                                 f"{', '.join(known) or 'none (no links yet)'}")
        done = review_links(store, status, _doc_ids(store, args.doc), kinds, labels,
                            None if args.origin is None else [args.origin], args.annotator, keep_changes=False)
    print(f"{status} {done.changed:,} suggested link(s) in {args.project}")
    project = as_argument(args.project)
    if done.waiting:
        print(f"left {done.waiting} suggested link(s) whose span is still a suggestion: accept the spans first "
              f"('annotator review {project} --accept'), then the links")
    if done.stale:
        print(f"left {done.stale} suggested link(s) of a rejected span, never accepted: "
              f"'annotator review {project} --reject --links' rejects them")
    if done.theirs:  # li's links stay li's, as a review of spans leaves li's spans (core/link_review.py)
        who = ", ".join(f"{name} {n:,}" for name, n in sorted(Counter(done.theirs).items()))
        print(f"left {len(done.theirs):,} suggested link(s) of other coders ({who}) as they are: "
              f"a coder's decisions are changed in adjudication")
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    done = not args.undone
    with _open(args.project) as store:
        docs = _documents(store, args, "done")
        changed = 0
        with store.transaction():
            for doc_id in docs:
                changed += bool(store.set_document_done(doc_id, done).changes)
    print(f"marked {changed:,} document(s) {'done' if done else 'not done'} "
          f"({len(docs) - changed:,} already were) in {args.project}")
    return 0


def cmd_meta(args: argparse.Namespace) -> int:
    from annotator.core.metadata import checked_field, jurisdiction_fixed
    from annotator.core.suggest.district.follow import Tally, kept_guesses, kept_said, set_metadata

    if (args.field is None) == (args.table is None):
        raise AnnotatorError("meta takes either KEY=VALUE (with --doc or --all) or --from TABLE, one of them")
    if args.table is not None:
        return _meta_from_table(args)
    key, sep, value = args.field.partition("=")
    if not sep or not key.strip():
        raise AnnotatorError(f"meta takes KEY=VALUE (KEY= clears it), not {args.field!r}")
    key, value = checked_field(key, value)  # year=abc was stored; Year=2020 is year
    fix = jurisdiction_fixed(key, value)  # 河池币 451200 was kept beside its valid code
    value = fix.value if fix is not None else value
    with _open(args.project) as store:
        docs = _documents(store, args, "meta")
        changed, coded, given = 0, Tally(), []
        with store.transaction():  # each document's open district suggestions follow its jurisdiction and year
            for doc_id in docs:
                step = set_metadata(store, doc_id, key, value or None)
                changed += bool(step.metadata_changes)
                coded.add(step)
                given += [doc_id] if step.metadata_changes and key == "jurisdiction" and value else []
        uncoded = _without_code(store, docs) if key == "jurisdiction" and value else []
        kept = kept_guesses(store, given)
    what = f"set {key}={value}" if value else f"cleared {key}"
    print(f"{what} on {changed:,} document(s) ({len(docs) - changed:,} unchanged) in {args.project}"
          + "".join(f"; {said}" for said in coded.said()))
    if kept:
        warn(kept_said(kept))
    if fix is not None and not fix.other_writing:
        warn(fix.warning())
    if uncoded:  # a typo (湖里县), a name of several units (鼓楼区): the facts' district codes went without a word
        from annotator.core.division_names import named
        from annotator.core.jurisdiction import Unclear, unclear

        said = unclear(value) or Unclear(value, named(value))  # 宜州市: a former unit, what the table knows
        warn(said.warning(", ".join(uncoded[:3]) + (f" and {len(uncoded) - 3:,} more" if len(uncoded) > 3 else "")))
    return 0


def _meta_from_table(args: argparse.Namespace) -> int:
    from annotator.core.metadata_table import apply_table

    if args.doc or args.all:
        raise AnnotatorError("meta --from takes the documents from the table's document column, not --doc/--all")
    with _open(args.project) as store:
        report = apply_table(store, args.table)
    print(report.line(args.table, args.project) + "".join(f"; {said}" for said in report.coded.said()))
    for warning in report.warnings:
        warn(warning)
    if report.kept:
        from annotator.core.suggest.district.follow import kept_said

        warn(kept_said(report.kept))
    return 0


def _without_code(store: Any, docs: list[int]) -> list[str]:
    """The names of the documents whose jurisdiction, as now set, has no division code."""
    from annotator.core import jurisdiction

    out = []
    for doc_id in docs:
        doc = store.document(doc_id)
        found = jurisdiction.jurisdiction_of(doc, store.iter_annotations(doc_id, labels=["DISTRICT"]))
        if found is not None and not found.district.code:
            out.append(doc.name)
    return out


def cmd_rename(args: argparse.Namespace) -> int:
    """A document given another name (exports, gold files and --doc name it so from now on); its spans,
    links and file (what import-again reads) stay."""
    with _open(args.project) as store:
        [doc_id] = _doc_ids(store, [args.old]) or []  # an unknown name answered with those likely meant
        renamed = store.rename_document(doc_id, args.new)
    if not renamed:
        print(f"nothing changed: {args.old} is named so already")
        return 0
    change = renamed.name_changes[0]
    print(f"renamed {change.before} to {change.after}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with _open(args.project) as store:
        docs, spans, links = store.delete_documents(_doc_ids(store, args.doc))
        shrunk = store.compact_if_sparse()  # the removed rows' pages back to the disk (and out of every backup)
    print(f"removed {docs:,} document(s) with {spans:,} span(s) and {links:,} link(s) from {args.project} "
          f"(the automatic backup before it: 'annotator restore {as_argument(args.project)}')")
    if shrunk:
        print(f"the database file shrank from {_mb(shrunk[0].size)} to {_mb(shrunk[1].size)}")
    return 0


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def cmd_adjudicate(args: argparse.Namespace) -> int:
    from annotator.cli_team import _coders
    from annotator.core.team.adjudication import check_layer, coders_of, disagreements, links_differ, take_agreed

    args.coders = _coders(args.coders)  # "Li Ming,王芳" is two coders, as agreement's --annotators
    with _open(args.project) as store:
        coders = args.coders or coders_of(store, args.layer)
        if args.coders:  # a coder misspelt took nothing of theirs, without a word
            from annotator.core.export.formats import check_filters

            check_filters(store, None, None, args.coders)
        docs = _doc_ids(store, args.doc) or [d.id for d in store.document_entries()]
        try:  # before any document is decided: a refusal half-way left the first ones taken, unsaid; and before
            # the coders are counted: --layer li (a coder's name) was "needs two coders; P has wang", li unnamed
            check_layer(store, args.layer, (a for d in docs for a in store.iter_annotations(
                d, annotators=[args.layer])))
        except AnnotatorError as e:
            raise AnnotatorError(f"{e}: --layer NAME") from e
        if len(coders) < 2:
            from annotator.core.team.unnamed import unnamed_note, unnamed_spans

            has = "--coders names" if args.coders else f"{store.folder} has"
            note = "" if args.coders else unnamed_note(unnamed_spans(store), ["accepted"])
            raise AnnotatorError(f"adjudicate needs two coders or more; {has} {', '.join(coders) or 'none'} "
                                 f"({'name another with' if args.coders else 'name them with'} --coders)"
                                 + (f"; {note}" if note else ""))
        taken, differ, left = 0, 0, Counter[int]()
        for doc_id in docs:
            differ += len(links_differ(store, doc_id, coders, args.layer))
            taken += len(take_agreed(store, doc_id, coders, args.layer).annotation_changes)
            left[doc_id] = sum(not r.decided for r in disagreements(store, doc_id, coders, args.layer))
        alone = _alone(store, coders, docs, args.layer, args.take_alone)
    print(f"took {taken} agreed span(s) of {', '.join(coders)} into layer {args.layer} in {args.project}")
    if left.total():  # "took 885 agreed span(s)" read as done, 94 disagreements not decided
        print(f"  {left.total()} disagreement(s) in {sum(1 for n in left.values() if n)} document(s) left to decide: "
              "the window's Adjudication panel (View › Adjudication) lists them")
    if alone:
        print(alone)
    if differ:  # the same spans, other links: the version most coders linked so was taken
        print(f"  {differ} of the agreed regions the coders linked differently: the links most of them gave were "
              "taken (the first coder's on a tie); the Adjudication panel lists spans, not links: check those")
    return 0


def _alone(store: Store, coders: list[str], docs: list[int], layer: str, take: bool) -> str:
    """The documents one coder alone coded, not decided before, as the Adjudication panel says it: no
    disagreement there, nothing agreed; with ``take``, that coder's spans taken as they are."""
    from annotator.core.team.adjudication import take_alone
    from annotator.core.team.uncompared import still_to_take, summary

    found = still_to_take(store, coders, layer, docs)
    if not found:
        return ""
    if take:
        n = sum(len(take_alone(store, d, coders, layer).annotation_changes) for d in docs)
        return f"  and {n} span(s) as coded where one coder alone coded the document: {summary(found, coders)}"
    return (f"  not adjudicated: {summary(found, coders)} (nothing to compare there); --take-alone (the "
            "Adjudication panel's “Take NAME's spans”) takes that coder's spans as they are")


def cmd_documents(args: argparse.Namespace) -> int:
    from annotator.core.document_overview import document_rows, table_lines

    with _open(args.project, reading=True) as store:
        rows = document_rows(store, done=args.done, with_open=args.open)
    if args.json:  # one JSON document, as every --json writes: an array, an object a document
        print(json.dumps([row.as_dict() for row in rows], ensure_ascii=False))
    else:  # the table alone on standard output (cut, awk, read_csv); its count is a message
        *table, count = table_lines(rows)
        print("\n".join(table))
        print(count, file=sys.stderr)
    return 0


def add_parsers(sub: Any) -> None:
    s = sub.add_parser("documents", help="list the documents: name, done mark, accepted, open and rejected "
                                         "spans, size, year, date, jurisdiction, title (names for --doc)")
    s.add_argument("project")
    which = s.add_mutually_exclusive_group()
    which.add_argument("--done", dest="done", action="store_true", default=None, help="only those marked done")
    which.add_argument("--not-done", dest="done", action="store_false", help="only those not marked done")
    s.add_argument("--open", action="store_true", help="only those with open suggestions")
    s.add_argument("--json", action="store_true", help="one JSON array, an object a document")
    s.set_defaults(func=cmd_documents)

    s = sub.add_parser("review", help="accept or reject open suggestions in bulk (by label, document, origin, "
                                      "confidence)")
    s.add_argument("project")
    what = s.add_mutually_exclusive_group(required=True)
    what.add_argument("--accept", action="store_true")
    what.add_argument("--reject", action="store_true")
    s.add_argument("--label", action="append", help="only these labels (default all)")
    s.add_argument("--doc", action="append", help="only these documents, by name (default all)")
    s.add_argument("--origin", help="only suggestions of this origin (model, gazetteer, amount …)")
    s.add_argument("--below", type=_AsTyped, metavar="P", help="only suggestions with a confidence below P")
    s.add_argument("--annotator", default="", help="name stored with each decision")
    s.add_argument("--links", action="store_true", help="the suggested links instead of spans (--label: the span a "
                                                        "link goes from; accepted only where both spans are)")
    s.add_argument("--kind", action="append", help="with --links: only links of this kind")
    s.set_defaults(func=cmd_review)

    s = sub.add_parser("done", help="mark documents done (or, with --not, not done)")
    s.add_argument("project")
    s.add_argument("--doc", action="append", help="these documents, by name")
    s.add_argument("--all", action="store_true", help="every document of the project")
    s.add_argument("--not", dest="undone", action="store_true", help="mark them not done")
    s.set_defaults(func=cmd_done)

    s = sub.add_parser("meta", help="set a metadata field of documents (jurisdiction=湖里区 350206, date=…)")
    s.add_argument("project")
    s.add_argument("field", metavar="KEY=VALUE", nargs="?", help="KEY= clears the field")
    s.add_argument("--doc", action="append", help="these documents, by name")
    s.add_argument("--all", action="store_true", help="every document of the project")
    s.add_argument("--from", dest="table", metavar="TABLE",
                   help="a .csv or .xlsx table: a 'document' column of names, a column per metadata key (date, "
                        "year, source, jurisdiction, your own); an empty cell leaves the field as it is; all rows "
                        "or none are stored; a workbook annotator exported gives its Documents sheet's metadata")
    s.set_defaults(func=cmd_meta)

    s = sub.add_parser("rename", help="give a document another name (the name exports, gold files and --doc "
                                      "use); its spans, links and file stay")
    s.add_argument("project")
    s.add_argument("old", metavar="OLD", help="the document's name now")
    s.add_argument("new", metavar="NEW", help="its new name")
    s.set_defaults(func=cmd_rename)

    s = sub.add_parser("remove", help="remove documents (imported by mistake, or read in the wrong encoding) "
                                      "with their spans and links")
    s.add_argument("project")
    s.add_argument("--doc", action="append", required=True, help="these documents, by name")
    s.set_defaults(func=cmd_remove)

    s = sub.add_parser("adjudicate", help="take what the coders agree on into the gold layer (the Adjudication "
                                          "panel's Take all agreed), every document or --doc")
    s.add_argument("project")
    s.add_argument("--coders", nargs="+", metavar="NAME", help="the coders compared, apart or separated by "
                   "commas: li wang, li,wang (default every annotator but the layer)")
    s.add_argument("--layer", default="gold", help="the layer's annotator name (default gold)")
    s.add_argument("--doc", action="append", help="only these documents, by name")
    s.add_argument("--take-alone", action="store_true", help="also take, in a document one coder alone coded "
                   "(nothing to compare), that coder's spans as they are (the panel's Take NAME's spans)")
    s.set_defaults(func=cmd_adjudicate)
