"""Label Studio's predictions (a model's pre-annotations) both ways (``imports/label_studio_predictions.py``,
``export/label_studio.py``): read as open suggestions of the program's layer, scored, with suggested links,
never accepted nor a coder's; a region the project holds is a duplicate, one a span of its label overlaps
is left aside without refusing the task; suggestions export as a prediction of model ``annotator`` and read
back with every status."""
from __future__ import annotations

import json

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园，全市新增企业20家。"


def region(rid, start, end, label, **extra):
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": TEXT[start:end], "labels": [label]}, **extra}


def relation(a, b, *labels):
    return {"from_id": a, "to_id": b, "type": "relation", "direction": "right", "labels": list(labels)}


def write(tmp_path, tasks, name="export.json"):
    path = tmp_path / name
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def spans(store):
    return sorted((a.start, a.end, a.label, a.status, a.annotator, a.origin, a.confidence, a.reason)
                  for a in store.annotations())


def test_predictions_come_in_as_open_suggestions_of_the_program_scored_with_suggested_links(
        make_project, open_store, tmp_path):
    store = open_store(make_project({"a.txt": TEXT}))
    path = write(tmp_path, [{
        "data": {"text": TEXT},
        "annotations": [{"completed_by": {"email": "li@example.org"}, "result": [region("a", 16, 21, "PROJECT")]}],
        "predictions": [{"model_version": "v3", "score": 0.87, "result": [
            region("p", 3, 6, "DISTRICT", score=0.6), region("q", 8, 14, "AMOUNT"),
            region("r", 24, 31, "TARGET", score=7),  # no confidence: the prediction's then
            relation("q", "p", "district")]}]}])
    report = import_annotations(store, [path], annotator="wang")  # accepted, into wang's layer: not the predictions
    assert report.rejected == [] and (report.added, report.predicted, report.predicted_links) == (1, 3, 1)
    why = "label-studio: prediction of model v3"
    assert spans(store) == [(3, 6, "DISTRICT", "suggested", "", "label-studio", 0.6, why),
                            (8, 14, "AMOUNT", "suggested", "", "label-studio", 0.87, why),
                            (16, 21, "PROJECT", "accepted", "wang", "manual", None, ""),
                            (24, 31, "TARGET", "suggested", "", "label-studio", 0.87, why)]
    (link,) = store.links()
    assert (store.annotation(link.source_id).text, link.kind, store.annotation(link.target_id).text) == (
        "55.1亿元", "district", "湖里区")
    assert (link.status, link.origin, link.annotator, link.reason) == ("suggested", "label-studio", "", why)
    lines = report.lines()
    assert "added 3 open suggestion(s) and 1 suggested link(s) from Label Studio's predictions, to accept or reject" \
        in lines
    assert "export.json: stored 1 annotation(s), 3 suggestion(s) from its predictions, 1 suggested link(s) from its " \
        "predictions" in lines
    again = import_annotations(store, [path], annotator="wang")
    assert (again.added, again.predicted, again.predicted_links, again.duplicates) == (0, 0, 0, 5)


def test_a_prediction_a_span_of_its_label_overlaps_is_left_aside_and_its_task_stored(make_project, open_store,
                                                                                      tmp_path):
    """A coder's region that corrected the prediction (Label Studio's numbered coder: the program's layer too),
    a rule's suggestion there with other boundaries: the store keeps no two overlapping spans of a label in a
    layer, and the task is not refused for the model's proposal; a region the project holds is a duplicate."""
    store = open_store(make_project({"a.txt": TEXT}, spans=[
        ("a.txt", 3, 6, "DISTRICT", {"status": "suggested", "origin": "gazetteer", "confidence": 0.9}),
        ("a.txt", 14, 21, "PROJECT", {"status": "suggested", "origin": "project"})]))
    path = write(tmp_path, [{
        "data": {"text": TEXT},
        "annotations": [{"completed_by": 1, "result": [region("a", 8, 14, "AMOUNT")]}],
        "predictions": [{"model_version": "v3", "result": [
            region("p", 3, 6, "DISTRICT"),  # the gazetteer's suggestion: already in the project
            region("q", 8, 13, "AMOUNT"),  # the coder's region, 8-14, decided that text
            region("r", 16, 21, "PROJECT"),  # the rule's suggestion, 14-21, is there
            region("s", 24, 31, "TARGET"),
            relation("q", "p"), relation("s", "r")]}]}])
    report = import_annotations(store, [path])
    assert report.rejected == [] and (report.added, report.predicted, report.duplicates) == (1, 1, 1)
    assert report.predicted_aside == 4  # two regions, and the relations that join them
    assert ("left aside 4 region(s) or relation(s) of Label Studio's predictions: each overlaps a span or "
            "suggestion of its label (or joins one left aside)") in report.lines()
    assert [(a.start, a.end, a.label, a.status, a.origin) for a in sorted(store.annotations(), key=lambda a: a.start)
            ] == [(3, 6, "DISTRICT", "suggested", "gazetteer"), (8, 14, "AMOUNT", "accepted", "manual"),
                  (14, 21, "PROJECT", "suggested", "project"), (24, 31, "TARGET", "suggested", "label-studio")]
    assert store.links() == []


