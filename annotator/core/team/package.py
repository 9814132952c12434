"""Work packages: a zip holding a new project for one coder, and reading such a zip back.

A package is a zip with one folder, named after the zip (``li.zip`` holds ``li/``), that holds a
project database (``project.sqlite``) and a ``README.txt`` saying how to open it. The project has
the labels of the project it came from (names, colours, keys, descriptions, in order, and their
guides as the project wrote them), its model settings (which model suggests, its minimum
confidence, when it trains again), the chosen documents with their titles and metadata, and, when asked, their spans:

- ``suggestions``: the open suggestions (status suggested) and the suggested links between them,
  so the coder reviews them instead of starting from nothing;
- ``annotations``: every span and link whatever its status, with its annotator (a copy of the
  work itself, such as a coder sending their project back), the spans and links deleted (their
  tombstones, ``store/tombstones.py``, ``store/link_tombstones.py``) and the project's coders
  (``Store.coders``). Without it no coder's accepted spans ever leave the project.

Done marks are not copied: a coder starts with every document open. The zip is written to a
temporary file beside ``out`` and renamed into place when complete (:mod:`annotator.core.writing`).

``open_package`` unpacks a package into a new project folder, all or nothing: into a hidden folder beside it,
renamed into place once the project opens (:func:`annotator.core.writing.atomic_folder`); a folder that holds the
package's project already (opened before: a run killed right after that rename, or the same command twice) is left
as it is and said to be (:mod:`annotator.core.store.project_identity`), any other folder that is not empty refused.
The project it unpacks records what the zip's central directory says of it (:data:`OPENED_FROM`, :func:`zip_mark`):
the window finds the folder a package was opened into by it, without unpacking the zip (:mod:`.opened_where`).
``unpacked`` gives a merge the project inside a zip (a package, or any zip holding one project folder) in a
temporary folder. The temporary folders are named with the process's id, and those of killed runs removed
(:mod:`..working_folders`).
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from annotator.core.errors import AnnotatorError, ProjectError
from annotator.core.models import Document, Link
from annotator.core.store import Store, now
from annotator.core.store.coders import coder_name
from annotator.core.store.db_file import RESTORE_HINT
from annotator.core.store.project_identity import read_identity, read_meta, same_project
from annotator.core.store.received import check_received
from annotator.core.team.merged_labels import record_labels
from annotator.core.working_folders import working_folder
from annotator.core.writing import atomic_folder, atomic_path
from annotator.paths import DB_FILENAME, as_argument

ASK_AGAIN = "ask for the project again"  # a received project that cannot be opened: its sender has it whole
INCLUDE = ("suggestions", "annotations")  # what a package may carry besides the documents
PACKAGE_FOR = "package_for"  # meta: [the coder a package is for, the annotator names it was handed out with]
OPENED_FROM = "opened_from"  # meta of a project open_package unpacked: the zip_mark of the zip it came from
README = """This folder is an annotator project: a package of documents to code.
Open it in the annotator window (File > Open project), or: annotator gui {name}
Send the project folder (or a zip of it) back when done; it is merged with 'annotator merge'.

