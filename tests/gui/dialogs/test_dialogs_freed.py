"""Each dialog the window opens and closes, made without a parent (as the tests make them, and as a dialog
is that the window's close leaves behind), is freed when let go of: by its reference count alone, at once,
on the window's thread.

A dialog in a cycle with itself was not: a lambda holding it connected to one of its signals (the label
editor's buttons, the restore list's double click, the merge list's Remove, the unpack folder's box) is
held by Qt's connection, where Python's cycle collector does not see it, and the dialog was never freed;
a bound method kept on it (the new-project dialog's ``confirm``), or a child watching it that held it
(the coders' and the labels' watch of other programs' writes), made a cycle that the cycle collector
freed on whatever thread allocated at the moment: a worker's too, and a Qt object deleted there crashed
(the export dialog's ``pick_path`` did, in PySide6 6.10.0)."""
from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from dialog_helpers import add_doc
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from annotator.core.store import Store

TEXT = "集美区投资5亿元建设软件园，海沧区投资3亿元。"


def _team(store: Store) -> int:
    doc = add_doc(store, "a.txt", TEXT)
    for coder in ("li", "wang"):
        store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
        store.add_annotation(doc, 5, 8, "AMOUNT", value={"yuan": 5e8}, annotator=coder)
    return doc


def _export(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.export_dialog import ExportDialog

    return ExportDialog(store)


def _search(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.search_dialog import SearchDialog

    return SearchDialog(store)


def _labels(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.label_editor import LabelEditorDialog

    return LabelEditorDialog(store)


def _restore(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.restore_dialog import RestoreDialog

    return RestoreDialog(store.folder)


def _merge(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.merge_dialog import MergeDialog

    return MergeDialog()


def _new_project(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.new_project import NewProjectDialog

    return NewProjectDialog()


def _unpack(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.unpack_dialog import UnpackDialog

    return UnpackDialog(tmp / "li.zip", tmp / "li")


def _coders(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.coders_dialog import CodersDialog

    return CodersDialog(store, "li")


def _hand_out(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.hand_out import HandOutDialog

    return HandOutDialog({"all": 1, "shown": 0})


def _model_settings(store: Store, tmp: Path) -> QDialog:
    from annotator.core.store.model_settings import DEFAULTS
    from annotator.gui.dialogs.model_settings import ModelSettingsDialog

    return ModelSettingsDialog(DEFAULTS)


def _annotation_import(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.annotation_import_dialog import AnnotationImportDialog

    return AnnotationImportDialog([str(tmp / "spans.jsonl")], "li")


def _methods(store: Store, tmp: Path) -> QDialog:
    from annotator.gui.dialogs.methods_dialog import MethodsDialog

    return MethodsDialog("The project holds 1 document.")


def _agreement(store: Store, tmp: Path) -> QDialog:
    from annotator.core.team.agreement import project_agreement
    from annotator.gui.dialogs.agreement_dialog import AgreementDialog

    return AgreementDialog(project_agreement(store))


def _encoding(store: Store, tmp: Path) -> QDialog:
    from annotator.core.imports.readings import readings
    from annotator.gui.dialogs.encoding_dialog import EncodingDialog

    path = tmp / "w.txt"
    path.write_bytes(("Mitarbeiter für Straßenbau in Köln und Düsseldorf.\n" * 5).encode("cp1252"))
    return EncodingDialog(str(path), readings(path), read_as="cp1252")


def _link_chooser(store: Store, tmp: Path) -> QDialog:
    from annotator.core import links
    from annotator.gui.dialogs.link_chooser import LinkChoice, LinkChooser

    return LinkChooser("海沧区", [LinkChoice(links.DISTRICT, 1, "集美区", where="【集美区】投资5亿元")])


MADE: dict[str, Callable[[Store, Path], QDialog]] = {
    "export": _export, "search": _search, "labels": _labels, "restore": _restore, "merge": _merge,
    "new project": _new_project, "unpack": _unpack, "coders": _coders, "hand out": _hand_out,
    "model settings": _model_settings, "annotation import": _annotation_import, "methods": _methods,
    "agreement": _agreement, "encoding": _encoding, "link chooser": _link_chooser}


@pytest.fixture
def no_cycle_collector():
    gc.collect()
    gc.disable()
    yield
    gc.enable()


@pytest.mark.parametrize("name", list(MADE))
def test_a_dialog_without_a_parent_is_freed_by_its_reference_count_alone(name, store, tmp_path, qtbot,
                                                                         no_cycle_collector):
    _team(store)
    dialog = MADE[name](store, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.close()
    QCoreApplication.processEvents()
    freed = weakref.ref(dialog)
    del dialog
    kept = freed()
    if kept is not None:  # what holds it, for the message (it stays open no longer)
        holders = [type(r).__qualname__ + ":" + getattr(r, "__qualname__", "") for r in gc.get_referrers(kept)]
        kept.deleteLater()
        del kept
        pytest.fail(f"the {name} dialog is held by {holders}: in a cycle with itself")
