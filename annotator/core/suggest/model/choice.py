"""Which model suggests: the project's own, else the seed that ships with annotator, or none.

``project`` (the default of ``annotator suggest``): the model the project trained
(``annotator train``), and for each label it has not learned, the seed's layer; a project that
has trained nothing yet suggests with the seed alone. ``seed``: the shipped model only.
``none``: the rules alone, exactly as without a model.

The seed (``resources/seed_model.zip``, made by ``scripts/train_seed_model.py`` from the gold of
the shared corpus and reports) is read once per process.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from annotator.core import resources
from annotator.core.errors import AnnotatorError
from annotator.core.models import Label
from annotator.core.store import Store
from annotator.core.store.model_settings import CHOICES as MODEL_CHOICES
from annotator.core.store.trained import StoredModel, accepted_count, load_model
from annotator.core.suggest.model.crf import SequenceModel
from annotator.core.suggest.model.suggester import MODEL_ONLY, ModelSuggester
from annotator.core.suggest.model.training import MODEL_NAME

CHOICES = MODEL_CHOICES
SEED = "seed_model.zip"


@cache
def seed_model() -> SequenceModel:
    """The shipped seed model (a missing file is a MissingResource naming it)."""
    found = resources.find(SEED)
    return SequenceModel.from_bytes(found.read_bytes(), f"the shipped model {found}",
                                    "the installation is damaged: reinstall annotator")


@dataclass(frozen=True)
class Chosen:
    suggester: ModelSuggester | None
    description: str  # one line for the user: which model, trained on what
    kind: str = "none"  # which suggests: "project" (its own, the seed's layers for the rest), "seed" or "none"
    damaged: str = ""  # the project's model could not be read (the sentence saying so): the seed suggests
    seed_damaged: str = ""  # the shipped seed could not be read (naming its file): the project's own layers alone


def choose(store: Store, choice: str = "project", min_confidence: float = 0.0) -> Chosen:
    """The model ``choice`` names for ``store`` (see the module)."""
    if choice not in CHOICES:
        raise AnnotatorError(f"unknown model {choice!r} (one of {', '.join(CHOICES)})")
    if not 0.0 <= min_confidence <= 1.0:
        raise AnnotatorError(f"--min-confidence takes a probability from 0 to 1, not {min_confidence}")
    if choice == "none":
        return Chosen(None, "model: none (the rules alone)")
    stored = load_model(store, MODEL_NAME) if choice == "project" else None
    try:
        seed = seed_model()
    except AnnotatorError as e:  # a damaged installation: the project's own model still suggests what it learned
        if stored is None:
            raise
        return _own_alone(store, stored, str(e), min_confidence)
    try:
        own = SequenceModel.from_bytes(stored.data, f"{store.folder}: the project's model") if stored else None
    except AnnotatorError as e:  # damaged: the seed suggests, and the line says why (nothing else is lost)
        own, damaged = None, str(e)
    else:
        damaged = ""
    if own is None or not own.usable():
        note = "" if own is None else " (the project's model was trained by another version: train again)"
        if damaged:
            note = f"; {damaged}"
        if not seed.usable():  # a checkout whose features changed since the seed was made
            return Chosen(None, "model: none (the shipped seed is of other features: "
                                "python scripts/train_seed_model.py makes it again)" + note)
        return Chosen(ModelSuggester(seed, min_confidence, "the shipped seed model", MODEL_ONLY),
                      f"model: the shipped seed ({', '.join(seed.labels)}){note}", "seed", damaged)
    own, gone = follow_renames(own, store.labels())
    layers = {**seed.layers, **own.layers} if seed.usable() else own.layers
    borrowed = sorted(set(layers) - set(own.layers))
    # a label the project has not learned is tagged as the seed tags it: stacked, where the seed's layer is
    merged = SequenceModel(layers, own.info, stacked={label: seed.stacked[label] for label in borrowed
                                                      if label in seed.stacked})
    since = accepted_count(store) - int(own.info.get("accepted", 0))
    text = (f"model: the project's, trained {stored.trained_at if stored else ''} on "
            f"{sum(own.info.get('spans', {}).values())} accepted span(s)")
    if borrowed:
        text += f"; the seed's for {', '.join(borrowed)}"
    if since > 0:
        text += f"; {since} span(s) accepted since (annotator train updates it)"
    if gone:
        text += (f"; it learned {', '.join(gone)}, which {store.folder} no longer has "
                 "(annotator train learns the project's labels anew)")
    return Chosen(ModelSuggester(merged, min_confidence, "this project's accepted spans", MODEL_ONLY & set(borrowed)),
                  text, "project")


def _own_alone(store: Store, stored: StoredModel, seed_damaged: str, min_confidence: float = 0.0) -> Chosen:
    """The project's own model without the seed, which cannot be read (``seed_damaged`` says why): its
    layers propose, the labels it has not learned get no model proposals; a model that cannot be used
    either is the seed's error, as before."""
    try:
        own = SequenceModel.from_bytes(stored.data, f"{store.folder}: the project's model")
    except AnnotatorError as e:
        raise AnnotatorError(f"{seed_damaged}; and {e}") from e
    if not own.usable():
        raise AnnotatorError(seed_damaged)
    own, _gone = follow_renames(own, store.labels())
    text = (f"model: the project's, trained {stored.trained_at} on {sum(own.info.get('spans', {}).values())} "
            f"accepted span(s), for {', '.join(own.layers)} alone; {seed_damaged}")
    return Chosen(ModelSuggester(own, min_confidence, "this project's accepted spans", set()), text, "project",
                  seed_damaged=seed_damaged)


def seed_unreadable() -> str:
    """The sentence saying why the shipped seed cannot be read (naming its file and saying to
    reinstall; "" when it reads): as :func:`choose` finds it, for a panel to say the same."""
    try:
        seed_model()  # read once per process when it reads; a damaged one is tried again
    except AnnotatorError as e:
        return str(e)
    return ""


def unreadable(store: Store) -> str:
    """The sentence saying why the project's own model cannot be read ("" when it has none, or it
    reads): the seed suggests in its place."""
    stored = load_model(store, MODEL_NAME)
    try:
        if stored is not None:
            SequenceModel.from_bytes(stored.data, f"{store.folder}: the project's model")
    except AnnotatorError as e:
        return str(e)
    return ""


def follow_renames(model: SequenceModel, labels: list[Label]) -> tuple[SequenceModel, list[str]]:
    """``model`` with each layer under its label's name now: a layer whose label the project renamed
    since the training (found by the label's id, which the training recorded) takes the new name, so
    the model goes on proposing it; and the names of the layers whose label the project no longer has
    (deleted, or renamed before the training recorded ids), which propose nothing (left out)."""
    names = {label.name for label in labels}
    by_id = {label.id: label.name for label in labels}
    ids = model.info.get("label_ids")
    ids = ids if isinstance(ids, dict) else {}
    layers: dict[str, bytes] = {}
    gone: list[str] = []
    for name, data in model.layers.items():
        # by its id first: a label added later may have the old name
        now = by_id.get(ids.get(name)) or (name if name in names else None)
        if now is None or now in layers:
            gone.append(name)
        else:
            layers[now] = data
    if not gone and layers.keys() == model.layers.keys():
        return model, []
    return SequenceModel(layers, model.info, model.through_c, model.stacked), sorted(gone)
