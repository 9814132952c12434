"""Span annotations as Label Studio's JSON export of a text project (a ``Labels`` control over a ``Text``
object), which Label Studio imports as tasks with their annotations, and ``imports/label_studio.py`` reads back.

The file is one JSON array, a task a document, as Label Studio's documentation shows its export::

    [{"id": 7, "data": {"text": "…", "name": "2024.txt", "meta": {…}},
      "annotations": [{"id": 1, "result": [
          {"id": "31", "from_name": "label", "to_name": "text", "type": "labels",
           "value": {"start": 0, "end": 3, "text": "湖里区", "labels": ["DISTRICT"]}},
          {"from_id": "32", "to_id": "31", "type": "relation", "direction": "right", "labels": ["district"]}],
        "was_cancelled": false, "ground_truth": false}]}]

- **Offsets are code points**, as the stored ones: Label Studio's ``start`` and ``end`` of a Text region
  count characters as Python does (its editor turns the browser's UTF-16 positions into code points, so
  𠮷, outside the BMP, is one), Chinese like any other text.
- **One annotation a coder**: the spans of each annotator's layer make one annotation of the task, with
  ``annotator`` (a key Label Studio leaves aside) naming the layer, so the file read back gives each
  coder's layer again. A region's id is the span's id.
- **Suggestions are predictions**, as Label Studio takes pre-annotations: exported with ``--status
  accepted,suggested`` (or ``suggested``), the open suggestions of a document, whoever's, are a prediction of
  ``model_version`` ``annotator`` (each region's ``score`` its confidence; the prediction's the mean of
  theirs when each has one), and so are the suggested links (relations) and the spans they join; the
  import reads them back as suggestions (``imports/label_studio_predictions.py``), so the statuses come back.
  Each suggestion's region, and each suggested link's relation, names the rule that proposed it in its
  ``meta``, ``{"text": [reason], "origin": "gazetteer"}``: Label Studio keeps a region's ``meta`` (its
  ``text`` is the region's note, which its editor shows), so the import gives the suggestion its origin,
  reason and confidence back.
- **Links are relations** (``labels``: the link's kind) between two regions of one annotation. A district
  link that names no exported span goes to its annotation's ``district_links``, and the spans' values to
  ``data.meta``'s ``values``, as the doccano export keeps them (``export/jsonl.py``): Label Studio has no
  place for either and leaves them aside.
- **Rejected spans are left out**, and rejected links: Label Studio has no rejected status, so a rejected
  span written among the annotations came back ACCEPTED when the file was imported. With ``--status …,rejected``
  the summary says how many were left out, and why.
- **The labeling config** Label Studio needs for these tasks (:func:`label_config`) is written beside the
  file as ``<name>.label-config.xml``, to paste in Label Studio's project settings (Labeling Interface, Code).
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from annotator.core.export.jsonl import documents_with_spans, values_of
from annotator.core.export.links import relations_between
from annotator.core.export.rejected import LeftOut
from annotator.core.links import KINDS
from annotator.core.models import Annotation, Link
from annotator.core.provenance import OWN_PREDICTIONS
from annotator.core.store import Store
from annotator.core.writing import atomic_path, atomic_write_text

FROM_NAME, TO_NAME = "label", "text"  # the names of the Labels control and the Text object in the config
CONFIG_SUFFIX = ".label-config.xml"


@dataclass(frozen=True)
class Written:
    """What :func:`write` wrote: the tasks, and where the labeling config went (None: not written); the
    rejected spans and links left out."""

    tasks: int
    config: Path | None
    rejected: tuple[int, int] = (0, 0)  # (spans, links)

    def __str__(self) -> str:
        return f"{self.tasks:,} task(s)"

    @property
    def rejected_note(self) -> str:
        """The summary's line on the rejected spans and links left out ("": none)."""
        return LeftOut(*self.rejected).note("Label Studio")

    @property
    def config_note(self) -> str:
        """The summary's second line: where the labeling config is."""
        if self.config is None:
            return ""
        return (f"\nLabel Studio's labeling config for them: {self.config} (paste it in Label Studio's project "
                "settings, Labeling Interface, Code, before importing the tasks)")


def region(a: Annotation) -> dict[str, Any]:
    """A span as the result of a Labels control over Text."""
    return {"id": str(a.id), "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": a.start, "end": a.end, "text": a.text, "labels": [a.label]}}


def relation(link: Link) -> dict[str, Any]:
    """A link as a relation between two regions."""
    return {"from_id": str(link.source_id), "to_id": str(link.target_id), "type": "relation", "direction": "right",
            "labels": [link.kind]}


