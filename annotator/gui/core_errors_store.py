"""The core's error sentences of the project's store that the window shows rarely (another window or program
removed or changed what an edit needed, a link or a label's place refused, the model's settings, the files of
the project: a backup, its free space, a schema step, a network share), in the interface's language: rules of
:mod:`annotator.gui.core_errors`. They are checked against the core's source, not made by it one by one
(``tests/gui/test_core_messages_said.py`` reads every ``raise`` of annotator/core and finds each rule's
sentence among them), as the rules of :func:`annotator.gui.core_errors.rules` are.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_kinds import DISK, ERROR, LABEL, LINK, QUOTED, Rule


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)


def _gone() -> list[Rule]:
    """What an edit needed, removed or changed since it was read (core/store/documents.py, annotations.py,
    statuses.py, counts.py, texts.py, links.py, changes.py, guides.py)."""
    return [
        (r"no document with id (\S+)", _t("no document with id {0}"), ()),
        (r"document (\S+) is not in the project", _t("document {0} is not in the project"), ()),
        (r"no annotation with id (\S+) \(removed since it was read\?\)",
         _t("no annotation with id {0} (removed since it was read?)"), ()),
        (r"no link with id (\S+) \(removed since it was read\?\)", _t("no link with id {0} (removed since it was "
                                                                       "read?)"), ()),
        (r"no link with id (\S+)", _t("no link with id {0}"), ()),
        (r"the new spans' ids are not the ones expected: nothing was stored",
         _t("the new spans' ids are not the ones expected: nothing was stored"), ()),
        (r"cannot restore the annotation: it was changed in the meantime \((.+)\)",
         _t("cannot restore the annotation: it was changed in the meantime ({0})"), ()),
        (r"cannot restore the change: it was changed in the meantime \((.+)\)",
         _t("cannot restore the change: it was changed in the meantime ({0})"), ()),
        (r"cannot restore the link: the span has another one now \((.+)\)",
         _t("cannot restore the link: the span has another one now ({0})"), ()),
        (r"the guide of (.+) was changed in the meantime", _t("the guide of {0} was changed in the meantime"),
         (LABEL,)),
        (r"(.+): the sha256 given is not that of its text", _t("{0}: the sha256 given is not that of its text"), ()),
    ]


def _refused() -> list[Rule]:
    """A link, a label's place, a coder, an own copy or the model's settings refused (core/store/links.py,
    link_review.py, labels.py, coders.py, own_copies.py, model_settings.py, trained.py)."""
    return [
        (r"a link joins two spans of one document", _t("a link joins two spans of one document"), ()),
        (r"(\S+) " + QUOTED + r" cannot have a (\S+) link to a district by name",
         _t("{0} {1} cannot have a {2} link to a district by name"), (LABEL, "", LINK)),
        (r"(\S+) " + QUOTED + r" cannot have a (\S+) link to (\S+) (.+)",
         _t("{0} {1} cannot have a {2} link to {3} {4}"), (LABEL, "", LINK, LABEL)),
        (r"a district link without a span needs the district's name",
         _t("a district link without a span needs the district's name"), ()),
        (r"a suggested link is accepted or rejected, not (.+)", _t("a suggested link is accepted or rejected, not {0}"),
         ()),
        (r"label (.+) can go to a place from 1 to (\d+) in (.+), not (.+); nothing was changed",
         _t("label {0} can go to a place from 1 to {1} in {2}, not {3}; nothing was changed"), (LABEL,)),
        (r"unknown way a coder came in: (.+) \(one of (.+)\)", _t("unknown way a coder came in: {0} (one of {1})"), ()),
        (r"(.+?)'s (\S+) " + QUOTED + r" stays (.+?)'s, and your own copy of it cannot be made: (.+)",
         _t("{0}'s {1} {2} stays {3}'s, and your own copy of it cannot be made: {4}"), ("", LABEL, "", "", ERROR)),
        (r"unknown model (.+) \(one of (.+)\)", _t("unknown model {0} (one of {1})"), ()),
        (r"the minimum confidence is a probability from 0 to 1, not (.+)",
         _t("the minimum confidence is a probability from 0 to 1, not {0}"), ()),
        (r"train again after a whole number of accepted spans from 0 \(only when asked\) to ([\d,]+), not (.+)",
         _t("train again after a whole number of accepted spans from 0 (only when asked) to {0}, not {1}"), ()),
        (r"a model needs a name", _t("a model needs a name"), ()),
        (r"model (.+) is (\d+) bytes, more than (\d+) a project keeps",
         _t("model {0} is {1} bytes, more than {2} a project keeps"), ()),
    ]


def _files() -> list[Rule]:
    """The project's files: a backup asked for, its free space given back, a schema step, a network share, a full
    disk (core/store/__init__.py, space.py, upgrade.py, journal.py, disk.py)."""
    return [
        (r"(.+): no backup could be made \((.+)\)", _t("{0}: no backup could be made ({1})"), ("", DISK)),
        (r"(.+): could not give back the free space of the database \((.+)\); nothing was changed",
         _t("{0}: could not give back the free space of the database ({1}); nothing was changed"), ("", DISK)),
        (r"(.+): schema step (\d+) would break (\d+) reference\(s\) between tables; nothing was changed",
         _t("{0}: schema step {1} would break {2} reference(s) between tables; nothing was changed"), ()),
        (r"(.+): is on a network share \((.+)\), where annotator writes it with a rollback journal whatever it is "
         r"marked; give it the write-ahead log on the computer whose disk holds it — nothing was changed",
         _t("{0}: is on a network share ({1}), where annotator writes it with a rollback journal whatever it is "
            "marked; give it the write-ahead log on the computer whose disk holds it — nothing was changed"), ()),
        (r"(.+): the disk holding the project is full \(no free space\); nothing was saved",
         _t("{0}: the disk holding the project is full (no free space); nothing was saved"), ()),
    ]


def rules() -> list[Rule]:
    return _gone() + _refused() + _files()


def pieces() -> list[Rule]:
    """What is wrong with a project's tables (core/store/migrations.py shape_problem), why a backup is not usable
    (backup.py): the parentheses of a rule of :mod:`annotator.gui.core_errors_opening` or ``core_errors``."""
    return [
        (r"table (\S+) lacks (.+)", _t("table {0} lacks {1}"), ()),
        (r"table (\S+) exists although schema (\d+) has none", _t("table {0} exists although schema {1} has none"), ()),
        (r"the annotations table is not in the shape of schema 1",
         _t("the annotations table is not in the shape of schema 1"), ()),
        (r"annotation ids are not AUTOINCREMENT as in schema 2", _t("annotation ids are not AUTOINCREMENT as in schema "
                                                                    "2"), ()),
        (r"the search index of schema (\d+) is missing", _t("the search index of schema {0} is missing"), ()),
        (r"the file is empty", _t("the file is empty"), ()),
    ]
