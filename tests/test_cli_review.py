"""Review work on many documents from the command line: accept or reject open suggestions, mark
documents done, set a metadata field, take what the coders agree on; mistakes as one line."""
from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.core.store import Store
from tests.cli_run import ARTICLE, project_of_two, run
from tests.cli_run import assert_user_error as _one_line_error


def assert_user_error(result: tuple[int, str, str], *words: str) -> None:
    _one_line_error(result, *words, code=None)  # argparse's refusals exit 2


@pytest.fixture
def project(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    assert run(capsys, "suggest", folder, "--no-links", "--model", "none")[0] == 0
    return folder


def statuses(folder, label=None, doc=None):
    with Store.open(folder) as store:
        doc_id = store.document_id_by_name(doc) if doc else None
        return sorted(a.status for a in store.iter_annotations(doc_id, labels=[label] if label else None))


def test_a_document_named_without_its_extension_is_named_back_in_the_error(project, capsys):
    # the list shows a.txt; `--doc a` said only "no document named 'a'", and nothing was done
    assert_user_error(run(capsys, "review", project, "--accept", "--doc", "a"), "no document named 'a'",
                      "did you mean 'a.txt'?")
    assert_user_error(run(capsys, "remove", project, "--doc", "A.TXT"), "did you mean 'a.txt'?")
    assert "accepted" not in statuses(project)  # nothing was done
    code, _, err = run(capsys, "done", project, "--doc", "c")
    assert code != 0 and "did you mean" not in err


def test_a_document_named_by_a_piece_of_its_name_is_named_back(project, capsys):
    # `--doc binzhou` for binzhou_2024.txt said only "no document named 'binzhou'"
    assert_user_error(run(capsys, "export", project, "-o", "x.csv", "--doc", "B.TX"), "no document named 'B.TX'",
                      "did you mean 'b.txt'?")
    assert_user_error(run(capsys, "review", project, "--accept", "--doc", ".TXT"),
                      "did you mean 'a.txt' or 'b.txt'?")


def test_accept_one_label_in_one_document_then_reject_the_rest(project, capsys):
    open_districts = statuses(project, "DISTRICT", "a.txt").count("suggested")
    assert open_districts >= 2
    code, out, _ = run(capsys, "review", project, "--accept", "--label", "DISTRICT", "--doc", "a.txt",
                       "--annotator", "li")
    assert code == 0 and f"accepted {open_districts} open suggestion(s)" in out
    assert set(statuses(project, "DISTRICT", "a.txt")) == {"accepted"}
    assert "suggested" in statuses(project, "DISTRICT", "b.txt")
    with Store.open(project) as store:
        assert {a.annotator for a in store.iter_annotations(statuses=["accepted"])} == {"li"}
    code, out, _ = run(capsys, "review", project, "--reject")
    assert code == 0 and "rejected" in out
    assert "suggested" not in statuses(project)
    assert run(capsys, "review", project, "--reject")[1].startswith("rejected 0 open suggestion(s)")


def test_review_counts_the_spans_of_a_bulk_step_kept_compact(project, capsys, monkeypatch):
    """Past COMPACT_FROM spans the step is one StatusChange: the count is still of spans."""
    from annotator.core.store import statuses as bulk

    monkeypatch.setattr(bulk, "COMPACT_FROM", 1)
    open_spans = statuses(project).count("suggested")
    assert open_spans > 2
    code, out, _ = run(capsys, "review", project, "--accept")
    assert code == 0 and out.startswith(f"accepted {open_spans} open suggestion(s)")


def test_review_by_origin_and_below_a_confidence(project, capsys):
    with Store.open(project) as store:
        doc = store.document_id_by_name("a.txt")
        start = ARTICLE.index("集美区")
        store.delete_annotations(store.annotation_ids(doc_ids=[doc]))
        store.add_annotation(doc, start, start + 3, "DISTRICT", status="suggested", origin="model", confidence=0.3)
        store.add_annotation(doc, 0, 3, "DISTRICT", status="suggested", origin="model", confidence=0.8)
    code, out, _ = run(capsys, "review", project, "--reject", "--origin", "model", "--below", "0.5")
    assert code == 0 and out.startswith("rejected 1 open suggestion(s)")
    assert statuses(project, doc="a.txt") == ["rejected", "suggested"]


def test_mark_documents_done_and_not_done(project, capsys):
    code, out, _ = run(capsys, "done", project, "--doc", "a.txt")
    assert code == 0 and out.startswith("marked 1 document(s) done (0 already were)")
    code, out, _ = run(capsys, "done", project, "--all")
    assert out.startswith("marked 1 document(s) done (1 already were)")
    with Store.open(project) as store:
        assert all(d.done for d in store.documents())
    assert run(capsys, "done", project, "--all", "--not")[1].startswith("marked 2 document(s) not done")
    # a name given twice is one document (it was counted again as one that 'already was')
    code, out, _ = run(capsys, "done", project, "--doc", "a.txt", "--doc", "a.txt")
    assert code == 0 and out.startswith("marked 1 document(s) done (0 already were)")
    code, out, _ = run(capsys, "meta", project, "source=厦门日报", "--doc", "b.txt", "--doc", "b.txt")
    assert code == 0 and out.startswith("set source=厦门日报 on 1 document(s) (0 unchanged)")


def test_set_and_clear_a_metadata_field_of_many_documents(project, capsys):
    code, out, _ = run(capsys, "meta", project, "jurisdiction=湖里区 350206", "--all")
    assert code == 0 and out.startswith("set jurisdiction=湖里区 350206 on 2 document(s) (0 unchanged)")
    with Store.open(project) as store:
        assert {d.metadata["jurisdiction"] for d in store.documents()} == {"湖里区 350206"}
    code, out, _ = run(capsys, "meta", project, "jurisdiction=", "--doc", "b.txt")
    assert code == 0 and out.startswith("cleared jurisdiction on 1 document(s)")
    with Store.open(project) as store:
        assert [("jurisdiction" in d.metadata) for d in store.documents()] == [True, False]


def test_a_jurisdiction_that_names_no_division_is_set_with_a_warning(project, capsys):
    """jurisdiction=湖里县 (a typo) was set without a word, and the facts it places lost their codes."""
    code, out, err = run(capsys, "meta", project, "jurisdiction=湖里县", "--all")
    [first], [warning] = out.splitlines(), err.splitlines()  # the warning on standard error, as import --meta's
    assert code == 0 and first.startswith("set jurisdiction=湖里县 on 2 document(s)")
    assert warning.startswith("annotator: warning: '湖里县' names no division") and "(a.txt, b.txt)" in warning
    for typed in ("湖里区", "350206", "湖里区 350206"):  # a full name, a code, both: no warning
        code, out, err = run(capsys, "meta", project, f"jurisdiction={typed}", "--doc", "a.txt")
        assert code == 0 and "warning" not in out + err, out + err


def test_a_wrong_name_beside_a_valid_code_is_corrected_to_the_codes_with_a_warning_naming_both(project, capsys):
    """jurisdiction=河池币 451200 kept the typo beside the code: the code wins, the name is the gazetteer's."""
    code, out, err = run(capsys, "meta", project, "jurisdiction=河池币 451200", "--all")
    [first], [warning] = out.splitlines(), err.splitlines()
    assert code == 0 and first.startswith("set jurisdiction=河池市 451200 on 2 document(s)")
    assert warning.startswith("annotator: warning: '河池币' is not the name of division 451200 (河池市)"), warning
    with Store.open(project) as store:
        assert {d.metadata["jurisdiction"] for d in store.documents()} == {"河池市 451200"}
    for typed in ("河池市 451200", "河池 451200", "广西河池市 451200", "河池币 999999"):  # its names; no such code
        code, out, err = run(capsys, "meta", project, f"jurisdiction={typed}", "--doc", "a.txt")
        assert code == 0 and "not the name" not in out + err, out + err
        with Store.open(project) as store:
            assert store.document(store.document_id_by_name("a.txt")).metadata["jurisdiction"] == typed


def test_import_meta_corrects_a_wrong_name_beside_a_valid_code(tmp_path, capsys):
    assert run(capsys, "new", tmp_path / "p")[0] == 0
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "import", tmp_path / "p", tmp_path / "a.txt", "--meta", "jurisdiction=湖里县 350206")
    assert code == 0 and "annotator: warning: '湖里县' is not the name of division 350206 (湖里区)" in err, err
    assert out == "imported 1 document(s)\n"
    with Store.open(tmp_path / "p") as store:
        assert store.documents()[0].metadata["jurisdiction"] == "湖里区 350206"


