"""Every command over hostile files and damaged projects (issue 19): never a traceback; one
`annotator: error:` line and a non-zero exit where nothing was done, or a report line per file."""
from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from annotator import cli
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.paths import DB_FILENAME

ROOT = Path(__file__).resolve().parents[1]
GOOD = "厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。"


def hostile_files(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    rnd = random.Random(19)
    files = {
        "binary.txt": rnd.randbytes(5000),
        "empty.txt": b"",
        "nuls.txt": b"\x00" * 3000,
        "half.txt": "湖里区建设学校。".encode("gbk") * 20 + "湖里区建设学校。".encode() * 20,
        "utf16-hangul.txt": "湖里区".encode("utf-16-le")[:-1],
        "not-a-zip.docx": b"PK\x03\x04" + rnd.randbytes(3000),
        "random.xlsx": rnd.randbytes(3000),
        "broken.jsonl": b'{"doc": "a.txt", "start": 0\n\xff\xfe\n[1, 2, 3]\n{"doc": 5}\n',
        "bomb.jsonl": b'{"text": "' + b"\xe6\xb9\x96" * 200_000 + b'", "label": [[0, 1e400, "X"]]}\n',
        "good.txt": GOOD.encode("utf-8"),
    }
    paths = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths[name] = folder / name
    (folder / "a-folder.txt").mkdir()
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")  # reading it would wait forever
    zipped = folder / "bad-version.docx"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    data = bytearray(zipped.read_bytes())
    data[4:6] = (99).to_bytes(2, "little")  # "needs zip version 9.9"
    at = data.rfind(b"PK\x01\x02")
    data[at + 6:at + 8] = (99).to_bytes(2, "little")
    zipped.write_bytes(bytes(data))
    return paths


def damaged_projects(base: Path) -> dict[str, Path]:
    base.mkdir()
    out = {}

    def folder(name: str) -> Path:
        f = base / name
        f.mkdir()
        out[name] = f
        return f

    (folder("empty-db") / DB_FILENAME).write_bytes(b"")
    (folder("random-db") / DB_FILENAME).write_bytes(random.Random(1).randbytes(20_000))
    (folder("sqlite-garbage") / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(20_000))
    conn = sqlite3.connect(folder("foreign") / DB_FILENAME)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    good = base / "good-source"
    with Store.create(good) as store:
        from annotator.core.imports.text import sha256
        from annotator.core.models import Document

        for i in range(20):
            text = f"{i}{GOOD}" * 50
            store.add_document(Document(None, f"{i}.txt", "t", text, sha256(text)))
        store.checkpoint()
    data = (good / DB_FILENAME).read_bytes()
    (folder("truncated") / DB_FILENAME).write_bytes(data[: len(data) // 2])
    (folder("bytes-appended") / DB_FILENAME).write_bytes(data + random.Random(3).randbytes(5000))
    conn = sqlite3.connect(good / DB_FILENAME)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'idx_documents_name'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    zeroed = bytearray(data)  # an index page lost: SQLite's check reports it in several lines
    zeroed[(page - 1) * size:page * size] = bytes(size)
    (folder("page-zeroed") / DB_FILENAME).write_bytes(bytes(zeroed))
    newer = folder("newer")
    (newer / DB_FILENAME).write_bytes(data)
    conn = sqlite3.connect(newer / DB_FILENAME)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    out["missing"] = base / "missing"
    (base / "a-file").write_text("x", encoding="utf-8")
    out["a-file"] = base / "a-file"
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    files = hostile_files(base / "files")
    projects = damaged_projects(base / "projects")
    good = base / "project"
    Store.create(good).close()
    return base, files, projects, good


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def one_error_line(code: int, err: str) -> None:
    assert code != 0
    lines = [line for line in err.strip().splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("annotator: error: "), err


@pytest.mark.parametrize("name", ["empty-db", "random-db", "sqlite-garbage", "foreign", "truncated", "newer",
                                  "missing", "a-file", "bytes-appended", "page-zeroed"])
@pytest.mark.parametrize("command", ["stats", "suggest", "export", "import", "import-annotations",
                                     "evaluate"])
def test_every_command_on_a_damaged_project_is_one_error_line(hostile, capsys, name, command):
    base, files, projects, _ = hostile
    project = projects[name]
    before = {p.name: p.read_bytes() for p in project.iterdir()} if project.is_dir() else None
    extra = {"stats": [], "suggest": [], "export": ["-o", base / "out.xlsx"], "import": [files["good.txt"]],
             "import-annotations": [files["broken.jsonl"]], "evaluate": ["--gold", files["broken.jsonl"]]}
    code, _, err = run([command, project, *extra[command]], capsys)
    one_error_line(code, err)
    assert str(project) in err
    if before is not None:
        assert {p.name: p.read_bytes() for p in project.iterdir()} == before


def test_a_damaged_database_is_named_for_what_it_is(hostile, capsys):
    """A file longer than its header says was called truncated; a damaged page's report came on
    several lines."""
    _, _, projects, _ = hostile
    code, _, err = run(["stats", projects["bytes-appended"]], capsys)
    one_error_line(code, err)
    assert "truncated" not in err and "bytes after its end" in err
    code, _, err = run(["stats", projects["page-zeroed"]], capsys)
    one_error_line(code, err)
    assert "damaged" in err


def test_importing_the_hostile_folder_reports_each_file(hostile, capsys):
    base, files, _, good = hostile
    code, out, err = run(["import", good, files["good.txt"].parent], capsys)
    assert code == 3, err  # partly done: the good file imported, the bad ones named
    report = out + err
    with Store.open(good) as store:
        names = [d.name for d in store.documents()]
    assert names[0] == "good.txt" and set(names) <= {"good.txt", "utf16-hangul.txt"}
    if "utf16-hangul.txt" in names:  # five bytes can be read many ways: imported only with a warning
        assert any("utf16-hangul.txt" in line and "warning" in line for line in report.splitlines())
    for name in ("binary.txt", "empty.txt", "nuls.txt", "half.txt", "not-a-zip.docx", "bad-version.docx"):
        assert name in report, f"{name} is not reported"


@pytest.mark.parametrize("name", ["broken.jsonl", "bomb.jsonl", "random.xlsx", "binary.txt", "empty.txt",
                                  "a-folder.txt"])
def test_import_annotations_of_hostile_files(hostile, capsys, name):
    base, files, _, good = hostile
    path = files.get(name, files["good.txt"].parent / name)
    code, out, err = run(["import-annotations", good, path], capsys)
    if code != 0:
        assert err.startswith("annotator: error: ") or name in out + err
    assert name in out + err


@pytest.mark.parametrize("target", ["nowhere/out.xlsx", "a-folder.txt", "binary.txt/out.csv"])
def test_export_to_a_bad_place_is_one_error_line(hostile, capsys, target):
    base, files, _, good = hostile
    code, _, err = run(["export", good, "-o", files["good.txt"].parent / target], capsys)
    one_error_line(code, err)


def test_evaluate_and_restore_with_hostile_files(hostile, capsys):
    base, files, _, good = hostile
    code, _, err = run(["evaluate", good, "--gold", files["binary.txt"]], capsys)
    one_error_line(code, err)
    code, _, err = run(["restore", good, files["random.xlsx"]], capsys)
    one_error_line(code, err)
    code, _, err = run(["new", files["good.txt"]], capsys)
    one_error_line(code, err)


def test_the_installed_command_prints_no_traceback(hostile):
    """The same through a real process: exit status and stderr as a shell script sees them."""
    base, files, projects, _ = hostile
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for name in ("sqlite-garbage", "truncated", "newer"):
        run_ = subprocess.run([sys.executable, "-m", "annotator", "stats", str(projects[name])],
                              capture_output=True, text=True, env=env, timeout=120)
        assert run_.returncode == 1
        assert run_.stderr.startswith("annotator: error: ") and "Traceback" not in run_.stderr


def test_import_with_a_chosen_encoding(tmp_path, capsys):
    project = tmp_path / "p"
    Store.create(project).close()
    big5 = tmp_path / "big5.txt"
    big5.write_bytes("臺北市".encode("big5"))  # three characters: too short to guess for sure
    code, out, err = run(["import", project, big5, "--encoding", "big5"], capsys)
    assert code == 0, err
    with Store.open(project) as store:
        assert store.document(store.documents()[0].id).text == "臺北市"
    code, _, err = run(["import", project, big5, "--encoding", "no-such-codec"], capsys)
    one_error_line(code, err)


@pytest.mark.parametrize("command", [["suggest"], ["export", "-o", "out.xlsx"], ["export", "-o", "out.conll"]])
def test_a_text_damaged_on_disk_is_named_damage(tmp_path, capsys, command):
    """A zeroed overflow page of a document's text passes SQLite's checks; reading the text then
    failed with 'could not be used (Could not decode to UTF-8 column 'text' with text '…')',
    the broken bytes printed and no word of damage or of the backups."""
    project = tmp_path / "p"
    with Store.create(project) as store:
        from annotator.core.imports.text import sha256
        from annotator.core.models import Document
        doc = store.add_document(Document(None, "a.txt", "t", GOOD, sha256(GOOD)))
        store.add_annotation(doc.id, 3, 6, "DISTRICT", status="accepted")
    conn = sqlite3.connect(project / DB_FILENAME)
    conn.execute("UPDATE documents SET text = CAST(X'e58e' || X'00ff00ff' AS TEXT)")
    conn.commit()
    conn.close()
    argv = [str(tmp_path / a) if a.startswith("out.") else a for a in command]
    code, _, err = run([argv[0], project, *argv[1:]], capsys)
    one_error_line(code, err)
    assert "damaged" in err and "annotator restore" in err and "\ufffd" not in err


def test_a_failed_automatic_backup_is_said_once_as_a_warning_of_the_command(tmp_path):
    """Through a real process: the backup's failure was printed three times, twice bare (Python's
    last-resort log) and once as 'annotator: warning: …'."""
    project = tmp_path / "p"
    with Store.create(project) as store:
        store.add_document(Document(None, "a.txt", "a", "厦门市湖里区", sha256=sha256("厦门市湖里区")))
    shutil.rmtree(project / "backups", ignore_errors=True)
    (project / "backups").write_text("a file where the backups' folder would be", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "annotator", "meta", str(project), "year=2020", "--all"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and "set year=2020 on 1 document(s)" in done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("annotator: warning: automatic backup of "), done.stderr
    with Store.open(project) as store:
        assert store.documents()[0].metadata.get("year") in ("2020", 2020)
