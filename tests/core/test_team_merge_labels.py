"""A coder's project whose labels differ from the lead's: a label renamed in their copy (an older
annotator let the schema's labels be renamed; a label the lead added can still be), or missing.
The merge brings their spans under the names they have, and says plainly what that means: the
agreement counts none of that coder's spans of the lead's label."""
from __future__ import annotations

import sqlite3

from annotator.core.store import Store
from annotator.core.team.agreement import project_agreement
from annotator.core.team.merge import merge
from annotator.paths import DB_FILENAME

A = "厦门市湖里区投资55.1亿元建设松元产业园，新增企业20家。"


def test_a_label_renamed_in_a_coders_copy_is_named_in_the_report(make_project, open_store):
    lead = make_project(A, [("a.txt", 24, 29, "TARGET", {"annotator": "李四"})], name="主 项目")
    wang = make_project(A, [("a.txt", 24, 29, "TARGET", {"annotator": "王五"})], name="王 五")
    with sqlite3.connect(wang / DB_FILENAME) as conn:  # renamed as an older annotator allowed
        conn.execute("UPDATE labels SET name = '目标' WHERE name = 'TARGET'")
        conn.execute("UPDATE annotations SET label = '目标' WHERE label = 'TARGET'")
    conn.close()
    store = open_store(lead)
    report = merge(store, [wang])
    one = report.sources[0]
    assert one.labels_added == ["目标"] and one.labels_missing == ["TARGET"]
    said = "\n".join(report.lines())
    assert "has no label TARGET" in said and "renamed there as 目标?" in said
    assert "the agreement counts none of their TARGET spans" in said
    row = project_agreement(store).row(["李四", "王五"], "TARGET")
    assert row.spans == (1, 0)  # what the report warned of


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
