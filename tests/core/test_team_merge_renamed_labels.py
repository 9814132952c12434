"""A coder's package merged back after a label was renamed, here or in the coder's copy: their spans
of it come in under the project's label (found by the id the package recorded), not under the old
name added again beside it, where the agreement compared none of them; a name the project has in
another case is its label (the merge stopped whole: 'label POLICY exists already')."""
from __future__ import annotations

import sqlite3

from annotator.core.store import Store
from annotator.core.team.agreement import project_agreement
from annotator.core.team.merge import merge
from annotator.core.team.package import export_package, open_package
from annotator.paths import DB_FILENAME

A = "全面实施乡村振兴战略，厦门市湖里区投资55.1亿元建设松元产业园。"  # 乡村振兴战略: 4-10


def handed_out(make_project, open_store, tmp_path):
    """The lead's project with POLICY (lead's span on 乡村振兴战略) and li's copy of it, as opened."""
    lead = make_project(A, [("a.txt", 4, 10, "DISTRICT", {"annotator": "lead"})], name="lead")
    with Store.open(lead) as store:
        store.add_label("POLICY", "#7b4ea3", "5", "a strategy")
        store.add_annotation(1, 4, 10, "POLICY", annotator="lead")
        export_package(store, tmp_path / "li.zip")
    open_package(tmp_path / "li.zip", tmp_path / "li")
    with Store.open(tmp_path / "li") as copy:
        copy.add_annotation(1, 4, 10, "POLICY", annotator="li")
    return open_store(lead), tmp_path / "li"


def test_a_label_the_lead_renamed_after_handing_out_takes_the_coders_spans(make_project, open_store, tmp_path):
    store, li = handed_out(make_project, open_store, tmp_path)
    store.update_label("POLICY", new_name="政策")
    report = merge(store, [li])
    assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "政策"]  # no POLICY added again
    assert [(a.label, a.annotator) for a in store.annotations() if a.annotator == "li"] == [("政策", "li")]
    said = "\n".join(report.lines())
    assert "label POLICY of" in said and "is 政策 here (the same label under another name)" in said
    assert "labels added" not in said and "has no label" not in said
    assert project_agreement(store).row(["lead", "li"], "政策").spans == (1, 1)
    assert merge(store, [li]).sources[0].spans_there == 1  # and again: nothing added


def test_a_label_the_coder_renamed_in_another_case_is_the_projects(make_project, open_store, tmp_path):
    store, li = handed_out(make_project, open_store, tmp_path)
    with Store.open(li) as copy:
        copy.update_label("POLICY", new_name="Policy")
    report = merge(store, [li])  # refused whole before: label POLICY exists already
    assert "Policy" not in store.label_names()
    assert [a.label for a in store.annotations() if a.annotator == "li"] == ["POLICY"]
    assert "label Policy of" in "\n".join(report.lines())


def test_a_package_of_another_project_keeps_its_labels_apart(make_project, open_store, tmp_path):
    store, li = handed_out(make_project, open_store, tmp_path)
    other = open_store(make_project(A, name="other"))
    other.add_label("SECTOR", "#123456")
    report = merge(other, [li])
    assert other.label_names()[-2:] == ["SECTOR", "POLICY"] and not report.sources[0].labels_as



def test_a_coders_label_named_as_the_chinese_window_names_a_schema_label_is_that_label(make_project, open_store):
    # 项目 in a copy without PROJECT (deleted there): adding it here, beside PROJECT, stopped the merge
    lead = make_project(A, name="lead")
    li = make_project(A, name="li")
    with Store.open(li) as copy:
        for a in copy.annotations():
            copy.delete_annotation(a.id)
        copy.delete_label("PROJECT")
        copy.add_label("项目", "#123456")
        copy.add_annotation(1, 24, 29, "项目", annotator="li")
    store = open_store(lead)
    report = merge(store, [li])
    assert "项目" not in store.label_names() and report.sources[0].labels_as == {"项目": "PROJECT"}
    assert [a.label for a in store.annotations() if a.annotator == "li"] == ["PROJECT"]


def test_a_coders_label_beside_the_one_it_reads_as_is_merged_under_its_own_name(make_project, open_store):
    # the copy holds PROJECT and 项目 (an older annotator let both be): 项目 is not PROJECT there, so it comes
    # in under its own name as the copy has it, where the merge stopped ('would both read 项目')
    lead = make_project(A, name="lead")
    li = make_project(A, name="li")
    with sqlite3.connect(li / DB_FILENAME) as conn:
        conn.execute("INSERT INTO labels(name, color, shortcut, description, position) "
                     "VALUES ('项目', '#123456', '', '', 9)")
    conn.close()
    with Store.open(li) as copy:
        copy.add_annotation(1, 24, 29, "项目", annotator="li")
    store = open_store(lead)
    merge(store, [li])
    assert store.label_names()[-1] == "项目"
    assert [a.label for a in store.annotations() if a.annotator == "li"] == ["项目"]
