"""The shipped seed's PROJECT layer is stacked (:mod:`annotator.core.suggest.model.stacking`): the model
zip carries the second layer, the suggest run tags PROJECT with it (through crfsuite's C interface and
through python-crfsuite alike, a long document in blocks as the whole), a model without one (an older
seed, every project's own) reads and tags as before, and a project's own model borrows the seed's
stacking only with its PROJECT layer."""
from __future__ import annotations

import io
import json
import pickle
import zipfile
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.models import Annotation
from annotator.core.store import Store
from annotator.core.store.trained import save_model
from annotator.core.suggest.model import suggester as suggester_module
from annotator.core.suggest.model.choice import choose, seed_model
from annotator.core.suggest.model.crf import Params, SequenceModel
from annotator.core.suggest.model.features import document_features, lines
from annotator.core.suggest.model.stackfeatures import KINDS
from annotator.core.suggest.model.suggester import ModelSuggester, rule_proposals
from annotator.core.suggest.model.training import MODEL_NAME, Document, featurise, model_from
from tests.core.conftest import build_project
from tests.shared_data import shared_files

DEMO = sorted((Path(__file__).resolve().parents[2] / "projects" / "demo").glob("*.txt"))
# a list of projects (天水 2020, in the gold as two) that stage 1 alone tags as one span, the stacked layer as two
LIST = "启动数字麦积山、数字天水建设。\n"


def by_python(model: SequenceModel) -> SequenceModel:
    return SequenceModel(model.layers, model.info, through_c=False, stacked=model.stacked)


def unstacked(model: SequenceModel) -> SequenceModel:
    return SequenceModel(model.layers, model.info)


def project_spans(model: SequenceModel, text: str) -> list[tuple[int, int]]:
    found = ModelSuggester(model).tagged(text, rule_proposals(text))
    return sorted((t.start, t.end) for t in found if t.label == "PROJECT")


def test_the_shipped_seed_carries_a_stacked_project_layer():
    seed = seed_model()
    assert set(seed.stacked) == {"PROJECT"} and seed.stacked["PROJECT"].kinds == KINDS["all"]
    known = seed.vocabulary(["PROJECT"]).known or frozenset()
    assert {"Sa0", "Sa4"} <= known and any(f.startswith("Sb") for f in known) and any(f.startswith("Sc") for f in known)


def test_the_stacked_seed_tags_the_items_of_a_list_that_stage_one_tags_as_one():
    seed = seed_model()
    first = project_spans(unstacked(seed), LIST)
    found = project_spans(seed, LIST)
    assert [LIST[s:e] for s, e in first] == ["数字麦积山、数字天水"]
    assert [LIST[s:e] for s, e in found] == ["数字麦积山", "数字天水"]


def texts() -> list[str]:
    found = [LIST, "", "\n", "园", "松元产业园", *(p.read_text(encoding="utf-8") for p in DEMO)]
    return found + [p.read_text(encoding="utf-8") for p in shared_files("reports", "*.txt")]


def test_stacked_tagging_is_the_same_through_c_and_through_python_crfsuite():
    seed = seed_model()
    assert seed._c_layers() is not None  # (Linux: the C interface is reached)
    slow = by_python(seed)
    proposed = 0
    for text in texts():
        rules = rule_proposals(text)
        fast = ModelSuggester(seed).tagged(text, rules)
        assert fast == ModelSuggester(slow).tagged(text, rules)  # labels, offsets and the exact confidences
        assert ModelSuggester(seed).tagged(text, rules, ["PROJECT"]) == [t for t in fast if t.label == "PROJECT"]
        proposed += sum(t.label == "PROJECT" for t in fast)
    assert proposed > 20


