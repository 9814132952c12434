"""*Import again* (a file imported with a guessed encoding, read again with another) read the file, then
removed the document, then imported the file: a failure in the last step (a full disk, a locked project,
a crash between the two) lost the document and every span on it. Now the file is read first and the
document replaced in ONE write: a failure leaves the old document, its spans and links untouched; the
accepted spans whose text the new reading holds where their place maps to are kept, with their links."""
from __future__ import annotations

import pytest

from annotator.core.errors import DiskWriteError, ImportFileError
from annotator.core.imports.again import import_again, read_again
from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from annotator.core.undo import UndoHistory

TEXT = "Amt Bonn plant Neubau.\nStraßenbau in Köln für 5 Mio. Euro geplant.\n" * 3  # GB18030 reads it too


def _project(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    store = Store.create(tmp_path / "p")
    (doc,) = import_files(store, [path], encoding="cp1252").imported
    history = UndoHistory(store)
    district = history.push(store.add_annotation(doc.id, 4, 8, "DISTRICT")) and store.annotations(doc.id)[0]
    history.push(store.add_annotation(doc.id, 15, 21, "PROJECT"))
    project = next(a for a in store.annotations(doc.id) if a.label == "PROJECT")
    history.push(store.add_link(project.id, "district", district.id))
    köln = TEXT.index("Köln")
    history.push(store.add_annotation(doc.id, köln, köln + 4, "DISTRICT"))  # not where GB18030 reads it
    history.push(store.add_annotation(doc.id, 0, 3, "DISTRICT", status="suggested"))
    return store, path, doc, history


def _whole(store, doc_id):
    return store.document(doc_id), store.annotations(doc_id), store.links(doc_id)


def _fail_as_spans_go(store, monkeypatch):
    def full(self, ann_id, new_label=None):
        raise DiskWriteError(f"{self.path}: could not write (disk full); nothing was saved")

    monkeypatch.setattr(Store, "_drop_links_of", full)


def _fail_after_the_text(store, monkeypatch):
    real = Store._forget_suggested

    def replaced_then_the_disk_fills(self, doc_id):
        real(self, doc_id)
        raise DiskWriteError(f"{self.path}: could not write (disk full); nothing was saved")

    monkeypatch.setattr(Store, "_forget_suggested", replaced_then_the_disk_fills)


@pytest.mark.parametrize("fail", [_fail_as_spans_go, _fail_after_the_text])
def test_a_failure_while_replacing_leaves_the_old_document_and_its_spans(tmp_path, monkeypatch, fail):
    store, path, doc, history = _project(tmp_path)
    with store:
        before = _whole(store, doc.id)
        steps = history.index
        reread = read_again(store, doc.id, path, "gb18030")
        fail(store, monkeypatch)
        with pytest.raises(DiskWriteError):
            import_again(store, reread, history)
        monkeypatch.undo()
        assert _whole(store, doc.id) == before
        assert [d.id for d in store.documents()] == [doc.id]
        assert history.index == steps  # the history untouched: its last step still undoes
        assert history.undo() is not None and len(store.annotations(doc.id)) == len(before[1]) - 1


def test_the_accepted_spans_still_read_alike_are_kept_with_their_links(tmp_path):
    store, path, doc, history = _project(tmp_path)
    with store:
        reread = read_again(store, doc.id, path, "gb18030")
        assert (reread.accepted, reread.kept, reread.lost) == (3, 2, 1)  # what the window says before
        done = import_again(store, reread, history)
        assert (done.kept, done.removed, done.links) == (2, 2, 0)
        (new,) = store.documents()
        assert new.id == doc.id and new.name == "w.txt" and new.encoding == "gb18030"  # in place
        assert store.document(new.id).text == TEXT.encode("cp1252").decode("gb18030")
        kept = store.annotations(new.id)
        assert [(a.text, a.label, a.status) for a in kept] == [("Bonn", "DISTRICT", "accepted"),
                                                             ("Neubau", "PROJECT", "accepted")]
        (link,) = store.links(new.id)
        assert (link.source_id, link.target_id) == (kept[1].id, kept[0].id)
        assert not history.can_undo()  # its steps named the spans removed


def test_a_reading_that_fails_or_gives_the_same_text_changes_nothing(tmp_path):
    store, path, doc, _history = _project(tmp_path)
    with store:
        before = _whole(store, doc.id)
        with pytest.raises(ImportFileError, match="w.txt"):
            read_again(store, doc.id, path, "utf-8")  # not UTF-8: refused by name
        with pytest.raises(ImportFileError, match="reads the same"):
            read_again(store, doc.id, path, "cp1252")
        assert _whole(store, doc.id) == before


def test_the_reading_says_what_a_normal_import_says_of_it(tmp_path):
    """Read again with its lines re-flowed (kept as in the file the first time): the reading carries the
    import report's line on the re-flow, as a normal import of the file reports it."""
    from tests.core.test_import_reflow import pdf_like

    path = tmp_path / "jimei_2024.txt"
    path.write_text(pdf_like(), encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path], keep_lines=True).imported
        reread = read_again(store, doc.id, path, "utf-8")
        with Store.create(tmp_path / "q") as other:
            normal = import_files(other, [path]).lines()
        assert len(reread.notes) == 1 and reread.notes[0].startswith("re-flowed ")
        assert list(reread.notes) == normal[1:]
        import_again(store, reread)
        assert store.document(doc.id).name == "jimei_2024.txt"


def test_a_reading_another_document_already_holds_is_refused_naming_that_document(tmp_path):
    """Read with the encoding chosen, the file gives the text of another document of the project: refused
    before the question and the write, naming the file and the document that holds that text."""
    store, path, doc, _history = _project(tmp_path)
    other = path.with_name("other.txt")
    other.write_bytes(path.read_bytes())
    with store:
        (held,) = import_files(store, [other], encoding="gb18030").imported
        before = _whole(store, doc.id)
        with pytest.raises(ImportFileError, match=rf"w\.txt: .*gb18030.*{held.name}"):
            read_again(store, doc.id, path, "gb18030")
        assert _whole(store, doc.id) == before
