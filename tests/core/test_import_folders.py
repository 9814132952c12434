"""Importing folders: any depth, symbolic links followed only inside the folder, loops harmless."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.imports.documents import ImportReport, expand, import_files
from annotator.core.store import Store

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "project")
    yield s
    s.close()


def test_a_folder_nested_a_thousand_levels_deep_imports(store, tmp_path):
    root = tmp_path / "in"
    deepest = root
    for _ in range(1001):  # one level at a time: Path.mkdir(parents=True) itself recurses
        os.mkdir(deepest)
        deepest = deepest / "d"
    deepest = deepest.parent
    (deepest / "deep.txt").write_text("湖里区在最深处。", encoding="utf-8")
    (root / "top.txt").write_text("湖里区在最上面。", encoding="utf-8")
    try:
        report = import_files(store, [root])
        assert sorted(d.name for d in report.imported) == ["deep.txt", "top.txt"]
        assert report.failed == []
    finally:  # pytest's own clean-up of old temp folders recurses and would fail on this one
        _remove_deep(root)


def _remove_deep(root: Path) -> None:
    """Remove a deeply nested tree bottom-up without recursion."""
    folders, stack = [], [str(root)]
    while stack:  # os.walk itself recurses (Python 3.11)
        folder = stack.pop()
        folders.append(folder)
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            else:
                os.unlink(entry.path)
    for folder in reversed(folders):
        os.rmdir(folder)


def test_a_link_to_a_file_outside_the_folder_is_reported_not_imported(store, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("不该导入的文件。", encoding="utf-8")
    (root / "link.txt").symlink_to(secret)
    (root / "outside-folder").symlink_to(secret.parent, target_is_directory=True)
    (root / "good.txt").write_text("湖里区。", encoding="utf-8")
    report = import_files(store, [root])
    assert [d.name for d in report.imported] == ["good.txt"]
    skipped = {Path(f).name: why for f, why in report.skipped}
    assert set(skipped) == {"link.txt", "outside-folder"}
    assert all("outside the imported folder" in why and str(secret.parent) in why for why in skipped.values())
    assert any(line.startswith("skipped") and "link.txt" in line for line in report.lines())
    assert all(store.document(d.id).text != "不该导入的文件。" for d in report.imported)


def test_a_file_given_by_name_is_imported_even_through_a_link(store, tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("点名导入。", encoding="utf-8")
    (tmp_path / "named.txt").symlink_to(target)
    assert [d.name for d in import_files(store, [tmp_path / "named.txt"]).imported] == ["named.txt"]


def test_links_inside_the_folder_are_followed_once_and_loops_are_harmless(store, tmp_path):
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "one.txt").write_text("第一篇。", encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to(root, target_is_directory=True)  # a loop
    (root / "a" / "b" / "self").symlink_to(".", target_is_directory=True)  # another loop
    (root / "alias.txt").symlink_to(root / "a" / "b" / "one.txt")  # the same file twice
    (root / "a" / "broken.txt").symlink_to(root / "gone.txt")
    report = import_files(store, [root])
    assert len(report.imported) == 1 and report.failed == []
    assert [(Path(f).name, "does not exist" in why) for f, why in report.skipped] == [("broken.txt", True)]


@st.composite
def trees(draw):
    """A few folders and files, and links among them and to one file outside."""
    folders = ["."] + [f"f{i}" for i in range(draw(st.integers(0, 4)))]
    parents = {f: draw(st.sampled_from(folders[:i] or ["."])) for i, f in enumerate(folders) if f != "."}
    files = [(draw(st.sampled_from(folders)), f"t{i}.txt") for i in range(draw(st.integers(0, 4)))]
    links = [(draw(st.sampled_from(folders)), f"l{i}", draw(st.sampled_from(folders + [n for _, n in files] +
                                                                               ["OUTSIDE", "MISSING"])))
             for i in range(draw(st.integers(0, 5)))]
    return parents, files, links


def build(base: Path, parents, files, links) -> Path:
    root = base / "root"
    root.mkdir()
    where: dict[str, Path] = {".": root}
    for folder, parent in parents.items():  # parents come before children
        where[folder] = where[parent] / folder
        where[folder].mkdir()
    for n, (folder, name) in enumerate(files):
        where[name] = where[folder] / name
        where[name].write_text(f"第{n}篇文章。", encoding="utf-8")
    (base / "outside.txt").write_text("外面的文件。", encoding="utf-8")
    where["OUTSIDE"], where["MISSING"] = base / "outside.txt", base / "missing.txt"
    for folder, name, target in links:
        (where[folder] / name).symlink_to(where[target], target_is_directory=where[target].is_dir())
    return root


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees())
def test_any_tree_of_folders_and_links_imports_each_file_inside_once(tree):
    base = Path(tempfile.mkdtemp())
    try:
        root = build(base, *tree)
        report = ImportReport()
        found = expand([root], report)
        real = [os.path.realpath(p) for p in found]
        assert len(real) == len(set(real))  # each file once, whatever links lead to it
        assert all(r.startswith(os.path.realpath(root) + os.sep) for r in real)  # nothing from outside
        expected = {os.path.realpath(p) for p in root.rglob("*.txt") if not p.is_symlink()}
        assert set(real) == expected  # every real file inside is found
        outside = [p for p in root.rglob("l*") if p.is_symlink() and not os.path.exists(p) or
                   p.is_symlink() and os.path.realpath(p) == os.path.realpath(base / "outside.txt")]
        assert {Path(f) for f, _ in report.skipped} >= {p for p in outside if p.suffix == ".txt"}
    finally:
        shutil.rmtree(base)


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are UTF-16: they cannot hold GBK bytes")
def test_files_whose_names_are_gbk_bytes_are_imported_under_those_names_read_rightly(store, tmp_path):
    """A zip made on a Chinese Windows and unpacked on Linux leaves names in GBK bytes: every such
    file was refused ('name holds a lone surrogate … (broken UTF-16), which cannot be stored'),
    though its text was fine."""
    folder = tmp_path / "zip"
    sub = os.path.join(os.fsencode(folder), "子目录".encode("gbk"))
    os.makedirs(sub)
    with open(os.path.join(sub, "湖里区报告.txt".encode("gbk")), "wb") as f:
        f.write("湖里区投资55.1亿元建设松元产业园。".encode())
    report = import_files(store, [folder])
    assert report.failed == [] and len(report.imported) == 1
    (doc,) = store.documents()
    assert doc.name == "湖里区报告.txt" and doc.source_path.endswith("子目录/湖里区报告.txt")
    assert all("\udc80" > c or c > "\udcff" for line in report.lines() for c in line)  # printable