@pytest.mark.parametrize("through_c", [True, False], ids=["C interface", "python-crfsuite"])
def test_a_long_document_in_blocks_reads_the_other_mentions_of_the_whole(monkeypatch, through_c):
    reports = [p.read_text(encoding="utf-8") for p in shared_files("reports", "*.txt")[:2]] or [LIST * 400]
    text = "\n".join(reports) + "\n" + LIST
    seed = seed_model() if through_c else by_python(seed_model())
    rules = rule_proposals(text)
    whole = seed.tag(document_features(text, rules, seed.vocabulary()), lines(text), None, text)
    monkeypatch.setattr(suggester_module, "BLOCK_CHARS", 2000)  # blocks of about 2,000 characters
    made, real = [], suggester_module.block_features
    monkeypatch.setattr(suggester_module, "block_features", lambda *args: made.append(args[3]) or real(*args))
    in_blocks = ModelSuggester(seed).tagged(text, rules)
    assert sorted(in_blocks, key=repr) == sorted(whole, key=repr)
    # the second pass reads the attribute numbers the first kept (C interface): each block's rows made once
    # (they were made again, half the model's time on a 400,000-character report); python-crfsuite makes them twice
    assert len(made) > 3 and sorted(made) == sorted(set(made) if through_c else [*set(made), *set(made)])
    assert sum(t.label == "PROJECT" for t in whole) > 10
    with pytest.raises(ValueError, match="text"):
        seed.tag(document_features(LIST, [], seed.vocabulary()), lines(LIST))


SMALL = [("建设河池大桥项目、南宁路和华西医院。\n", "河池大桥项目"), ("推进松元产业园、滨州港建设。\n", "松元产业园"),
         ("新建天水大剧院、庆章高速。\n", "天水大剧院")]


def small_model() -> tuple[SequenceModel, list[Document]]:
    docs = []
    for i, (text, name) in enumerate(SMALL):
        at = text.index(name)
        d = Document(i, f"{i}.txt", text, [("gold", [Annotation(None, i, at, at + len(name), "PROJECT", name),
                                                    Annotation(None, i, 0, 2, "DISTRICT", text[:2])])], ("PROJECT",))
        featurise(d)
        docs.append(d)
    return model_from(docs, Params(max_iterations=20))[0], docs


def test_a_model_without_a_stacked_layer_is_written_read_and_tagged_as_before():
    model, _ = small_model()
    data = model.to_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.namelist() == ["info.json", "layer0.crfsuite", "layer1.crfsuite"]
        assert "stacked" not in json.loads(z.read("info.json"))
    again = SequenceModel.from_bytes(data)
    assert again.stacked == {} and again.to_bytes() == data
    text = "建设河池大桥项目、天水大剧院。\n"
    slow = by_python(again)
    found = again.tag(document_features(text, [], again.vocabulary()), lines(text))  # (no text needed)
    assert found and found == slow.tag(document_features(text, [], slow.vocabulary()), lines(text))


def test_a_stacked_layer_goes_with_the_model_to_its_zip_a_worker_and_back():
    model, docs = small_model()
    from annotator.core.suggest.model.stacking import with_stage_two

    stacked = with_stage_two(model, docs, Params(max_iterations=20), KINDS["all"], groups=2)
    assert set(stacked.stacked) == {"PROJECT"}
    data = stacked.to_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "stacked0.crfsuite" in z.namelist()
        assert json.loads(z.read("info.json"))["stacked"] == {"PROJECT": {"file": "stacked0.crfsuite", "kinds": "abc"}}
    for again in (SequenceModel.from_bytes(data), pickle.loads(pickle.dumps(stacked))):
        assert again.stacked == stacked.stacked and again.layers == stacked.layers
    cut = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(cut, "w") as out:
        for name in z.namelist():
            out.writestr(name, z.read(name)[:100] if name == "stacked0.crfsuite" else z.read(name))
    with pytest.raises(AnnotatorError, match="PROJECT is damaged"):
        SequenceModel.from_bytes(cut.getvalue(), "P: the project's model")


def test_a_projects_own_model_is_unstacked_and_takes_the_seeds_stacking_with_its_project_layer(tmp_path):
    own, _ = small_model()
    assert own.stacked == {}  # annotator train: one layer a label
    district = SequenceModel({"DISTRICT": own.layers["DISTRICT"]}, own.info)
    folder = build_project(tmp_path / "p")
    with Store.open(folder) as store:
        save_model(store, MODEL_NAME, district.to_bytes(), {**district.info, "accepted": 1})
        chosen = choose(store, "project")
        assert chosen.suggester is not None and chosen.kind == "project"
        assert chosen.suggester.model.stacked == seed_model().stacked  # the seed's PROJECT, stacked
        assert chosen.suggester.model.layers["DISTRICT"] == own.layers["DISTRICT"]
        save_model(store, MODEL_NAME, own.to_bytes(), {**own.info, "accepted": 1})
        chosen = choose(store, "project")
        assert chosen.suggester is not None and chosen.suggester.model.stacked == {}  # its own PROJECT layer
        assert chosen.suggester.model.layers["PROJECT"] == own.layers["PROJECT"]
