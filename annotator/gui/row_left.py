"""A span whose row leaves the annotation table while it stays selected (X or A on a row of a table
filtered to suggestions only, X with rejected spans hidden, a relabel out of the label filtered for):
the row that takes its place is selected, its span shown in the form and the article, as a review
goes on to the next suggestion. The form and the article kept the span no row showed, and a Delete
next deleted it, rejected, unseen. N and P pressed next go on from the span decided, not from the
row selected in its place (N would have passed over that row's suggestion). A filter set so that it hides
the selected span (a box or the text above the table, View › Show rejected spans unticked) selects none:
the span stayed in the form and the article, and Delete deleted it unseen."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.core.models import Annotation
    from annotator.gui.main_window import MainWindow


def select_next(w: MainWindow, after: int, scroll: bool) -> None:
    """Select ``after``, the span of the row that took the place of the selected span's (the article
    scrolled to it when it is not on screen: the keys act on what the user sees)."""
    left = w.selected_id
    a = w.ann_model.by_id(after)
    on_screen = a is not None and w.text_view.is_on_screen(a.start, a.end)
    w.select_annotation(after, scroll=scroll or not on_screen)
    if left is not None and w.selected_id == after:
        w.table.left_from = (left, after)


def going_on_from(w: MainWindow) -> Annotation | None:
    """The span N and P go on from: the selected one, or the span decided when the selected one's row
    took its row's place (X then N selected the suggestion after the one X selected)."""
    left = w.table.left_from
    if left is not None and left[1] == w.selected_id and (decided := w.ann_model.by_id(left[0])) is not None:
        return decided
    return w.ann_model.by_id(w.selected_id) if w.selected_id is not None else None



def follow(w: MainWindow) -> None:
    """The table's current row selects its span, when the user or the window moves it; when a filter of the
    table is set, the selected span stays selected where its row is still shown, else none is."""
    table_row_changed = w._table_row_changed  # noqa: SLF001 (the window's own handler, connected here)
    w.table.selectionModel().currentRowChanged.connect(
        lambda current, previous: None if w.ann_proxy.changing else table_row_changed(current, previous))
    w.ann_proxy.filter_set.connect(lambda: _shown_or_none(w))



def _shown_or_none(w: MainWindow) -> None:
    """The selected span again (its row made current anew), or none where the filter hides its row; a span
    so hidden is selected again when a filter shows it again before another is selected (the arrows run
    through the label box's labels: each is a filter set)."""
    selected = w.selected_id if w.selected_id is not None else w.table.filtered_out
    row = w.ann_model.row_of(selected) if selected is not None else -1
    if row < 0:
        return
    shown = w.ann_proxy.mapFromSource(w.ann_model.index(row, 0)).isValid()
    w.table.filtered_out = None if shown else selected
    if shown and selected == w.selected_id:  # still selected: its row made current again (Qt's moved)
        w.table.select_source_row(row)
    elif shown or w.selected_id is not None:
        w.select_annotation(selected if shown else None, scroll=False)
