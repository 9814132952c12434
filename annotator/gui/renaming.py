"""*Project › Rename document…* (also in the document list's context menu): the name cell of the document
chosen in the list (else the open one) is edited in place — Qt's model/view way: the list model's name
column is editable (``DocumentListModel.setData``), its editor started only by this action (the list has no
edit triggers: a click opens a document, F2 is the form's note). ``Enter`` stores the name typed through
``Ops.rename_document`` (``Store.rename_document``): one undo step, said in the status bar ("Renamed a.txt
to b.txt"); ``Esc`` leaves the name as it was. A name refused (another document's, empty, holding a line
break) is said in the status bar and nothing changes. The name is what exports, gold files and ``--doc``
use (``annotator rename P OLD NEW``); its spans, links and file (*Import again*) stay. The undo steps made
before a rename (a done mark names its document) name the document as it is named now, also after a rename by
another program the window's look read.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QTimer

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

SHOWN_MS = 10000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Renaming", text)


def attach(window: MainWindow) -> None:
    """The list's name cells become editable, their names stored through :func:`rename`; the window's title
    and the Undo / Redo texts follow the documents' names (a rename, its undo, another program's read by Ctrl+R)."""
    from annotator.gui.models.document_list import NAME

    model = window.doc_model
    model.rename = lambda doc_id, name: rename(window, doc_id, name)

    def retitle(*_args: object) -> None:
        name = model.name_of(window.doc_id)
        if name and not window.windowTitle().startswith(f"{name} — "):
            window._update_title()

    def steps_renamed() -> None:
        from annotator.gui.undo import retitle as name_steps_again

        if window.undo_stack.count() and hasattr(window, "window_actions"):
            name_steps_again(window.undo_stack, model.name_of)
            window.window_actions.name_steps()

    def names_changed(first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        retitle()
        if first.column() <= NAME <= last.column():  # not the counts an edit changed
            steps_renamed()

    model.dataChanged.connect(names_changed)
    model.modelReset.connect(retitle)
    model.modelReset.connect(steps_renamed)


def start(window: MainWindow) -> None:
    """The chosen document's name cell opens for typing, its name selected."""
    from annotator.gui.models.document_list import NAME

    if window.store is None:
        return
    chosen = window.commands.io.selected_documents()
    if len(chosen) != 1:
        window.statusBar().showMessage(_tr("Choose one document in the list to rename it."), SHOWN_MS)
        return
    panel, model = window.panel, window.doc_model
    row = model.row_of(chosen[0])
    index = panel.proxy.mapFromSource(model.index(row, NAME)) if row >= 0 else None
    if index is None or not index.isValid():  # hidden by the list's filter
        window.statusBar().showMessage(_tr("The list's filter hides the document “{0}”: clear it to rename the "
                                           "document.").format(model.name_of(chosen[0])), SHOWN_MS)
        return
    panel.view.scrollTo(index)
    edit = QPersistentModelIndex(index)  # started once the context menu that asked for it has closed
    QTimer.singleShot(0, lambda: edit.isValid() and (panel.view.setFocus(), panel.view.edit(QModelIndex(edit))))


def rename(window: MainWindow, doc_id: int, name: str) -> bool:
    """Document ``doc_id`` named ``name`` (one undo step), said in the status bar; a refusal said there
    instead. Whether the name is stored (also when it was the name already)."""
    if window.ops is None:
        return False
    with window.ops.quietly():  # a name taken: the status bar says so, no dialog over the list
        step = window.ops.rename_document(doc_id, name)
    if step is None:
        return False
    for change in step.name_changes:
        window.statusBar().showMessage(_tr("Renamed {0} to {1}").format(change.before, change.after), SHOWN_MS)
    return True
