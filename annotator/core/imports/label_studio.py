"""Annotations from Label Studio's JSON export of a text project: a JSON array of tasks, each
``{"id", "data": {"text", …}, "annotations": [{"result": [...]}, …]}`` (``export/label_studio.py``
writes it; Label Studio's own export, or a file written by hand from its documentation, reads alike).

- **A task is a doccano line.** Its text is the document (the project's that holds it, else a new one
  named by ``data.name``, else ``label-studio-<id>.txt``: ``jsonl_documents.py``); the regions of its
  annotations (``"type": "labels"``, ``value.start``/``end`` code points, as Label Studio counts them for
  Text) are its spans (a region of several labels, of a Labels control with ``choice="multiple"``, a span
  of each) and its ``"type": "relation"`` results between two regions of one annotation its links. So the
  same import stores it (:class:`~annotator.core.imports.jsonl.JsonLines`): in batches, a task whole or not
  at all, reported by its number (``task 3``), duplicates counted, suggestions decided.
- **Checked before anything is stored**: offsets inside the text, the region's ``text`` (when given)
  the text at them, each relation joining two regions as a link the schema allows (a district link from a
  PROJECT, AMOUNT or TARGET to a DISTRICT, a project link from an AMOUNT or TARGET to a PROJECT; its
  ``labels``, when they name a link kind, choose it, and ``direction`` ``left`` turns it round). A label
  the project lacks is refused by the store, and the task with it. A task whose ``data.name`` is a
  document of the project holding another text is refused: its offsets are not that document's.
- **A coder's annotation stays theirs**: an annotation's ``annotator`` (as annotator exports it), else
  the e-mail of its ``completed_by``, names the layer its spans go to, unless the import names one.
  Label Studio's own export names the coder by number alone (``"completed_by": 1``): such spans go to no
  coder's layer (the program's suggestions' and the spans made without a name), which agreement and
  adjudication compare with no one; the file's report says so in one line (:func:`numbered_note`).
  Cancelled (skipped) annotations and results of other controls (a Choices beside the Labels) are left
  aside.
- **Predictions are suggestions**: a task's ``predictions`` (a model's pre-annotations) come in as open
  suggestions and suggested links of the program's layer (``label_studio_predictions.py``).
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFileError, ValidationError
from annotator.core.imports import jsonl_lines as reasons
from annotator.core.imports import label_studio_predictions as predictions
from annotator.core.imports.annotation_text import decoded, line_not_text, line_of
from annotator.core.imports.annotations import AnnotationImportReport, FileResult
from annotator.core.imports.jsonl import JsonLines
from annotator.core.imports.label_studio_predictions import Predicted
from annotator.core.imports.links import LinkSpec, Ref, specs_of_doccano_line, store_links
from annotator.core.imports.text import sha256
from annotator.core.links import KINDS, can_link
from annotator.core.store import Store

SHAPE = 'a JSON array of tasks, {"data": {"text": …}, "annotations": [{"result": […]}]}'


def import_file(store: Store, path: Path, *, status: str, annotator: str, report: AnnotationImportReport,
                result: FileResult, cancelled: Callable[[], bool] | None = None) -> None:
    """The reader of the label-studio import format: every task of ``path``, in committed batches. A
    .json file of JSON lines (gold or doccano lines saved under that name, which import read before
    Label Studio's JSON came) is read as JSON lines."""
    if _json_lines(path):
        from annotator.core.imports.jsonl import import_file as import_json_lines

        import_json_lines(store, path, status=status, annotator=annotator, report=report, result=result,
                          cancelled=cancelled)
        return
    result.unit = "task"
    tasks = _Tasks(store, path, status, annotator, report, result)
    tasks.run(cancelled)
    if tasks.numbered and not annotator:
        result.notes.append(numbered_note(path.name, tasks.numbered))


def numbered_note(name: str, numbers: set[str]) -> str:
    """The report's line on a file whose coders are named by number alone: where their spans went, what to do."""
    shown = ", ".join(sorted(numbers, key=lambda n: (len(n), n))[:3]) + (", …" if len(numbers) > 3 else "")
    return (f"{name}: its annotations name their coder by number alone (completed_by {shown}), so their spans are in "
            "no coder's layer, which agreement and adjudication compare with no one; to make them a coder's, take "
            "this import back (annotator restore) and import the file again with --annotator NAME")


def _json_lines(path: Path) -> bool:
    """Whether ``path`` holds JSON lines: a JSON object on its first line and more after it."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            first = f.readline()
            second = f.readline()
    except UnicodeDecodeError:  # GBK, UTF-16 …: read whole, as documents are
        try:
            first, second, *_ = [*(decoded(path.read_bytes(), str(path)) or "").split("\n", 2), "", ""]
        except (OSError, ImportFileError):
            return False
    except OSError:
        return False
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        return False
    return first.lstrip().startswith("{") and second.strip().startswith("{")


def read_tasks(path: Path) -> list[Any]:
    """The tasks of a Label Studio export (a single task object is one task, as Label Studio reads it);
    ImportFileError, naming the file, for one that is no such JSON."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read ({e.strerror})") from e
    text = decoded(data, str(path))  # UTF-8, else as documents are read (GB18030, Big5, UTF-16 …)
    if text is None:  # no one encoding's text: said by the first line that is not UTF-8 (a NUL kept)
        try:
            text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
        except UnicodeDecodeError as e:
            line, byte = line_of(data.removeprefix(codecs.BOM_UTF8), e.start)
            raise ImportFileError(f"{path}: line {line}: {line_not_text(byte)}; nothing was stored from it") from None
    if not text.strip():
        raise ImportFileError(f"{path}: the file is empty")
    try:
        tasks = json.loads(text)
    except json.JSONDecodeError as e:
        lines = "; it holds JSON lines: name it .jsonl" if e.msg == "Extra data" and e.lineno > 1 else ""
        raise ImportFileError(f"{path}: not valid JSON ({e.msg} at line {e.lineno} column {e.colno}){lines}; "
                              f"a Label Studio export is {SHAPE}; nothing was stored from it") from None
    except (RecursionError, ValueError):
        raise ImportFileError(f"{path}: not valid JSON here (nested too deeply, or a number too long); "
                              "nothing was stored from it") from None
    if isinstance(tasks, dict) and "data" in tasks:
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise ImportFileError(f"{path}: holds no Label Studio tasks (its export is {SHAPE}); nothing was stored "
                              "from it")
    return tasks


