"""A Label Studio task's predictions (``"predictions": [{"model_version", "score", "result": […]}]``): what a
model proposed before anyone coded the task, Label Studio's pre-annotations, in the shape of an annotation's
results. A piece of :mod:`.label_studio`'s import, which reads them beside the annotations.

- **Open suggestions, never a coder's.** A prediction's Labels regions are stored as suggestions (status
  suggested, whatever the import's status), in no coder's layer (the program's, whatever ``--annotator``
  says), of origin ``label-studio`` with the reason naming the model (``label-studio: prediction of model
  v3``); a region's ``score``, else its prediction's, is the suggestion's confidence (a score that is no
  number from 0 to 1 gives none). Its relations are suggested links, as the link suggester's are.
- **Ours keep their proposer.** A prediction of model ``annotator`` (``export/label_studio.py`` writes the open
  suggestions so) names each suggestion's rule in its region's ``meta`` (``{"text": [reason], "origin":
  "gazetteer"}``; a relation's too): the suggestion comes back of that origin with that reason, as it was
  before the round trip through Label Studio. Another model's regions, or ours without that ``meta``, are
  of origin ``label-studio``.
- **Counted apart.** A region equal to a span of the task's annotations is that span (a coder kept it as
  proposed; an exported suggested link's end), one equal to a span of the project a duplicate, as for every
  line; one overlapping a span or suggestion of its label in the program's layer, or a span of
  its label the task's annotations give with other boundaries (the coder decided that text), is left aside
  and counted so (the store keeps no two overlapping spans of one label in a layer, and the task is not
  refused for a model's proposal). So is a relation whose region was left aside.
- **Checked as annotations are**: a region outside the text, a label the project lacks, a relation no link
  can be refuse the task, named by the prediction's number (``prediction 1: region 'p3': …``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from annotator.core.imports.links import LinkSpec, Ref
from annotator.core.provenance import OWN_PREDICTIONS

ORIGIN = "label-studio"  # the origin of a suggestion read from a prediction (gui/display.py names it)


@dataclass(frozen=True)
class Predicted:
    """A prediction's region of one label: where, and the suggestion's confidence and reason."""

    start: int
    end: int
    label: str
    confidence: float | None
    reason: str
    origin: str = ORIGIN

    @property
    def ref(self) -> Ref:
        return self.label, self.start, self.end


def reason(model_version: Any) -> str:
    """The reason a suggestion of a prediction is stored with: the model named, when the prediction names it."""
    if isinstance(model_version, str | int | float) and not isinstance(model_version, bool) and str(model_version):
        return f"{ORIGIN}: prediction of model {model_version}"
    return f"{ORIGIN}: prediction"


def score(value: Any) -> float | None:
    """A prediction's or region's ``score`` as a confidence: a number from 0 to 1, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        return None
    return float(value)


def proposer(model_version: Any, result: dict[str, Any], why: str) -> tuple[str, str]:
    """Who proposed a prediction's region or relation, and why: for annotator's own prediction (``model_version``
    ``annotator``) the origin and reason its ``meta`` keeps; else (another model's, or no origin there)
    ``label-studio`` and ``why``."""
    meta = result.get("meta")
    origin = meta.get("origin") if isinstance(meta, dict) and model_version == OWN_PREDICTIONS else None
    if not isinstance(origin, str) or not origin.strip():
        return ORIGIN, why
    assert isinstance(meta, dict)
    text = meta.get("text")
    said = text[0] if isinstance(text, list) and text and isinstance(text[0], str) else ""
    return origin.strip(), said


def suggested_links(specs: list[LinkSpec], why: str) -> list[LinkSpec]:
    """A prediction's relations as suggested links of the program's (no coder's) layer, of the origin and reason
    each has (:func:`proposer`), else ``label-studio`` and ``why``."""
    return [replace(spec, status="suggested", origin=spec.origin or ORIGIN, owner="",
                    reason=spec.reason if spec.origin else why, predicted=True) for spec in specs]


def is_predicted(spec: LinkSpec) -> bool:
    """Whether a link read from a task is a prediction's (stored apart: it never refuses its task)."""
    return spec.predicted
