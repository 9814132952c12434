"""Gold JSONL and doccano JSONL, in and out; every rejected line reported with its number and why."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.export import jsonl
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。𠀋村在湖里区。"


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT))


def write_lines(path: Path, lines: list) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n"
                            for x in lines), encoding="utf-8")
    return path


def gold(start, end, label="DISTRICT", doc="a.txt", text=None, **extra):
    return {"doc": doc, "start": start, "end": end, "label": label,
            "text": TEXT[start:end] if text is None else text, "value": {}, **extra}


def test_gold_lines_import_and_export_both_ways(store, tmp_path):
    lines = [gold(3, 6, value={"name": "湖里区", "code": "350206"}),
             gold(8, 15, "AMOUNT", value={"yuan": 5510000000, "qualifier": None}),
             gold(TEXT.index("𠀋"), TEXT.index("𠀋") + 2)]
    report = import_annotations(store, [write_lines(tmp_path / "g.jsonl", lines)])
    assert (report.added, report.rejected) == (3, [])
    out = tmp_path / "out.jsonl"
    assert jsonl.write(store, out) == 3
    assert [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] == lines
    again = import_annotations(store, [out])
    assert (again.added, again.duplicates) == (0, 3)


def test_doccano_import_and_export_both_ways(store, tmp_path):
    other = "思明区和集美区。"
    lines = [{"id": 7, "name": "b.txt", "text": other, "label": [[0, 3, "DISTRICT"], [4, 7, "DISTRICT"]]},
             {"text": TEXT, "label": [[3, 6, "DISTRICT"]]}]  # a text already in the project
    report = import_annotations(store, [write_lines(tmp_path / "d.jsonl", lines)])
    assert (report.added, report.documents_added, report.rejected) == (3, 1, [])
    assert store.document_id_by_name("b.txt") is not None
    out = tmp_path / "out.jsonl"
    assert jsonl.write(store, out, "doccano") == 2
    exported = {d["name"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert exported["b.txt"]["text"] == other
    assert exported["b.txt"]["label"] == [[0, 3, "DISTRICT"], [4, 7, "DISTRICT"]]
    assert exported["a.txt"]["label"] == [[3, 6, "DISTRICT"]]
    # the export reads back into a fresh project as the same spans
    with Store.create(tmp_path / "q") as fresh:
        back = import_annotations(fresh, [out])
        assert (back.added, back.documents_added, back.rejected) == (3, 2, [])
        assert sorted((a.start, a.end, a.text) for a in fresh.annotations()) == \
            sorted((a.start, a.end, a.text) for a in store.annotations())


def test_rejected_lines_are_reported_with_their_numbers(store, tmp_path):
    lines = [
        gold(3, 6),                                   # 1 fine
        '{"doc": "a.txt", "start": 3,',               # 2 malformed JSON
        gold(0, 3, doc="nope.txt"),                   # 3 unknown document
        gold(8, 15, "MONEY"),                         # 4 unknown label
        gold(0, 999, text="x"),                       # 5 out of range
        gold(-2, 3, text="x"),                        # 6 negative
        gold(6, 3, text=""),                          # 7 swapped
        gold(0, 3, text="思明区"),                     # 8 text mismatch
        "[1, 2, 3]",                                  # 9 not an object
        {"doc": "a.txt", "start": 0, "end": 3},       # 10 missing fields
        gold(4, 6),                                   # 11 overlaps line 1
        {"text": TEXT, "label": [[3, 6, "DISTRICT"], [40, 2, "DISTRICT"], [0, 1, "X"]]},  # 12 doccano, bad spans
        "",                                           # 13 blank: ignored
        gold(8, 15, "AMOUNT", start_note=True),       # 14 fine (extra keys ignored)
    ]
    report = import_annotations(store, [write_lines(tmp_path / "g.jsonl", lines)])
    rejected = {n: why for _, n, why in report.rejected}
    assert sorted(rejected) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    assert "not valid JSON" in rejected[2]
    assert "no document named 'nope.txt'" in rejected[3]
    assert "no label 'MONEY' in " in rejected[4] and "(its labels: DISTRICT, PROJECT" in rejected[4]
    for n in (5, 6, 7):
        assert "outside the text" in rejected[n]
    assert "does not match" in rejected[8]
    assert "missing field" in rejected[10]
    assert "overlap" in rejected[11]
    assert "40-2" in rejected[12] and "no label 'X' in " in rejected[12]
    assert report.added == 2 and report.duplicates == 0  # line 12 is rejected whole: its span equal to line 1's
    assert report.documents_added == 0                      # is not counted, and nothing of it is stored
    assert sorted((a.start, a.end, a.label) for a in store.annotations()) == [(3, 6, "DISTRICT"), (8, 15, "AMOUNT")]
    shown = [int(line.split(" line ")[1].split(":")[0]) for line in report.lines() if line.startswith("rejected ")]
    assert shown == sorted(rejected)  # in the file's order, though found in two passes


def test_lines_refused_for_one_reason_in_a_row_are_reported_as_one_range(store, tmp_path):
    # gold imported before its documents: a thousand lines would each say the same
    lines = [gold(3, 6, doc="nope.txt")] * 30 + [gold(3, 6)] + [gold(0, 3, doc="nope.txt")] * 2 + [gold(6, 8, "X")]
    path = write_lines(tmp_path / "g.jsonl", lines)
    report = import_annotations(store, [path])
    assert len(report.rejected) == 33 and report.added == 1
    said = [line for line in report.lines() if line.startswith("rejected ")]
    assert said == [f"rejected {path} lines 1–30: no document named 'nope.txt' in the project",
                    f"rejected {path} lines 32–33: no document named 'nope.txt' in the project",
                    f"rejected {path} line 34: {dict((n, why) for _f, n, why in report.rejected)[34]}"]


def test_corpus_gold_round_trip_gives_back_exactly_the_gold_lines(tmp_path, corpus_gold):
    gold_files = corpus_gold
    expected = [line for path in gold_files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with Store.create(tmp_path / "p") as store:
        articles = [p.with_name(p.name.replace(".gold.jsonl", ".txt")) for p in gold_files]
        assert len(import_files(store, articles).imported) == len(articles)
        report = import_annotations(store, gold_files)
        assert report.rejected == [] and report.added == len(expected)
        for a in store.annotations():
            assert store.document(a.document_id).text[a.start:a.end] == a.text
        out = tmp_path / "out.jsonl"
        jsonl.write(store, out)
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == sorted(expected)


def test_gold_for_an_open_suggestion_decides_it_and_leaves_decided_spans_alone(store, tmp_path):
    """Gold imported after ``suggest``: a suggestion at a gold span becomes the gold's (status,
    annotator, value); one the gold does not hold stays open; a span another annotator accepted or
    rejected already is left as it is, and the gold's own is stored beside it (its layer)."""
    doc = store.documents()[0].id
    amount = TEXT.index("55.1亿元")  # 6 characters; 松元产业园 at 16-21
    ids = {name: store.add_annotation(doc, s, e, label, status=status, origin="rules").changes[0].after.id
           for name, label, s, e, status in (("district", "DISTRICT", 3, 6, "suggested"),
                                             ("amount", "AMOUNT", amount, amount + 6, "suggested"),
                                             ("project", "PROJECT", 16, 21, "rejected"),
                                             ("city", "DISTRICT", 0, 3, "suggested"))}
    kept = store.annotation(ids["amount"]).value
    lines = [gold(3, 6, value={"name": "湖里区", "code": "350206"}), gold(amount, amount + 6, "AMOUNT"),
             gold(16, 21, "PROJECT"), gold(TEXT.index("𠀋"), TEXT.index("𠀋") + 2)]
    report = import_annotations(store, [write_lines(tmp_path / "g.jsonl", lines)], annotator="gold")
    assert (report.added, report.changed, report.duplicates, report.rejected) == (2, 2, 0, [])
    district, amount_span = store.annotation(ids["district"]), store.annotation(ids["amount"])
    assert (district.status, district.annotator, district.origin) == ("accepted", "gold", "rules")
    assert district.value == {"name": "湖里区", "code": "350206"}
    assert (amount_span.status, amount_span.value) == ("accepted", kept)  # no value given: the rules' stays
    assert store.annotation(ids["project"]).status == "rejected"  # decided by someone: left alone
    assert [(a.status, a.annotator) for a in store.annotations() if a.label == "PROJECT" and a.id != ids["project"]] \
        == [("accepted", "gold")]  # the gold's own
    assert store.annotation(ids["city"]).status == "suggested"  # not in the gold: still open
    assert any("2 suggestion(s) decided" in line for line in report.lines())
    again = import_annotations(store, [write_lines(tmp_path / "g.jsonl", lines)], annotator="gold")
    assert (again.added, again.changed, again.duplicates) == (0, 0, 4)  # decided: now duplicates


