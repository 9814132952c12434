"""A project's model damaged in its database (a disk or copy error, another program's write): one clear
sentence naming the project, never a traceback nor a crash in crfsuite's C code, and the shipped seed
suggests in its place (`annotator suggest` goes on; the line it prints says why)."""
from __future__ import annotations

import io
import zipfile

import pytest

from annotator.cli import main
from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.store.trained import save_model
from annotator.core.suggest.model.choice import choose, seed_model, unreadable
from annotator.core.suggest.model.crf import SequenceModel
from annotator.core.suggest.model.training import MODEL_NAME
from tests.core.conftest import build_project


def _rezipped(change) -> bytes:
    """The seed's zip with each layer's bytes passed through ``change``."""
    source = zipfile.ZipFile(io.BytesIO(seed_model().to_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name in source.namelist():
            data = source.read(name)
            z.writestr(name, data if name == "info.json" else change(data))
    return out.getvalue()


def _bytes_flipped() -> bytes:
    data = bytearray(seed_model().to_bytes())
    for i in range(5000, 5100):  # inside a deflated layer: zlib cannot inflate it
        data[i] ^= 0xFF
    return bytes(data)


@pytest.mark.parametrize("damage", [
    pytest.param(lambda: _rezipped(lambda layer: layer[:len(layer) // 2]), id="layers cut in half"),
    pytest.param(lambda: _rezipped(lambda layer: b"garbage" * 10), id="layers not crfsuite's"),
    pytest.param(_bytes_flipped, id="deflated bytes changed"),
])
def test_a_damaged_model_is_one_sentence_not_a_crash(damage):
    with pytest.raises(AnnotatorError, match=r"^P: the project's model cannot be read \(.+\); train it again"):
        SequenceModel.from_bytes(damage(), "P: the project's model")


def test_the_seed_suggests_in_place_of_a_damaged_project_model(tmp_path):
    folder = build_project(tmp_path / "p")
    with Store.open(folder) as store:
        save_model(store, MODEL_NAME, b"not a zip", {"accepted": 3, "spans": {"PROJECT": 3}})
        chosen = choose(store, "project")
        assert chosen.kind == "seed" and chosen.suggester is not None
        assert chosen.damaged == f"{folder}: the project's model cannot be read (File is not a zip file); " \
                                 "train it again (annotator train)"
        assert unreadable(store) == chosen.damaged
        assert chosen.description.startswith("model: the shipped seed (") and chosen.damaged in chosen.description


def test_suggest_goes_on_with_the_seed_and_says_why(tmp_path, capsys):
    folder = build_project(tmp_path / "p", "明年推进紫藤坊建设，厦门市湖里区计划投资55.1亿元。")
    with Store.open(folder) as store:
        save_model(store, MODEL_NAME, b"not a zip", {"accepted": 3, "spans": {"PROJECT": 3}})
    assert main(["suggest", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert f"{folder}: the project's model cannot be read (File is not a zip file)" in out.splitlines()[0]
    assert "Traceback" not in err
    with Store.open(folder) as store:
        assert any(a.label == "AMOUNT" for d in store.documents() for a in store.annotations(d.id))


def test_a_damaged_seed_file_is_named_and_training_is_not_the_remedy(tmp_path, monkeypatch):
    from annotator.core import resources

    damaged = tmp_path / "seed_model.zip"
    damaged.write_bytes(b"PK not a zip")
    monkeypatch.setattr(resources, "find", lambda name: damaged)
    seed_model.cache_clear()
    try:
        with pytest.raises(AnnotatorError) as caught:
            seed_model()
    finally:
        seed_model.cache_clear()
    assert str(caught.value) == (f"the shipped model {damaged} cannot be read (File is not a zip file); "
                                 "the installation is damaged: reinstall annotator")


@pytest.fixture
def damaged_seed(tmp_path, monkeypatch):
    """The shipped seed_model.zip damaged (a broken installation); every other shipped file as it is."""
    from annotator.core import resources
    from annotator.core.suggest.model.choice import SEED

    damaged = tmp_path / "seed_model.zip"
    damaged.write_bytes(b"PK not a zip")
    real = resources.find
    monkeypatch.setattr(resources, "find", lambda name: damaged if name == SEED else real(name))
    seed_model.cache_clear()
    yield damaged
    seed_model.cache_clear()


def test_a_damaged_seed_leaves_the_projects_own_model_suggesting_what_it_learned(tmp_path, capsys, damaged_seed):
    """(A QA pass: the seed unreadable stopped every model suggestion, and `annotator suggest` failed
    altogether, though the project's own model covered the labels.)"""
    from tests.core.test_model_suggest import spans_of_names, synthetic_texts
    from tests.test_cli_model import NEW, open_suggestions

    texts = synthetic_texts()
    folder = build_project(tmp_path / "p", {**texts, **NEW}, spans_of_names(texts))
    assert main(["train", str(folder), "--iterations", "40"]) == 0
    said = (f"the shipped model {damaged_seed} cannot be read (File is not a zip file); the installation is "
            "damaged: reinstall annotator")
    with Store.open(folder) as store:
        chosen = choose(store, "project")
        assert chosen.kind == "project" and chosen.suggester is not None and chosen.seed_damaged == said
        assert list(chosen.suggester.labels) == ["PROJECT"] and not chosen.suggester.model_only
        assert chosen.description.endswith(f"for PROJECT alone; {said}")
    capsys.readouterr()
    assert main(["suggest", str(folder), "--doc", "new.txt", "--no-links"]) == 0
    out, err = capsys.readouterr()
    assert said in out.splitlines()[0] and "Traceback" not in err
    assert {a.text for a in open_suggestions(folder) if a.origin == "model"}  # the project's model proposed

    with Store.open(folder) as store:  # the seed asked for, or no model of the project's own: the error, as before
        with pytest.raises(AnnotatorError, match="reinstall annotator"):
            choose(store, "seed")
    fresh = build_project(tmp_path / "fresh", texts)
    with Store.open(fresh) as store, pytest.raises(AnnotatorError, match="reinstall annotator"):
        choose(store, "project")


def test_the_methods_paragraph_names_the_projects_model_when_the_seed_alone_is_damaged(tmp_path, damaged_seed):
    """(The paragraph said "which model suggested is not stated", the seed's error read as the model in
    use's, though the project's own model suggested; the seed damaged with the seed in use: not stated.)"""
    from annotator.core.methods_text import paragraph
    from tests.core.test_model_suggest import spans_of_names, synthetic_texts
    from tests.test_cli_model import NEW

    texts = synthetic_texts()
    folder = build_project(tmp_path / "p", {**texts, **NEW}, spans_of_names(texts))
    assert main(["train", str(folder), "--iterations", "40"]) == 0
    assert main(["suggest", str(folder), "--doc", "new.txt", "--no-links"]) == 0
    with Store.open(folder) as store:
        text = paragraph(store)
        assert "with a CRF sequence model trained on" in text and "not stated" not in text
        store.set_model_settings(model="seed")
        assert "(the model in use could not be read, so which model suggested is not stated)" in paragraph(store)
