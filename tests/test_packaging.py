"""What the package ships, and how a missing file is reported (scripts/check_wheel.py checks a
built wheel end to end)."""
from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from annotator.core import resources

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
PACKAGE_DIRS = {"annotator.resources": ROOT / "resources", "annotator.projects": ROOT / "projects"}
# folders of data inside them, listed as packages of their own (setuptools ships no data folder that is not one)
DATA_PACKAGES = {"annotator.resources.guide", "annotator.resources.translations", "annotator.projects.demo"}


def test_every_package_of_the_source_tree_is_listed_in_pyproject():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "annotator").rglob("__init__.py")}
    assert set(SETUPTOOLS["packages"]) == found | set(PACKAGE_DIRS) | DATA_PACKAGES
    assert {k: ROOT / v for k, v in SETUPTOOLS["package-dir"].items()} == PACKAGE_DIRS


@pytest.mark.parametrize("package", sorted(PACKAGE_DIRS))
def test_every_file_the_program_reads_is_package_data(package):
    folder = PACKAGE_DIRS[package]
    patterns = {"": SETUPTOOLS["package-data"][package]} | {
        name.removeprefix(package + ".").replace(".", "/") + "/": SETUPTOOLS["package-data"][name]
        for name in DATA_PACKAGES if name.startswith(package + ".")}
    shipped = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()
               and any(p.relative_to(folder).as_posix().startswith(sub) and "/" not in
                       p.relative_to(folder).as_posix().removeprefix(sub)
                       and fnmatch.fnmatch(p.name, pat) for sub, pats in patterns.items() for pat in pats)}
    needed = {"gazetteer.tsv", "district_stopwords.txt", "jieba_user.txt", "project_heads.txt",
              "project_stoplist.txt", "translations/annotator_zh_CN.qm"} if package == "annotator.resources" \
        else {f"demo/{f.name}" for f in resources.demo_files()}
    assert needed <= shipped
    # nothing written there by a run (databases, backups) would be packed
    assert not [s for s in shipped if s.endswith((".sqlite", ".ts", ".py", ".pyc"))]


def test_resources_are_found_through_importlib_resources():
    assert resources.read_text("project_heads.txt").strip()
    assert (resources.path("translations") / "annotator_zh_CN.qm").is_file()
    names = [f.name for f in resources.demo_files()]
    assert any(n.endswith(".txt") for n in names) and "demo.reviewed.jsonl" in names


def test_a_missing_resource_is_one_line_naming_it():
    with pytest.raises(resources.MissingResource) as e:
        resources.read_text("no_such_list.txt")
    message = str(e.value)
    assert "annotator/resources/no_such_list.txt" in message and "\n" not in message


# the wheel of issue 11 had no word lists: PROJECT proposed 64 spans instead of 17, silently
CHILD = """
import importlib.resources, sys
from pathlib import Path
real = importlib.resources.files
importlib.resources.files = lambda p: Path(sys.argv[2]) if p == "annotator.resources" else real(p)
from annotator.cli import main
sys.exit(main(["suggest", sys.argv[1], "--label", sys.argv[3]]))
"""


@pytest.mark.parametrize(("label", "missing"), [("PROJECT", "project_heads.txt"), ("DISTRICT", "gazetteer.tsv")])
def test_suggest_without_its_word_list_stops_with_one_line(tmp_path, label, missing):
    from annotator.cli import main

    project = tmp_path / "p"
    (tmp_path / "a.txt").write_text("厦门市湖里区投资55.1亿元建设松元产业园。\n", encoding="utf-8")
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(tmp_path / "a.txt")]) == 0
    partial = tmp_path / "resources"
    partial.mkdir()
    shipped = Path(str(resources.path("project_heads.txt"))).parent
    for f in shipped.iterdir():  # every shipped file but the missing one (the model reads every word list)
        if f.is_file() and f.name != missing:
            (partial / f.name).write_bytes(f.read_bytes())
    done = subprocess.run([sys.executable, "-c", CHILD, str(project), str(partial), label],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith(f"annotator: error: missing resource file annotator/resources/{missing}")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
