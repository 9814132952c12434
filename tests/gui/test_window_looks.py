"""What a visual pass over the window and its dialogs (English and Chinese; 1024×768, 1366×768 and
twice the pixels) found wrong to the eye, each checked as the user would see it."""
from __future__ import annotations

from annotator.gui.dialogs.export_dialog import ExportDialog


def test_the_export_dialog_shows_the_four_labels_whole_beside_two_coders(window, store, qtbot):
    """The labels' list had a height cap only, and the dialog opened below its size hint: four labels
    showed three and a half under a scroll bar while the coders' list below kept empty room."""
    doc = window.doc_id or store.document_id_by_name("a.txt")
    for coder in ("ann", "bo"):
        store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    dialog = ExportDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = dialog.labels
    assert labels.count() == 4 and dialog.annotators.isVisible()
    assert dialog.sizeHint().height() <= dialog.height()  # nothing squeezed at the size it opens at
    assert not labels.verticalScrollBar().isVisible()
    assert labels.visualItemRect(labels.item(3)).bottom() < labels.viewport().height()
    coders = dialog.annotators
    assert coders.visualItemRect(coders.item(coders.count() - 1)).bottom() < coders.viewport().height()
