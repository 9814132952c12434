"""A merge that brings documents the lead's project lacks names them: a coder's package made before
the lead removed some documents brings them back, and a project of other documents merged on purpose
(--new-documents) brings only documents of its own; a count alone ("2 document(s) added") let either pass
unnoticed. A package of another project merged by mistake is refused (tests/core/test_team_merge_foreign.py)."""
from __future__ import annotations

from annotator.core.store import Store
from annotator.core.team.merge import merge

A = "厦门市湖里区投资55.1亿元建设松元产业园。"
B = "思明区新增10家规上工业企业。"
C = "集美区新增企业20家。"


def test_documents_removed_since_the_package_was_made_are_named_when_they_come_back(make_project, open_store):
    lead = make_project({"a.txt": A, "b.txt": B}, name="lead")
    coder = make_project({"a.txt": A, "b.txt": B}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "张三"}),
                                                     ("b.txt", 0, 3, "DISTRICT", {"annotator": "张三"})], name="张三")
    store = open_store(lead)
    store.delete_documents([store.document_id_by_name("b.txt")])  # removed by the lead after handing out
    lines = merge(store, [coder]).lines()
    assert ("  documents not in the project, 1 added (b.txt): removed there since "
            f"{coder} was made? 'annotator remove' takes them out") in lines


def test_a_project_of_other_documents_merged_on_purpose_names_them(make_project, open_store):
    lead = make_project({"a.txt": A}, name="lead")
    other = make_project({f"{i}.txt": f"{C}{i}" for i in range(7)}, [("0.txt", 0, 3, "DISTRICT", {"annotator": "li"})],
                         name="other")
    lines = merge(open_store(lead), [other], new_documents=True).lines()  # --new-documents
    assert (f"  none of the documents of {other} was in the project (a package of another project?): 7 added "
            "(0.txt, 1.txt, 2.txt, 3.txt, 4.txt, …); 'annotator remove' takes them out") in lines


def test_documents_merged_into_an_empty_project_are_only_counted(make_project, open_store, tmp_path):
    Store.create(tmp_path / "empty").close()
    coder = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="li")
    lines = merge(open_store(tmp_path / "empty"), [coder]).lines()
    assert lines[0].startswith(f"from {coder}: 1 document(s) added, 0 matched") and len(lines) == 2
