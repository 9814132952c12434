"""Edits of two programs on one annotation: nothing one of them saved is silently overwritten."""
from __future__ import annotations

import threading

import pytest

from annotator.core.store import Store

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def project(make_project):
    return make_project(TEXT, spans=[("a.txt", 3, 6, "DISTRICT", {"status": "suggested"})])


def test_an_edit_waiting_for_the_lock_does_not_overwrite_what_the_holder_saved(project):
    window, other = Store.open(project), Store.open(project, busy_timeout_ms=20_000)
    (ann,) = window.annotations()
    # the other program takes the write lock and changes the status ...
    other.conn.execute("BEGIN IMMEDIATE")
    other.conn.execute("UPDATE annotations SET status = 'accepted', note = 'checked' WHERE id = ?", (ann.id,))
    # ... while the window edits the value of the same annotation and waits for the lock
    done = threading.Event()
    result = {}

    def edit() -> None:
        result["cs"] = window.update_annotation(ann.id, value={"code": "350206"})
        done.set()

    thread = threading.Thread(target=edit)
    thread.start()
    assert not done.wait(0.2)  # it is waiting for the lock
    other.conn.execute("COMMIT")
    thread.join(30)
    assert done.is_set()
    after = other.annotation(ann.id)
    assert after.value == {"code": "350206"}
    assert after.status == "accepted" and after.note == "checked"  # the other program's save stays
    # the change set holds what the window found inside its write, so undo restores just that
    (change,) = result["cs"].changes
    assert change.before.status == "accepted"
    window.revert(result["cs"])
    assert other.annotation(ann.id).value == {} and other.annotation(ann.id).status == "accepted"
    window.close()
    other.close()


def test_undo_writes_only_what_the_edit_changed(project):
    with Store.open(project) as a, Store.open(project) as b:
        (ann,) = a.annotations()
        accept = a.set_status([ann.id], "accepted")
        b.update_annotation(ann.id, note="seen by b")  # another program, after the accept
        a.revert(accept)
        back = b.annotation(ann.id)
        assert back.status == "suggested" and back.note == "seen by b"


def test_undo_of_an_accept_after_the_label_was_renamed(project):
    with Store.open(project) as store:
        store.add_label("PLACE")  # a label the project added: the schema's keep their names
        ann = store.add_annotation(store.documents()[0].id, 0, 3, "PLACE", status="suggested").changes[0].after
        accept = store.set_status([ann.id], "accepted")
        store.update_label("PLACE", new_name="SITE")
        store.revert(accept)
        back = store.annotation(ann.id)
        assert back.status == "suggested" and back.label == "SITE"
        store.reapply(accept)
        assert store.annotation(ann.id).status == "accepted"


def test_add_annotations_is_all_or_none_or_reports_each_refusal(project):
    from annotator.core.errors import ValidationError
    from annotator.core.models import Annotation

    with Store.open(project) as store:
        doc = store.documents()[0].id
        good = Annotation(None, doc, 14, 19, "PROJECT", TEXT[14:19])
        overlapping = Annotation(None, doc, 4, 7, "DISTRICT", TEXT[4:7])
        wrong_text = Annotation(None, doc, 0, 3, "DISTRICT", "湖里区")
        with pytest.raises(ValidationError, match="overlaps"):
            store.add_annotations(doc, [good, overlapping])
        assert len(store.annotations()) == 1
        refused = []
        cs = store.add_annotations(doc, [good, overlapping, wrong_text],
                                   on_invalid=lambda a, e: refused.append((a.text, str(e))))
        assert [c.after.text for c in cs.changes] == [TEXT[14:19]]
        assert [t for t, _ in refused] == [TEXT[4:7], "湖里区"]
        assert len(store.annotations()) == 2


def test_a_label_no_annotation_uses_can_be_deleted(project):
    from annotator.core.errors import ValidationError

    with Store.open(project) as store:
        store.add_label("PLACE", "#123456", "5")
        assert store.delete_label("PLACE").label_changes[0].before.shortcut == "5"
        assert "PLACE" not in store.label_names()
        with pytest.raises(ValidationError, match=r"was kept: 1 span\(s\)"):
            store.delete_label("DISTRICT")
        assert "DISTRICT" in store.label_names()
