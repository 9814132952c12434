"""What the window shows for stored names and values, in the interface's language.

The database keeps English codes: label names (DISTRICT), statuses (suggested), origins
(manual, gazetteer, model …) and link kinds (district, project). The window shows each of them
through one function here: a label by the schema's display name (:func:`annotator.core.labels.
display_name`: DISTRICT is 地区 in Chinese; a label the user added shows its own name), the
others by a translation (``tr`` in the context "Display"); a code without one shows as stored.
Suggesters' reasons are in :mod:`annotator.gui.reasons`, undo steps in
:mod:`annotator.gui.step_names`.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from PySide6.QtCore import QCoreApplication

from annotator.core.labels import display_description, display_name
from annotator.core.models import Label
from annotator.gui.i18n import current_language, translations_key


def _t(text: str) -> str:
    return QCoreApplication.translate("Display", text)


@cache
def _label_text(name: str, key: tuple[str, int]) -> str:
    return display_name(name, key[0])


def label_text(name: str) -> str:
    """A label as the interface shows it: 地区 for DISTRICT in Chinese, the stored name otherwise."""
    return _label_text(name, translations_key())


def label_description(label: Label) -> str:
    """A label's description (its tooltip): the schema's translation while the project keeps the
    default text."""
    return display_description(label.name, label.description, current_language())


@cache
def _texts(key: tuple[str, int]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The statuses, origins and link kinds in the language of ``key`` (:func:`translations_key`),
    translated once: a painted table cell asks for them again and again."""
    statuses = {"accepted": _t("accepted"), "suggested": _t("suggested"), "rejected": _t("rejected")}
    origins = {
        "manual": _t("manual"), "imported": _t("imported"), "adjudicated": _t("adjudicated"),
        # the suggesters of spans (their names) and the model
        "gazetteer": _t("gazetteer"), "amount": _t("amount rules"), "project": _t("project rules"),
        "target": _t("target rules"), "learned": _t("learned"), "model": _t("model"),
        "rule+model": _t("rules and model"),
        "label-studio": _t("Label Studio prediction"),  # a suggestion of a Label Studio file's predictions
        # the rules that suggest links (core/links.py ORIGINS)
        "nested": _t("nested"), "clause": _t("clause"), "jurisdiction": _t("jurisdiction"),
        "attribute": _t("attribute"),
    }
    kinds = {"district": _t("district"), "project": _t("project")}
    return statuses, origins, kinds


def status_text(status: str) -> str:
    return _texts(translations_key())[0].get(status, status)


def origin_text(origin: str) -> str:
    """Who made a span or link: a person in the window, an import, a suggester, the model, adjudication."""
    return _texts(translations_key())[1].get(origin, origin)


def link_kind_text(kind: str) -> str:
    return _texts(translations_key())[2].get(kind, kind)


def metadata_key_text(key: str) -> str:
    """A document's metadata key as the window and its printed page name it: the exports' own keys
    (``core/metadata.py``'s STANDARD_KEYS) in the interface's language, any other key as it is stored.
    The one source of their names: the printed page wrote "date" and "year" in the Chinese window."""
    names = {"title": _t("Title"), "date": _t("Date"), "year": _t("Year"), "source": _t("Source"),
             "jurisdiction": _t("Jurisdiction")}
    return names.get(key, key)


def span_text(label: str, text: str) -> str:
    """A span named in a line of text: "地区 湖里区"."""
    return f"{label_text(label)} {text}"


def followed_label(name: str | None, before: list[Label], after: list[Label]) -> str | None:
    """The name now of the label called ``name`` in ``before``: ``name`` while a label has it, its new
    name when it was renamed (the one label of ``after`` with its id and, but the name, its fields: one
    of another project opened meanwhile is not taken for it), else None (deleted)."""
    if any(label.name == name for label in after):
        return name
    was = next((label for label in before if label.name == name), None)
    renamed = [label.name for label in after if was is not None and label.id == was.id
               and replace(label, name=was.name) == was]
    return renamed[0] if renamed else None