def record_of(number: int, task: Any) -> dict[str, Any]:
    """A task as the doccano line ``jsonl_documents.py`` stores ({"id", "name", "text", "meta", "label":
    [[start, end, LABEL, ANNOTATOR], …]}) with its links (``links``: LinkSpecs of document 0); a
    ValidationError says every reason the task is refused."""
    if not isinstance(task, dict):
        raise ValidationError("a task must be a JSON object")
    data = task["data"] if isinstance(task.get("data"), dict) else {}
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValidationError('the task has no text (its "data" needs "text", the Text tag\'s value="$text")')
    annotations = task.get("annotations", task.get("completions")) or []  # completions: before Label Studio 1.0
    if not isinstance(annotations, list):
        raise ValidationError("annotations must be a list")
    items: list[list[Any]] = []
    links: list[LinkSpec] = []
    problems: list[str] = []
    numbered: set[str] = set()  # completed_by numbers naming no one, of annotations with results
    for annotation in annotations:
        if not isinstance(annotation, dict) or not isinstance(annotation.get("result", []), list):
            problems.append(f'annotation {annotation!r} is not {{"result": […]}}')
        elif not annotation.get("was_cancelled"):
            coder = _coder(annotation)
            by = annotation.get("completed_by")
            if not coder and type(by) is int and annotation.get("result"):
                numbered.add(str(by))
            refs: dict[Any, list[Ref]] = {}
            for key, start, end, labels, _r in _regions(text, annotation["result"], problems):
                items += [[start, end, label, coder] for label in labels]
                refs[key] = [(label, start, end) for label in labels]
            links += _relations(number, annotation["result"], refs, coder, problems)
            links += [replace(spec, owner=coder) for spec in _district_links(number, annotation)]
    predicted = _predictions(number, text, task.get("predictions"), links, problems)
    if problems:
        raise ValidationError(reasons.once_each(problems))
    name = data.get("name")
    return {"id": task.get("id", number), "name": name if isinstance(name, str) else None, "text": text,
            "meta": data.get("meta"), "label": items, "links": links, "numbered": numbered, "predicted": predicted}


