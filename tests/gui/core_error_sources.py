"""The core's error sentences of handing out, opening and merging packages, for ``test_core_errors``
(each made by the core itself), and the helpers both use: a small project, the message a call raises."""
from __future__ import annotations

import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.team import package
from annotator.core.team.merge import merge
from annotator.paths import DB_FILENAME

TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。"


def raised(call: Callable[[], object]) -> str:
    with pytest.raises(AnnotatorError) as info:
        call()
    return str(info.value)


def small_project(folder: Path, spans: int = 0) -> Path:
    """One document (and ``spans`` accepted districts), its log folded into the file; no backups."""
    with Store.create(folder) as store:
        doc = store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
        for i in range(spans):
            store.add_annotation(doc.id, i * 3, i * 3 + 3, "DISTRICT")
        store.checkpoint()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    return folder



def team(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    """Handing out, opening and merging packages (the window's Team menu, a dropped zip)."""
    lead = small_project(tmp / "lead", spans=3)
    tmp.joinpath("junk.zip").write_bytes(b"not a zip")
    with zipfile.ZipFile(tmp / "empty.zip", "w") as z:
        z.writestr("notes.txt", "no project here")
    (tmp / "a-folder").mkdir()
    (tmp / "full").mkdir()
    (tmp / "full" / "x.txt").write_text("x")
    coder = small_project(tmp / "coder", spans=1)  # a coder's folder damaged on its way: a label not UTF-8
    sqlite3.connect(coder / DB_FILENAME, isolation_level=None).execute("UPDATE labels SET description = X'FFFE'")
    with Store.open(lead) as store:
        out = [raised(lambda: package.export_package(store, tmp / "p.7z")), raised(lambda: merge(store, [coder])),
               raised(lambda: package.export_package(store, tmp / "p.zip", doc_ids=[]))]
        package.export_package(store, tmp / "good.zip")
        out += [raised(lambda: merge(store, [tmp / "absent.zip"])), raised(lambda: merge(store, [lead]))]
    out += [raised(lambda: package.open_package(tmp / "empty.zip", tmp / "new1")),
            raised(lambda: package.open_package(tmp / "junk.zip", tmp / "new2")),
            raised(lambda: package.open_package(lead, tmp / "new3")),
            raised(lambda: package.open_package(tmp / "a-folder", tmp / "new4")),
            raised(lambda: package.open_package(tmp / "absent.zip", tmp / "new5")),
            raised(lambda: package.open_package(tmp / "good.zip", tmp / "full"))]
    with Store.create(tmp / "coders") as store:  # the coders (Coders…)
        from annotator.core.store.coders import coder_name

        out.append(raised(lambda: store.remove_coders(["li"])))
        store.add_coders(["wang"], "added")
        out += [raised(lambda: store.remove_coders(["li"])), raised(lambda: coder_name(" "))]
    with mp.context() as m:  # a disk too full for the project the package holds
        m.setattr(package.shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 10, 10))
        out.append(raised(lambda: package.open_package(tmp / "good.zip", tmp / "new6")))
    return out


def renames(folder: Path) -> list[str]:
    """A document's rename refused (a name taken, by a document with a title and by one without; empty; a line
    break) and its undo over another program's rename (core/store/documents.py rename_document)."""
    with Store.open(folder) as store, Store.open(folder) as other:
        for name, title, text in (("b.txt", "湖里区", TEXT + "b"), ("c.txt", "", TEXT + "c")):
            store.add_document(Document(None, name, title, text, sha256(text)))
        step = store.rename_document(1, "mine.txt")
        other.rename_document(1, "theirs.txt")
        return [raised(lambda name=name: store.rename_document(1, name)) for name in ("b.txt", "c.txt", " ", "a\nb")] \
            + [raised(lambda: store.revert(step))]
