"""Work packages: a zip holding a new project for one coder (the same labels, the chosen
documents with their metadata, optionally their suggestions, never others' accepted spans unless
asked), opened into a project folder."""
from __future__ import annotations

import shutil
import sqlite3
import zipfile

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.team.package import export_package, open_package
from annotator.paths import DB_FILENAME

A = "厦门市湖里区投资55.1亿元建设松元产业园。"
B = "思明区新增10家规上工业企业。"


@pytest.fixture
def lead(make_project):
    folder = make_project({"a.txt": A, "b.txt": B},
                          [("a.txt", 0, 3, "DISTRICT", {"status": "suggested"}),
                           ("a.txt", 16, 21, "PROJECT", {"status": "suggested"}),
                           ("a.txt", 8, 14, "AMOUNT", {"annotator": "lead"}),
                           ("b.txt", 0, 3, "DISTRICT", {"annotator": "lead"})], name="lead")
    with Store.open(folder) as store:
        store.update_label("AMOUNT", color="#abcdef", description="money")
        store.add_label("DATE", "#123456", "9")
        store.set_document_metadata(1, "year", "2023")
        store.set_document_done(1, True)
        store.set_label_guide("PROJECT", "# PROJECT\n\nOur rule: 等 ends the span.")
        district, project = (a.id for a in store.annotations(1, statuses=["suggested"]))
        store.add_link(project, "district", district, status="suggested")
    return folder


def test_a_package_holds_the_labels_the_documents_and_their_suggestions(lead, tmp_path, open_store):
    with Store.open(lead) as store:
        report = export_package(store, tmp_path / "li.zip", doc_ids=[1], include=["suggestions"])
        labels = store.labels()
    assert (report.documents, report.spans, report.links) == (1, 2, 1)
    names = zipfile.ZipFile(tmp_path / "li.zip").namelist()
    assert sorted(names) == ["li/README.txt", "li/project.sqlite"]
    assert open_package(tmp_path / "li.zip", tmp_path / "li").line().startswith("opened")
    coder = open_store(tmp_path / "li")
    assert [(x.name, x.color, x.shortcut, x.description) for x in coder.labels()] == \
        [(x.name, x.color, x.shortcut, x.description) for x in labels]
    assert coder.label_guides() == {"PROJECT": "# PROJECT\n\nOur rule: 等 ends the span."}  # the lead's codebook
    doc, = coder.documents()
    assert (doc.name, doc.metadata, doc.done) == ("a.txt", {"year": "2023"}, False)
    assert sorted((a.label, a.status, a.annotator) for a in coder.annotations()) == \
        [("DISTRICT", "suggested", ""), ("PROJECT", "suggested", "")]  # never the lead's accepted AMOUNT
    link, = coder.links()
    assert coder.annotation(link.source_id).label == "PROJECT"


def test_without_suggestions_only_the_documents_and_with_annotations_everything(lead, tmp_path, open_store):
    with Store.open(lead) as store:
        export_package(store, tmp_path / "bare.zip")
        export_package(store, tmp_path / "all.zip", include=["annotations"])
    open_package(tmp_path / "bare.zip", tmp_path / "bare")
    open_package(tmp_path / "all.zip", tmp_path / "all")
    bare, every = open_store(tmp_path / "bare"), open_store(tmp_path / "all")
    assert len(bare.documents()) == 2 and bare.annotations() == []
    assert sorted(a.annotator for a in every.annotations()) == ["", "", "lead", "lead"]


def test_opening_a_package_refuses_a_used_folder_and_a_foreign_zip(lead, tmp_path):
    with Store.open(lead) as store:
        export_package(store, tmp_path / "li.zip")
        with pytest.raises(AnnotatorError, match=r"\.zip"):
            export_package(store, tmp_path / "li.tar")
        with pytest.raises(AnnotatorError, match="include"):
            export_package(store, tmp_path / "x.zip", include=["gold"])
    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("mine")
    with pytest.raises(AnnotatorError, match="not an empty folder"):
        open_package(tmp_path / "li.zip", used)
    assert [p.name for p in used.iterdir()] == ["notes.txt"]
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as z:
        z.writestr("x/readme.md", "hello")
    with pytest.raises(AnnotatorError, match="not an annotator package"):
        open_package(tmp_path / "other.zip", tmp_path / "new")
    assert not (tmp_path / "new").exists()  # nothing left behind
    with zipfile.ZipFile(tmp_path / "damaged.zip", "w") as z:
        z.writestr("x/project.sqlite", b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(AnnotatorError):
        open_package(tmp_path / "damaged.zip", tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_a_copy_zipped_while_the_window_has_it_open_keeps_the_edits_in_its_write_ahead_log(make_project, tmp_path,
                                                                                         open_store):
    # a coder zipped their project folder with the window open: the recent edits were in project.sqlite-wal
    # inside the zip, the merge and open-package read project.sqlite alone, and the coder's work was gone
    from annotator.core.team.merge import merge

    li = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"status": "suggested"})], name="li")
    coder = Store.open(li)  # the window, open while the folder is zipped
    coder.set_status([a.id for a in coder.annotations()], "accepted", "li")
    coder.add_annotation(1, 8, 14, "AMOUNT", annotator="li")
    out = tmp_path / "li-back.zip"
    with zipfile.ZipFile(out, "w") as z:
        for path in sorted(li.rglob("*")):
            z.write(path, f"li/{path.relative_to(li)}")
    coder.close()
    with zipfile.ZipFile(out) as z:
        assert z.getinfo("li/project.sqlite-wal").file_size > 0  # the edits are in the log, not the database
    target = open_store(make_project({"a.txt": A}, name="lead"))
    assert dict(merge(target, [out]).sources[0].spans_added) == {"li": 2}
    assert "2 span(s)" in open_package(out, tmp_path / "again").line()


