"""`annotator suggest --replace` (and `suggest-links --replace`) drops the open suggestions our suggesters
made and makes them anew; the open suggestions and suggested links that came in from a Label Studio file's
predictions (another model's pre-annotations, origin ``label-studio``) stay. They were dropped too: a
researcher who had imported a model's predictions lost them by running our suggesters again."""
from __future__ import annotations

import json

from annotator.core.imports.annotations import import_annotations
from annotator.core.models import Suggestion
from annotator.core.suggest import runner
from annotator.core.suggest.links import suggest_document_links

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园，全市新增企业20家。"


class Districts:  # one of our suggesters (origin gazetteer), faked
    name = "gazetteer"
    labels = ("DISTRICT",)

    def suggest(self, text):
        return [Suggestion(3, 6, "DISTRICT", text[3:6], {"name": "湖里区", "code": "350206"}, 0.9, "gazetteer",
                           "gazetteer")]


def region(rid, start, end, label):
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": TEXT[start:end], "labels": [label]}}


def test_replace_keeps_the_predictions_imported_from_label_studio(make_project, open_store, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "default_suggesters", lambda: [Districts()])
    store = open_store(make_project({"a.txt": TEXT}))
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"data": {"text": TEXT}, "predictions": [{"model_version": "v3", "result": [
        region("q", 8, 14, "AMOUNT"), region("r", 16, 21, "PROJECT"),
        {"from_id": "q", "to_id": "r", "type": "relation", "direction": "right", "labels": ["project"]}]}]}],
        ensure_ascii=False), encoding="utf-8")
    assert import_annotations(store, [path]).predicted == 2
    runner.suggest_documents(store)
    suggest_document_links(store)

    def open_spans():
        return {(a.text, a.origin): a.id for a in store.annotations(statuses=["suggested"])}

    def open_links():
        return sorted((k.kind, k.origin, k.id) for k in store.links(statuses=["suggested"]))

    spans, links = open_spans(), open_links()
    assert set(spans) == {("湖里区", "gazetteer"), ("55.1亿元", "label-studio"), ("松元产业园", "label-studio")}
    predicted = [k for k in links if k[1] == "label-studio"]
    assert [k[:2] for k in links] == [("district", "jurisdiction")] * 2 + [("project", "label-studio")]

    report = runner.suggest_documents(store, replace=True)
    assert (report.removed, report.removed_links, report.added) == (1, 2, 1)  # 湖里区, with the links to it
    suggest_document_links(store)
    assert suggest_document_links(store, replace=True).removed == 2  # ours again; the prediction's stays

    after, after_links = open_spans(), open_links()
    assert set(after) == set(spans) and after[("湖里区", "gazetteer")] != spans[("湖里区", "gazetteer")]  # anew
    assert after[("55.1亿元", "label-studio")] == spans[("55.1亿元", "label-studio")]  # kept as they were
    assert after[("松元产业园", "label-studio")] == spans[("松元产业园", "label-studio")]
    assert [k for k in after_links if k[1] == "label-studio"] == predicted
    assert [k[:2] for k in after_links] == [k[:2] for k in links]
