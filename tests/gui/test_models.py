"""The Qt models pass pytest-qt's model tester, before and after edits; offsets."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.span_row import span_row
from annotator.core.store import Store
from annotator.gui.models.annotation_table import (
    CONFIDENCE,
    END,
    LABEL,
    ORIGIN,
    START,
    STATUS,
    TEXT,
    AnnotationFilterProxy,
    AnnotationTableModel,
)
from annotator.gui.models.document_filter import DocumentFilterProxy
from annotator.gui.models.document_list import DONE, DocumentListModel
from annotator.gui.offsets import OffsetMap


def test_document_list_model(qtmodeltester, project):
    with Store.open(project) as store:
        model = DocumentListModel(store, set_done=lambda i, done: store.set_document_done(i, done) is not None)
        qtmodeltester.check(model)
        assert model.setData(model.index(1, DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        assert store.document(model.document(1).id).done
        proxy = DocumentFilterProxy()
        proxy.setSourceModel(model)
        proxy.set_open_only(True)
        qtmodeltester.check(proxy)
        assert proxy.rowCount() == 2
        proxy.set_text("展望")
        assert proxy.rowCount() == 0
        changeset = store.set_status([a.id for a in store.annotations(model.document(0).id)], "accepted")
        model.apply(changeset)
        assert model.counts(model.document(0).id) == {"accepted": 3, "suggested": 0, "rejected": 0}
        assert model.counts(model.document(0).id) == store.document_counts()[model.document(0).id]
        qtmodeltester.check(model)


def test_a_span_added_repaints_only_the_counts_of_its_document(project):
    from annotator.gui.models.document_list import ACCEPTED, OPEN
    with Store.open(project) as store:
        model = DocumentListModel(store)
        doc_id = model.document(0).id
        seen = []
        model.dataChanged.connect(lambda top, bottom, *_: seen.append((top.row(), top.column(), bottom.column())))
        model.apply(store.add_annotation(doc_id, 3, 6, "DISTRICT"))
        assert seen == [(0, ACCEPTED, OPEN)]
        assert model.index(0, ACCEPTED).data() == store.document_counts()[doc_id]["accepted"]


def test_annotation_table_model_follows_changesets(qtmodeltester, project):
    with Store.open(project) as store:
        doc_id = store.documents()[0].id
        model = AnnotationTableModel()
        model.set_annotations(doc_id, store.annotations(doc_id))
        proxy = AnnotationFilterProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(model)
        qtmodeltester.check(proxy)
        added = store.add_annotation(doc_id, 3, 6, "DISTRICT")
        model.apply(added)
        rejected = store.set_status([model.row(0).id], "rejected")
        model.apply(rejected)
        assert [a.id for a in model.annotations()] == [a.id for a in store.annotations(doc_id)]
        assert proxy.rowCount() == model.rowCount() - 1
        proxy.set_show_rejected(True)
        assert proxy.rowCount() == model.rowCount()
        proxy.sort(START, Qt.SortOrder.DescendingOrder)
        assert proxy.index(0, 1).data() == "松元产业园"
        model.apply(store.delete_annotations([added.changes[0].after.id]))
        assert model.row_of(added.changes[0].after.id) == -1
        qtmodeltester.check(proxy)



SORTS = [None, (LABEL, False), (TEXT, True), (STATUS, False), (START, True), (END, False), (ORIGIN, True),
         (CONFIDENCE, False), (CONFIDENCE, True)]


@pytest.mark.parametrize("sort", SORTS)
def test_annotation_table_keeps_its_order_through_random_edits(tmp_path, sort):
    """Adds, moves (a boundary changed), relabels, status changes, removals and their undoing,
    in random order, unsorted or sorted by a column either way: the rows stay the store's, in
    text order or by that column (ties in text order), and every id finds its row."""
    import random

    from annotator.core.errors import ValidationError
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    text = "厦门市湖里区投资建设松元产业园" * 40
    rnd = random.Random(7)
    scored = random.Random(8)  # some spans the model's, with a confidence (ties too); the rest by hand
    with Store.create(tmp_path / "p") as store:
        doc_id = store.add_document(Document(None, "a.txt", "t", text, sha256(text))).id
        model = AnnotationTableModel()
        model.set_rows(doc_id, store.span_rows(doc_id), text, store)  # as the window reads them
        if sort is not None:
            model.sort(sort[0], Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder)

        def expected(spans):
            if sort is None:
                return spans
            column, descending = sort
            if column == CONFIDENCE:  # those without one (made by hand) last, either way round
                sign = -1 if descending else 1  # a manual span's confidence (stored) means nothing
                return sorted(spans, key=lambda a: (a.origin == "manual",
                                                    0 if a.origin == "manual" else sign * a.confidence))
            return sorted(spans, key=lambda a: model._sort_value(span_row(a), column), reverse=descending)
        done = []
        for _ in range(300):
            rows = model.rows()
            kind = rnd.random()
            try:
                if kind < 0.15 and done:  # undo the last edit
                    last = done.pop()
                    store.revert(last)
                    changeset = last.inverse()
                else:
                    if kind < 0.5 or not rows:
                        start = rnd.randrange(len(text) - 4)
                        origin = scored.choice(["manual", "model"])
                        changeset = store.add_annotation(doc_id, start, start + rnd.randint(1, 4), "DISTRICT",
                                                         origin=origin, confidence=scored.choice([0.3, 0.5, 0.9]))
                    elif kind < 0.7:  # a boundary moved
                        a = rnd.choice(rows)
                        changeset = store.update_annotation(a.id, start=max(0, a.start - rnd.randint(1, 3)))
                    elif kind < 0.8:  # relabelled, or its status changed
                        a = rnd.choice(rows)
                        changeset = (store.update_annotation(a.id, label=rnd.choice(["PROJECT", "AMOUNT"]))
                                     if rnd.random() < 0.5 else store.set_status([a.id], "suggested"))
                    else:
                        changeset = store.delete_annotations([rnd.choice(rows).id])
                    done.append(changeset)
            except ValidationError:  # an overlap: refused, nothing changed
                continue
            model.apply(changeset)
            stored = store.annotations(doc_id)
            assert [(a.id, a.start, a.end) for a in model.annotations()] == [(a.id, a.start, a.end) for a in stored]
            shown = [model.row(row) for row in range(model.rowCount())]
            assert [(a.id, a.label, a.status, a.start, a.confidence) for a in shown] == [
                (a.id, a.label, a.status, a.start, None if a.origin == "manual" else a.confidence)
                for a in expected(stored)]
            assert all(model.row_of(a.id) == row for row, a in enumerate(shown))
        assert len(stored) > 20


def test_offsets_round_trip_around_astral_characters():
    text = "😀海沧区𠀀溪镇𠀁完成\U0010ffff𠀋😀\uffff末𠮷"  # first, side by side, the plane's edges, last
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        qt = len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_qt(cp) == qt and m.to_cp(qt) == cp
    assert OffsetMap("湖里区").identity


def test_deferred_formatting_of_a_long_document_finishes(window, qtbot, agree):
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document, Suggestion

    sentence = "集美区新增投资12亿元建设软件园三期。\n"
    text = sentence * 2000
    doc_id = window.store.add_document(Document(None, "long.txt", "long", text, sha256=sha256(text))).id
    window.store.add_suggestions(doc_id, [Suggestion(i * len(sentence), i * len(sentence) + 3, "DISTRICT", "集美区")
                                          for i in range(2000)])
    window.doc_model.reload()
    window.open_document(doc_id)
    assert window.text_view.is_formatting()
    qtbot.waitUntil(lambda: not window.text_view.is_formatting(), timeout=5000)
    agree(window)


@pytest.mark.parametrize("column,descending", [(3, True), (1, False), (5, True), (4, False), (0, True)])
def test_document_list_sorts_itself_and_keeps_the_order_through_edits(qtmodeltester, tmp_path, column, descending):
    """Sorted by a column (spans, title, done, open, name), the list moves a row when its counts,
    done mark or title change, and equals a fresh sort of what the store holds (ties by id)."""
    import random

    from annotator.core.errors import ValidationError
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document
    from annotator.gui.models.document_list import COLUMNS

    rnd = random.Random(column)
    with Store.create(tmp_path / "p") as store:
        ids = [store.add_document(Document(None, f"d{n:02d}.txt", f"标题{n % 7}", f"湖里区{n}" * 3,
                                           sha256(f"湖里区{n}" * 3))).id for n in range(30)]
        model = DocumentListModel(store, set_done=lambda i, done: store.set_document_done(i, done) is not None)
        proxy = DocumentFilterProxy()
        proxy.setSourceModel(model)
        proxy.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        assert proxy.sortColumn() == -1  # the model sorted itself
        qtmodeltester.check(model)

        def expected():
            counts = store.document_counts()
            values = {e.id: (e.name.casefold(), e.title.casefold(), e.date, counts.get(e.id, {}).get("accepted", 0),
                             counts.get(e.id, {}).get("suggested", 0), int(e.done)) for e in store.document_entries()}
            assert len(values[ids[0]]) == COLUMNS
            by_id = sorted(values)
            return sorted(by_id, key=lambda i: values[i][column], reverse=descending)

        for _ in range(60):
            doc_id = rnd.choice(ids)
            kind = rnd.random()
            if kind < 0.4:
                at = rnd.randrange(0, 9)
                try:
                    changeset = store.add_annotation(doc_id, at, at + 1, "DISTRICT",
                                                     status=rnd.choice(["accepted", "suggested"]))
                except ValidationError:  # an overlap: nothing changed
                    continue
            elif kind < 0.7:
                changeset = store.set_document_done(doc_id, rnd.random() < 0.5)
            else:
                changeset = store.set_document_metadata(doc_id, "title", rnd.choice(["", "甲", "乙", "标题9"]))
            model.apply(changeset)
            assert model.doc_ids() == expected()
            assert all(model.row_of(i) == row for row, i in enumerate(model.doc_ids()))
        assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
            model.document(model.row_of(i)).name for i in model.doc_ids()]
        qtmodeltester.check(model)
        qtmodeltester.check(proxy)