@pytest.mark.parametrize("damage", ["not a database", "newer schema"])
def test_a_package_whose_project_cannot_be_opened_is_named_by_the_zip(lead, tmp_path, damage):
    """The refusal named `new/project.sqlite` (a folder just removed again) or, in a merge, a
    temporary folder of the system's, and said the file 'was left untouched' there."""
    from annotator.core.team.merge import merge

    inner = tmp_path / "inner"
    with Store.open(lead) as store:
        export_package(store, tmp_path / "li.zip")
    with zipfile.ZipFile(tmp_path / "li.zip") as z:
        z.extractall(inner)
    (db,) = inner.glob("*/project.sqlite")
    if damage == "not a database":
        db.write_bytes(b"garbage" * 100)
    else:
        import sqlite3

        c = sqlite3.connect(db, isolation_level=None)
        c.execute("PRAGMA journal_mode = DELETE")  # the version in the file itself, not in a log beside it
        c.execute("PRAGMA user_version = 99")
        c.close()
    bad = tmp_path / "li-bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.write(db, f"{db.parent.name}/project.sqlite")
    for act in (lambda: open_package(bad, tmp_path / "new"), lambda: merge(Store.open(lead), [bad])):
        with pytest.raises(AnnotatorError) as refused:
            act()
        message = str(refused.value)
        assert message.startswith(f"{bad}: the project in this package cannot be opened: "), message
        assert str(tmp_path / "new") not in message and "annotator-unpacked" not in message, message
        assert ("not an SQLite database" if damage == "not a database" else "newer annotator") in message
    assert not (tmp_path / "new").exists()


def test_a_package_whose_compressed_project_is_damaged_is_refused_in_one_line(tmp_path):
    """Found fuzzing packages: an entry's compressed bytes damaged raised zlib.error (a traceback), and the
    folder made for the project was left behind."""
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("li/project.sqlite", b"SQLite format 3\x00" + bytes(4080))
    data = bytearray(buf.getvalue())
    data[8:10] = (8).to_bytes(2, "little")  # said to be deflated, in the local header and the central one
    at = data.rfind(b"PK\x01\x02")
    data[at + 10:at + 12] = (8).to_bytes(2, "little")
    package = tmp_path / "li.zip"
    package.write_bytes(bytes(data))
    with pytest.raises(AnnotatorError) as e:
        open_package(package, tmp_path / "li")
    assert str(e.value).startswith(f"{package}: not a readable zip file (Error -3 while decompressing data")
    assert "\n" not in str(e.value) and not (tmp_path / "li").exists()


@pytest.mark.parametrize("damage", [
    "UPDATE sqlite_master SET sql = replace(sql, '(\"label\", \"text\")', '(\"text\", \"label\")') "
    "WHERE name = 'idx_annotations_label_text'",  # its entries no longer those of its table
    "UPDATE labels SET description = CAST(X'FFFE41' AS TEXT) WHERE name = 'AMOUNT'",
    "UPDATE labels SET name = CAST(name AS BLOB) WHERE name = 'DATE'",
])
def test_a_package_damaged_on_its_way_is_refused_before_it_is_opened_or_merged(lead, tmp_path, damage):
    """Found fuzzing packages: SQLite's quick check at every open passes an index that no longer matches its
    table, a label whose text is not UTF-8, a label read as bytes; the package opened (damaged), or its merge
    stopped with a traceback ("Could not decode to UTF-8 column 'description'", "expected str instance,
    bytes found") or an error naming the target project."""
    import sqlite3

    from annotator.core.team.merge import merge

    with Store.open(lead) as store:
        export_package(store, tmp_path / "li.zip", include=("annotations",))
    with zipfile.ZipFile(tmp_path / "li.zip") as z:
        z.extractall(tmp_path / "inner")
    db = tmp_path / "inner" / "li" / "project.sqlite"
    c = sqlite3.connect(db, isolation_level=None)
    c.execute("PRAGMA writable_schema = ON")
    c.execute(damage)
    c.close()
    bad = tmp_path / "li-bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.write(db, "li/project.sqlite")
    with Store.open(lead) as store:
        before = [(a.start, a.label, a.annotator) for a in store.annotations()]
    for act in (lambda: open_package(bad, tmp_path / "new"), lambda: merge(Store.open(lead), [bad])):
        with pytest.raises(AnnotatorError) as refused:
            act()
        message = str(refused.value)
        assert message.startswith(f"{bad}: the project in this package cannot be opened: the database is damaged (")
        assert "\n" not in message and "ask for the project again" in message, message
    assert not (tmp_path / "new").exists()
    with Store.open(lead) as store:
        assert [(a.start, a.label, a.annotator) for a in store.annotations()] == before


