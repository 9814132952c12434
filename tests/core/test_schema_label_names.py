"""The schema's labels keep their names: their value fields, link rules, suggestions and exports
go by them, so ``Store.update_label`` refuses to rename one (its colour, key and description can
be changed); a label the project added can still be renamed, to any free name."""
from __future__ import annotations

from dataclasses import replace

import pytest

from annotator.core import labels as schema
from annotator.core.errors import ValidationError
from annotator.core.models import ChangeSet, LabelChange

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园，新增企业20家。"
SPANS = [("a.txt", 3, 6, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 8, 14, "AMOUNT", {"value": {"yuan": 5510000000}}),
         ("a.txt", 16, 21, "PROJECT"),
         ("a.txt", 23, 28, "TARGET")]


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT, spans=SPANS))


def everything(store):
    return store.labels(), store.annotations(), store.links(), store.label_guides()


@pytest.mark.parametrize("name", [s.name for s in schema.defaults()])
def test_a_schema_label_keeps_its_name_its_colour_key_and_description_change(store, name):
    store.set_label_guide(name, "what the guide says")
    before = everything(store)
    for new_name in ("PLACE", name.lower(), f"{name}X", "CUSTOM"):
        refusal = f"^{name} is one of the schema's labels: .*so it keeps it"
        with pytest.raises(ValidationError, match=refusal) as refused:
            store.update_label(name, new_name=new_name)
        assert "colour, key and description can be changed" in str(refused.value)
        assert str(refused.value).endswith("nothing was changed")
        with pytest.raises(ValidationError, match="schema's labels"):  # a rename with other edits: none made
            store.update_label(name, new_name=new_name, color="#000000", shortcut="9", description="x")
        assert everything(store) == before
    assert store.update_label(name, new_name=f"  {name} ") == ChangeSet()  # its own name: no rename

    label, spans = store.label(name), store.annotations()
    step = store.update_label(name, new_name=name, color="#123456", shortcut="9", description="in my words")
    (change,) = step.label_changes
    assert change.renamed is None and store.label(name) == replace(
        label, color="#123456", shortcut="9", description="in my words")
    assert store.annotations() == spans and store.label_guide(name) == "what the guide says"
    store.revert(step)
    assert everything(store) == before
    store.reapply(step)
    assert store.label(name).color == "#123456"
    store.revert(step)

    # a rename an older version recorded (a project's history may hold one) is undone and redone
    recorded = ChangeSet((LabelChange(label, replace(label, name="PLACE")),), f"rename label {name} to PLACE")
    store.reapply(recorded)
    assert "PLACE" in store.label_names() and name not in store.label_names()
    assert [a.label for a in store.annotations()] == [a.label if a.label != name else "PLACE" for a in spans]
    store.revert(recorded)
    assert everything(store) == before


def test_the_rename_that_broke_undo_of_a_delete_is_refused(store):
    """QA: an AMOUNT linked to its DISTRICT, AMOUNT renamed AMOUNTX, the AMOUNT deleted: its undo
    failed ("AMOUNTX '55.1亿元' cannot have a district link") and the span was lost."""
    district, amount = (next(a for a in store.annotations() if a.label == n) for n in ("DISTRICT", "AMOUNT"))
    store.add_link(amount.id, "district", district.id)
    with pytest.raises(ValidationError, match="AMOUNT is one of the schema's labels"):
        store.update_label("AMOUNT", new_name="AMOUNTX")
    assert "AMOUNTX" not in store.label_names() and store.annotation(amount.id) == amount
    links = store.links()
    delete = store.delete_annotation(amount.id)
    store.revert(delete)
    assert store.annotation(amount.id) == amount and store.links() == links
    assert store.annotation(amount.id).value == {"yuan": 5510000000}  # its value fields still apply

    # a label the project added is still renamed, its spans with it, and their delete undone
    store.add_label("SECTOR", "#abcdef", "5", "an industry")
    sector = store.add_annotation(store.documents()[0].id, 0, 3, "SECTOR", note="a city").changes[0].after
    rename = store.update_label("SECTOR", new_name="INDUSTRY")
    assert rename.label_changes[0].renamed == ("SECTOR", "INDUSTRY")
    renamed = store.annotation(sector.id)
    assert renamed.label == "INDUSTRY" and renamed.note == "a city"
    delete = store.delete_annotation(sector.id)
    store.revert(delete)
    assert store.annotation(sector.id) == renamed
    store.revert(rename)
    assert store.annotation(sector.id).label == "SECTOR" and "INDUSTRY" not in store.label_names()


def test_a_label_the_project_added_may_take_a_schema_name_the_project_no_longer_has(store):
    store.add_label("GOAL")
    goal = store.add_annotation(store.documents()[0].id, 0, 3, "GOAL").changes[0].after
    with pytest.raises(ValidationError, match="label TARGET exists already"):
        store.update_label("GOAL", new_name="TARGET")
    target = next(a for a in store.annotations() if a.label == "TARGET")
    store.delete_annotation(target.id)
    store.delete_label("TARGET")
    store.update_label("GOAL", new_name="TARGET")  # it now has the schema's meaning, and keeps it
    assert store.annotation(goal.id).label == "TARGET"
    with pytest.raises(ValidationError, match="TARGET is one of the schema's labels"):
        store.update_label("TARGET", new_name="GOAL")