def test_suggestions_export_as_a_prediction_and_read_back_with_their_statuses(make_project, open_store, tmp_path):
    store = open_store(make_project({"a.txt": TEXT}, spans=[
        ("a.txt", 3, 6, "DISTRICT", {"status": "suggested", "origin": "gazetteer", "confidence": 0.9}),
        ("a.txt", 8, 14, "AMOUNT"), ("a.txt", 16, 21, "PROJECT", {"annotator": "li"}),
        ("a.txt", 24, 31, "TARGET", {"status": "suggested", "origin": "target", "confidence": 0.7})]))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"], status="suggested", origin="nested")
    store.add_link(ids["新增企业20家"], "district", value={"name": "厦门市", "code": "350200"}, status="suggested",
                   origin="jurisdiction")
    out = tmp_path / "tasks.json"
    export(store, out, "label-studio", statuses=["accepted", "suggested"])
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(r["value"]["text"] for a in task["annotations"] for r in a["result"]) == ["55.1亿元", "松元产业园"]
    (prediction,) = task["predictions"]
    assert prediction["model_version"] == "annotator" and prediction["score"] == 0.8
    regions = {r["value"]["text"]: r.get("score") for r in prediction["result"] if r["type"] == "labels"}
    assert regions == {"湖里区": 0.9, "新增企业20家": 0.7, "55.1亿元": None}  # the accepted end of a suggested link
    assert [r["labels"] for r in prediction["result"] if r["type"] == "relation"] == [["district"]]
    assert prediction["district_links"] == [[24, 31, "TARGET", {"name": "厦门市", "code": "350200"}]]

    fresh = open_store(make_project({}, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and (report.added, report.predicted, report.predicted_links) == (2, 2, 2)
    assert report.duplicates == 0  # the accepted span the prediction repeats is the task's own
    assert sorted((a.text, a.status, a.annotator, a.confidence) for a in fresh.annotations()) == [
        ("55.1亿元", "accepted", "", None), ("新增企业20家", "suggested", "", 0.7),
        ("松元产业园", "accepted", "li", None), ("湖里区", "suggested", "", 0.9)]
    by_id = {a.id: a.text for a in fresh.annotations()}
    assert sorted((by_id[k.source_id], k.status, by_id.get(k.target_id), k.value.get("name")) for k in fresh.links()
                  ) == [("55.1亿元", "suggested", "湖里区", None), ("新增企业20家", "suggested", None, "厦门市")]

    export(store, out, "label-studio")  # accepted alone, as before: no predictions
    assert "predictions" not in json.loads(out.read_text(encoding="utf-8"))[0]


def test_suggestions_read_back_from_label_studio_keep_their_rule_reason_and_confidence(make_project, open_store,
                                                                                       tmp_path):
    """Exported, imported into Label Studio and back (its export keeps a region's ``meta``), a rule's suggestion
    is still that rule's, with its reason: the Origin column and the statistics by origin say who proposed it.
    Another model's prediction naming an origin there is still Label Studio's."""
    store = open_store(make_project({"a.txt": TEXT}, spans=[
        ("a.txt", 3, 6, "DISTRICT", {"status": "suggested", "origin": "gazetteer", "confidence": 0.9,
                                     "reason": "gazetteer: 湖里区 350206"}),
        ("a.txt", 8, 14, "AMOUNT", {"status": "suggested", "origin": "amount rule", "confidence": 0.8,
                                    "reason": "amount: number + 亿元"}),
        ("a.txt", 24, 31, "TARGET", {"status": "suggested", "origin": "target"})]))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"], status="suggested", origin="nested",
                   reason="nested: 55.1亿元 in 湖里区")
    out = tmp_path / "tasks.json"
    export(store, out, "label-studio", statuses=["suggested"])
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    metas = [r["meta"] for r in task["predictions"][0]["result"]]
    assert metas[0] == {"text": ["gazetteer: 湖里区 350206"], "origin": "gazetteer"}

    fresh = open_store(make_project({}, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and (report.predicted, report.predicted_links) == (3, 1)
    assert spans(fresh) == [(3, 6, "DISTRICT", "suggested", "", "gazetteer", 0.9, "gazetteer: 湖里区 350206"),
                            (8, 14, "AMOUNT", "suggested", "", "amount rule", 0.8, "amount: number + 亿元"),
                            (24, 31, "TARGET", "suggested", "", "target", None, "")]
    (link,) = fresh.links()
    assert (link.status, link.origin, link.reason) == ("suggested", "nested", "nested: 55.1亿元 in 湖里区")

    task["predictions"][0]["model_version"] = "v3"  # another model's: its regions are Label Studio's
    other = open_store(make_project({}, name="other"))
    write(tmp_path, [task], "other.json")
    import_annotations(other, [tmp_path / "other.json"])
    theirs = ("label-studio", "label-studio: prediction of model v3")
    assert {(a.origin, a.reason) for a in other.annotations()} == {theirs}
    assert [(k.origin, k.reason) for k in other.links()] == [theirs]
