"""``annotator suggest P`` passes over the documents already suggested with the same settings
(an interrupted run, or one after importing a few new reports, does only what is left);
``--again`` runs them all, ``--doc`` always runs the ones named."""
from __future__ import annotations

import annotator.cli as cli
from annotator.core.progress import Step
from annotator.core.store import Store
from annotator.core.suggest import fingerprint, runner
from tests.test_cli_stops import interrupting_progress

SKIPPED = "skipped {} document(s) already suggested with these settings; --again runs them anew"


def suggest(capsys, project, *options: str) -> tuple[int, list[str]]:
    code = cli.main(["suggest", str(project), "--model", "none", *options])
    return code, capsys.readouterr().out.splitlines()


def held(project) -> tuple[list[tuple[int, int, int, str, str]], list[tuple[int, int, str]]]:
    with Store.open(project) as store:
        spans = [(a.document_id, a.start, a.end, a.label, a.status) for a in store.annotations()]
        links = [(link.document_id, link.source_id, link.kind) for d in range(1, 7) for link in store.links(d)]
        return spans, links


def test_a_second_run_skips_every_document_and_again_runs_them(folder_of_five, capsys):
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    code, first = suggest(capsys, project)
    assert code == 0 and first[1].startswith("5 document(s): ") and not any("skipped" in x for x in first)
    before = held(project)
    assert before[0] and before[1]
    code, second = suggest(capsys, project)
    assert code == 0 and second[1:] == ["0 document(s): 0 new suggestion(s) (none)", SKIPPED.format(5),
                                        "0 document(s): 0 new link suggestion(s) (none)"]
    assert held(project) == before
    code, again = suggest(capsys, project, "--again")
    assert code == 0 and again[1] == "5 document(s): 0 new suggestion(s) (none)" and SKIPPED[:7] not in again[2]
    code, named = suggest(capsys, project, "--doc", "a3.txt")
    assert code == 0 and named[1] == "1 document(s): 0 new suggestion(s) (none)" and len(named) == 3
    assert held(project) == before


def test_after_ctrl_c_the_next_run_does_only_the_documents_left(folder_of_five, monkeypatch, capsys):
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    with monkeypatch.context() as m:
        m.setattr(runner, "STORE_EVERY_SECONDS", 0)  # each document stored once proposed
        interrupting_progress(m, lambda done, total, current: isinstance(current, Step) and current.index == 2)
        assert suggest(capsys, project)[0] == 130
    assert {d for d, *_ in held(project)[0]} == {1, 2}
    proposed: list[str] = []
    propose = runner.propose
    monkeypatch.setattr(runner, "propose", lambda text, *a, **k: proposed.append(text[:3]) or propose(text, *a, **k))
    code, out = suggest(capsys, project)
    assert code == 0 and out[1].startswith("3 document(s): ") and out[2] == SKIPPED.format(2)
    assert proposed == ["第2篇", "第3篇", "第4篇"]  # a2.txt to a4.txt: the ones left
    assert out[3].startswith("5 document(s): ")  # the links of all five: none was linked before the stop
    assert {d for d, *_ in held(project)[0]} == {1, 2, 3, 4, 5}


def test_new_reports_alone_are_suggested_and_a_new_version_runs_all(folder_of_five, tmp_path, capsys, monkeypatch):
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    suggest(capsys, project)
    more = tmp_path / "more.txt"
    more.write_text("第9篇：湖里区投资9亿元建设松元产业园。\n", encoding="utf-8")
    assert cli.main(["import", str(project), str(more)]) == 0
    capsys.readouterr()
    code, out = suggest(capsys, project)
    assert code == 0 and out[1].startswith("1 document(s): ") and out[2] == SKIPPED.format(5)
    assert out[3].startswith("1 document(s): ")
    assert 6 in {d for d, *_ in held(project)[0]}
    monkeypatch.setattr(fingerprint, "_rules_digest", lambda: "a newer annotator")
    code, out = suggest(capsys, project)
    assert code == 0 and out[1] == "6 document(s): 0 new suggestion(s) (none)" and "skipped" not in " ".join(out)
    code, out = suggest(capsys, project, "--min-confidence", "0.5", "--model", "seed")
    assert code == 0 and "6 document(s)" in out[1]  # other model settings: all again


def test_rejected_suggestions_do_not_come_back_when_all_run_again(folder_of_five, capsys):
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    suggest(capsys, project)
    with Store.open(project) as store:
        rejected = [a for a in store.annotations() if a.label == "DISTRICT"]
        store.set_status([a.id for a in rejected], "rejected")
    suggest(capsys, project, "--again")
    with Store.open(project) as store:
        assert {a.status for a in store.annotations() if a.label == "DISTRICT"} == {"rejected"}
        assert len([a for a in store.annotations() if a.label == "DISTRICT"]) == len(rejected)


def test_ctrl_c_during_again_replace_leaves_the_documents_not_reached_with_their_suggestions(folder_of_five, capsys,
                                                                                            monkeypatch):
    """`suggest --again --replace` dropped every open suggestion in one write before proposing: a
    Ctrl+C (or a kill) after it left the documents not reached with none. Each is dropped in the
    write storing its new ones now."""
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    assert suggest(capsys, project)[0] == 0

    def open_spans():
        with Store.open(project) as store:
            return {(a.document_id, a.id) for a in store.annotations(statuses=["suggested"])}

    before = open_spans()
    assert {d for d, _ in before} == {1, 2, 3, 4, 5}
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 0.0)  # a write a document
    interrupting_progress(monkeypatch, lambda done, total, current: isinstance(current, Step) and current.index == 3)
    assert suggest(capsys, project, "--again", "--replace")[0] == 130
    after = open_spans()
    assert {x for x in after if x[0] > 3} == {x for x in before if x[0] > 3}  # the fourth and fifth: as they were
    assert {d for d, _ in after} == {1, 2, 3, 4, 5} and not {x for x in after if x[0] <= 3} & before  # made anew