def test_a_doccano_line_decides_the_open_suggestions_it_holds(store, tmp_path):
    doc = store.documents()[0].id
    open_id = store.add_annotation(doc, 3, 6, "DISTRICT", status="suggested", origin="rules").changes[0].after.id
    line = {"text": TEXT, "label": [[3, 6, "DISTRICT"], [16, 21, "PROJECT"]]}
    report = import_annotations(store, [write_lines(tmp_path / "d.jsonl", [line])])
    assert (report.added, report.changed, report.duplicates, report.rejected) == (1, 1, 0, [])
    assert store.annotation(open_id).status == "accepted"
    bad = {"text": TEXT, "label": [[0, 3, "DISTRICT"], [40, 2, "DISTRICT"]]}  # one bad span: the line is refused
    store.add_annotation(doc, 0, 3, "DISTRICT", status="suggested", origin="rules")
    report = import_annotations(store, [write_lines(tmp_path / "bad.jsonl", [bad])])
    assert report.changed == 0 and len(report.rejected) == 1
    assert [a.status for a in store.annotations(doc) if (a.start, a.end) == (0, 3)] == ["suggested"]  # rolled back


def test_gold_over_open_suggestions_with_other_boundaries_rejects_them(store, tmp_path):
    """The rules proposed 湖里 and 松元; the gold holds 湖里区 and 松元产业园: the open suggestions
    that keep the gold spans out are decided (rejected) and the gold stored. A line refused for
    its own fault (a wrong text) leaves the suggestion it overlaps open."""
    doc = store.documents()[0].id
    short = store.add_annotation(doc, 3, 5, "DISTRICT", status="suggested", origin="rules").changes[0].after.id
    project = store.add_annotation(doc, 16, 18, "PROJECT", status="suggested", origin="rules").changes[0].after.id
    other = store.add_annotation(doc, 26, 28, "DISTRICT", status="suggested", origin="rules").changes[0].after.id
    lines = [gold(3, 6), gold(16, 21, "PROJECT"), gold(26, 29, text="思明区")]
    report = import_annotations(store, [write_lines(tmp_path / "g.jsonl", lines)])
    assert (report.added, report.changed) == (2, 2)
    assert [n for _, n, _ in report.rejected] == [3] and "does not match" in report.rejected[0][2]
    assert store.annotation(short).status == store.annotation(project).status == "rejected"
    assert store.annotation(other).status == "suggested"
    spans = {(a.start, a.end, a.label): a.status for a in store.annotations(doc)}
    assert spans[(3, 6, "DISTRICT")] == spans[(16, 21, "PROJECT")] == "accepted"