def test_adjudicate_takes_what_the_coders_agree_on_into_gold(project, capsys):
    with Store.open(project) as store:
        doc = store.document_id_by_name("a.txt")
        start = ARTICLE.index("55.1亿元")
        for coder in ("li", "wang"):
            store.add_annotation(doc, start, start + 6, "AMOUNT", annotator=coder)
        store.add_annotation(doc, 0, 3, "DISTRICT", annotator="li")
    code, out, _ = run(capsys, "adjudicate", project)
    assert code == 0 and out.startswith("took 1 agreed span(s) of li, wang into layer gold")
    # li's DISTRICT, wang none: "took 1" read as done, the disagreement unsaid
    assert out.endswith("\n  1 disagreement(s) in 1 document(s) left to decide: the window's Adjudication panel "
                        "(View › Adjudication) lists them\n"), out
    with Store.open(project) as store:
        assert [a.text for a in store.iter_annotations(annotators=["gold"])] == ["55.1亿元"]
    assert run(capsys, "adjudicate", project)[1].startswith("took 0 agreed span(s)")  # twice: nothing new


def test_adjudicate_into_a_layer_holding_imported_spans_is_refused_before_anything_is_taken(project, capsys):
    """Gold imported under the name gold in b.txt: the refusal came at b.txt, after a.txt's agreed spans
    had been taken into that layer, and did not say which option names another layer."""
    with Store.open(project) as store:
        a, b = store.document_id_by_name("a.txt"), store.document_id_by_name("b.txt")
        start = ARTICLE.index("55.1亿元")
        for coder in ("li", "wang"):
            store.add_annotation(a, start, start + 6, "AMOUNT", annotator=coder)
        store.add_annotation(b, 0, 3, "DISTRICT", annotator="gold", origin="imported")
    assert_user_error(run(capsys, "adjudicate", project), "layer 'gold'", "--layer NAME")
    with Store.open(project) as store:
        assert [x.text for x in store.iter_annotations(a, annotators=["gold"])] == []  # nothing taken
    code, out, _ = run(capsys, "adjudicate", project, "--coders", "li", "wang", "--layer", "final")
    assert code == 0 and out.startswith("took 1 agreed span(s) of li, wang into layer final")


