"""The reasons suggesters store with a span or link ("gazetteer: 湖里区 350206", "amount: 5510000000
yuan (qualifier 超)"), shown in the interface's language.

Reasons are stored as the suggesters write them, in English with the text's own words in them;
this module translates their fixed phrases for display only. Each rule is a pattern of the
English and its template (``tr`` in the context "Reasons", ``{0}`` … for the pattern's groups);
the rules are applied in order, so a reason made of pieces ("rule+model: project: head 园 (model
p=0.91)", "jurisdiction: 湖里区 350206 (title: 湖里区 350206)") is translated piece by piece. In
English every template is its own phrase, so a reason shows as stored. A phrase no rule knows
(a reason from an imported file, a new suggester) stays as it is.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from annotator.gui.display import label_text


def _t(text: str) -> str:
    return QCoreApplication.translate("Reasons", text)


def _rules() -> list[tuple[str, str, tuple[int, ...]]]:
    """(pattern, template, the groups that are label names), in the order they are applied."""
    return [
        # the model beside the rules (core/suggest/model)
        (r"rule\+model: ", _t("rule+model: "), ()),
        (r" \(model p=([\d.]+)\)", _t(" (model p={0})"), ()),
        (r" \(learned from the shipped seed model\)", _t(" (learned from the shipped seed model)"), ()),
        (r" \(learned from this project's accepted spans\)", _t(" (learned from this project's accepted spans)"), ()),
        (r" \(learned from this project\)", _t(" (learned from this project)"), ()),
        (r"(?<!\+)model: (\S+) p=", _t("model: {0} p="), (0,)),
        (r"learned: (\S+) (.+?) accepted in this project", _t("learned: {0} {1} accepted in this project"), (0,)),
        # DISTRICT
        (r"gazetteer: ", _t("gazetteer: "), ()),
        (r" \(former name ([^()]+)\)", _t(" (former name {0})"), ()),
        (r" \(short form ([^()]+?) of ([^()]+?), the former name this text uses\)",
         _t(" (short form {0} of {1}, the former name this text uses)"), ()),
        (r" \(short form ([^()]+)\)", _t(" (short form {0})"), ()),
        (r" \((\d+) units have this name and the text names no place that tells which: the first of the tables; "
         r"give the document's jurisdiction to choose\)",
         _t(" ({0} units have this name and the text names no place that tells which: the first of the tables; "
            "give the document's jurisdiction to choose)"), ()),
        # AMOUNT
        (r"amount: (\S+) yuan", _t("amount: {0} yuan"), ()),
        (r"amount: ", _t("amount: "), ()),
        (r" \(qualifier ([^()]+)\)", _t(" (qualifier {0})"), ()),
        # TARGET
        (r"target: forward context \+ ", _t("target: forward context + "), ()),
        (r"target: ", _t("target: "), ()),
        # PROJECT
        (r"project: head ", _t("project: head "), ()),
        # a name's group stops at the "（模型 p=…）" the first rules made (it took "等项目（模型" in)
        (r"project: listed as being built", _t("project: listed as being built"), ()),
        (r"project: listed as ([^\s（(,]+)", _t("project: listed as {0}"), ()),
        (r"project: listed after ([^\s（(,]+)", _t("project: listed after {0}"), ()),
        (r"project: listed beside ([^\s（(]+)", _t("project: listed beside {0}"), ()),
        (r", one head shared", _t(", one head shared"), ()),
        (r", its head shared by the list before it", _t(", its head shared by the list before it"), ()),
        (r"project: named so elsewhere in the document", _t("project: named so elsewhere in the document"), ()),
        (r"project: rated ([^\s（(]+)", _t("project: rated {0}"), ()),
        (r"project: subject of ([^\s（(]+)", _t("project: subject of {0}"), ()),
        (r"project: event hosted \(([^()]+)\)", _t("project: event hosted ({0})"), ()),
        (r"project: expo known as ([^\s（(]+)", _t("project: expo known as {0}"), ()),
        (r"project: name, quotation and ([^\s（(]+)", _t("project: name, quotation and {0}"), ()),
        (r"project: road between two places", _t("project: road between two places"), ()),
        (r"project: road by its code", _t("project: road by its code"), ()),
        (r"project: programme launched by its title", _t("project: programme launched by its title"), ()),
        (r"project: quoted name of a place or platform", _t("project: quoted name of a place or platform"), ()),
        (r"project: quoted name with head ", _t("project: quoted name with head "), ()),
        (r"project: quoted name \+ ", _t("project: quoted name + "), ()),
        (r"project: metro or rail line", _t("project: metro or rail line"), ()),
        (r"project: road by its number", _t("project: road by its number"), ()),
        (r"project: road or rail by its abbreviation", _t("project: road or rail by its abbreviation"), ()),
        # a suggestion of a Label Studio file's predictions (core/imports/label_studio_predictions.py)
        (r"^label-studio: prediction of model (.+)$", _t("label-studio: prediction of model {0}"), ()),
        (r"^label-studio: prediction$", _t("label-studio: prediction"), ()),
        # adjudication: the gold span copied from a coder's
        (r"^from (.+)$", _t("from {0}"), ()),
        # links (core/suggest/links.py) and the jurisdiction they fall back to (core/jurisdiction.py)
        (r"part headed by (.+?) \(line ([^()]+)\)", _t("part headed by {0} (line {1})"), ()),
        (r"jurisdiction: ", _t("jurisdiction: "), ()),
        (r" \(given\)", _t(" (given)"), ()),
        (r" \(title: ([^()]+)\)", _t(" (title: {0})"), ()),
        (r" \(most mentioned: ([^()]+) \((\d+) times\)\)", _t(" (most mentioned: {0} ({1} times))"), ()),
        # a span's text may hold brackets of its own: 松元产业园(一期)
        (r"nested: ([^()]+?) in ((?:[^();]|\([^()]*\))+)", _t("nested: {0} in {1}"), ()),
        (r"nested: ", _t("nested: "), ()),
        (r"clause: ([^()]+?) governs the clause", _t("clause: {0} governs the clause"), ()),
        (r"; ([^;()]+?) named inside holds it", _t("; {0} named inside holds it"), ()),
        (r"; ([^;()]+?) named inside lies outside: an origin or a destination",
         _t("; {0} named inside lies outside: an origin or a destination"), ()),
        (r"; ([^;()]+?) of the document's jurisdiction", _t("; {0} of the document's jurisdiction"), ()),
        (r"attribute: ", _t("attribute: "), ()),
        (r"the goal holds ", _t("the goal holds "), ()),
        (r"the sentence is about ", _t("the sentence is about "), ()),
        (r"spent on building it: ", _t("spent on building it: "), ()),
        (r"invested in it: ", _t("invested in it: "), ()),
        # a sum's or goal's district taken from its project's link, the project's reason (nested, clause) said
        # by the rules above: in its template's brackets (full-width in Chinese). The reason is the bracket
        # that closes at the end, the name all before it, brackets of its own too: 松元产业园(一期) (nested: …)
        (r"^project: (.+?) \(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)$", _t("project: {0} ({1})"), ()),
        (r"project: ", _t("project: "), ()),
    ]


# the rules whose number is a sum of yuan, shown grouped as the form and the table show it (5,510,000,000)
_GROUPED = frozenset({r"amount: (\S+) yuan"})


# a link to the document's jurisdiction (core/suggest/links.py): "jurisdiction: 滨州市 371600 (title: 滨州市 371600)",
# then perhaps "; 吉林省 named inside holds it"
_JURISDICTION = re.compile(
    r"^jurisdiction: [^()]+ \((given|title: [^()]+|most mentioned: [^()]+ \((\d+) times\))\)(.*)$", re.DOTALL)


def link_reason_text(reason: str) -> str:
    """A suggested link's stored reason, brief, for a line that names the district already: a link to
    the document's jurisdiction says so and why it is the jurisdiction, without the district again
    ("the document's jurisdiction, named in its title"); any other reason as :func:`reason_text` says it."""
    found = _JURISDICTION.match(reason)
    if found is None:
        return reason_text(reason)
    why, times, rest = found.groups()
    if why == "given":
        said = _t("the document's jurisdiction, as given")
    elif why.startswith("title: "):
        said = _t("the document's jurisdiction, named in its title")
    else:
        said = _t("the document's jurisdiction, the district it names most ({0} times)").format(times)
    return said + reason_text(rest)


def reason_text(reason: str) -> str:
    """A stored reason in the interface's language (as stored where no rule knows it; a sum of
    yuan grouped by thousands)."""
    if not reason:
        return reason
    for pattern, template, labels in _rules():
        def fill(match: re.Match[str], template: str = template, labels: tuple[int, ...] = labels,
                 grouped: bool = pattern in _GROUPED) -> str:
            groups = [label_text(g) if i in labels else f"{int(g):,}" if grouped and g.isdigit() else g
                      for i, g in enumerate(match.groups())]
            return template.format(*groups)

        reason = re.sub(pattern, fill, reason)
    return reason