def _district_links(number: int, result: dict[str, Any]) -> list[LinkSpec]:
    """The district links by name an annotation or prediction keeps (``district_links``, as annotator exports them)."""
    return specs_of_doccano_line(number, 0, {"entities": [], "meta": {"district_links": result.get("district_links")}})


def _predictions(number: int, text: str, given: Any, links: list[LinkSpec], problems: list[str]) -> list[Predicted]:
    """The regions of a task's predictions as suggestions (``label_studio_predictions.py``), their relations
    added to ``links`` as suggested links; what refuses the task is added to ``problems``, named by the
    prediction's number."""
    if given is None:
        return []
    if not isinstance(given, list):
        problems.append("predictions must be a list")
        return []
    out: list[Predicted] = []
    for i, prediction in enumerate(given, 1):
        if not isinstance(prediction, dict) or not isinstance(prediction.get("result") or [], list):
            problems.append(f'prediction {i} is not {{"result": […]}}')
            continue
        results, own = prediction.get("result") or [], list[str]()
        model = prediction.get("model_version")
        why, overall = predictions.reason(model), predictions.score(prediction.get("score"))
        refs: dict[Any, list[Ref]] = {}
        for key, start, end, labels, r in _regions(text, results, own):
            confidence = predictions.score(r.get("score"))
            origin, said = predictions.proposer(model, r, why)
            out += [Predicted(start, end, label, overall if confidence is None else confidence, said, origin)
                    for label in labels]
            refs[key] = [(label, start, end) for label in labels]
        try:
            specs = _relations(number, results, refs, "", own, model) + _district_links(number, prediction)
        except ValidationError as e:
            own.append(str(e))
            specs = []
        links += predictions.suggested_links(specs, why)
        problems += [f"prediction {i}: {problem}" for problem in own]
    return out


def _coder(annotation: dict[str, Any]) -> str:
    """Whose annotation it is: annotator's own ``annotator`` key, else the e-mail Label Studio gives
    ``completed_by`` (a user's number alone names no one: "")."""
    who = annotation.get("annotator")
    if isinstance(who, str):
        return who
    by = annotation.get("completed_by")
    return str(by.get("email") or "") if isinstance(by, dict) else ""


def _regions(text: str, results: list[Any], problems: list[str]
             ) -> list[tuple[Any, int, int, list[str], dict[str, Any]]]:
    """The Labels regions of an annotation's (or prediction's) ``results``: (region id, start, end, labels,
    the result); one that cannot be stored is a problem."""
    regions = []
    for r in results:
        if not isinstance(r, dict) or r.get("type") != "labels":
            continue
        value: dict[str, Any] = r["value"] if isinstance(r.get("value"), dict) else {}
        start, end, labels, given = value.get("start"), value.get("end"), value.get("labels"), value.get("text")
        name = f"region {r.get('id')!r}"
        if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
            problems.append(f"{name}: offsets {start!r}-{end!r} are outside the text ({len(text):,} characters) "
                            "or swapped")
        elif isinstance(given, str) and text[start:end] != given:
            problems.append(f"{name}: the text at {start}-{end} is {text[start:end]!r}, not its {given!r}"
                            + _utf16_hint(text, start, end, given))
        elif not (isinstance(labels, list) and labels and all(isinstance(x, str) for x in labels)):
            problems.append(f"{name}: labels must be a list of label names, not {labels!r}")
        else:
            regions.append((_key(r.get("id")), start, end, labels, r))
    return regions


def _utf16_hint(text: str, start: int, end: int, given: str) -> str:
    """Why a region's text may not be at its offsets: they count UTF-16 units (a character outside the
    BMP as two), as Label Studio's editor did before it counted code points."""
    units = text.encode("utf-16-le")
    if units[2 * start:2 * end].decode("utf-16-le", "replace") == given:
        return " (its offsets count UTF-16 units, as an old Label Studio's did: export the task again)"
    return ""