def test_mistakes_are_one_line_naming_the_project_or_the_value(project, tmp_path, capsys):
    assert_user_error(run(capsys, "review", project, "--accept", "--label", "NOPE"), "NOPE")
    assert_user_error(run(capsys, "review", project, "--accept", "--doc", "missing.txt"), "missing.txt", str(project))
    assert_user_error(run(capsys, "review", project, "--accept", "--below", "2"), "--below")
    code, _out, err = run(capsys, "review", project, "--accept", "--below", "90")
    assert code == 1 and err == "annotator: error: --below takes a confidence from 0 to 1, not 90\n"  # not 90.0
    before = statuses(project)
    assert_user_error(run(capsys, "review", project, "--accept", "--origin", "gazeteer"), "'gazeteer'",
                      "gazetteer", str(project))  # a typo names the origins the project's spans carry
    assert statuses(project) == before
    assert_user_error(run(capsys, "review", tmp_path / "nowhere", "--accept"), "nowhere")
    assert_user_error(run(capsys, "done", project), "--doc", "--all", str(project))
    assert_user_error(run(capsys, "done", project, "--all", "--doc", "a.txt"), "not both")
    assert_user_error(run(capsys, "meta", project, "jurisdiction", "--all"), "KEY=VALUE")
    assert_user_error(run(capsys, "adjudicate", project), "two coders", str(project))
    with pytest.raises(SystemExit):  # argparse: --accept or --reject is required
        main(["review", str(project)])


def test_remove_a_document_read_in_the_wrong_encoding_and_import_it_again(tmp_path, capsys):
    """Import warned 'if it is in another encoding, delete it and import it again choosing the
    encoding', but nothing could delete a document: the misread text stayed in every export and the
    file read rightly came in beside it as 'report (2).txt'."""
    folder = tmp_path / "proj"
    assert run(capsys, "new", folder)[0] == 0
    report, text = tmp_path / "report.txt", "灌口镇2023年工作总结\n灌口镇推进松元产业园建设，总投资12亿元。\n"
    report.write_bytes(text.encode("gb18030"))
    code, _out, err = run(capsys, "import", folder, report, "--encoding", "big5")  # the wrong one
    assert code == 0 and f"annotator remove {folder} --doc report.txt" in err
    assert run(capsys, "suggest", folder, "--model", "none")[0] == 0
    with Store.open(folder) as store:
        store.add_annotation(1, 0, 2, "DISTRICT")
        spans, links = len(store.annotations(1)), len(store.links(1))
    code, out, _ = run(capsys, "remove", folder, "--doc", "report.txt")
    assert code == 0 and out.startswith(f"removed 1 document(s) with {spans} span(s) and {links} link(s)")
    assert f"annotator restore {folder}" in out
    assert run(capsys, "import", folder, report, "--encoding", "gb18030")[1].startswith("imported 1 document(s)")
    with Store.open(folder) as store:
        (doc,) = store.documents()
        assert doc.name == "report.txt" and store.document(doc.id).text == text
        assert doc.id == 2  # not the removed document's id: nothing that named that one reaches this one
        assert store.annotations() == [] and store.search("松元产业园") == [(doc.id, "report.txt", text.index("松元"),
                                                                               text.index("建设，"))]
        assert store.integrity_check() == "ok"
    assert_user_error(run(capsys, "remove", folder, "--doc", "missing.txt"), "missing.txt", str(folder))
    with pytest.raises(SystemExit):  # --doc is required: nothing is removed by default
        main(["remove", str(folder)])


