"""A coder's corrected copy, sent again after a first merge: merged with ``replace`` its version is the
coder's layer in its documents. Without it the lead kept both: a span relabelled stood under both labels
(counted twice by the agreement and the exports), a span moved was refused for overlapping its old self, a
deletion and a value corrected were lost, and the report's only advice was a restore that also took back
every other coder's merge."""
from __future__ import annotations

from annotator.core.store import Store
from annotator.core.team.merge import merge

A = "厦门市湖里区投资55.1亿元建设松元产业园。"
B = "思明区新增10家规上工业企业。"


def layer(store, who):
    names = {d.id: d.name for d in store.documents()}
    return sorted((names[a.document_id], a.start, a.end, a.label, a.status, a.value.get("yuan"))
                  for a in store.annotations() if a.annotator == who)


def links_of(store, who):
    spans = {a.id: (a.start, a.end, a.label) for a in store.annotations()}
    return sorted((spans[k.source_id], k.kind, spans.get(k.target_id), k.value.get("name"), k.status)
                  for k in store.links() if k.annotator == who)


def first_copy(make_project):
    li = make_project({"a.txt": A, "b.txt": B}, [
        ("a.txt", 0, 3, "DISTRICT", {"annotator": "li"}), ("a.txt", 3, 6, "DISTRICT", {"annotator": "li"}),
        ("a.txt", 8, 14, "AMOUNT", {"annotator": "li"}), ("a.txt", 16, 21, "PROJECT", {"annotator": "li"}),
        ("b.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="li")
    with Store.open(li) as store:
        spans = {a.text: a.id for a in store.annotations()}
        store.add_link(spans["55.1亿元"], "district", spans["湖里区"], annotator="li")
    return li


def test_a_corrected_copy_merged_with_replace_is_the_coders_layer(make_project, open_store):
    li = first_copy(make_project)
    wang = make_project({"a.txt": A}, [("a.txt", 16, 21, "PROJECT", {"annotator": "wang"})], name="wang")
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [li, wang])
    with Store.open(li) as store:  # li corrects: a deletion, a relabel, a move, a value
        spans = {a.text: a for a in store.annotations()}
        store.delete_annotation(spans["厦门市"].id)
        store.update_annotation(spans["松元产业园"].id, label="TARGET")
        store.update_annotation(spans["55.1亿元"].id, end=13, text="55.1亿")
        store.update_annotation(spans["湖里区"].id, value={"name": "湖里区", "code": "350206"})
    with Store.open(li) as store:
        corrected = layer(store, "li")
        corrected_links = links_of(store, "li")
    before_wang = layer(target, "wang")
    report = merge(target, [li], replace=True)
    assert layer(target, "li") == corrected
    assert links_of(target, "li") == corrected_links
    assert layer(target, "wang") == before_wang  # another coder's layer stays
    (source,) = report.sources
    assert source.refused == [] and dict(source.replaced.spans) == {"li": 4} and source.replaced.links == 0
    lines = "\n".join(report.lines())
    assert "4 span(s) of li here that" in lines and "replaced by its version (--replace)" in lines
    again = merge(target, [li], replace=True).sources[0]  # the same copy again: nothing to replace
    assert (dict(again.replaced.spans), sum(again.spans_added.values())) == ({}, 0)


def test_without_replace_the_report_says_how_to_take_a_corrected_copy(make_project, open_store):
    li = first_copy(make_project)
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [li])
    with Store.open(li) as store:
        spans = {a.text: a for a in store.annotations()}
        store.update_annotation(spans["55.1亿元"].id, value={"yuan": 551})  # a value corrected: no longer passed over
    before = layer(target, "li")
    report = merge(target, [li])
    assert layer(target, "li") == before  # nothing overwritten: the copy may be older than what is here
    assert report.sources[0].stale == {"li": 1}
    assert report.sources[0].stale_links == {}  # its link to 湖里区 goes with the span's count, not counted twice
    assert "merge it again with --replace to take its version" in "\n".join(report.lines())


def test_replace_leaves_the_documents_in_which_the_copy_holds_none_of_the_coders_spans(make_project, open_store):
    # a coder who went on in an old folder, merged with --replace by mistake: their other documents stay
    li = first_copy(make_project)
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [li])
    old = make_project({"a.txt": A, "b.txt": B}, [("b.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="old")
    merged = merge(target, [old], replace=True)
    report = merged.sources[0]
    assert [s[:2] for s in layer(target, "li")].count(("a.txt", 0)) == 1 and report.stale == {"li": 4}
    assert dict(report.replaced.spans) == {} and "--replace to take" not in "\n".join(merged.lines())


def test_a_link_changed_on_a_span_kept_is_replaced(make_project, open_store):
    li = first_copy(make_project)
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [li])
    with Store.open(li) as store:  # the sum is Siming's, not Huli's
        spans = {a.text: a for a in store.annotations()}
        store.unlink(spans["55.1亿元"].id, "district", "li")
        store.add_link(spans["55.1亿元"].id, "district", None, value={"name": "思明区", "code": "350203"},
                       annotator="li")
        corrected = links_of(store, "li")
    assert merge(target, [li]).sources[0].links_not_added == 1  # in conflict with the old link: lost
    report = merge(target, [li], replace=True).sources[0]
    assert links_of(target, "li") == corrected and report.replaced.links == 1
    assert "1 link(s) of its coders here that" in "\n".join(report.lines())


def test_an_older_copy_sent_again_brings_nothing_of_its_coder_back(make_project, open_store, tmp_path):
    # li's Monday copy merged after the corrected one brought back the span li deleted on Tuesday and the
    # PROJECT li had made a TARGET (the relabelled span twice again); with --replace it took Tuesday's work out
    import shutil
    import sqlite3

    li = first_copy(make_project)
    conn = sqlite3.connect(li / "project.sqlite")
    with conn:  # Monday, on li's machine
        conn.execute("UPDATE annotations SET created_at = '2026-11-23T09:00:00+00:00', "
                     "updated_at = '2026-11-23T09:00:00+00:00'")
        conn.execute("UPDATE links SET created_at = '2026-11-23T09:00:00+00:00', "
                     "updated_at = '2026-11-23T09:00:00+00:00'")
    conn.close()
    monday = shutil.copytree(li, tmp_path / "monday")
    with Store.open(li) as store:  # Tuesday (now): a deletion and a relabel
        spans = {a.text: a for a in store.annotations()}
        store.delete_annotation(spans["厦门市"].id)
        store.update_annotation(spans["松元产业园"].id, label="TARGET")
        tuesday = layer(store, "li")
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [li])
    for replace in (False, True):
        report = merge(target, [monday], replace=replace)
        assert layer(target, "li") == tuesday
        (source,) = report.sources
        assert source.older_than_here == {"li": 1} and sum(source.spans_added.values()) == 0  # a.txt; b.txt alike
        assert dict(source.replaced.spans) == {} and source.stale == {}
        assert (f"  {monday} is older than what is here for li in 1 document(s) (a.txt): spans or links of theirs "
                "here were changed or deleted after its last change to them; nothing of theirs merged there, what is "
                "here kept as it is") in report.lines()
