"""A links file imported under a coder's name (``import-annotations P x.links.jsonl --annotator B``) joins
that coder's spans only. Where B had no span at a line's place (B's PROJECT there shifted, B's AMOUNT
relabelled a TARGET, a TARGET B never marked), the line fell back to A's span at that place: counted
"already in the project" where A's span had the link, else B's link stored on A's span or pointing at it
(B's link in A's layer); and a district B marked no mention of was linked to A's DISTRICT span. Now such a
line is refused ("B has no AMOUNT span at …"), and the district goes to B's own mention, else by name and
code. Without a name the fallback stays: a links file of no coder joins whichever spans are there."""
from __future__ import annotations

from annotator.core.imports.annotations import import_annotations
from tests.hechi_two_coders import B_MISSING, DOC, TIANE, b_rows, hechi, links_lines, write


def test_a_coders_links_file_joins_only_that_coders_spans(make_project, open_store, tmp_path):
    text, rows, gold_links = hechi()
    store = open_store(make_project({DOC: text}))
    import_annotations(store, [write(tmp_path / "a.jsonl", rows)], annotator="A")
    import_annotations(store, [write(tmp_path / "b.jsonl", b_rows(rows))], annotator="B")
    lines = links_lines(gold_links)
    refused = {}  # {line number: why}: its span, else the PROJECT it links to, is not B's
    for n, r in enumerate(lines, 1):
        if (r["label"], r["start"], r["end"]) in B_MISSING:
            refused[n] = f"B has no {r['label']} span at {r['start']}-{r['end']} to link"
        elif r.get("project") and ("PROJECT", *r["project"]) in B_MISSING:
            refused[n] = "B has no PROJECT span at {}-{} to link to".format(*r["project"])
    assert len(refused) == 4  # the PROJECT's line and the line linking to it, the AMOUNT's, the TARGET's

    a = import_annotations(store, [gold_links], annotator="A")
    b = import_annotations(store, [gold_links], annotator="B")
    wanted = sum(bool(r.get("district")) + bool(r.get("project")) for r in lines)
    assert a.links == wanted and not a.rejected and not a.duplicates
    lost = sum(bool(lines[n - 1].get("district")) + bool(lines[n - 1].get("project")) for n in refused)
    assert b.duplicates == 0 and b.links == wanted - lost
    assert {n: why for _f, n, why in b.rejected} == refused
    assert f"rejected {gold_links} line 40: {refused[40]}" in b.refusal_lines()

    spans = {s.id: s for s in store.annotations()}
    for k in store.links():  # each link in its coder's layer: its span's, its target's
        assert spans[k.source_id].annotator == k.annotator, (spans[k.source_id], k)
        assert k.target_id is None or spans[k.target_id].annotator == k.annotator, (spans[k.target_id], k)
    tiane = [k for k in store.links() if k.annotator == "B" and k.kind == "district"
             and k.value.get("name") == TIANE]
    assert tiane and all(k.target_id is None and k.value == {"name": TIANE, "code": "451222"} for k in tiane)
    assert sum(k.annotator == "A" for k in store.links()) == wanted


def test_a_links_file_of_no_coder_still_joins_the_spans_there(make_project, open_store, tmp_path):
    """Without a name, the line joins the span at its place whoever's it is (the gold imported as A's)."""
    text, rows, gold_links = hechi()
    store = open_store(make_project({DOC: text}))
    import_annotations(store, [write(tmp_path / "a.jsonl", rows)], annotator="A")
    report = import_annotations(store, [gold_links])
    lines = links_lines(gold_links)
    assert not report.rejected and report.links == sum(bool(r.get("district")) + bool(r.get("project"))
                                                       for r in lines)
    assert {k.annotator for k in store.links()} == {""}
    assert {store.annotation(k.source_id).annotator for k in store.links()} == {"A"}
