"""A coder's project whose labels differ from the lead's: a label renamed in their copy (an older
annotator let the schema's labels be renamed; a label the lead added can still be), or missing.
The merge brings their spans under the names they have, and says plainly what that means: the
agreement counts none of that coder's spans of the lead's label."""
from __future__ import annotations

import sqlite3

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.team.agreement import project_agreement
from annotator.core.team.merge import merge
from annotator.paths import DB_FILENAME

A = "厦门市湖里区投资55.1亿元建设松元产业园，新增企业20家。"


def test_a_label_renamed_in_a_coders_copy_is_named_in_the_report(make_project, open_store):
    lead = make_project(A, [("a.txt", 24, 29, "TARGET", {"annotator": "李四"})], name="主 项目")
    wang = make_project(A, [("a.txt", 24, 29, "TARGET", {"annotator": "王五"})], name="王 五")
    with sqlite3.connect(wang / DB_FILENAME) as conn:  # renamed as an older annotator allowed
        conn.execute("UPDATE labels SET name = 'GOAL' WHERE name = 'TARGET'")
        conn.execute("UPDATE annotations SET label = 'GOAL' WHERE label = 'TARGET'")
    conn.close()
    store = open_store(lead)
    report = merge(store, [wang])
    one = report.sources[0]
    assert one.labels_added == ["GOAL"] and one.labels_missing == ["TARGET"]
    said = "\n".join(report.lines())
    assert "has no label TARGET" in said and "renamed there as GOAL?" in said
    assert "the agreement counts none of their TARGET spans" in said
    row = project_agreement(store).row(["李四", "王五"], "TARGET")
    assert row.spans == (1, 0)  # what the report warned of


def test_a_label_renamed_in_a_coders_copy_as_the_chinese_window_names_it_is_that_label(make_project, open_store):
    # TARGET renamed 目标 (an older annotator allowed it): its spans are the lead's TARGET's, said in the report
    lead = make_project(A, [("a.txt", 24, 29, "TARGET", {"annotator": "李四"})], name="主 项目")
    wang = make_project(A, [("a.txt", 24, 29, "TARGET", {"annotator": "王五"})], name="王 五")
    with sqlite3.connect(wang / DB_FILENAME) as conn:
        conn.execute("UPDATE labels SET name = '目标' WHERE name = 'TARGET'")
        conn.execute("UPDATE annotations SET label = '目标' WHERE label = 'TARGET'")
    conn.close()
    store = open_store(lead)
    report = merge(store, [wang])
    one = report.sources[0]
    assert one.labels_added == [] and one.labels_missing == [] and one.labels_as == {"目标": "TARGET"}
    assert "label 目标 of" in "\n".join(report.lines()) and "目标" not in store.label_names()
    assert project_agreement(store).row(["李四", "王五"], "TARGET").spans == (1, 1)


def test_a_coders_copy_lacking_a_label_is_named_in_the_report(make_project, open_store):
    lead = make_project(A, name="lead")
    li = make_project(A, [("a.txt", 3, 6, "DISTRICT", {"annotator": "li"})], name="li")
    with Store.open(li) as store:
        store.delete_label("TARGET")
    store = open_store(lead)
    report = merge(store, [li])
    assert report.sources[0].labels_missing == ["TARGET"]
    said = "\n".join(report.lines())
    assert "has no label TARGET" in said and "renamed" not in said


def test_the_same_labels_say_nothing_of_labels(make_project, open_store):
    lead = make_project(A, name="lead")
    li = make_project(A, [("a.txt", 3, 6, "DISTRICT", {"annotator": "li"})], name="li")
    report = merge(open_store(lead), [li])
    assert report.sources[0].labels_missing == [] and "has no label" not in "\n".join(report.lines())


def old_coder_project(folder, version: int, text: str) -> None:
    """A coder's project as an older annotator (schema ``version``) left it: one document, one span."""
    from annotator.core.imports.text import sha256
    from annotator.core.sqlite import Database
    from annotator.core.store import migrations

    folder.mkdir(parents=True)
    conn = sqlite3.connect(folder / DB_FILENAME)
    for step in migrations.MIGRATIONS[:version]:
        step(Database(conn))
    conn.execute("INSERT INTO documents(name, title, text, sha256, char_count) VALUES (?, ?, ?, ?, ?)",
                 ("a.txt", "t", text, sha256(text), len(text)))
    conn.execute('INSERT INTO annotations(document_id, start, "end", label, text, status, annotator, created_at, '
                 "updated_at) VALUES (1, 3, 6, 'DISTRICT', '湖里区', 'accepted', '老王', 'then', 'then')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_a_coders_project_of_an_older_annotator_is_merged_and_left_as_it_was(make_project, open_store, tmp_path):
    # the merge migrated the coder's own folder: their older annotator could no longer open it ("made by a
    # newer annotator … update annotator to open it"), and a backups folder appeared in their project
    lead = make_project(A, name="主 项目")
    old = tmp_path / "旧 版本" / "老王"
    old_coder_project(old, 4, A)
    before = (old / DB_FILENAME).read_bytes()
    store = open_store(lead)
    report = merge(store, [old])
    assert dict(report.sources[0].spans_added) == {"老王": 1}
    assert "an older annotator (schema 4)" in "\n".join(report.lines())
    assert (old / DB_FILENAME).read_bytes() == before and sorted(p.name for p in old.iterdir()) == [DB_FILENAME]
    assert merge(store, [old]).sources[0].spans_there == 1  # and again: nothing added


def test_an_older_coders_project_that_cannot_be_opened_is_named_by_its_folder(make_project, open_store, tmp_path):
    lead = make_project(A, name="lead")
    old = tmp_path / "旧 版本" / "老王"
    old_coder_project(old, 4, A)
    with sqlite3.connect(old / DB_FILENAME) as conn:
        conn.execute("UPDATE documents SET text = '别的文字'")  # no longer its sha256
    conn.close()
    store = open_store(lead)
    with pytest.raises(AnnotatorError) as refused:
        merge(store, [old])
    said = str(refused.value)
    assert said.startswith(f"{old}: the project cannot be opened: ") and "annotator-merged" not in said
    assert "sha256" in said and sorted(p.name for p in old.iterdir()) == [DB_FILENAME]


def test_a_zip_whose_text_is_damaged_is_named_by_the_zip(make_project, open_store, tmp_path):
    # the error named the temporary folder it was unpacked into ('annotator restore /tmp/annotator-unpacked-…')
    import zipfile

    lead = make_project(A, name="lead")
    li = make_project(A, [("a.txt", 3, 6, "DISTRICT", {"annotator": "li"})], name="li")
    with sqlite3.connect(li / DB_FILENAME) as conn:
        conn.execute("UPDATE documents SET text = '别的文字'")
    conn.close()
    out = tmp_path / "李 四.zip"
    with zipfile.ZipFile(out, "w") as z:
        z.write(li / DB_FILENAME, f"李 四/{DB_FILENAME}")
    with pytest.raises(AnnotatorError) as refused:
        merge(open_store(lead), [out])
    said = str(refused.value)
    assert said.startswith(f"{out}: the project in this package cannot be opened: ") and "sha256" in said
    assert "annotator-unpacked" not in said
