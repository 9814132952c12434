"""Ctrl+C during ``annotator suggest-links`` said only "annotator: interrupted", where ``import`` and
``suggest`` say what they had stored and how to go on: it now says how many documents' links were stored
(each whole) and what the same command does again (it goes through them all, a span keeping the open link
it has), and exits 130 as they do."""
from __future__ import annotations

import annotator.cli as cli
from annotator.core.progress import Step
from annotator.core.store import Store
from tests.test_cli_stops import interrupting_progress


def at_the_third(done, total, current) -> bool:
    return isinstance(current, Step) and current.index == 2


def _suggested(folder_of_five, capsys):
    """The five articles imported and their spans suggested, without links."""
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    assert cli.main(["suggest", str(project), "--model", "none", "--no-links"]) == 0
    capsys.readouterr()
    return project


def _links(project) -> dict[int, int]:
    with Store.open(project) as store:
        return {doc_id: len(store.links(doc_id)) for doc_id in range(1, 6)}


def test_ctrl_c_during_suggest_links_says_what_was_stored_and_what_again_does(folder_of_five, monkeypatch, capsys):
    project = _suggested(folder_of_five, capsys)
    interrupting_progress(monkeypatch, at_the_third)  # as the third document's links begin
    assert cli.main(["suggest-links", str(project)]) == 130
    links = _links(project)
    assert [doc_id for doc_id, n in links.items() if n] == [1, 2]
    assert capsys.readouterr().err == (
        f"annotator: interrupted; link suggestions stored before it for 2 of 5 document(s) ({sum(links.values())} "
        "new), each whole; the links of the other 3 were not suggested: the same command again suggests them, "
        "going through all 5 again (a span keeps the open link it has: none is suggested twice)\n")
    monkeypatch.undo()  # what it says: run again, the others' links come, none twice
    assert cli.main(["suggest-links", str(project)]) == 0
    again = _links(project)
    assert all(again.values()) and {doc_id: again[doc_id] for doc_id in (1, 2)} == {1: links[1], 2: links[2]}
    assert capsys.readouterr().out.startswith(f"5 document(s): {sum(again.values()) - sum(links.values())} new")


def test_ctrl_c_during_suggest_links_replace_and_for_named_documents(folder_of_five, monkeypatch, capsys):
    project = _suggested(folder_of_five, capsys)
    assert cli.main(["suggest-links", str(project), "--doc", "a0.txt"]) == 0
    first = _links(project)[1]
    capsys.readouterr()
    interrupting_progress(monkeypatch, at_the_third)
    assert cli.main(["suggest-links", str(project), "--replace", "--doc", "a0.txt", "--doc", "a1.txt",
                     "--doc", "a2.txt", "--doc", "a3.txt"]) == 130
    links = _links(project)
    assert capsys.readouterr().err == (
        f"annotator: interrupted; link suggestions stored before it for 2 of 4 document(s) ({links[1] + links[2]} "
        f"new, {first} open one(s) dropped), each whole; the links of the other 2 were not suggested: the same "
        "command again suggests them, going through all 4 again (--replace makes the open link suggestions of the "
        "2 done anew)\n")


def test_ctrl_c_before_the_first_document_stored_says_so(folder_of_five, monkeypatch, capsys):
    project = _suggested(folder_of_five, capsys)
    interrupting_progress(monkeypatch, lambda done, total, current: isinstance(current, Step))
    assert cli.main(["suggest-links", str(project)]) == 130
    assert capsys.readouterr().err == ("annotator: interrupted; link suggestions stored before it for 0 of 5 "
                                       "document(s) (0 new), each whole; no links were suggested: the same "
                                       "command again suggests them\n")
    assert not any(_links(project).values())
