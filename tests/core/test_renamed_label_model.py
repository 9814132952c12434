"""A label the project added, learned by the model, then renamed in *Project › Labels…*: the trained
layer follows the label (found by its id), so the model goes on proposing it under its new name; a
layer whose label is gone proposes nothing, and the model's description says so."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest.model.choice import choose
from annotator.core.suggest.model.training import train_project
from tests.core.test_model_suggest import FAST, NAMES, NEW_TEXT, synthetic_texts


def workshop_project(folder):
    """The names ending in 坊 accepted as WORKSHOP, a label the project added, and the model trained."""
    texts = synthetic_texts()
    with Store.create(folder) as store:
        store.add_label("WORKSHOP", "#7b4ea3", "5", "a workshop")
        for name, text in texts.items():
            doc = store.add_document(Document(None, name, name, text, sha256(text))).id
            for shop in NAMES:
                start = text.find(shop)
                while start >= 0:
                    store.add_annotation(doc, start, start + len(shop), "WORKSHOP", annotator="ann")
                    start = text.find(shop, start + 1)
        train_project(store, FAST)
    return folder


def proposed(store: Store) -> tuple[dict[str, str], str]:
    chosen = choose(store, "project")
    assert chosen.suggester is not None
    return {s.text: s.label for s in chosen.suggester.suggest(NEW_TEXT) if s.origin == "model"}, chosen.description


def test_a_renamed_labels_layer_proposes_it_under_its_new_name(tmp_path):
    with Store.open(workshop_project(tmp_path / "p")) as store:
        before, _ = proposed(store)
        assert before.get("紫藤坊") == "WORKSHOP"
        store.update_label("WORKSHOP", new_name="工坊")
        after, description = proposed(store)
        assert after.get("紫藤坊") == "工坊" and "WORKSHOP" not in after.values()
        assert "no longer has" not in description
        store.add_label("WORKSHOP", "#123456")  # a new label of the old name does not take the layer
        again, _ = proposed(store)
        assert again.get("紫藤坊") == "工坊"


def test_a_layer_whose_label_is_gone_is_named_in_the_description(tmp_path):
    with Store.open(workshop_project(tmp_path / "p")) as store:
        for a in store.annotations():
            store.delete_annotation(a.id)
        store.delete_label("WORKSHOP")
        found, description = proposed(store)
        assert "WORKSHOP" not in found.values()
        assert "it learned WORKSHOP, which" in description and "no longer has" in description
