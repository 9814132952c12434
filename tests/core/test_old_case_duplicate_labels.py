"""A project an older annotator made may hold two labels one name apart in case (policy beside POLICY),
which the project now refuses to make. Its labels' edits are undone as any others: undo of policy's
delete, or of its rename, failed ('label POLICY exists already'), the label and its guide gone."""
from __future__ import annotations

import sqlite3

import pytest

from annotator.core.errors import ValidationError
from annotator.core.store import Store
from annotator.paths import DB_FILENAME


@pytest.fixture
def store(make_project, open_store):
    folder = make_project()
    with Store.open(folder) as store:
        store.add_label("POLICY", "#7b4ea3", "5")
    with sqlite3.connect(folder / DB_FILENAME) as conn:  # as an older annotator let it be added
        conn.execute("INSERT INTO labels(name, color, shortcut, description, position) "
                     "VALUES ('policy', '#123456', '6', 'local policies', 5)")
    conn.close()
    return open_store(folder)


def test_a_case_twins_delete_and_rename_are_undone(store):
    store.set_label_guide("policy", "a policy of the city")
    before = store.labels()
    delete = store.delete_label("policy")
    assert store.revert(delete)
    assert store.labels() == before and store.label_guide("policy") == "a policy of the city"
    rename = store.update_label("policy", new_name="local policy")
    assert store.revert(rename)
    assert store.labels() == before
    assert store.reapply(rename) and "local policy" in store.label_names()
    with pytest.raises(ValidationError, match="label POLICY exists already"):  # a new name is still refused
        store.update_label("local policy", new_name="Policy")