这个文件夹是一个 annotator 项目（一批待标注的文档）。请用 annotator 打开这个文件夹，
或运行：annotator gui {name}。标注完成后，把整个文件夹（或其 zip 压缩包）交回，用 annotator merge 合并。
"""


@dataclass
class PackageReport:
    out: Path
    documents: int = 0
    spans: int = 0
    links: int = 0
    include: tuple[str, ...] = ()
    labels: list[str] = field(default_factory=list)
    coder: str = ""  # the coder it is handed out to (merged, their copy's own name is stored as theirs)

    def line(self) -> str:
        what = f", {self.spans} span(s) and {self.links} link(s) ({' and '.join(self.include)})" if self.include else ""
        return (f"wrote {self.out}{f' for {self.coder}' if self.coder else ''}: a project of {self.documents} "
                f"document(s){what}, labels "
                f"{', '.join(self.labels)}; open it with 'annotator open-package {as_argument(self.out)} FOLDER'")


def export_package(store: Store, out: str | Path, *, doc_ids: Iterable[int] | None = None,
                   include: Iterable[str] = (), coder: str = "") -> PackageReport:
    """Write a package of ``store``'s documents (``doc_ids``, default all) to ``out`` (a .zip).
    ``include``: any of :data:`INCLUDE`; ``coder``: the coder it is for, recorded in it with the annotator
    names it holds (a merge stores the one other name the coder's copy brings as theirs: .merge_coders)."""
    out = Path(out)
    chosen = tuple(dict.fromkeys(include))
    unknown = [w for w in chosen if w not in INCLUDE]
    if unknown:
        raise AnnotatorError(f"a package can include {' or '.join(INCLUDE)}, not {', '.join(unknown)}")
    if out.suffix.lower() != ".zip":
        raise AnnotatorError(f"{out}: a package is a .zip file")
    ids = list(doc_ids) if doc_ids is not None else [d.id for d in store.documents() if d.id is not None]
    if not ids:
        raise AnnotatorError(f"{store.folder}: no documents to hand out")
    name = out.stem or "package"
    report = PackageReport(out, include=chosen, labels=store.label_names(), coder=coder_name(coder) if coder else "")
    with working_folder("package") as tmp:  # (one a killed run left is removed by the next: .working_folders)
        folder = tmp / name
        with Store.create(folder) as package:
            _copy_labels(store, package)
            record_labels(store, package)  # merged back, a label renamed since is found (.merged_labels)
            package.set_model_settings(store.model_settings())  # the coder suggests as the lead chose
            for doc_id in ids:
                _copy_document(store, package, doc_id, chosen, report)
            if "annotations" in chosen:  # a copy of the work: its coders' layers stay theirs there
                package.add_coders(store.coders(), "package")
            package.set_meta("package_of", store.folder.resolve().name)
            package.set_meta("packaged_at", now())
            if report.coder:
                names = sorted({who for who, _label, _status in package.count_by_annotator()} - {""})
                package.set_meta(PACKAGE_FOR, json.dumps([report.coder, names]))
            package.checkpoint()
        with atomic_path(out) as part:
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as z:
                z.write(folder / DB_FILENAME, f"{name}/{DB_FILENAME}")
                z.writestr(f"{name}/README.txt", README.format(name=name))
            with open(part, "rb") as f:
                os.fsync(f.fileno())
    return report


def _copy_labels(source: Store, package: Store) -> None:
    """The package's labels become the source's, in their order (a new project has none in use),
    with the guides the source's project wrote for them: the coder annotates under its codebook."""
    for label in package.labels():
        package.delete_label(label.name)
    for label in source.labels():
        package.add_label(label.name, label.color, label.shortcut, label.description)
    for name, text in source.label_guides().items():
        package.set_label_guide(name, text)


def _copy_document(source: Store, package: Store, doc_id: int, include: tuple[str, ...],
                   report: PackageReport) -> None:
    doc = source.document(doc_id)
    copy = package.add_document(Document(None, doc.name, doc.title, doc.text, doc.sha256, doc.source_path,
                                         doc.encoding, imported_at=doc.imported_at, metadata=dict(doc.metadata)))
    report.documents += 1
    if not include:
        return
    assert copy.id is not None  # a stored document
    statuses = None if "annotations" in include else ["suggested"]
    spans = list(source.iter_annotations(doc_id, statuses=statuses))
    added = package.add_annotations(copy.id, spans).annotation_changes  # all valid: they were in the source
    ids = {a.id: c.after.id for a, c in zip(spans, added, strict=True) if c.after is not None}
    links = [link for link in source.links(doc_id, statuses=statuses)
             if link.source_id in ids and (link.target_id is None or link.target_id in ids)]
    stored = package.add_links(_moved(link, copy.id, ids) for link in links)
    if "annotations" in include:  # what its coders deleted too: merged back, an older copy is told by it
        package.add_tombstones(copy.id, source.tombstones(doc_id))  # (team/corrected.py)
        package.add_link_tombstones(copy.id, source.link_tombstones(doc_id))
    report.spans += len(added)
    report.links += len(stored)


def _moved(link: Link, doc_id: int, ids: dict[int | None, int | None]) -> Link:
    target = ids[link.target_id] if link.target_id is not None else None
    source = ids[link.source_id]
    assert source is not None  # spans stored in the package have ids
    return link.with_(id=None, document_id=doc_id, source_id=source, target_id=target)


# ------------------------------------------------------------------ reading a zip
def _project_entry(path: Path, z: zipfile.ZipFile) -> zipfile.ZipInfo:
    """The one project database in the zip (at its top or in one folder)."""
    found = [info for info in z.infolist() if PurePosixPath(info.filename).name == DB_FILENAME
             and len(PurePosixPath(info.filename).parts) <= 2 and not info.is_dir()]
    if len(found) != 1:
        raise AnnotatorError(f"{path}: not an annotator package (it should hold one folder with {DB_FILENAME}; "
                             f"found {len(found)})")
    return found[0]


def zip_mark(path: Path) -> str:
    """What the central directory of the zip ``path`` says of its project database (and its write-ahead log): each
    member's name, CRC-32, size and time, read without extracting anything (instant for a zip of thousands of
    reports); two packages written apart hold databases of other bytes (the time each was written, its documents).
    "" where the zip cannot be read or holds no one project."""
    try:
        with zipfile.ZipFile(path) as z:
            return _mark(_project_members(path, z))
    except (AnnotatorError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        return ""


def _project_members(path: Path, z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The zip's project database, with its write-ahead log where the zip holds one."""
    info = _project_entry(path, z)
    with contextlib.suppress(KeyError):
        return [info, z.getinfo(f"{info.filename}-wal")]
    return [info]


def _mark(members: list[zipfile.ZipInfo]) -> str:
    return json.dumps([[m.filename, m.CRC, m.file_size, list(m.date_time)] for m in members])


def _extract(path: Path, dest: Path) -> str:
    """Write the zip's project database into the folder ``dest`` (which exists), with the write-ahead
    log beside it in the zip: a folder zipped while a window had it open holds its latest edits
    there, and SQLite reads them from it when the project opens. Its :func:`zip_mark`, of the members written."""
    try:
        with zipfile.ZipFile(path) as z:
            members = _project_members(path, z)
            entries = list(zip(members, (DB_FILENAME, f"{DB_FILENAME}-wal"), strict=False))
            need, free = sum(e.file_size for e, _name in entries), shutil.disk_usage(dest).free
            if need > free:
                raise AnnotatorError(f"{path}: its project needs {need:,} bytes, {dest} has {free:,} free")
            for entry, name in entries:  # (the entry opened first: a seek its damaged offset fails is the zip's)
                with z.open(entry) as src, atomic_path(dest / name) as part, open(part, "wb") as f:
                    shutil.copyfileobj(src, f, 1 << 20)
                    f.flush()
                    os.fsync(f.fileno())
            return _mark(members)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError,
            OSError) as e:  # (zlib.error: an entry's compressed bytes damaged; NotImplementedError, RuntimeError: a
        # compression method or an encryption zipfile cannot read; OSError: reading the zip, as writing the
        # project is a SaveError of atomic_path's)
        raise AnnotatorError(f"{path}: not a readable zip file ({' '.join(str(e).split())}); it may have been "
                             "cut off while copied or sent: ask for it again") from e


@dataclass
class OpenedPackage:
    """What ``open_package`` did: the project it unpacked, or (``before``) none, the folder holding it already."""
    package: Path
    folder: Path
    documents: int = 0
    spans: int = 0
    labels: list[str] = field(default_factory=list)
    coder: str = ""  # the coder it was handed out to (export-package --coder), "" where it names none
    before: bool = False  # the folder held this package's project already (opened before): nothing done

    def line(self) -> str:
        mine = (f"; it was handed out to {self.coder}: code under that name (the window offers it; --annotator "
                f"{as_argument(self.coder)} on the command line)") if self.coder else ""
        if self.before:
            return (f"{self.folder} already holds the project of {self.package} (opened before): nothing done{mine}; "
                    f"open it with 'annotator gui {as_argument(self.folder)}'")
        return (f"opened {self.package} as project {self.folder}: {self.documents} document(s), {self.spans} span(s), "
                f"labels {', '.join(self.labels)}{mine}; start coding with 'annotator gui {as_argument(self.folder)}'")


def open_package(path: str | Path, dest: str | Path) -> OpenedPackage:
    """Unpack the package ``path`` into the new project folder ``dest`` (absent or empty) and check
    that it opens. A package that is refused leaves no folder. A ``dest`` that holds this package's project
    already (opened before: a run killed right after it put the project there, or the same command twice) is
    left as it is (``before``); any other folder that is not empty is refused. The project unpacked records the
    zip's :func:`zip_mark` (:data:`OPENED_FROM`): the window proposes that folder when the package is opened again."""
    path, dest = Path(path), Path(dest)
    if path.is_dir():  # said "no such package file" of a folder that is there
        project = (path / DB_FILENAME).exists()
        raise AnnotatorError(f"{path}: is {'a project folder' if project else 'a folder'}, not a package; a package "
                             "is the .zip file 'annotator export-package PROJECT -o NAME.zip' makes"
                             + ("; this project opens as it is (annotator gui FOLDER)" if project else ""))
    if not path.is_file():
        raise AnnotatorError(f"{path}: no such package file")
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        if (before := _opened_before(path, dest)) is not None:
            return before
        raise AnnotatorError(f"{dest}: exists and is not an empty folder; name a new folder for the project")
    with atomic_folder(dest) as folder:  # all or nothing: a kill leaves dest as it was (the next run removes folder)
        mark = _extract(path, folder)  # the database and its log both, or neither: the one rename comes after
        with named_by_zip(path, folder), Store.open(folder) as store:
            check_received(store)  # an index no longer its table's, a label read as bytes: refused here
            if mark:
                store.set_meta(OPENED_FROM, mark)
            opened = OpenedPackage(path, dest, len(store.documents()), sum(store.count_annotations().values()),
                                   store.label_names(), handed_out(store)[0])
    return opened


def _opened_before(path: Path, dest: Path) -> OpenedPackage | None:
    """``dest`` as holding the project of the package ``path`` already (store/project_identity.py), read
    without writing into it; None where it holds another project or other files, or the zip cannot be read
    (the folder is refused as not empty, as it was)."""
    here = read_identity(dest) if dest.is_dir() else None
    if here is None:  # no project there: the zip is not unpacked to compare
        return None
    if (mark := read_meta(dest, OPENED_FROM)) and mark == zip_mark(path):  # unpacked from this zip: known at once
        return OpenedPackage(path, dest, coder=_handed_out(here.get(PACKAGE_FOR))[0], before=True)
    try:
        with unpacked(path) as copy:
            theirs = read_identity(copy)
    except AnnotatorError:
        return None
    if theirs is None or not same_project(theirs, here):
        return None
    return OpenedPackage(path, dest, coder=_handed_out(theirs.get(PACKAGE_FOR))[0], before=True)


def handed_out(store: Store) -> tuple[str, list[str]]:
    """The coder a package was handed out to (``export-package --coder``; "" where it records none) and the
    annotator names it held then (:data:`PACKAGE_FOR`)."""
    return _handed_out(store.get_meta(PACKAGE_FOR))


def _handed_out(value: str) -> tuple[str, list[str]]:
    try:
        coder, names = json.loads(value or '["", []]')
    except (ValueError, TypeError):  # a value of no JSON, or not a pair, is no package's
        return "", []
    if not isinstance(coder, str) or not coder or not isinstance(names, list):
        return "", []
    return coder, names


@contextlib.contextmanager
def unpacked(path: str | Path) -> Iterator[Path]:
    """The project folder inside the zip ``path``, unpacked into a temporary folder for as long
    as the block runs."""
    with working_folder("unpacked") as tmp:
        folder = tmp / (Path(path).stem or "package")
        folder.mkdir()
        _extract(Path(path), folder)
        yield folder


@contextlib.contextmanager
def named_by_zip(path: Path, folder: Path, what: str = "the project in this package") -> Iterator[None]:
    """A project unpacked from the zip ``path`` into ``folder`` that cannot be opened is named by the
    zip: the folder is a temporary one, or one taken away again, so its name told the user nothing
    (so is a coder's project folder ``path`` a merge reads, in place or from a copy, with ``what`` "the
    project"). Its hints of backups become :data:`ASK_AGAIN`: 'annotator restore' restores the project of
    whoever runs it, the lead's, not the coder's copy that did not open."""
    try:
        yield
    except ProjectError as e:
        db = str(folder / DB_FILENAME)
        if not str(e).startswith(str(folder)) or str(e)[len(str(folder)):][:1] not in (":", "/", os.sep):
            raise  # another project's (a merge's target, whose path may hold a coder's folder's: li, /home/li/lead)
        said = str(e).removeprefix(f"{db}: ").replace(db, DB_FILENAME).replace(str(folder), str(path))
        before, _dash, hint = said.rpartition(" — ")  # the copy's backups are no one's to restore here: the lead's
        said = f"{before} — {ASK_AGAIN}" if before and "backup" in hint else said  # restore takes the lead's back
        if said.endswith(restore_hint := f"{RESTORE_HINT} — the file was left untouched"):  # cut off on its way
            said = said.removesuffix(restore_hint) + ASK_AGAIN
        raise ProjectError(f"{path}: {what} cannot be opened: {said}") from e
