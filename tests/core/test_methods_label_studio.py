"""Accepted spans that came from a Label Studio file's predictions (another model's pre-annotations, origin
``label-studio``: ``imports/label_studio_predictions.py``) are a group of their own in the methods paragraph,
the About sheet's origins and the Statistics panel's line (``core/provenance.py``), in English and Chinese:
they were counted among "written by another program", so a methods section could not say how many accepted
spans another model had proposed."""
from __future__ import annotations

import json
from collections import Counter

from annotator.core.export.provenance import origin_rows
from annotator.core.imports.annotations import import_annotations
from annotator.core.methods_text import paragraph
from annotator.core.provenance import accepted_groups

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园，全市新增企业20家。"


def region(rid, start, end, label):
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": TEXT[start:end], "labels": [label]}}


def test_accepted_label_studio_predictions_are_a_group_of_their_own(make_project, open_store, tmp_path):
    store = open_store(make_project({"a.txt": TEXT}, spans=[
        ("a.txt", 0, 3, "DISTRICT", {"origin": "gazetteer", "confidence": 0.9})]))
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"data": {"text": TEXT}, "predictions": [{"model_version": "v3", "result": [
        region("p", 3, 6, "DISTRICT"), region("q", 8, 14, "AMOUNT"), region("r", 16, 21, "PROJECT")]}]}],
        ensure_ascii=False), encoding="utf-8")
    assert import_annotations(store, [path]).predicted == 3
    store.set_status([a.id for a in store.annotations() if a.origin == "label-studio"], "accepted")

    counts = store.count_by_origin()
    groups = accepted_groups(counts)
    assert (groups.get("label-studio"), groups["other"]) == (3, 0)
    en, zh = paragraph(store, "en"), paragraph(store, "zh")
    assert ("Of the 4 accepted spans (DISTRICT 2, PROJECT 1, AMOUNT 1, TARGET 0), 1 (25.0 %) was accepted as "
            "proposed and 3 (75.0 %) were accepted from another model's pre-annotations (Label Studio predictions)."
            ) in en
    assert "another program" not in en
    assert "1 条（25.0%）按建议原样接受，3 条（75.0%）采自其他模型的预标注（Label Studio 预测）。" in zh
    rows = {row[1]: row[2] for row in origin_rows(Counter(counts))}
    assert rows["Label Studio prediction, accepted"] == 3 and "other origins" not in rows


def test_a_project_never_suggested_in_names_the_predictions_it_imported(make_project, open_store, tmp_path):
    """No suggest run, and the accepted machine spans all another model's: the paragraph opened "every span was
    made by hand or imported" and then counted spans accepted from another model's pre-annotations."""
    store = open_store(make_project({"a.txt": TEXT}, spans=[("a.txt", 0, 3, "DISTRICT", {})]))
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"data": {"text": TEXT}, "predictions": [{"model_version": "v3", "result": [
        region("p", 3, 6, "DISTRICT"), region("q", 8, 14, "AMOUNT")]}]}], ensure_ascii=False), encoding="utf-8")
    assert import_annotations(store, [path]).predicted == 2
    store.set_status([a.id for a in store.annotations() if a.origin == "label-studio"], "accepted")

    en, zh = paragraph(store, "en"), paragraph(store, "zh")
    assert en.startswith("No document was run through annotator's suggesters; the spans were made by hand or "
                         "imported, among them another model's pre-annotations read from Label Studio predictions.")
    assert "2 (66.7 %) were accepted from another model's pre-annotations (Label Studio predictions)" in en
    assert zh.startswith("没有文档运行过 annotator 的自动建议；标注均为手工标注或导入，"
                         "其中包括从 Label Studio 预测读入的其他模型预标注。")
    groups = accepted_groups(store.count_by_origin())  # the About sheet's and the Statistics panel's
    assert (groups["label-studio"], groups["manual"], groups["suggested"]) == (2, 1, 0)
