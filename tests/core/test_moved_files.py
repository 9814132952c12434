"""A project whose report folder moved (a new machine, a renamed drive, a colleague's copy): *Import again*
said "source file missing" of every document. Now the files are looked for in a folder given
(``core/imports/moved_files.py``): where the recorded path puts them relative to the common folder of the
documents' files, else by name when only one file has it; two of that name, or none, still missing, said."""
from __future__ import annotations

import shutil

from annotator.core.imports.again_many import MISSING, REPLACED, SAME, Tally, import_each_again
from annotator.core.imports.documents import import_files
from annotator.core.imports.moved_files import MovedFiles, common_folder, files_by_name, recorded_parts
from annotator.core.store import Store
from tests.core.test_import_again_many import ADDED, REPORT


def _files(root, *names):
    paths = []
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(REPORT + name, encoding="utf-8")
        paths.append(path)
    return paths


def test_common_folder_of_recorded_paths():
    assert common_folder(["/r/2020/a.pdf", "/r/2021/b.pdf"]) == ("/", "r")
    assert common_folder(["/r/2020/a.pdf"]) == ("/", "r", "2020")
    assert common_folder([]) == ()
    assert common_folder(["C:\\r\\2020\\a.pdf", "C:\\r\\b.pdf"]) == ("C:\\", "r")
    assert recorded_parts("D:\\报告\\a.pdf")[-1] == "a.pdf"


def test_found_relative_to_the_common_folder_else_by_a_name_only_one_file_has(tmp_path):
    new = tmp_path / "new"
    _files(new, "2020/a.txt", "2021/a.txt", "2021/b.txt", "x/y/c.txt", "d/e.txt", "f/e.txt")
    moved = MovedFiles(new, ["/old/r/2020/a.txt", "/old/r/2021/a.txt", "/old/r/b.txt", "/old/r/c.txt"])
    assert moved.find("/old/r/2020/a.txt").path == new / "2020" / "a.txt"
    assert moved.find("/old/r/2021/a.txt").path == new / "2021" / "a.txt"
    assert moved.find("/old/r/b.txt").path == new / "2021" / "b.txt"  # by name: one file has it
    assert moved.find("C:\\old\\c.txt").path == new / "x" / "y" / "c.txt"  # recorded on Windows
    two = moved.find("/old/r/e.txt")
    assert two.path is None and two.why.startswith(f"2 files named e.txt under {new} (")
    assert "which one is not known" in two.why
    gone = moved.find("/old/r/z.txt")
    assert gone.path is None and gone.why == f"no file named z.txt under {new}"
    assert moved.find("").why == "no source file recorded"


def test_the_folder_is_walked_once(tmp_path, monkeypatch):
    from annotator.core.imports import moved_files

    _files(tmp_path, "a/x.txt", "b/y.txt")
    walks = []
    monkeypatch.setattr(moved_files, "files_by_name", lambda folder: walks.append(folder) or files_by_name(folder))
    moved = MovedFiles(tmp_path, ["/r/1/x.txt", "/r/2/y.txt"])  # (paths under no common folder of DIR's)
    assert moved.find("/q/x.txt").path == tmp_path / "a" / "x.txt"
    assert moved.find("/q/y.txt").path == tmp_path / "b" / "y.txt"
    assert walks == [tmp_path]


def test_documents_read_again_from_the_folder_they_moved_to(tmp_path):
    old, new = tmp_path / "reports", tmp_path / "elsewhere" / "reports"
    a, b, c = _files(old, "2020/a.txt", "2021/b.txt", "2021/c.txt")
    store = Store.create(tmp_path / "p")
    with store:
        docs = import_files(store, [a, b, c]).imported
        for doc in docs:
            store.add_annotation(doc.id, REPORT.index("湖里区"), REPORT.index("湖里区") + 3, "DISTRICT")
        shutil.move(old, new)
        (new / "2020" / "a.txt").write_text(ADDED + REPORT + "2020/a.txt", encoding="utf-8")
        (new / "2021" / "c.txt").unlink()
        said = []
        moved = MovedFiles(new, [d.source_path for d in store.documents()])
        tally = import_each_again(store, store.documents(), Tally(), moved=moved,
                                  said=lambda r: said.append((r.name, r.verdict, r.why)))
        assert said == [("a.txt", REPLACED, ""), ("b.txt", SAME, ""),
                        ("c.txt", MISSING, f"no file named c.txt under {new}")]
        assert tally.found == ["a.txt", "b.txt"] and tally.kept == 1
        paths = {d.name: d.source_path for d in store.documents()}
        assert paths["a.txt"] == str((new / "2020" / "a.txt").resolve())
        assert paths["b.txt"] == str((new / "2021" / "b.txt").resolve())  # reading the same: recorded there too
        assert paths["c.txt"] == str(c)
        assert store.document(docs[0].id).text == ADDED + REPORT + "2020/a.txt"
        assert [a.text for a in store.annotations(docs[0].id)] == ["湖里区"]


def test_a_dry_run_records_nothing(tmp_path):
    old, new = tmp_path / "r", tmp_path / "s"
    (a,) = _files(old, "a.txt")
    store = Store.create(tmp_path / "p")
    with store:
        import_files(store, [a])
        shutil.move(old, new)
        tally = import_each_again(store, store.documents(), Tally(), dry_run=True,
                                  moved=MovedFiles(new, [str(a)]))
        assert tally.same == ["a.txt"] and tally.found == ["a.txt"]
        assert store.documents()[0].source_path == str(a)


def test_a_name_or_folder_in_another_letter_case_is_found_when_none_is_in_its_own(tmp_path):
    """A folder copied between Windows and macOS machines came back as REPORT.DOCX for report.docx: it was
    'no file named report.docx'. The exact case still wins; two in other cases, none fitting, still refused."""
    new = tmp_path / "new"
    _files(new, "X/REPORT.TXT", "2020/Other.txt", "2020/OTHER.TXT", "2020/other.txt", "Y/ALONE.TXT",
           "A/Two.txt", "B/TWO.TXT", "2021/SAME.TXT", "2022/SAME.TXT")
    moved = MovedFiles(new, ["/old/r/2020/other.txt", "/old/r/2021/same.txt", "/old/r/report.txt"])
    assert moved.find("/old/r/report.txt").path == new / "X" / "REPORT.TXT"  # one file has it, in any case
    assert moved.find("/old/r/2020/other.txt").path == new / "2020" / "other.txt"  # its own case first
    assert moved.find("/elsewhere/alone.txt").path == new / "Y" / "ALONE.TXT"
    assert moved.find("/old/r/2021/same.txt").path == new / "2021" / "SAME.TXT"  # where its folder puts it
    two = moved.find("/old/r/two.txt")
    assert two.path is None and two.why.startswith(f"2 files named two.txt (in any letter case) under {new} (")
    assert moved.find("/old/r/none.txt").why == f"no file named none.txt under {new}"
