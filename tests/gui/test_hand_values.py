"""A span labelled by hand takes its label's value as a suggestion of it would (a district's code,
an amount's yuan, a target's quantity), computed on its paragraph so that a key stays fast in a long
document; labelling exactly an open suggestion accepts it with the value it has."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text, type_chinese

Ctrl = Qt.KeyboardModifier.ControlModifier
TEXT = "厦门市湖里区计划投资55.1亿元，力争新增80家国家级高新技术企业。\n"


def label(qtbot, view, text, piece, key):
    start = text.index(piece)
    view.select_range(start, start + len(piece))
    qtbot.keyClick(view, key)


def test_spans_labelled_by_hand_get_their_values(window, store, qtbot, agree):
    doc = open_text(window, store, qtbot, TEXT)
    view = window.text_view
    label(qtbot, view, TEXT, "湖里区", Qt.Key.Key_1)
    label(qtbot, view, TEXT, "55.1亿元", Qt.Key.Key_3)
    label(qtbot, view, TEXT, "力争新增80家国家级高新技术企业", Qt.Key.Key_4)
    values = {a.label: a.value for a in store.annotations(doc)}
    assert values["DISTRICT"]["code"] == "350206"
    assert values["AMOUNT"]["yuan"] == 5_510_000_000
    assert (values["TARGET"]["quantity"], values["TARGET"]["unit"]) == (80, "家")
    assert window.form.annotation().value == values["TARGET"]  # the form shows it at once
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # one step each: undo takes the span away, value and all
    assert {a.label for a in store.annotations(doc)} == {"DISTRICT", "AMOUNT"}


def test_labelling_an_open_suggestion_keeps_the_value_it_has(window, store, qtbot, agree):
    doc = open_text(window, store, qtbot, TEXT)
    start = TEXT.index("55.1亿元")  # a value someone corrected, that the model learned
    store.add_annotation(doc, start, start + 6, "AMOUNT", status="suggested", origin="learned",
                         value={"yuan": 5_510_000_001})
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    label(qtbot, window.text_view, TEXT, "55.1亿元", Qt.Key.Key_3)
    (a,) = store.annotations(doc)
    assert (a.status, a.value) == ("accepted", {"yuan": 5_510_000_001})
    agree(window)


def test_a_value_is_computed_on_the_paragraph_only(window, store, qtbot, monkeypatch):
    """In a long document a label key or a relabel reads the span's paragraph, not the whole text
    (the whole of 400,000 characters took about a second a key)."""
    from annotator.core.suggest import values

    filler = "第一段没有地名也没有金额。\n" * 3000
    text = filler + TEXT + filler
    doc = open_text(window, store, qtbot, text)
    view = window.text_view
    view.centre(len(filler))
    read = []
    real = values.get_suggester

    def spy(name):
        suggester = real(name)

        class Spy:
            labels = suggester.labels

            def suggest(self, t):
                read.append(len(t))
                return suggester.suggest(t)

            def __getattr__(self, attr):
                return getattr(suggester, attr)
        return Spy()

    monkeypatch.setattr(values, "get_suggester", spy)
    label(qtbot, view, text, "55.1亿元", Qt.Key.Key_3)
    qtbot.keyClick(view, Qt.Key.Key_4)  # relabelled TARGET: its value computed anew
    (a,) = store.annotations(doc)
    assert (a.label, a.value["quantity"]) == ("TARGET", 55.1)
    assert read and max(read) <= len(TEXT)


def test_a_sum_shows_grouped_and_is_typed_as_a_reader_writes_it(window, store, qtbot):
    """The form shows 5,510,000,000 (zeros not to be counted) and takes 55.1亿, 4,251万元 or
    full-width digits as typed; a fraction of a yuan is refused, the stored value kept."""
    doc = open_text(window, store, qtbot, TEXT)
    label(qtbot, window.text_view, TEXT, "55.1亿元", Qt.Key.Key_3)
    yuan = window.form._value_edits["yuan"]
    assert yuan.text() == "5,510,000,000"
    for typed, stored in (("55.2亿", 5_520_000_000), ("4,251万元", 42_510_000), ("１２００", 1200)):
        yuan.setFocus()
        yuan.selectAll()
        type_chinese(yuan, typed)
        qtbot.keyClick(yuan, Qt.Key.Key_Return)
        (a,) = [a for a in store.annotations(doc) if a.label == "AMOUNT"]
        assert a.value["yuan"] == stored, typed
    yuan.selectAll()
    qtbot.keyClicks(yuan, "0.5")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    (a,) = [a for a in store.annotations(doc) if a.label == "AMOUNT"]
    assert a.value["yuan"] == 1200 and yuan.styleSheet()  # refused, marked
