"""Two windows typing in the same span's form: an edit is typed over the span as its window showed
it (``expected``), so what the other saved meanwhile is kept — a value's other keys — and the same
field changed in both to different things is refused with one sentence naming both, never lost
without a word."""
from __future__ import annotations

import pytest

from annotator.core.errors import ValidationError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。"


@pytest.fixture
def two(tmp_path):
    with Store.create(tmp_path / "p") as s:
        doc = s.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
        s.add_annotation(doc.id, 0, 3, "DISTRICT")
        (span,) = s.annotations()
    first, second = Store.open(tmp_path / "p"), Store.open(tmp_path / "p")
    yield first, second, span.id
    first.close()
    second.close()


def test_the_same_note_typed_in_two_windows_is_a_clear_conflict(two):
    first, second, span = two
    shown = second.annotation(span)  # the second window's form shows the span
    first.update_annotation(span, note="checked by li", expected={"note": ""})
    with pytest.raises(ValidationError, match=r"DISTRICT '厦门市': its note was changed meanwhile in another window "
                                              r"or program to 'checked by li', so yours, 'wang: ok', was not saved"):
        second.update_annotation(span, note="wang: ok", expected={"note": shown.note})
    assert first.annotation(span).note == "checked by li"


def test_different_keys_of_a_value_typed_in_two_windows_are_both_kept(two):
    first, second, span = two
    shown = second.annotation(span)
    first.update_annotation(span, value={"code": "350200"}, expected={"value": shown.value})
    second.update_annotation(span, value={"name": "厦门市"}, expected={"value": shown.value})
    assert first.annotation(span).value == {"code": "350200", "name": "厦门市"}


def test_the_same_key_given_two_values_is_refused(two):
    first, second, span = two
    shown = second.annotation(span)
    first.update_annotation(span, value={"code": "350200"}, expected={"value": shown.value})
    with pytest.raises(ValidationError, match="its value's code was changed meanwhile"):
        second.update_annotation(span, value={"code": "350203"}, expected={"value": shown.value})
    assert first.annotation(span).value == {"code": "350200"}


def test_an_edit_of_a_field_nobody_else_changed_is_written(two):
    first, second, span = two
    shown = second.annotation(span)
    first.update_annotation(span, note="li", expected={"note": ""})  # another field
    second.update_annotation(span, value={"code": "350200"}, expected={"value": shown.value})
    second.update_annotation(span, note="li", expected={"note": ""})  # the same text as saved: no conflict
    assert first.annotation(span).note == "li" and first.annotation(span).value == {"code": "350200"}
