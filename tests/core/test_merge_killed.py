"""``annotator merge`` killed between two of its writes leaves each document merged whole or not at all. Each
document's spans were one write, their links another, and the coders were recorded after the last document: a kill
in between left a document with li's spans and none of her links, and li's spans in the project with li no coder
of it (the window then edited her spans in place, as the user's own). Merging again finished the job; it still
does, adding nothing twice."""
from __future__ import annotations

import shutil

import pytest

from annotator.core.store import Store
from tests.core.test_team_merge_corrected import A, B, first_copy, layer, links_of
from tests.killed_after_writes import KILLED, run_killed_after, writes_of

C = "集美区建设软件园三期。"


def merged_whole(folder, lead_names) -> None:
    """Each document holds all of li's spans and links or none, one the merge added all of them; li is a coder
    wherever she has a span."""
    with Store.open(folder) as store:
        assert store.integrity_check() == "ok"
        mine = layer(store, "li")
        by_doc = {name: [s for s in mine if s[0] == name] for name in ("a.txt", "b.txt")}
        assert len(by_doc["a.txt"]) in (0, 4) and len(by_doc["b.txt"]) in (0, 1), mine
        assert (links_of(store, "li") != []) == bool(by_doc["a.txt"]), "a.txt's spans without their link"
        assert not mine or "li" in store.coders(), "li's spans in the project, li not one of its coders"
        names = {d.name for d in store.documents()}
        assert all(by_doc[name] for name in names - set(lead_names)), "a document added without its spans"


@pytest.mark.parametrize("lead_holds", [{"a.txt": A, "b.txt": B}, {"c.txt": C}], ids=["matched", "added"])
def test_a_merge_killed_after_any_write_leaves_each_document_whole_and_merging_again_finishes(
        make_project, tmp_path, lead_holds):
    li = first_copy(make_project)
    lead = make_project(lead_holds, name="lead")
    clean = shutil.copytree(lead, tmp_path / "clean")
    writes = writes_of("merge", clean, li, "--new-documents")
    with Store.open(clean) as store:
        whole = (layer(store, "li"), links_of(store, "li"), store.coders())
    for n in range(1, writes):
        killed = shutil.copytree(lead, tmp_path / f"killed{n}")
        assert run_killed_after(n, "merge", killed, li, "--new-documents").returncode == KILLED
        merged_whole(killed, lead_holds)
        assert run_killed_after(0, "merge", killed, li, "--new-documents").returncode == 0
        with Store.open(killed) as store:
            assert (layer(store, "li"), links_of(store, "li"), store.coders()) == whole
