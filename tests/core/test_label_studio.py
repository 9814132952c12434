"""Label Studio's JSON, both ways (``export/label_studio.py``, ``imports/label_studio.py``): an export
read into a fresh project gives the same spans, values, coders' layers and links; a file as Label
Studio writes it (its documentation's NER export) is read; 𠮷, outside the BMP, keeps every offset
after it; a task that cannot be stored whole is refused by its number, and nothing of it is stored."""
from __future__ import annotations

import json

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.export.formats import export
from annotator.core.imports.annotations import AnnotationImportError, import_annotations

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园，全市新增企业20家。"
ASTRAL = "𠮷野家在厦门市湖里区投资3亿元。"  # 𠮷 (U+20BB7): one code point, two UTF-16 units
SPANS = [("a.txt", 3, 6, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 8, 14, "AMOUNT", {"value": {"yuan": 5510000000, "qualifier": None}}), ("a.txt", 16, 21, "PROJECT"),
         ("a.txt", 24, 31, "TARGET", {"value": {"quantity": 20, "unit": "家"}}),
         ("a.txt", 3, 6, "DISTRICT", {"annotator": "li", "value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 8, 14, "AMOUNT", {"annotator": "li", "value": {"yuan": 5510000000, "qualifier": None}}),
         ("b.txt", 7, 10, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("b.txt", 12, 15, "AMOUNT", {"value": {"yuan": 300000000, "qualifier": None}})]


def spans(store):
    names = {d.id: d.name for d in store.documents()}
    return sorted((names[a.document_id], a.start, a.end, a.label, a.text, json.dumps(a.value, ensure_ascii=False),
                   a.annotator, a.status) for a in store.annotations())


def links(store):
    by_id = {a.id: a for a in store.annotations()}
    return sorted((by_id[k.source_id].text, by_id[k.source_id].annotator, k.kind,
                   by_id[k.target_id].text if k.target_id else None, json.dumps(k.value, ensure_ascii=False))
                  for k in store.links())


@pytest.fixture
def team(make_project, open_store):
    """Two reports, two coders' layers on the first (the second coder's links theirs), links of both
    kinds and a district link by name."""
    store = open_store(make_project({"a.txt": TEXT, "b.txt": ASTRAL}, spans=SPANS))
    ids = {(a.document_id, a.text, a.annotator): a.id for a in store.annotations()}
    store.add_link(ids[1, "55.1亿元", ""], "district", ids[1, "湖里区", ""])
    store.add_link(ids[1, "55.1亿元", ""], "project", ids[1, "松元产业园", ""])
    store.add_link(ids[1, "新增企业20家", ""], "district", value={"name": "厦门市", "code": "350200"})
    store.add_link(ids[1, "55.1亿元", "li"], "district", ids[1, "湖里区", "li"], annotator="li")
    store.add_link(ids[2, "3亿元", ""], "district", ids[2, "湖里区", ""])
    return store


def test_an_export_read_into_a_fresh_project_gives_the_same_spans_and_links(team, make_project, open_store,
                                                                              tmp_path):
    out = tmp_path / "tasks.json"
    line = export(team, out, "label-studio")
    assert line.splitlines()[0] == f"wrote 2 task(s) to {out}"
    config = (tmp_path / "tasks.label-config.xml").read_text(encoding="utf-8")
    assert '<Labels name="label" toName="text">' in config and '<Label value="DISTRICT"' in config
    assert '<Relation value="district"/>' in config and '<Text name="text" value="$text"/>' in config
    tasks = json.loads(out.read_text(encoding="utf-8"))
    first = tasks[0]
    assert first["data"]["text"] == TEXT and first["data"]["name"] == "a.txt"
    assert [a.get("annotator") for a in first["annotations"]] == [None, "li"]  # a coder's layer, an annotation
    region = first["annotations"][0]["result"][0]
    assert region["type"] == "labels" and (region["from_name"], region["to_name"]) == ("label", "text")
    assert region["value"] == {"start": 3, "end": 6, "text": "湖里区", "labels": ["DISTRICT"]}
    relations = [r for r in first["annotations"][0]["result"] if r["type"] == "relation"]
    assert sorted(r["labels"][0] for r in relations) == ["district", "project"]
    assert tasks[1]["annotations"][0]["result"][0]["value"]["start"] == ASTRAL.index("湖里区") == 7

    fresh = open_store(make_project({}, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and (report.added, report.links, report.documents_added) == (8, 5, 2)
    assert spans(fresh) == spans(team) and links(fresh) == links(team)
    assert import_annotations(fresh, [out]).added == 0  # read again: all of it is there


def test_the_filters_of_every_export_choose_the_spans_and_a_link_needs_both_ends(team, tmp_path):
    out = tmp_path / "districts.json"
    export(team, out, "label-studio", labels=["DISTRICT", "AMOUNT"], annotators=[""], doc_ids=[1])
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    (annotation,) = task["annotations"]
    results = annotation["result"]
    assert sorted(r["value"]["labels"][0] for r in results if r["type"] == "labels") == ["AMOUNT", "DISTRICT"]
    assert [r["labels"] for r in results if r["type"] == "relation"] == [["district"]]  # its project is not there


# As Label Studio writes its JSON export of a Named Entity Recognition project (its documentation's example
# of the format: the keys it adds, a region's origin, an annotation's completed_by, a relation's direction).
LABEL_STUDIO = [{
    "id": 41, "data": {"text": ASTRAL}, "project": 3, "created_at": "2024-03-09T21:52:49.513742Z",
    "annotations": [{
        "id": 1001, "completed_by": 10, "was_cancelled": False, "ground_truth": False, "lead_time": 4.288,
        "created_at": "2024-03-09T22:16:08.728353Z", "result_count": 0, "task": 41,
        "result": [
            {"value": {"start": 7, "end": 10, "text": "湖里区", "labels": ["DISTRICT"]}, "id": "Dx_aB91ISN",
             "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
            {"value": {"start": 12, "end": 15, "text": "3亿元", "labels": ["AMOUNT"]}, "id": "t5sp3TyXPo",
             "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
            {"from_id": "Dx_aB91ISN", "to_id": "t5sp3TyXPo", "type": "relation", "direction": "left", "labels": []},
            {"value": {"choices": ["Positive"]}, "id": "c1", "from_name": "sentiment", "to_name": "text",
             "type": "choices", "origin": "manual"}]},
        {"id": 1002, "completed_by": 11, "was_cancelled": True, "result": [
            {"value": {"start": 0, "end": 3, "labels": ["PROJECT"]}, "id": "x", "from_name": "label",
             "to_name": "text", "type": "labels"}]}],
    "predictions": []}]


def test_a_file_as_label_studio_writes_it_is_read(make_project, open_store, tmp_path):
    store = open_store(make_project({"b.txt": ASTRAL}))
    path = tmp_path / "project-3-at-2024-03-10.json"
    path.write_text(json.dumps(LABEL_STUDIO, ensure_ascii=False, indent=2), encoding="utf-8")
    report = import_annotations(store, [path], annotator="wang")
    assert report.rejected == [] and (report.added, report.links, report.documents_added) == (2, 1, 0)
    assert [(a.start, a.end, a.label, a.text, a.annotator) for a in sorted(store.annotations(), key=lambda a: a.start)
            ] == [(7, 10, "DISTRICT", "湖里区", "wang"), (12, 15, "AMOUNT", "3亿元", "wang")]
    (link,) = store.links()  # "left": from the AMOUNT to the DISTRICT, a district link (its kind from the labels)
    assert (store.annotation(link.source_id).label, link.kind, store.annotation(link.target_id).label) == (
        "AMOUNT", "district", "DISTRICT")
    # the cancelled annotation's PROJECT, the Choices result: left aside; values as for spans labelled by hand
    assert store.annotation(link.target_id).value.get("code") == "350206"


def test_an_astral_character_keeps_the_offsets_after_it_and_utf16_ones_are_refused_with_why(
        make_project, open_store, tmp_path):
    store = open_store(make_project({"b.txt": ASTRAL}))
    shifted = json.loads(json.dumps(LABEL_STUDIO))
    for r in shifted[0]["annotations"][0]["result"]:
        if r["type"] == "labels":
            r["value"]["start"] += 1  # as the browser counts 𠮷: two units
            r["value"]["end"] += 1
    path = tmp_path / "old.json"
    path.write_text(json.dumps(shifted, ensure_ascii=False), encoding="utf-8")
    report = import_annotations(store, [path])
    ((_file, number, why),) = report.rejected
    assert number == 1 and "region 'Dx_aB91ISN': the text at 8-11 is '里区投', not its '湖里区'" in why
    assert "count UTF-16 units" in why and store.annotations() == []
    assert f"rejected {path} task 1: " in "\n".join(report.lines())
    assert "1 task(s) rejected" in "\n".join(report.lines())


def task(text, *regions, relations=(), **data):
    result = [{"id": f"r{i}", "from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": start, "end": end, "labels": [label]}}
              for i, (start, end, label) in enumerate(regions)]
    result += [{"from_id": f"r{a}", "to_id": f"r{b}", "type": "relation", "labels": labels}
               for a, b, labels in relations]
    return {"data": {"text": text, **data}, "annotations": [{"result": result}]}


def test_a_task_that_cannot_be_stored_whole_is_refused_by_its_number_and_the_others_are_stored(
        make_project, open_store, tmp_path):
    store = open_store(make_project({"a.txt": TEXT}))
    tasks = [task(TEXT, (3, 6, "DISTRICT"), (8, 14, "AMOUNT")),  # stored
             {"data": {"txt": TEXT}, "annotations": []},  # no text
             task("新的一篇：思明区投资", (5, 8, "DISTRICT"), (8, 40, "AMOUNT")),  # offsets outside: no new document
             task("另一篇：思明区", (4, 7, "CITY")),  # a label the project lacks
             task(TEXT, (16, 21, "PROJECT"), (3, 6, "DISTRICT"), relations=[(1, 0, ["similar"])]),  # no such link
             task("又一篇。", name="a.txt"),  # the project's a.txt holds another text
             ["not", "a", "task"]]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report = import_annotations(store, [path])
    why = {number: reason for _f, number, reason in report.rejected}
    assert sorted(why) == [2, 3, 4, 5, 6, 7]
    assert "the task has no text" in why[2]
    assert "offsets 8-40 are outside the text (10 characters)" in why[3]
    assert "no label 'CITY'" in why[4]
    assert "relation 'r1'→'r0' (DISTRICT to PROJECT) is no link" in why[5]
    assert "the project's document 'a.txt' holds another text" in why[6]
    assert "a task must be a JSON object" in why[7]
    assert [d.name for d in store.documents()] == ["a.txt"]  # no refused task's document
    assert sorted((a.start, a.end, a.label) for a in store.annotations()) == [(3, 6, "DISTRICT"), (8, 14, "AMOUNT")]


@pytest.mark.parametrize("content,words", [
    ("{not json", ["not valid JSON (Expecting property name enclosed in double quotes at line 1 column 2)"]),
    ('[{"data": {"text": "厦门"}}]\n{"doc": "a.txt"}\n', ["it holds JSON lines: name it .jsonl"]),
    ('{"text": "厦门"}', ["holds no Label Studio tasks"]),
    ("", ["the file is empty"])])
def test_a_file_that_is_no_label_studio_export_is_refused_naming_it(make_project, open_store, tmp_path,
                                                                     content, words):
    store = open_store(make_project({"a.txt": TEXT}))
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotationImportError) as e:
        import_annotations(store, [path])
    assert str(e.value).startswith(f"{path}: ") and all(w in str(e.value) for w in words), str(e.value)
    assert "nothing was stored" in str(e.value) and store.annotations() == []
    assert isinstance(e.value, ImportFileError)


def test_a_json_file_of_json_lines_is_read_as_json_lines(make_project, open_store, tmp_path):
    """Gold lines saved as .json were read as JSON lines before Label Studio's JSON came: they still are."""
    store = open_store(make_project({"a.txt": TEXT}))
    path = tmp_path / "gold.json"
    path.write_text("".join(json.dumps({"doc": "a.txt", "start": s, "end": e, "label": label, "text": TEXT[s:e]},
                                       ensure_ascii=False) + "\n" for s, e, label in ((3, 6, "DISTRICT"),
                                                                                    (8, 14, "AMOUNT"))),
                    encoding="utf-8")
    report = import_annotations(store, [path])
    assert report.added == 2 and "task" not in "\n".join(report.lines())
    assert sorted((a.start, a.end, a.label) for a in store.annotations()) == [(3, 6, "DISTRICT"), (8, 14, "AMOUNT")]


def test_a_region_of_several_labels_is_a_span_of_each_and_a_relation_joins_the_one_it_can(
        make_project, open_store, tmp_path):
    """Label Studio's Labels control with choice="multiple" gives a region several labels: a span each (the store
    keeps spans of two labels at the same offsets), and a relation to it links the span a link can join (it took
    the first label, and a relation meant for the second was refused as no link)."""
    store = open_store(make_project({"a.txt": TEXT}))
    both = {"id": "m", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": 3, "end": 6, "text": "湖里区", "labels": ["PROJECT", "DISTRICT"]}}
    tasks = [task(TEXT, (8, 14, "AMOUNT"), (24, 31, "TARGET"))]
    tasks[0]["annotations"][0]["result"] += [both, {"from_id": "r0", "to_id": "m", "type": "relation",
                                                    "labels": ["district"]},
                                             {"from_id": "r1", "to_id": "m", "type": "relation", "labels": []}]
    tasks.append(task(TEXT, (3, 6, "DISTRICT")))
    tasks[1]["annotations"][0]["result"] += [dict(both, id="n"), {"from_id": "r0", "to_id": "n", "type": "relation"}]
    report = import_annotations(store, [write_tasks(tmp_path, tasks)])
    assert sorted((a.start, a.end, a.label) for a in store.annotations()) == [
        (3, 6, "DISTRICT"), (3, 6, "PROJECT"), (8, 14, "AMOUNT"), (24, 31, "TARGET")]
    assert sorted((store.annotation(k.source_id).label, k.kind, store.annotation(k.target_id).label)
                  for k in store.links()) == [("AMOUNT", "district", "DISTRICT"), ("TARGET", "project", "PROJECT")]
    ((_file, number, why),) = report.rejected
    assert number == 2 and "relation 'r0'→'n' (DISTRICT to PROJECT/DISTRICT) is no link" in why


def write_tasks(tmp_path, tasks):
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path
