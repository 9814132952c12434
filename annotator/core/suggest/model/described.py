"""The suggesters of a project as a methods section names them (the workbook's About sheet, section
``suggesters``): this version's rules, the learned strings, the shipped seed model (by its file's
SHA-256: it stores no training date), the project's own model (trained when, on how many accepted
spans), the one the next run uses, and which of them each document's last run used, as far as the
project can tell (``store/suggest_runs.py`` keeps a digest of the settings, not their names).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from annotator import __version__
from annotator.core import resources
from annotator.core.errors import AnnotatorError
from annotator.core.provenance import RULES
from annotator.core.store import Store
from annotator.core.store.trained import SEQUENCE_MODEL, model_info

if TYPE_CHECKING:
    from annotator.core.suggest.model.choice import Chosen

SECTION = "suggesters"
RULES_DETAIL = (f"the rule and dictionary suggesters of annotator {__version__}, each span's origin its name: "
                "gazetteer (DISTRICT, by the division gazetteer), amount (AMOUNT), project (PROJECT), target (TARGET)")
LEARNED_DETAIL = "a string the project accepted, proposed again where it recurs (origin learned)"


@cache
def seed_fingerprint() -> str:
    """The first 12 hex digits of the shipped seed file's SHA-256 ("" when it is missing)."""
    from annotator.core.suggest.model.choice import SEED

    try:
        return hashlib.sha256(resources.find(SEED).read_bytes()).hexdigest()[:12]
    except (AnnotatorError, OSError):
        return ""


def _spans(info: dict[str, Any]) -> tuple[int, str]:
    spans = info.get("spans") if isinstance(info.get("spans"), dict) else {}
    assert isinstance(spans, dict)
    return sum(int(n) for n in spans.values()), ", ".join(f"{k} {n}" for k, n in sorted(spans.items()))


def _params(info: dict[str, Any]) -> str:
    params = info.get("params") if isinstance(info.get("params"), dict) else {}
    assert isinstance(params, dict)
    return (f"{params.get('algorithm', 'lbfgs')}, c1 {params.get('c1')}, c2 {params.get('c2')}, "
            f"{params.get('max_iterations')} iterations; features version {info.get('features')}")


def seed_row() -> list[Any]:
    from annotator.core.suggest.model.choice import SEED, seed_model

    fingerprint = seed_fingerprint()
    if not fingerprint:
        return [SECTION, "seed model", "not shipped", f"{SEED} is missing from this installation"]
    info = seed_model().info
    total, by_label = _spans(info)
    return [SECTION, "seed model", f"{SEED} sha256 {fingerprint}",
            f"shipped with annotator {__version__}: a CRF (python-crfsuite) layer per label, trained on {total} gold "
            f"span(s) ({by_label}) of {info.get('documents')} document(s) ({_params(info)}); the file stores no "
            "training date: its SHA-256 identifies it"]


def _utc(stamp: str) -> str:
    """A stored time (ISO, UTC) as a reader writes it: 2026-11-29 20:01:42 UTC."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return f"{when.replace(tzinfo=None, microsecond=0).isoformat(sep=' ')} UTC"


@dataclass(frozen=True)
class ProjectModel:
    """The project's own model as a methods section gives it."""

    spans: int  # the accepted spans it learned from
    by_label: str  # "AMOUNT 3, DISTRICT 5"
    documents: Any  # of how many documents (as stored)
    trained: str  # when, UTC (:func:`_utc`)
    later: int  # spans accepted since
    params: str


def project_model(store: Store) -> ProjectModel | None:
    """The model the project trained (``annotator train``), None before it trained one."""
    kept = model_info(store, SEQUENCE_MODEL)
    if kept is None:
        return None
    total, by_label = _spans(kept.info)
    since = store.count_annotations()
    accepted = sum(n for (_label, status), n in since.items() if status == "accepted")
    later = max(0, accepted - int(kept.info.get("accepted", 0)))
    return ProjectModel(total, by_label, kept.info.get("documents"), _utc(kept.trained_at), later,
                        _params(kept.info))


def project_row(store: Store) -> list[Any]:
    own = project_model(store)
    if own is None:
        return [SECTION, "project model", "none", "the project has trained no model of its own (annotator train)"]
    return [SECTION, "project model", f"trained {own.trained} on {own.spans} accepted span(s) of {own.documents} "
            "document(s)", f"a CRF layer per label learned from this project's accepted spans ({own.by_label}; "
            f"{own.params}); {own.later} span(s) accepted since"]


def in_use(store: Store) -> tuple[Chosen, Chosen]:
    """The model the next suggest run uses (its ``kind``: project, seed or none) and the seed's, as
    the settings choose them (an AnnotatorError: a stored model that cannot be read)."""
    from annotator.core.suggest.model.choice import choose

    settings = store.model_settings()
    chosen = choose(store, settings.model, settings.min_confidence)
    if chosen.damaged:  # the seed stands in for it: which model made the spans is not known
        raise AnnotatorError(chosen.damaged)
    if settings.model != "project" or chosen.seed_damaged:  # no seed beside it (one that cannot be read:
        return chosen, chosen  # the project's own model suggests alone, and is the one described)
    return chosen, choose(store, "seed", settings.min_confidence)


class Runs(NamedTuple):
    """Each document's last suggest run, by the settings it used."""

    suggested: int  # documents with a recorded run
    documents: int
    same: int  # with this version's rules and the model in use
    by_seed: int  # with the shipped seed (the model in use being another)
    other: int


def last_runs(store: Store, chosen: Chosen, seed: Chosen) -> Runs:
    from annotator.core.suggest.fingerprint import settings_digest

    now, by = settings_digest(chosen.suggester), settings_digest(seed.suggester)
    records = store.suggest_records()
    same = sum(r.settings == now for r in records.values())
    by_seed = sum(r.settings == by != now for r in records.values())
    return Runs(len(records), len(store.document_entries()), same, by_seed, len(records) - same - by_seed)


def rows(store: Store) -> list[list[Any]]:
    """The About sheet's rows of section ``suggesters``."""
    settings = store.model_settings()
    out: list[list[Any]] = [
        [SECTION, "rules", ", ".join(RULES), RULES_DETAIL],
        [SECTION, "learned", "learned", LEARNED_DETAIL],
        seed_row(), project_row(store),
        [SECTION, "model setting", settings.model,
         f"which model suggests beside the rules (project: its own, else the seed; seed; none); least confidence "
         f"of its proposals {settings.min_confidence:g} (annotator model-settings)"]]
    try:
        chosen, seed = in_use(store)
    except AnnotatorError as e:  # a model that cannot be read: said, the workbook still written
        out.append([SECTION, "model in use", "unreadable", str(e)])
        return out
    out.append([SECTION, "model in use", chosen.description.removeprefix("model: "),
                "the one annotator suggest and the window's Run suggestions use now"])
    runs = last_runs(store, chosen, seed)
    out.append([SECTION, "last runs", f"{runs.suggested} of {runs.documents} document(s) suggested",
                f"with this version's rules and the model in use: {runs.same}; with the shipped seed: {runs.by_seed}; "
                f"with other settings (an earlier annotator, model or least confidence): {runs.other}. A span keeps "
                "no record of the model that proposed it, only each document's last run"])
    return out