def test_an_exported_csv_is_refused_in_one_line_that_names_the_formats_read(store, tmp_path):
    # re-importing the gold exported as CSV read it as JSON Lines: one "not valid JSON" line per row
    # (498 for a gold of three reports), and no word of which files are read
    from annotator.core.export.formats import export
    from annotator.core.imports.annotations import AnnotationImportError

    import_annotations(store, [write_lines(tmp_path / "g.jsonl", [gold(3, 6), gold(8, 15, "AMOUNT")])])
    export(store, tmp_path / "gold.csv")
    good = write_lines(tmp_path / "more.jsonl", [gold(0, 3, "DISTRICT")])
    with pytest.raises(AnnotationImportError) as caught:
        import_annotations(store, [tmp_path / "gold.csv", good])
    report = caught.value.report
    assert report.rejected == [] and report.added == 1  # the other file is imported
    assert "gold.csv" in str(caught.value) and ".jsonl or .xlsx" in str(caught.value)


def test_the_suffixes_refused_are_those_of_the_exports_no_reader_takes():
    from annotator.core.export.formats import FORMATS as EXPORTS
    from annotator.core.imports import formats

    written = {s for f in EXPORTS for s in f.suffixes}
    assert set(formats.WRITTEN_ONLY) == written - formats.suffixes(formats.ANNOTATIONS)


def test_a_second_coders_equal_spans_are_their_own_and_the_same_coder_twice_is_a_duplicate(store, tmp_path):
    """Two coders' files imported into one project: the spans they marked alike are stored for each
    (the agreement compares their layers); the same coder's file again adds nothing, and a
    suggestion equal to a coder's span is no news."""
    lines = [gold(3, 6), gold(8, 15, "AMOUNT")]
    path = write_lines(tmp_path / "g.jsonl", lines)
    assert import_annotations(store, [path], status="accepted", annotator="li").added == 2
    wang = import_annotations(store, [path], status="accepted", annotator="wang")
    assert (wang.added, wang.duplicates) == (2, 0)
    again = import_annotations(store, [path], status="accepted", annotator="wang")
    assert (again.added, again.duplicates) == (0, 2)
    suggested = import_annotations(store, [path], status="suggested", annotator="bot")
    assert (suggested.added, suggested.duplicates) == (0, 2)
    assert sorted((a.annotator, a.label) for a in store.annotations()) == [
        ("li", "AMOUNT"), ("li", "DISTRICT"), ("wang", "AMOUNT"), ("wang", "DISTRICT")]


def test_a_coders_line_decides_the_suggesters_open_suggestion(store, tmp_path):
    from annotator.core.suggest.runner import suggest_documents

    suggest_documents(store)
    open_span = next(a for a in store.annotations() if a.status == "suggested" and a.label == "DISTRICT")
    path = write_lines(tmp_path / "g.jsonl", [gold(open_span.start, open_span.end, text=open_span.text)])
    report = import_annotations(store, [path], status="accepted", annotator="li")
    assert (report.added, report.changed, report.duplicates) == (0, 1, 0)
    decided = store.annotation(open_span.id)
    assert (decided.status, decided.annotator) == ("accepted", "li")