def _relations(number: int, results: list[Any], regions: dict[Any, list[Ref]], coder: str, problems: list[str],
               model: Any = None) -> list[LinkSpec]:
    """The links of an annotation's relations (see the module); a relation no link can be is a problem. A
    region of several labels is a span of each: the relation joins the first two (in the regions' order of
    labels) that a link can join. A prediction's (of ``model``) of annotator's own keeps its origin and reason."""
    out = []
    for r in results:
        if not isinstance(r, dict) or r.get("type") != "relation":
            continue
        start, end = regions.get(_key(r.get("from_id"))), regions.get(_key(r.get("to_id")))
        if start is None or end is None:
            problems.append(f"relation {r.get('from_id')!r}→{r.get('to_id')!r} joins a region its annotation "
                            "does not have (or one refused)")
            continue
        labels: list[Any] = r["labels"] if isinstance(r.get("labels"), list) else []
        kinds = [str(x).lower() for x in labels if str(x).lower() in KINDS] or list(KINDS)
        direction = r["direction"] if isinstance(r.get("direction"), str) else "right"
        pairs = [(a, b) for a in start for b in end]
        turns = {"left": [(b, a) for a, b in pairs], "bi": pairs + [(b, a) for a, b in pairs]}.get(direction, pairs)
        found = [(kind, source, target) for source, target in turns for kind in kinds
                 if can_link(kind, source[0], target[0])]
        if not found:
            named = "/".join(ref[0] for ref in start), "/".join(ref[0] for ref in end)
            problems.append(f"relation {r.get('from_id')!r}→{r.get('to_id')!r} ({named[0]} to {named[1]}) is "
                            "no link: a district link goes from a PROJECT, AMOUNT or TARGET to a DISTRICT, a project "
                            "link from an AMOUNT or TARGET to a PROJECT")
            continue
        kind, source, target = found[0]
        origin, said = predictions.proposer(model, r, "")
        ours = origin != predictions.ORIGIN
        out.append(LinkSpec(number, 0, source, kind, target, owner=coder, origin=origin if ours else None,
                            reason=said))
    return out


def _key(region_id: Any) -> Any:
    """A region's id as results name it (a string; a number written by hand is the same region)."""
    return str(region_id) if isinstance(region_id, int | str) and not isinstance(region_id, bool) else None


class _Tasks(JsonLines):
    """A Label Studio export, imported as JSON Lines are, a task a line."""

    SOURCE = "label-studio"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.numbered: set[str] = set()  # the completed_by numbers of the tasks stored (their spans: layer "")

    def _read(self) -> list[Any]:
        return read_tasks(self.path)

    def _line(self, number: int, line: Any) -> None:
        self.lines += 1
        try:
            record = record_of(number, line)
            self._same_name(record)
            aside: set[Ref] = set()
            doc_id = self._doccano(number, record, record["label"], record["predicted"], aside)
        except (ValidationError, ValueError, TypeError, KeyError) as e:
            self._reject(number, f"missing field {e}" if isinstance(e, KeyError) else str(e))
            return
        self.numbered |= record["numbered"]
        self.not_carried.label_studio(record)
        # a link joins its coder's spans (the import's annotator's, when it names one): the layer they went to;
        # a prediction's, the program's suggestions (a relation of a region left aside is left aside with it)
        for spec in record["links"]:
            if not predictions.is_predicted(spec):
                self.link_specs.append(replace(spec, doc_id=doc_id, owner=self.annotator or spec.owner))
            elif spec.source not in aside and spec.target not in aside:
                self.link_specs.append(replace(spec, doc_id=doc_id))
            else:
                self.pending.predicted_aside += 1

    def _store_links(self) -> list[tuple[int, str]]:
        """The batch's links; a prediction's suggested links after the others, one that cannot be stored left
        aside (counted so): a model's proposal never refuses its task."""
        predicted = [spec for spec in self.link_specs if predictions.is_predicted(spec)]
        self.link_specs = [spec for spec in self.link_specs if not predictions.is_predicted(spec)]
        refused = super()._store_links()
        if predicted:
            stored = store_links(self.store, predicted, status="suggested", annotator="")
            self.pending.predicted_links += stored.added
            self.pending.duplicates += stored.duplicates
            self.pending.predicted_aside += len(predicted) - stored.added - stored.duplicates
        return refused

    def _same_name(self, record: dict[str, Any]) -> None:
        """A task named for a document of the project that holds another text is refused."""
        name = record["name"]
        doc_id = self.store.document_id_by_name(name) if name else None
        if doc_id is not None and self.store.document(doc_id).sha256 != sha256(record["text"]):
            raise ValidationError(f"the project's document {name!r} holds another text: the task's offsets are not "
                                  "its (import the task's text as a document of another name, or rename it)")
