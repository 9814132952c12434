"""The core's error sentences of an edit refused or not saved, in the interface's language (core/store/base.py,
validation.py, labels.py, guides.py; adjudication): the rules of :mod:`annotator.gui.core_errors` for that area."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_kinds import DISK, ERROR, FIELD, LABEL, LINK, QUOTED, QUOTED_LABEL, STATUS, Rule


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)


# two windows' edits of one field (core/store/validation.py merge_edit)
_MEANWHILE = (r"was changed meanwhile in another window or program to (.+), so yours, (.+), was not saved — look at "
              r"the stored one and type yours again if it should replace it")


def _overwrite(field: str = r"\S+", now: str = ".+") -> str:
    """Undo or redo over a field another window or program changed since (store/validation.py changed_meanwhile)."""
    return (rf": its ({field}) was changed meanwhile in another window or program to ({now}), so undo or redo would "
            r"overwrite it; nothing was written")


_OVERWRITE = _overwrite(r"(?!(?:status|label) )\S+")  # a status or a label by the rules after it
_STATUS_NOW = _overwrite("status", "'(?:accepted|rejected|suggested)'")  # said as the window names the status


def editing() -> list[Rule]:
    """Writes refused or failed (core/store/base.py, validation.py, labels.py, guides.py)."""
    overwrite = _t("{0} {1}: its {2} was changed meanwhile in another window or program to {3}, so undo or redo would "
                   "overwrite it; nothing was written")
    return [
        (r"(.+) — of the link suggestions; the span suggestions are stored: run the suggestions again to suggest "
         r"their links", _t("{0} — of the link suggestions; the span suggestions are stored: run the suggestions "
                            "again to suggest their links"), (ERROR,)),
        (r"(.+): the disk holding the project is full \(([\d.]+ [KM]B) free\); nothing was saved",  # store/disk.py
         _t("{0}: the disk holding the project is full ({1} free); nothing was saved"), ()),
        (r"(.+): could not write \((.+)\); nothing was saved", _t("{0}: could not write ({1}); nothing was saved"),
         ("", DISK)),
        (r"(.+): the project is no longer there \(its folder was moved, renamed or deleted while it was open\); "
         r"nothing was saved — open the project where it is now",
         _t("{0}: the project is no longer there (its folder was moved, renamed or deleted while it was open); "
            "nothing was saved — open the project where it is now"), ()),
        (r"(.+): the project is busy in another program \((.+)\) and stayed busy for (\S+) s; nothing was saved "
         r"— try again",
         _t("{0}: the project is busy in another program ({1}) and stayed busy for {2} s; nothing was saved — "
            "try again"), ()),
        (r"(.+?) " + QUOTED + r" \((\d+)-(\d+)\) overlaps (.+?) " + QUOTED + r" \((\d+)-(\d+)\); one "
         r"annotator's spans of one label may not overlap",
         _t("{0} {1} ({2}-{3}) overlaps {4} {5} ({6}-{7}); one annotator's spans of one label may not overlap"),
         (LABEL, "", "", "", LABEL)),
        (r"(.+?) " + QUOTED + r": its note " + _MEANWHILE,
         _t("{0} {1}: its note was changed meanwhile in another window or program to {2}, so yours, {3}, was not saved "
            "— look at the stored one and type yours again if it should replace it"), (LABEL, "", "", "")),
        # a status or a label another program set is named as the window names it ('已拒绝', '金额')
        (r"(\S+) " + QUOTED + _STATUS_NOW, overwrite, (LABEL, "", FIELD, STATUS)),
        (r"(\S+) " + QUOTED + _overwrite("label", "'[^']+'"), overwrite, (LABEL, "", FIELD, QUOTED_LABEL)),
        (r"(\S+) " + QUOTED + _OVERWRITE,
         overwrite, (LABEL, "", FIELD, "")),
        (r"the (\S+) link of (\S+) " + QUOTED + _overwrite(),
         _t("the {0} link of {1} {2}: its {3} was changed meanwhile in another window or program to {4}, so undo or "
            "redo would overwrite it; nothing was written"), (LINK, LABEL, "", FIELD, STATUS)),
        (r"the document " + QUOTED + r": its (\S+) " + _MEANWHILE,
         _t("the document {0}: its {1} was changed meanwhile in another window or program to {2}, so yours, {3}, was "
            "not saved — look at the stored one and type yours again if it should replace it"), ("", FIELD, "", "")),
        # Import again's write (core/store/read_again.py replace_document)
        (r"the document was removed meanwhile in another window or program",
         _t("the document was removed meanwhile in another window or program"), ()),
        (r"the document " + QUOTED + r" was changed meanwhile in another window or program; it was not replaced",
         _t("the document {0} was changed meanwhile in another window or program; it was not replaced"), ()),
        (r"the document " + QUOTED + _OVERWRITE,
         _t("the document {0}: its {1} was changed meanwhile in another window or program to {2}, so undo or redo "
            "would overwrite it; nothing was written"), ("", FIELD, "")),
        # a document renamed (core/store/documents.py rename_document)
        (r"cannot rename " + QUOTED + r" to " + QUOTED + r": another document of the project \(titled " + QUOTED
         + r"\) is named so already; choose another name",
         _t("cannot rename {0} to {1}: another document of the project (titled {2}) is named so already; choose "
            "another name"), ()),
        (r"cannot rename " + QUOTED + r" to " + QUOTED + r": another document of the project is named so already; "
         r"choose another name",
         _t("cannot rename {0} to {1}: another document of the project is named so already; choose another name"), ()),
        (r"a document's name cannot be empty; nothing was renamed",
         _t("a document's name cannot be empty; nothing was renamed"), ()),
        (QUOTED + r": a document's name cannot hold a control character \((.+): a line break, a tab\); nothing was "
         r"renamed", _t("{0}: a document's name cannot hold a control character ({1}: a line break, a tab); nothing "
                        "was renamed"), ()),
        (r"(.+?) " + QUOTED + r": its value's (\S+) " + _MEANWHILE,
         _t("{0} {1}: its value's {2} was changed meanwhile in another window or program to {3}, so yours, {4}, was "
            "not saved — look at the stored one and type yours again if it should replace it"),
         (LABEL, "", "", "", "")),
        (r"offsets (\S+?)-(\S+) are outside the text \(0-(\d+)\) or empty",
         _t("offsets {0}-{1} are outside the text (0-{2}) or empty"), ()),
        (r"no span text given for (\S+?)-(\S+); the document has (.+) there \(the text is asked for, to check the "
         r"offsets\)",
         _t("no span text given for {0}-{1}; the document has {2} there (the text is asked for, to check the "
            "offsets)"), ()),
        (r"span text (.+) does not match the document at (\S+?)-(\S+) \((.+)\)",
         _t("span text {0} does not match the document at {1}-{2} ({3})"), ()),
        (r"value must be a JSON object, not (.+)", _t("value must be a JSON object, not {0}"), ()),
        (r"value cannot be stored as JSON \((.+)\)", _t("value cannot be stored as JSON ({0})"), ()),
        (r"(\w+) must be a string, not (\w+) (.*)", _t("{0} must be a string, not {1} {2}"), ()),
        (r"(\w+) holds a lone surrogate (.+) at position (\d+) \(broken UTF-16\), which cannot be stored",
         _t("{0} holds a lone surrogate {1} at position {2} (broken UTF-16), which cannot be stored"), ()),
        (r"confidence must be a number, not (.+)", _t("confidence must be a number, not {0}"), ()),
        (r"unknown status (.+) \(one of (.+)\)", _t("unknown status {0} (one of {1})"), ()),
        # the label editor
        (r"a label needs a name", _t("a label needs a name"), ()),
        (r"label (.+) exists already", _t("label {0} exists already"), ()),
        (r"labels (.+) and (.+) would both read (.+) in the Chinese window: choose another name; nothing was changed",
         _t("labels {0} and {1} would both read {2} in the Chinese window: choose another name; nothing was changed"),
         ()),
        (r"shortcut (.+) is taken by (.+) in (.+): choose another or clear (.+)'s first",
         _t("shortcut {0} is taken by {1} in {2}: choose another or clear {3}'s first"), ("", LABEL, "", LABEL)),
        (r"label (.+) was kept: ([\d,]+) span\(s\) in (.+) use it, ([\d,]+) of them rejected \(shown by View › "
         r"Show rejected spans\); relabel or delete those spans first, or rename the label instead",
         _t("label {0} was kept: {1} span(s) in {2} use it, {3} of them rejected (shown by View › Show rejected "
            "spans); relabel or delete those spans first, or rename the label instead"), (LABEL,)),
        (r"label (.+) was kept: ([\d,]+) span\(s\) in (.+) use it, ([\d,]+) of them rejected \(shown by View › "
         r"Show rejected spans\); relabel or delete those spans first",
         _t("label {0} was kept: {1} span(s) in {2} use it, {3} of them rejected (shown by View › Show rejected "
            "spans); relabel or delete those spans first"), (LABEL,)),
        (r"label (.+) was kept: ([\d,]+) span\(s\) in (.+) use it; relabel or delete those spans first, or rename "
         r"the label instead", _t("label {0} was kept: {1} span(s) in {2} use it; relabel or delete those spans "
                                  "first, or rename the label instead"), (LABEL,)),
        (r"label (.+) was kept: ([\d,]+) span\(s\) in (.+) use it; relabel or delete those spans first",
         _t("label {0} was kept: {1} span(s) in {2} use it; relabel or delete those spans first"), (LABEL,)),
        (r"label (.+) is no longer in the project", _t("label {0} is no longer in the project"), (LABEL,)),
        (r"(.+) is one of the schema's labels: its values, links and suggestions go by that name, so it keeps it "
         r"— its colour, key and description can be changed, and the window shows it in your language; nothing "
         r"was changed",
         _t("{0} is one of the schema's labels: its values, links and suggestions go by that name, so it keeps it "
            "— its colour, key and description can be changed, and the window shows it in your language; nothing "
            "was changed"), ()),
        # a label's guide
        (r"the guide of (.+) has ([\d,]+) characters; at most ([\d,]+) are kept",
         _t("the guide of {0} has {1} characters; at most {2} are kept"), (LABEL,)),
        (r"the guide of (.+) was changed in the meantime \(in another window or program\): Cancel shows it, then "
         r"Edit again",
         _t("the guide of {0} was changed in the meantime (in another window or program): Cancel shows it, then "
            "Edit again"), (LABEL,)),
        # adjudication (core/team/adjudication.py)
        (r"the layer " + QUOTED + r" in (.+) holds spans not written by adjudication \(a coder's, or imported under "
         r"that name\), which a decision would replace; name another gold layer \(default (.+)\)",
         _t("the layer {0} in {1} holds spans not written by adjudication (a coder's, or imported under that name), "
            "which a decision would replace; name another gold layer (default {2})"), ()),
    ]