def test_a_package_whose_zip_points_before_its_start_is_refused_as_the_zips_fault(lead, tmp_path):
    """A central directory said to start 1,024 bytes later than it does: seeking the entry failed with
    'Invalid argument', said as the project folder that 'could not be written'."""
    with Store.open(lead) as store:
        export_package(store, tmp_path / "li.zip")
    data = bytearray((tmp_path / "li.zip").read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 16:end + 20] = (int.from_bytes(data[end + 16:end + 20], "little") + 1024).to_bytes(4, "little")
    (tmp_path / "li.zip").write_bytes(bytes(data))
    with pytest.raises(AnnotatorError) as refused:
        open_package(tmp_path / "li.zip", tmp_path / "new")
    assert str(refused.value).startswith(f"{tmp_path / 'li.zip'}: not a readable zip file (")
    assert not (tmp_path / "new").exists()


def test_a_package_whose_database_was_cut_off_says_to_ask_for_it_again(lead, tmp_path):
    """A zip made of a coder's folder copied half way (its database cut off) said "'annotator restore' brings
    back a backup": the package has none, and restore would take the lead's project back."""
    from annotator.core.team.merge import merge

    with Store.open(lead) as store:
        export_package(store, tmp_path / "li.zip", include=("annotations",))
    with zipfile.ZipFile(tmp_path / "li.zip") as z:
        data = z.read("li/project.sqlite")
    half = tmp_path / "li-half.zip"
    with zipfile.ZipFile(half, "w") as z:
        z.writestr("li/project.sqlite", data[:len(data) // 2])
    for act in (lambda: open_package(half, tmp_path / "new"), lambda: merge(Store.open(lead), [half])):
        with pytest.raises(AnnotatorError) as refused:
            act()
        message = str(refused.value)
        assert message.startswith(f"{half}: the project in this package cannot be opened: is truncated ("), message
        assert message.endswith("; ask for the project again") and "restore" not in message, message
    assert not (tmp_path / "new").exists()


def test_a_coders_folder_cut_off_or_damaged_says_to_ask_for_it_again(lead, tmp_path, monkeypatch):
    """A coder's project folder copied half way, given to merge as a folder, said "'annotator restore' brings
    back a backup": advice for the coder's folder, which the lead would follow on their own project; a folder
    whose database is damaged said "the newest backup is …" of the coder's backups. Both now say to ask for it
    again, naming the folder; the lead's project is left as it was."""
    from annotator.core.team.merge import merge

    data = (lead / DB_FILENAME).read_bytes()
    half = tmp_path / "li"
    half.mkdir()
    (half / DB_FILENAME).write_bytes(data[:len(data) // 2])
    monkeypatch.chdir(tmp_path)  # given as the command line gives it
    before = (lead / DB_FILENAME).read_bytes()
    with pytest.raises(AnnotatorError) as refused:
        merge(Store.open(lead), ["li"])
    message = str(refused.value)
    assert message.startswith("li: the project cannot be opened: is truncated ("), message
    assert message.endswith("; ask for the project again") and "restore" not in message, message
    damaged = tmp_path / "wang"
    shutil.copytree(lead, damaged)
    with sqlite3.connect(damaged / DB_FILENAME) as conn:
        conn.execute("UPDATE documents SET text = '别的文字'")  # no longer its sha256
    conn.close()
    with pytest.raises(AnnotatorError) as refused:
        merge(Store.open(lead), [damaged])
    message = str(refused.value)
    assert message.startswith(f"{damaged}: the project cannot be opened: the database is damaged (the text"), message
    assert message.endswith(" — ask for the project again") and "backup" not in message, message
    assert (lead / DB_FILENAME).read_bytes() == before
