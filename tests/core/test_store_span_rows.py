"""Store.span_rows: the narrow rows the window reads are the spans' own columns, in text order,
and drawing plans the same pieces from them as from the spans whole."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.span_layout import SortedSpans, nest_lines, plan
from annotator.core.span_row import SpanRow, span_row, text_spans
from annotator.core.store import Store

LINE = "厦门市湖里区投资建设松元产业园，完成投资12.4亿元。\n"
TEXT = LINE * 5


def test_span_rows_are_the_spans_columns_in_text_order(tmp_path):
    with Store.create(tmp_path / "p") as store:
        doc_id = store.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT))).id
        pieces = [("DISTRICT", "湖里区"), ("PROJECT", "湖里区投资建设松元产业园"), ("AMOUNT", "12.4亿元")]  # a nest
        at = [(n * len(LINE) + LINE.index(p), label, p) for n in range(5) for label, p in pieces]
        spans = [Suggestion(start, start + len(p), label, p, origin="test", reason="r") for start, label, p in at]
        store.add_suggestions(doc_id, spans[::-1])  # stored out of text order
        ids = [a.id for a in store.annotations(doc_id)]
        store.set_status(ids[::3], "accepted", annotator="li")
        store.set_status(ids[1::5], "rejected")
        store.update_annotation(ids[2], value={"amount": 12.4, "unit": "亿元"})
        whole, rows = store.annotations(doc_id), store.span_rows(doc_id)
        assert len(rows) == 15 and rows == [span_row(a) for a in whole] and all(type(r) is SpanRow for r in rows)
        assert rows == sorted(rows)  # a row starts with its key: (start, end, id)
        assert [(r.id, r.start, r.end, r.label, r.status, r.origin, r.annotator, r.value) for r in rows] == [
            (a.id, a.start, a.end, a.label, a.status, a.origin, a.annotator, a.value) for a in whole]
        assert rows[2].value == {"amount": 12.4, "unit": "亿元"}
        assert all(r.value_json is None for r in rows if not r.value)  # an empty value is no text
        assert text_spans(rows, TEXT, "DISTRICT") == [
            (a.start, a.end, a.id, a.label, a.status, a.text, a.value) for a in whole if a.label == "DISTRICT"]
        live = [a for a in whole if a.status != "rejected"]
        from_rows = SortedSpans(r for r in rows if r.status != "rejected")
        from_whole = SortedSpans(live)
        for lo, hi in ((0, len(TEXT)), (5, 40), (30, 31)):
            assert plan(from_rows.overlapping(lo, hi), lo, hi) == plan(from_whole.overlapping(lo, hi), lo, hi)
            lines = nest_lines(from_rows.overlapping(lo, hi), lo, hi)
            assert lines == nest_lines(from_whole.overlapping(lo, hi), lo, hi) and (lines or hi - lo < 2)
        moved = span_row(live[0].with_(start=live[0].start + 1))
        from_rows.remove(span_row(live[0]))
        from_rows.add(moved)
        assert moved in from_rows.spans and span_row(live[0]) not in from_rows.spans
        assert store.span_rows(doc_id + 1) == []


def test_a_row_carries_a_suggesters_confidence_and_none_for_a_span_made_by_hand_or_imported(tmp_path):
    """The confidence a suggester or the model proposed with (accepted or not); a span made by hand,
    imported or adjudicated has none in its row, whatever its stored confidence, read either way."""
    with Store.create(tmp_path / "p") as store:
        doc_id = store.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT))).id
        store.add_suggestions(doc_id, [Suggestion(0, 3, "DISTRICT", "厦门市", confidence=0.95, origin="model"),
                                       Suggestion(3, 6, "DISTRICT", "湖里区", confidence=0.4, origin="gazetteer")])
        store.label_span(doc_id, 3, 6, "DISTRICT", annotator="li")  # the suggestion accepted: its confidence stays
        for n, origin in enumerate(("manual", "imported", "adjudicated")):
            start = len(LINE) * (n + 1)
            store.add_annotation(doc_id, start, start + 3, "DISTRICT", origin=origin, confidence=0.7)
        rows, whole = store.span_rows(doc_id), store.annotations(doc_id)
        assert [(r.origin, r.status, r.confidence) for r in rows] == [
            ("model", "suggested", 0.95), ("gazetteer", "accepted", 0.4),
            ("manual", "accepted", None), ("imported", "accepted", None), ("adjudicated", "accepted", None)]
        assert [a.confidence for a in whole][2:] == [0.7] * 3  # stored, and not shown
        assert rows == [span_row(a) for a in whole]  # an edit's row (from the span whole) says the same


def test_rows_read_again_while_nothing_was_written_are_not_read_and_any_write_reads_them_anew(tmp_path):
    """(A long report's 11,300 rows: 45-60 ms to read, each time its document was opened again.)"""
    from annotator.core.store.span_rows import SPAN_ROWS_SQL

    with Store.create(tmp_path / "p") as store:
        docs = [store.add_document(Document(None, f"{n}.txt", "", TEXT + str(n), sha256(TEXT + str(n)))).id
                for n in range(2)]
        for doc_id in docs:
            store.add_suggestions(doc_id, [Suggestion(n * len(LINE), n * len(LINE) + 3, "DISTRICT", "厦门市",
                                                      origin="test") for n in range(5)])
        reads: list[str] = []
        store.conn.set_trace_callback(lambda sql: reads.append(sql) if sql.startswith(SPAN_ROWS_SQL[:40]) else None)
        first = store.span_rows(docs[0])
        first.clear()  # the caller's own list
        again = store.span_rows(docs[0])
        assert len(reads) == 1 and len(again) == 5 and again == [span_row(a) for a in store.annotations(docs[0])]
        store.span_rows(docs[1])
        assert store.span_rows(docs[0]) == again and len(reads) == 2  # back from another document: kept
        store.set_status([again[0].id], "accepted", annotator="li")  # this connection writes
        assert store.span_rows(docs[0])[0].status == "accepted" and len(reads) == 3
        with Store.open(tmp_path / "p") as other:  # another connection (program) writes
            other.set_status([again[1].id], "rejected")
        assert store.span_rows(docs[0])[1].status == "rejected" and len(reads) == 4
        assert store.span_rows(docs[0]) == [span_row(a) for a in store.annotations(docs[0])] and len(reads) == 4
        try:
            with store.transaction():  # read inside a transaction rolled back: nothing of it kept
                store.set_status([again[2].id], "accepted", annotator="li")
                assert store.span_rows(docs[0])[2].status == "accepted"
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        assert store.span_rows(docs[0])[2].status == "suggested"
