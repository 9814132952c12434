"""After the model is trained again, a document suggested anew gets the new model's proposals in
place of the earlier model's open ones (they stayed, reading 'learned from the shipped seed
model', where the new model would not propose them); decided spans and the rules' stay."""
from __future__ import annotations

from annotator.core.store import Store
from annotator.core.suggest.model.choice import choose
from annotator.core.suggest.runner import suggest_documents

TEXT = "今年推进松元产业园建设，加快东部体育会展新城开发，建成城市面貌提升工程。湖里区投资55.1亿元。"


def origins(store, doc) -> dict[tuple[int, int, str], tuple[str, str]]:
    return {(a.start, a.end, a.label): (a.origin, a.status) for a in store.annotations(doc)}


def test_an_earlier_models_open_proposals_give_way_to_the_new_models(make_project):
    folder = make_project(TEXT)
    with Store.open(folder) as store:
        doc = store.documents()[0].id
        first = choose(store, "seed", 0.5).suggester
        suggest_documents(store, [doc], model=first, skip_done=True)
        before = origins(store, doc)
        assert before  # the rules' spans, the seed agreeing
        start = TEXT.index("城市面貌")  # a proposal the earlier model made that this one does not
        store.add_annotation(doc, start, start + 4, "PROJECT", status="suggested", origin="model",
                             reason="model: PROJECT p=0.60 (learned from the shipped seed model)", confidence=0.6)
        (decided,) = [a.id for a in store.annotations(doc) if a.label == "DISTRICT"]
        store.set_status([decided], "accepted")
        rules = {k for k, (o, s) in before.items() if o != "model"}
        again = choose(store, "seed", 0.3).suggester  # another model (its minimum is part of its settings)
        report = suggest_documents(store, [doc], model=again, skip_done=True)
        after = origins(store, doc)
        assert (start, start + 4, "PROJECT") not in after  # the earlier model's, not proposed now: gone
        assert report.refreshed >= 1 and any("of an earlier model replaced" in line for line in report.lines())
        assert {k for k, v in before.items() if v == ("model", "suggested")} <= set(after)  # proposed anew
        assert rules <= set(after)
        assert store.annotation(decided).status == "accepted"
        unchanged = suggest_documents(store, [doc], model=again, skip_done=True)  # the same settings: skipped
        assert unchanged.refreshed == 0 and origins(store, doc) == after