def test_documents_lists_each_document_with_its_counts_and_filters(project, capsys):
    import json

    assert run(capsys, "done", project, "--doc", "a.txt")[0] == 0
    assert run(capsys, "review", project, "--accept", "--doc", "b.txt", "--label", "AMOUNT")[0] == 0
    code, out, err = run(capsys, "documents", project)
    lines = out.splitlines()
    assert code == 0 and lines[0].split("\t")[:5] == ["name", "done", "accepted", "open", "rejected"]
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}  # the table alone: cut -f1 gives names
    assert rows["a.txt"][1] == "yes" and rows["b.txt"][1] == "no"
    assert rows["b.txt"][2] == "1" and int(rows["b.txt"][3]) == statuses(project, doc="b.txt").count("suggested")
    assert len(rows) == 2 and err.startswith("2 document(s), 1 done")  # the count a message, on standard error
    _, out, _ = run(capsys, "documents", project, "--not-done", "--json")
    [row] = json.loads(out)  # one JSON document, as stats --json writes (it was an object per line)
    assert row["name"] == "b.txt" and row["accepted"] == 1 and row["characters"] == len(ARTICLE + "b.txt")
    _, out, _ = run(capsys, "documents", project, "--json")
    assert [row["name"] for row in json.loads(out)] == ["a.txt", "b.txt"]
    _, out, _ = run(capsys, "documents", project, "--done", "--open")
    assert [line.split("\t")[0] for line in out.splitlines()[1:]] == ["a.txt"]  # a.txt holds open suggestions


def test_documents_json_of_a_project_without_documents_is_an_empty_array(tmp_path, capsys):
    import json

    run(capsys, "new", tmp_path / "p")
    code, out, _ = run(capsys, "documents", tmp_path / "p", "--json")
    assert code == 0 and json.loads(out) == []


def test_documents_keeps_a_title_with_a_tab_on_one_line(tmp_path, capsys):
    folder = tmp_path / "p"
    run(capsys, "new", folder)
    (tmp_path / "t.txt").write_text("标题\t甲\n正文", encoding="utf-8")
    run(capsys, "import", folder, tmp_path / "t.txt")
    _, out, _ = run(capsys, "documents", folder)
    assert len(out.splitlines()) == 2 and out.splitlines()[1].count("\t") == 9


def test_documents_shows_each_documents_year_as_the_exports_give_it(tmp_path, capsys):
    """A panel by year: the year column (metadata year, else the date's, the title's, the folder's)."""
    import json

    folder = tmp_path / "p"
    run(capsys, "new", folder)
    for year in ("2019", "2020"):
        (tmp_path / "in" / year).mkdir(parents=True)
        (tmp_path / "in" / year / "滨州.txt").write_text(f"滨州市报告\n{year}年投资五亿元。\n", encoding="utf-8")
    (tmp_path / "in" / "其他.txt").write_text("政府工作报告\n投资五亿元。\n", encoding="utf-8")
    run(capsys, "import", folder, tmp_path / "in")
    assert run(capsys, "meta", folder, "year=2018", "--doc", "其他.txt")[0] == 0
    code, out, err = run(capsys, "documents", folder)
    header, *rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and header[6:8] == ["year", "date"] and "document(s)" not in out  # the table alone
    assert {row[0]: row[6] for row in rows} == {"其他.txt": "2018", "2019/滨州.txt": "2019", "2020/滨州.txt": "2020"}
    assert err.startswith("3 document(s)")
    _, out, _ = run(capsys, "documents", folder, "--json")
    assert sorted(row["year"] for row in json.loads(out)) == [2018, 2019, 2020]


def test_a_jurisdiction_named_in_traditional_characters_beside_its_code_is_stored_without_a_warning(project, capsys):
    """jurisdiction="湖裡區 350206" (a report in traditional characters) warned that 湖裡區 was not the name of
    division 350206 (湖里区): it is, written otherwise; it is stored as the gazetteer's name without a word."""
    code, out, err = run(capsys, "meta", project, "jurisdiction=湖裡區 350206", "--all")
    assert code == 0 and "warning" not in out + err, out + err
    with Store.open(project) as store:
        assert {d.metadata["jurisdiction"] for d in store.documents()} == {"湖里区 350206"}
    code, out, err = run(capsys, "meta", project, "jurisdiction=湖裡縣 350206", "--all")  # a wrong name still warned
    assert "annotator: warning: '湖裡縣' is not the name of division 350206" in err, err
