"""Two files of the same name from different folders (a collection by year: 2019/滨州.txt, 2020/滨州.txt)
are two documents every export tells apart: each named by its folder as well, said in the import's
report; a document already in the project keeps its name, and gold naming its document by the file's
name still finds it (by its text, same_text.py)."""
from __future__ import annotations

import json
from pathlib import Path

from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

TEXT = "{0}年滨州市政府工作报告\n滨州市投资{1}亿元建设松元产业园。\n"


def collection(root: Path, years: tuple[str, ...] = ("2019", "2020")) -> Path:
    for i, year in enumerate(years, 1):
        (root / "报告" / year).mkdir(parents=True)
        (root / "报告" / year / "滨州.txt").write_text(TEXT.format(year, i * 11), encoding="utf-8")
    return root / "报告"


def test_files_of_one_name_in_two_folders_are_named_by_their_folders(tmp_path):
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [collection(tmp_path)])
        assert [d.name for d in store.documents()] == ["2019/滨州.txt", "2020/滨州.txt"]
    assert [(Path(f).parent.name, name) for f, name, _why in report.renamed] == [
        ("2019", "2019/滨州.txt"), ("2020", "2020/滨州.txt")]
    said = [line for line in report.lines() if line.startswith("named ")]
    assert len(said) == 2 and said[0].startswith("named 2019/滨州.txt (from ")
    assert said[0].endswith("other files of this import are named 滨州.txt too")


def test_a_name_the_project_holds_stays_its_documents_and_the_new_one_gets_its_folder(tmp_path):
    folder = collection(tmp_path)
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder / "2019" / "滨州.txt"])
        report = import_files(store, [folder / "2020" / "滨州.txt"])
        assert [d.name for d in store.documents()] == ["滨州.txt", "2020/滨州.txt"]
        assert report.lines()[1].endswith("a document of the project is already named 滨州.txt")
        again = import_files(store, [folder])  # the same texts again: skipped, nothing renamed
        assert len(again.skipped) == 2 and again.renamed == []


def test_a_file_of_its_own_name_is_named_by_it_alone(tmp_path):
    folder = collection(tmp_path, ("2019",))
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [folder])
        assert [d.name for d in store.documents()] == ["滨州.txt"] and report.renamed == []
        assert not any(line.startswith("named ") for line in report.lines())


def test_gold_naming_the_file_finds_each_document_by_its_text(tmp_path):
    folder = collection(tmp_path)
    for i, year in enumerate(("2019", "2020"), 1):
        text = (folder / year / "滨州.txt").read_text(encoding="utf-8")
        amount = f"{i * 11}亿元"  # 11亿元, 22亿元: each text's own
        start = text.index(amount)
        line = {"doc": "滨州.txt", "start": start, "end": start + len(amount), "label": "AMOUNT", "text": amount}
        (folder / year / "滨州.gold.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder])
        for year in ("2019", "2020"):
            report = import_annotations(store, [folder / year / "滨州.gold.jsonl"])
            assert any(f"is {year}/滨州.txt in this project" in line for line in report.lines()), report.lines()
        spans = {d.name: [a.label for a in store.annotations(d.id)] for d in store.documents()}
    assert spans == {"2019/滨州.txt": ["AMOUNT"], "2020/滨州.txt": ["AMOUNT"]}


def test_a_copy_of_the_same_bytes_in_a_subfolder_leaves_the_plain_name(tmp_path):
    """2016/dup/hechi.txt, a copy of 2016/hechi.txt: one document, named hechi.txt (it was dup/hechi.txt, the
    top-level copy skipped as the same text, so no document had the file's plain name)."""
    folder = tmp_path / "2016"
    (folder / "dup").mkdir(parents=True)
    for path in (folder / "hechi_2015_4928.txt", folder / "dup" / "hechi_2015_4928.txt"):
        path.write_text(TEXT.format("2015", 7), encoding="utf-8")
    (folder / "dup" / "滨州.txt").write_text(TEXT.format("2019", 1), encoding="utf-8")  # other bytes: by folder
    (folder / "滨州.txt").write_text(TEXT.format("2020", 2), encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [folder])
        assert sorted(d.name for d in store.documents()) == ["2016/滨州.txt", "dup/滨州.txt", "hechi_2015_4928.txt"]
    assert [name for _f, name, _why in report.renamed] == ["dup/滨州.txt", "2016/滨州.txt"]
    assert len(report.skipped) == 1 and not any("hechi" in line for line in report.lines() if line.startswith("named"))