def tasks(store: Store, statuses: Iterable[str] = ("accepted",), labels: Iterable[str] | None = None,
          doc_ids: Iterable[int] | None = None, annotators: Iterable[str] | None = None,
          rejected: LeftOut | None = None) -> Iterator[dict[str, Any]]:
    """A task a document (every document of ``doc_ids``, with spans or not), one at a time; the rejected spans
    and links of ``statuses`` left out, counted in ``rejected`` when given."""
    statuses = list(statuses)
    left_out = rejected if rejected is not None else LeftOut()
    number = 0
    for doc_id, name, text, meta, found in documents_with_spans(store, statuses, labels, doc_ids, annotators):
        found, shown = left_out.take(store, doc_id, statuses, found)  # shown: the statuses of the links written
        meta["values"] = values_of(found)
        relations, by_name = relations_between(store, doc_id, shown, found)
        layers: dict[str, list[Annotation]] = {}
        for a in found:
            if a.status != "suggested":
                layers.setdefault(a.annotator, []).append(a)
        annotations = []
        for who, spans in layers.items():
            ids = {a.id for a in spans}
            result = [region(a) for a in spans] + [relation(link) for link in relations if link.status != "suggested"
                                                   and link.source_id in ids and link.target_id in ids]
            number += 1
            annotation: dict[str, Any] = {"id": number, "result": result, "was_cancelled": False,
                                          "ground_truth": False}
            if who:
                annotation["annotator"] = who
            named = [entry for link, entry in by_name if link.source_id in ids and link.status != "suggested"]
            if named:
                annotation["district_links"] = named
            annotations.append(annotation)
        task = {"id": doc_id, "data": {"text": text, "name": name, "meta": meta}, "annotations": annotations}
        prediction = _prediction(found, relations, by_name)
        if prediction is not None:
            task["predictions"] = [prediction]
        yield task


def _prediction(found: list[Annotation], relations: list[Link], by_name: list[tuple[Link, list[Any]]]
                ) -> dict[str, Any] | None:
    """The suggestions of a document as Label Studio's pre-annotations: a prediction of model ``annotator``,
    each suggestion a region scored by its confidence, its origin and reason in its ``meta``, each suggested
    link a relation (the spans it joins that are no suggestion are regions of the prediction too: a relation
    joins two of its own); the prediction's score the mean of its regions' when each has one (else none: a
    region without a score would read back with it). None when there are none."""
    suggested = [link for link in relations if link.status == "suggested"]
    named = [entry for link, entry in by_name if link.status == "suggested"]
    joined = {i for link in suggested for i in (link.source_id, link.target_id)}
    spans = [a for a in found if a.status == "suggested" or a.id in joined]
    if not spans and not named:
        return None
    result = []
    for a in spans:
        result.append(region(a))
        if a.status == "suggested":
            result[-1]["meta"] = proposer(a.origin, a.reason)
            if a.confidence is not None:
                result[-1]["score"] = a.confidence
    result += [{**relation(k), "meta": proposer(k.origin, k.reason)} for k in suggested]
    prediction: dict[str, Any] = {"model_version": OWN_PREDICTIONS, "result": result}
    scores = [a.confidence for a in spans if a.status == "suggested"]
    if scores and None not in scores:
        prediction["score"] = round(sum(s for s in scores if s is not None) / len(scores), 4)
    if named:
        prediction["district_links"] = named
    return prediction


def proposer(origin: str, reason: str) -> dict[str, Any]:
    """A suggestion's region's (or a suggested link's relation's) ``meta``: the rule that proposed it, and why
    (the region's note in Label Studio)."""
    return {"text": [reason] if reason else [], "origin": origin}


def label_config(labels: Iterable[tuple[str, str]]) -> str:
    """The labeling config of the exported tasks: a Labels control named ``label`` over a Text object
    named ``text`` (``$text``), a Label for each of ``labels`` ((name, colour)), and the link kinds as
    Relations."""
    lines = ["<View>", f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">']
    lines += [f"    <Label value={quoteattr(name)} background={quoteattr(color)}/>" for name, color in labels]
    lines += ["  </Labels>", "  <Relations>"]
    lines += [f"    <Relation value={quoteattr(kind)}/>" for kind in KINDS]
    lines += ["  </Relations>", f'  <Text name="{TO_NAME}" value="$text"/>', "</View>", ""]
    return "\n".join(lines)


def write(store: Store, out: Path, *, side_file: bool = True, **filters: Any) -> Written:
    """Write the tasks to ``out`` (atomically) one at a time as they are read, and the labeling config
    beside it (``side_file``: False on standard output, where nothing is beside).

    The two are a pair no rename can put in place at once: both are written whole first, then the config is
    renamed into place and the tasks last. A run stopped in between (killed, a full disk) leaves the old pair, or
    the new config beside the old tasks, whose labels it holds unless one was renamed or deleted since; never
    new tasks beside an old config lacking a label they use, which Label Studio refuses to import."""
    out = Path(out)
    count, rejected = 0, LeftOut()
    config = out.with_name(out.stem + CONFIG_SUFFIX) if side_file else None
    with atomic_path(out) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write("[")
            for task in tasks(store, rejected=rejected, **filters):
                f.write(("," if count else "") + "\n" + json.dumps(task, ensure_ascii=False))
                count += 1
            f.write("\n]\n")
            f.flush()
            os.fsync(f.fileno())
        if config is not None:  # in place before the tasks are (when this block ends)
            atomic_write_text(config, label_config((label.name, label.color) for label in store.labels()))
    return Written(count, config, (rejected.spans, rejected.links))
