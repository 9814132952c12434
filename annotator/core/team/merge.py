"""Merging coders' projects into one: every coder's spans and links kept apart, nothing overwritten.

- **Documents by their text.** A source document is matched to the target's by the sha256 of its
  text, never by its name (a document renamed in one project still matches). A document the
  target lacks comes along with its title and metadata (under a free name if its name is taken
  by another text); the target's own documents keep their names, metadata and done marks.
- **The coders' decisions.** A span comes along when its status is one of ``statuses``
  (default accepted and rejected: what a coder decided; open suggestions are nobody's work and
  stay behind), and a link when its status is one of them and both its spans came along (or
  were there). Labels the target lacks are added; the target's labels the source lacks are named
  in the report (a label renamed in a coder's copy: that coder marked none of the lead's). A label
  of a package the target renamed since it handed it out (or the coder renamed in their copy), or
  one the target has in another case, is the target's (:mod:`.merged_labels`).
- **Apart by annotator.** Each span keeps its annotator; a span with none gets the source's name
  (its folder's name, a zip's file name without .zip), and the report says so; a link with none
  gets its span's (a link rejected with its span, by the coder who rejected the span).
  Each annotator's spans are a layer of their own (:mod:`annotator.core.store.span_index`), whose
  name is recorded as one of the project's coders (``Store.coders``: the user's edits leave a coder's
  spans as they are; a merged project merged again brings its coders along), so
  two coders' spans of one label may overlap; a span that would overlap another of the same
  annotator and label (that coder merged from two projects that differ) is refused and reported.
- **Idempotent.** A span is identified by (its document's sha256, start, end, label, annotator):
  one that is there already is left as it is (its status, value and note are never
  overwritten), so merging twice adds nothing. A coder's copy holding one key twice (a suggestion
  they rejected, then labelled by hand) brings the span in play, not the rejected twin. A link
  is not added when its span has an open link of that kind already (or the same rejected one).
  What the source's coders hold here and the source no longer holds as it is (a span they
  deleted, relabelled, moved or decided otherwise in their copy since an earlier merge) is left
  too, and counted in the report; so is a coder's name that an earlier source of the same merge
  brought (two people of one name are one layer), unless the source adds nothing of theirs and
  holds all they have here (the same copy given twice).
- **Older coders' projects.** A source folder of an older schema is read from a temporary copy:
  opening it in place would migrate it, and the coder's older annotator could no longer open it.
- **The target's settings.** Its labels' guides and its model settings (``store.model_settings``)
  stay as they are: a coder's copy never changes what the lead chose.

Each document is one write (itself when new, its spans, their links, their coders: a merge killed midway left
spans without links or coders); before the first, a backup of the target
is made whatever the newest one holds (``project-<time>-before-merge.sqlite``, :attr:`MergeReport.backup`):
'annotator restore P <that backup>' takes back the merge and nothing else (the newest backup may be older than
the lead's last edits, or made since by another program). None can be made: nothing is merged.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.models import Annotation, Document, Link
from annotator.core.store import Store
from annotator.core.store.received import check_received
from annotator.core.store.tombstones import span_key
from annotator.core.team.corrected import Replaced, compare, link_tombstones_of, revived, take_in, tombstones_of
from annotator.core.team.merge_coders import (
    again_line,
    handed_lines,
    handed_to,
    note_strangers,
    restore_command,
    stranger_line,
)
from annotator.core.team.merge_said import added_line, first_names, older_line
from annotator.core.team.merged_labels import labels_here
from annotator.core.team.older_source import copied, older_schema
from annotator.core.team.package import named_by_zip, unpacked
from annotator.paths import DB_FILENAME, project_folder

MERGED_STATUSES = ("accepted", "rejected")
BEFORE_MERGE = "before-merge"  # the reason in the name of the backup a merge makes first
SpanKey = tuple[int, int, str, str]  # start, end, label, annotator (within one document)


@dataclass
class SourceReport:
    """What one source brought into the target."""

    source: str  # as given (a folder or a zip)
    unnamed_as: str  # the annotator given to spans and links that had none
    documents_added: list[str] = field(default_factory=list)
    documents_matched: int = 0
    target_had_documents: bool = False  # the target held documents before this source (added ones are named)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (name in the source, name in the target)
    differs: list[tuple[str, str]] = field(default_factory=list)  # added under a free name: its name holds another text
    spans_added: Counter[str] = field(default_factory=Counter)  # per annotator
    spans_there: int = 0
    spans_unnamed: int = 0  # of those added, the ones that had no annotator
    refused: list[tuple[str, str]] = field(default_factory=list)  # (document, why)
    links_added: int = 0
    links_not_added: int = 0  # there already, or their span has another link of that kind
    labels_added: list[str] = field(default_factory=list)
    labels_missing: list[str] = field(default_factory=list)  # the target's labels the source lacks
    labels_as: dict[str, str] = field(default_factory=dict)  # a label of the source -> the target's it is
    coders: set[str] = field(default_factory=set)  # the annotators of the source's merged spans
    stale: Counter[str] = field(default_factory=Counter)  # per coder: spans here the source holds otherwise
    stale_links: Counter[str] = field(default_factory=Counter)  # per coder: links of spans both hold, alike
    replace: bool = False  # the source is its coders' corrected copy: what it holds otherwise is replaced (.corrected)
    replaced: Replaced = field(default_factory=Replaced)
    older_than_here: Counter[str] = field(default_factory=Counter)  # per coder: documents it is older in (.corrected)
    older_in: dict[str, list[str]] = field(default_factory=dict)  # per coder: those documents' names here
    same_name: dict[str, str] = field(default_factory=dict)  # coder -> the earlier source that brought them
    repeated: dict[str, str] = field(default_factory=dict)  # the same, when this source added nothing of theirs
    older: int | None = None  # the schema of a folder an older annotator made (read from a copy)
    rename: dict[str, str] = field(default_factory=dict)  # an annotator name -> the name stored here
    foreign: list[str] = field(default_factory=list)  # refused whole: its documents, none of them the project's
    strangers: list[str] = field(default_factory=list)  # its coders not the project's, while coders of it (idle)
    idle: list[str] = field(default_factory=list)  # hold no span: another name given in the copy? (.merge_coders)
    handed_for: str = ""  # the coder a package was handed out to (export-package --coder)
    others: list[str] = field(default_factory=list)  # the names its copy brings besides theirs: one is theirs
    restore: str = "annotator restore"  # the command taking its merge back (.merge_coders.restore_command)

    def coder(self, who: str) -> str:
        """The name ``who`` (a span's annotator in the source) is stored under here."""
        who = who or self.unnamed_as
        return self.handed_for if [who] == self.others else self.rename.get(who, who)

    def lines(self) -> list[str]:
        if self.foreign:
            n, names = len(self.foreign), first_names(self.foreign)
            return [f"refused {self.source}: none of its {n} document(s) ({names}) is in the project (a package of "
                    "another project?): nothing of it merged; 'annotator merge --new-documents' adds them all the same"]
        added = sum(self.spans_added.values())
        who = ", ".join(f"{name}: {n}" for name, n in self.spans_added.most_common())
        out = [f"from {self.source}: {len(self.documents_added)} document(s) added, {self.documents_matched} matched; "
               f"{added} span(s) added{f' ({who})' if who else ''}, {self.spans_there} already there; "
               f"{self.links_added} link(s) added, {self.links_not_added} already there or in conflict"]
        if self.documents_added and self.target_had_documents:
            out.append(self._added_line())
        if not self.coders:
            out.append(f"  {self.source} holds no accepted or rejected span (open suggestions stay behind): "
                       "not coded yet, or the package as it was handed out?")
        if self.older is not None:
            out.append(f"  {self.source} is a project of an older annotator (schema {self.older}): read from a copy, "
                       "its folder left as it was (its coder's annotator still opens it)")
        out += [f"  annotator {old} stored as {new} here (--rename)" for old, new in sorted(self.rename.items())]
        out += handed_lines(self.source, self.handed_for, self.others)
        if self.labels_added:
            out.append(f"  labels added: {', '.join(self.labels_added)}")
        out += [f"  label {old} of {self.source} is {new} here (the same label under another name): its spans are "
                f"merged as {new}" for old, new in sorted(self.labels_as.items())]
        if self.labels_missing:
            missing, extra = ", ".join(self.labels_missing), ", ".join(self.labels_added)
            renamed = f" (renamed there as {extra}? its spans are here under that name)" if extra else ""
            out.append(f"  {self.source} has no label {missing}{renamed}: its coder could mark none, so the "
                       f"agreement counts none of their {missing} spans")
        if self.spans_unnamed:
            out.append(f"  {self.spans_unnamed} span(s) had no annotator name: stored as {self.unnamed_as!r} "
                       "(the source's name)")
        out += [f"  document {src} is {dst} here (the same text)" for src, dst in self.renamed]
        out += [f"  document {src}: its text differs from {src} here; added as {dst} (its spans are there)"
                for src, dst in self.differs]
        out += [f"  refused in {doc}: {why}" for doc, why in self.refused]
        again = "" if self.replace else " (a corrected copy? merge it again with --replace to take its version)"
        out += [f"  {n} span(s) of {who} here are not in {self.source} as they are (deleted, relabelled, moved "
                f"or decided otherwise there since an earlier merge): left as they are{again}"
                for who, n in sorted(self.stale.items())]
        out += [f"  {n} link(s) of {who} here are not in {self.source} (removed or linked otherwise there since an "
                f"earlier merge): left as they are{again}" for who, n in sorted(self.stale_links.items())]
        out += [f"  {n} span(s) of {who} here that {self.source} no longer holds as they are (deleted, relabelled, "
                "moved or decided otherwise there) replaced by its version (--replace)"
                for who, n in sorted(self.replaced.spans.items())]
        out += [self._older_line(who, n) for who, n in sorted(self.older_than_here.items())]
        if self.replaced.links:
            out.append(f"  {self.replaced.links} link(s) of its coders here that {self.source} no longer holds "
                       "replaced by its links (--replace)")
        out += [f"  annotator {who} came from {earlier} too: their spans are one layer here (two people of one "
                f"name? take this merge back with '{self.restore}' and merge {self.source} alone with "
                f"--rename {who}=ANOTHER_NAME)"
                for who, earlier in sorted(self.same_name.items())]
        out += [f"  the same spans of {who} as {earlier} (given twice?): nothing added"
                for who, earlier in sorted(self.repeated.items())]
        return out + ([stranger_line(self.source, self.strangers, self.idle)] if self.strangers else [])

    def _older_line(self, who: str, n: int) -> str:
        return older_line(self.source, who, n, self.older_in.get(who, []))

    def _added_line(self) -> str:
        return added_line(self.source, self.documents_added, self.documents_matched)


@dataclass
class MergeReport:
    target: str
    sources: list[SourceReport] = field(default_factory=list)
    again: list[str] = field(default_factory=list)  # restore, then merge under the coders' names (.merge_coders)
    renames: str = ""  # the --rename pairs that merge takes
    backup: str = ""  # the backup made right before the merge's first write (its path; "" on a read-only project)

    @property
    def refused(self) -> list[SourceReport]:
        """The sources refused whole (a package of another project)."""
        return [s for s in self.sources if s.foreign]

    def lines(self) -> list[str]:
        out = [line for s in self.sources for line in s.lines()]
        out += [again_line(self.renames, self.again)] if self.again else []
        added = sum(sum(s.spans_added.values()) for s in self.sources)
        docs = sum(len(s.documents_added) for s in self.sources)
        out.append(f"merged {len(self.sources) - len(self.refused)} source(s) into {self.target}: {docs} document(s) "
                   f"and {added} span(s) added")
        return out


def merge(target: Store, sources: Iterable[str | Path], *, statuses: Iterable[str] = MERGED_STATUSES,
          rename: Mapping[str, str] | None = None, replace: bool = False, new_documents: bool = False) -> MergeReport:
    """Bring each of ``sources`` (project folders, or zips holding one) into ``target``; ``rename``:
    the sources' annotator names stored under another name (two coders who gave one name); ``replace``:
    the sources are their coders' corrected copies, whose version replaces what they hold otherwise here
    (:mod:`.corrected`). A source none of whose documents the project held as the merge began (a package
    of another project, sent by mistake) is refused whole and reported, the others merged, unless
    ``new_documents`` (or the project held no document: a project built from the coders' copies)."""
    report = MergeReport(str(target.folder))
    sources = list(sources)
    for source in sources:  # a name mistyped third in the list merged the first two, then said only this
        if not Path(source).exists():
            raise AnnotatorError(f"{source}: no such project folder or package")  # (the window translates it)
    wanted = list(statuses)
    known = set() if new_documents else {key for d in target.documents() for key in (d.sha256, d.name)}
    brought: dict[str, str] = {}  # coder -> the first source of this merge that holds them
    before = set(target.coders())
    if not target.read_only:  # (a read-only project refuses the first write, saying why)
        report.backup = str(target.backup_now(BEFORE_MERGE))
    for source in sources:
        one = merge_one(target, source, statuses=wanted, rename=rename, replace=replace, known=known)
        # a copy older than what is here for a coder is said so: neither the same copy given twice nor a namesake
        coders = {who for who in one.coders if who not in one.older_than_here}
        again = {who: brought[who] for who in coders if who in brought}
        one.repeated = {who: s for who, s in again.items() if not one.spans_added[who] and not one.stale[who]
                       and not one.stale_links[who]}
        one.same_name = {who: s for who, s in again.items() if who not in one.repeated}
        brought.update({who: one.source for who in coders if who not in brought})
        one.restore = restore_command(report)  # its own backup: the newest may be older, or made since
        report.sources.append(one)
    note_strangers(target, report, before, rename=rename or {}, replace=replace, new_documents=new_documents)
    return report


def merge_one(target: Store, source: str | Path, *, statuses: Iterable[str] = MERGED_STATUSES,
              rename: Mapping[str, str] | None = None, replace: bool = False,
              known: set[str] | frozenset[str] = frozenset()) -> SourceReport:
    """One source into ``target``; refused whole (``SourceReport.foreign``) when ``known`` (the sha256 and the
    names of the project's documents) holds none of its documents (by text, or by name: a text that differs is
    said so, :func:`_target_document`)."""
    statuses, path = list(statuses), project_folder(source)  # its database named: the project
    if not path.exists():
        raise AnnotatorError(f"{path}: no such project folder or package")
    with ExitStack() as stack:
        folder = stack.enter_context(unpacked(path)) if path.is_file() else path
        name = path.stem if path.is_file() else path.resolve().name
        if (folder / DB_FILENAME).resolve() == target.path.resolve():
            raise AnnotatorError(f"{path}: is the project being merged into")
        older = older_schema(folder) if path.is_dir() else None
        if older is not None:  # opening it would migrate the coder's own project out of their annotator's reach
            folder = stack.enter_context(copied(folder, name))
        named = named_by_zip(path, folder) if path.is_file() else named_by_zip(path, folder, "the project")
        with named:  # the source's errors (a text no longer its sha256) name it, not the temporary folder
            other = stack.enter_context(Store.open(folder))
            check_received(other)  # damaged on its way: refused before anything of it is merged
            report = SourceReport(str(source), name, older=older, rename=dict(rename or {}),
                                  target_had_documents=bool(target.documents()), replace=replace)
            report.handed_for, report.others = handed_to(other, statuses, report.rename)  # (export-package --coder)
            documents = other.documents()
            if known and documents and not any(doc.sha256 in known or doc.name in known for doc in documents):
                report.foreign = [doc.name for doc in documents]  # nothing of it written
                return report
            report.coders = {report.coder(who) for who, _label, status in other.count_by_annotator()
                             if status in statuses}
            _add_labels(target, other, report)
            # its coders are the project's (store/coders.py), and a merged project's own coders come along
            coders = report.coders | {report.coder(who) for who in other.coders()}
            for doc in documents:
                assert doc.id is not None  # a stored document
                _merge_document(target, other, doc.id, statuses, report, coders)
            target.add_coders(coders, "merge")  # (a source without documents)
    return report


def _add_labels(target: Store, source: Store, report: SourceReport) -> None:
    have, report.labels_as = target.labels(), labels_here(target, source)
    theirs = {report.labels_as.get(name, name) for name in source.label_names()}
    report.labels_missing = [label.name for label in have if label.name not in theirs]
    names, keys = {label.name for label in have}, {label.shortcut for label in have if label.shortcut}
    for label in source.labels():
        if label.name not in names and label.name not in report.labels_as:
            key = label.shortcut if label.shortcut not in keys else ""
            target.add_label(label.name, label.color, key, label.description, alike=True)  # beside its like there
            keys.add(key)
            report.labels_added.append(label.name)


def _target_document(target: Store, doc: Document, report: SourceReport) -> int:
    """The target's id of ``doc`` (matched by its text's sha256, else added with its metadata)."""
    found = target.document_id_by_sha(doc.sha256)
    if found is not None:
        report.documents_matched += 1
        name = target.document(found).name
    else:
        added = target.add_document(Document(None, doc.name, doc.title, doc.text, doc.sha256, doc.source_path,
                                             doc.encoding, imported_at=doc.imported_at, metadata=dict(doc.metadata)))
        assert added.id is not None  # a stored document
        found, name = added.id, added.name
        report.documents_added.append(name)
        if name != doc.name:
            report.differs.append((doc.name, name))
            return found
    if name != doc.name:
        report.renamed.append((doc.name, name))
    return found


def _merge_document(target: Store, source: Store, doc_id: int, statuses: list[str], report: SourceReport,
                    coders: set[str]) -> None:
    with target.transaction():  # one write (``replace``: the copy's version in place too), whole or not at all
        target.add_coders(coders, "merge")
        into = _target_document(target, doc := source.document(doc_id), report)
        spans = [a for a in source.annotations(doc_id) if a.status in statuses]
        named = [a.with_(annotator=report.coder(a.annotator), label=report.labels_as.get(a.label, a.label))
                 for a in spans]
        spans, named = _in_play(spans, named)
        here = target.annotations(into)
        links = source.links(doc_id, statuses=statuses)
        copy_ids = {before.id: i for i, before in enumerate(spans) if before.id is not None}
        buried = tombstones_of(source, doc_id, report.coder, report.labels_as)
        named = revived(named, buried)  # a span made again there: as new as its tombstone
        compared = compare(target, into, here, named, copy_ids, links, report.coders, statuses, buried,
                           link_tombstones_of(source, doc_id, report.coder, report.labels_as))
        report.older_than_here.update(compared.older)  # nothing of theirs merged in this document
        for who in compared.older:
            report.older_in.setdefault(who, []).append(target.document(into).name)
        keep = [i for i, a in enumerate(named) if a.annotator not in compared.older]
        spans, named = [spans[i] for i in keep], [named[i] for i in keep]
        if take_in(target, into, compared, report.coders, report.replace, (report.stale, report.stale_links),
                   report.replaced):
            here = target.annotations(into)
        _add_spans(target, into, doc.name, spans, named, here, compared.links, report)


def _add_spans(target: Store, into: int, doc_name: str, spans: list[Annotation], named: list[Annotation],
               here: list[Annotation], links: list[Link], report: SourceReport) -> None:
    """The source's spans (``named``: under their names here) the document ``into`` lacks, then their links."""
    if not spans:
        return
    there = {span_key(a) for a in here}
    new, unnamed = [], set()
    for before, a in zip(spans, named, strict=True):
        if span_key(a) in there:
            report.spans_there += 1
            continue
        there.add(span_key(a))
        new.append(a.with_(id=None, document_id=into))
        if not before.annotator:
            unnamed.add(span_key(a))
    stored = target.add_annotations(into, new, on_invalid=lambda a, e: report.refused.append((doc_name, str(e))))
    for c in stored.annotation_changes:
        if c.after is not None:
            report.spans_added[c.after.annotator] += 1
            report.spans_unnamed += span_key(c.after) in unnamed
    _merge_links(target, into, spans, named, links, report)


def _in_play(spans: list[Annotation], named: list[Annotation]) -> tuple[list[Annotation], list[Annotation]]:
    """One span per key: a coder who rejected a suggestion and then labelled the same words by hand
    holds the key twice (rejected and accepted); the span in play is their decision, the rejected
    twin stays behind (the target keeps one span per key)."""
    chosen: dict[SpanKey, int] = {}
    for i, a in enumerate(named):
        if span_key(a) not in chosen or (named[chosen[span_key(a)]].status == "rejected" and a.status != "rejected"):
            chosen[span_key(a)] = i
    keep = sorted(chosen.values())
    return [spans[i] for i in keep], [named[i] for i in keep]


def _merge_links(target: Store, into: int, spans: list[Annotation], named: list[Annotation], links: list[Link],
                 report: SourceReport) -> None:
    """The source's links between spans that came along (or were there), between their target ids."""
    if not links:
        return
    ids: dict[SpanKey, int] = {}
    for a in target.annotations(into):  # a key held twice (rejected and open): the open span wins
        if a.id is not None and (span_key(a) not in ids or a.status != "rejected"):
            ids[span_key(a)] = a.id
    mapped: dict[int, int] = {}
    coder: dict[int, str] = {}  # a link without a name is its span's coder's (it went with their decision)
    for before, a in zip(spans, named, strict=True):
        if before.id is not None and span_key(a) in ids:
            mapped[before.id], coder[before.id] = ids[span_key(a)], a.annotator
    moved = []
    for link in links:
        source = mapped.get(link.source_id)
        dest = mapped.get(link.target_id) if link.target_id is not None else None
        if source is None or (link.target_id is not None and dest is None):
            continue  # one of its spans stayed behind (an open suggestion) or was refused
        moved.append(link.with_(id=None, document_id=into, source_id=source, target_id=dest,
                                annotator=report.coder(link.annotator) if link.annotator else coder[link.source_id]))
    added = len(target.add_links(moved))
    report.links_added += added
    report.links_not_added += len(moved) - added
