"""What a careful user of the command line ran into on a project of the shared reports: a folder
given where files were expected, paths with spaces in the commands the messages suggest."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.store import Store
from annotator.core.store.trained import SEQUENCE_MODEL, load_scores
from tests.cli_run import ARTICLE, assert_user_error, project_of_two, run


def span(doc: str, text: str, label: str) -> dict:
    start = ARTICLE.index(text)
    return {"doc": doc, "start": start, "end": start + len(text), "label": label, "text": text}


@pytest.fixture
def reports(tmp_path, capsys):
    """A project of a.txt and b.txt with their districts accepted, and a folder of their gold (and links)."""
    folder, gold = tmp_path / "工程 一", tmp_path / "gold 文件夹"
    gold.mkdir()
    assert run(capsys, "new", folder)[0] == 0
    for name in ("a.txt", "b.txt"):
        (gold / name).write_text(ARTICLE + name, encoding="utf-8")  # two texts (the same one is skipped)
        (gold / f"{Path(name).stem}.gold.jsonl").write_text(
            json.dumps(span(name, "湖里区", "DISTRICT"), ensure_ascii=False) + "\n", encoding="utf-8")
        (gold / f"{Path(name).stem}.links.jsonl").write_text(
            json.dumps({**span(name, "松元产业园", "PROJECT"), "district": {"name": "湖里区", "code": "350206"},
                        "project": None}, ensure_ascii=False) + "\n",
            encoding="utf-8")
    assert run(capsys, "import", folder, gold / "a.txt", gold / "b.txt")[0] == 0
    assert run(capsys, "import-annotations", folder, gold / "a.gold.jsonl", gold / "b.gold.jsonl")[0] == 0
    return folder, gold


def test_evaluate_takes_a_folder_of_gold_as_its_gold_files(reports, capsys):
    # --gold ../shared/reports said "cannot read the gold annotation file ([Errno 21] Is a directory)"
    folder, gold = reports
    by_files = json.loads(run(capsys, "evaluate", folder, "--gold", gold / "a.gold.jsonl", gold / "b.gold.jsonl",
                              "--json")[1])
    code, out, err = run(capsys, "evaluate", folder, "--gold", gold, "--json")
    assert code == 0 and err == ""
    assert json.loads(out) == by_files and by_files["labels"]["DISTRICT"]["exact"]["tp"] == 2
    code, out, _ = run(capsys, "evaluate", folder, "--links", gold, "--json")
    assert code == 0 and json.loads(out)["links"]


def test_a_folder_without_gold_is_one_line(reports, tmp_path, capsys):
    folder, _gold = reports
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_user_error(run(capsys, "evaluate", folder, "--gold", empty),
                      f"{empty}: a folder with no .gold.jsonl file in it; give --gold the files")
    assert_user_error(run(capsys, "evaluate", folder, "--links", empty), "no .links.jsonl file")


def test_import_annotations_of_a_report_or_a_folder_says_what_it_is_in_one_line_each(reports, capsys):
    # a report's .txt gave a "not valid JSON" line for every line of it; a folder "cannot read (Is a directory)"
    folder, gold = reports
    code, out, err = run(capsys, "import-annotations", folder, gold / "a.txt", gold, "--annotator", "li")
    assert code == 1 and out == "added 0 annotation(s)\n" and "not valid JSON" not in err
    report, folder_line, said = err.splitlines()  # the files not imported on standard error, as `import` says them
    assert report == ("a.txt: failed, nothing stored from it: a .txt file is a document, not annotations: documents "
                      "are imported with 'annotator import', annotations from .json, .jsonl or .xlsx files")
    assert folder_line.startswith(f"{gold.name}: failed, nothing stored from it: is a folder; name the annotation "
                                  "files in it ")
    assert said.startswith(f"annotator: error: {gold / 'a.txt'}: a .txt file is a document")
    with Store.open(folder) as store:
        assert {a.annotator for a in store.annotations()} == {""}  # li's import stored nothing


def test_import_annotations_of_one_report_says_so_once(reports, capsys):
    """One file that fails whole said it three times: "added 0 annotation(s)", its line, the error line."""
    folder, gold = reports
    code, out, err = run(capsys, "import-annotations", folder, gold / "a.txt")
    assert code == 1 and out == ""
    assert err == (f"annotator: error: {gold / 'a.txt'}: a .txt file is a document, not annotations: documents are "
                   "imported with 'annotator import', annotations from .json, .jsonl or .xlsx files; nothing was "
                   "stored from it\n")


def test_the_commands_the_messages_suggest_quote_a_path_with_a_space(reports, tmp_path, capsys):
    # "start coding with 'annotator gui 工程 二'" opened 工程 (and 二 was a stray argument)
    folder, _gold = reports
    package, coder = tmp_path / "李 li.zip", tmp_path / "李 工程"
    code, out, _ = run(capsys, "export-package", folder, "-o", package)
    assert code == 0 and f"""open it with 'annotator open-package "{package}" FOLDER'""" in out
    code, out, _ = run(capsys, "open-package", package, coder)
    assert code == 0 and f"""start coding with 'annotator gui "{coder}"'""" in out
    code, out, _ = run(capsys, "remove", coder, "--doc", "a.txt")
    assert code == 0 and f"""'annotator restore "{coder}"'""" in out
    with Store.open(coder) as store:
        assert [d.name for d in store.documents()] == ["b.txt"]
    plain = tmp_path / "plain"
    plain.mkdir()
    assert_user_error(run(capsys, "stats", plain), f"create one with 'annotator new {plain}'")  # no quotes needed
    empty = tmp_path / "空 的"
    empty.mkdir()
    assert_user_error(run(capsys, "stats", empty), f"""create one with 'annotator new "{empty}"'""")


def test_export_to_a_folder_says_it_is_one_and_writes_nothing(reports, tmp_path, capsys):
    # said "工程 一: could not be written (Is a directory); nothing was changed"
    folder, gold = reports
    before = sorted(p.name for p in gold.iterdir())
    assert_user_error(run(capsys, "export", folder, "-o", gold),  # the folder's name has a space
                      f'{gold}: is a folder; -o names the file to write (-o "{gold / "export.xlsx"}"), '
                      "a folder only with --format html (a file per document); nothing was written")
    assert_user_error(run(capsys, "export", folder, "-o", gold, "--table", "facts"), f'-o "{gold / "export.csv"}"),')
    assert sorted(p.name for p in gold.iterdir()) == before


def test_export_to_a_folder_not_made_yet_writes_no_file_by_its_name(reports, tmp_path, capsys, monkeypatch):
    # -o sub/ (a folder meant, its slash dropped): wrote the export as a file named sub, "wrote 353 line(s) to sub"
    folder, _gold = reports
    monkeypatch.chdir(tmp_path)
    for typed in ("sub/", f"{tmp_path / 'sub2'}/"):
        assert_user_error(run(capsys, "export", folder, "-o", typed), f"{typed}: names a folder; -o names the file "
                          "to write (-o", "export.xlsx), a folder only with --format html")
    assert not (tmp_path / "sub2").exists() and not (tmp_path / "sub").exists()


def test_a_document_named_by_its_path_is_named_back(reports, tmp_path, capsys):
    # --doc "gold 文件夹/a.txt" (the file imported) said only "no document named …"
    folder, gold = reports
    out = tmp_path / "a.csv"
    assert_user_error(run(capsys, "export", folder, "-o", out, "--doc", gold / "a.txt"),
                      f"no document named '{gold / 'a.txt'}' in {folder}; did you mean 'a.txt'?")
    assert_user_error(run(capsys, "export", folder, "-o", out, "--doc", "gold 文件夹/A"), "did you mean 'a.txt'?")
    assert not out.exists()


@pytest.mark.parametrize("args,what", [(("new", ""), "the project folder"), (("import", "{p}", ""), "a file or folder"),
                                       (("import", "{p}", "{g}", ""), "a file or folder"),
                                       (("export", "{p}", "-o", ""), "-o"), (("stats", ""), "the project folder"),
                                       (("evaluate", "{p}", "--gold", ""), "--gold"),
                                       (("open-package", "", "{g}"), "the package")])
def test_an_empty_path_is_refused_not_taken_as_the_current_folder(reports, tmp_path, capsys, monkeypatch, args, what):
    # `annotator import P "$FILES"` with $FILES unset imported the folder one was in; `new ""` made a project there
    folder, gold = reports
    (tmp_path / "stray.txt").write_text("县政府工作报告：投资3亿元。", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert_user_error(run(capsys, *(a.format(p=folder, g=gold / "a.txt") for a in args)),
                      f"{what} is an empty name (an unset shell variable?); nothing was done")
    assert not (tmp_path / "project.sqlite").exists()
    with Store.open(folder) as store:
        assert [d.name for d in store.documents()] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("args,words", [
    (("--cross-validate", "--gold", "{g}"), "--cross-validate scores against the project's own accepted spans; "
                                            "it takes no --gold (evaluate against gold without it)"),
    (("--cross-validate", "--links", "{g}", "--status", "accepted"), "it takes no --links or --status"),
    (("--gold", "{g}", "--iterations", "5"), "--iterations: an option of --cross-validate; against gold the "
                                             "project's spans are scored as they are"),
    (("--gold", "{g}", "--c1", "0.5", "--min-confidence", "0.3"), "--c1, --min-confidence: options of "
                                                                  "--cross-validate")])
def test_evaluate_refuses_the_options_of_the_other_kind_it_ignored(reports, capsys, args, words):
    folder, gold = reports
    code, out, err = run(capsys, "evaluate", folder, *(a.format(g=gold) for a in args))
    assert_user_error((code, out, err), words)
    assert out == ""
    with Store.open(folder) as store:
        assert load_scores(store, SEQUENCE_MODEL) is None  # nothing was cross-validated and kept


@pytest.mark.parametrize("args", [("--table", "facts"), ("--format", "facts")])
def test_facts_of_districts_alone_are_refused_not_an_empty_table(reports, tmp_path, capsys, args):
    # --table facts --label DISTRICT wrote a table of 0 facts without a word
    folder, _gold = reports
    out = tmp_path / "facts.csv"
    assert_user_error(run(capsys, "export", folder, "-o", out, *args, "--label", "DISTRICT"),
                      "the Facts table has a row per AMOUNT, TARGET, PROJECT, none per DISTRICT (a district is a "
                      "row's columns); --label AMOUNT …, or the Annotations table (without --table facts)")
    assert_user_error(run(capsys, "export", folder, "-o", out, *args, "--label", "CITY"), "no label 'CITY' in")
    assert not out.exists()
    code, outp, _ = run(capsys, "export", folder, "-o", out, *args, "--label", "DISTRICT,AMOUNT")
    assert code == 0 and "wrote 0 fact(s)" in outp and out.exists()  # amounts: none accepted yet


def test_min_confidence_with_the_rules_alone_is_refused(reports, capsys):
    folder, _gold = reports
    assert_user_error(run(capsys, "suggest", folder, "--model", "none", "--min-confidence", "0.5"),
                      "--min-confidence leaves out the model's proposals; with --model none there are none")
    with Store.open(folder) as store:
        assert {a.status for a in store.annotations()} == {"accepted"}  # nothing suggested


def test_adjudicate_refuses_a_coder_with_no_spans(reports, capsys):
    # --coders li nobody said "took 0 agreed span(s) of li, nobody"
    folder, gold = reports
    assert run(capsys, "import-annotations", folder, gold / "a.gold.jsonl", "--annotator", "li")[0] == 0
    assert_user_error(run(capsys, "adjudicate", folder, "--coders", "li", "nobody"),
                      f"no spans by annotator 'nobody' in {folder} (its annotators: '', 'li')")
    with Store.open(folder) as store:
        assert sorted(a.annotator for a in store.annotations()) == ["", "", "li"]  # no gold layer


@pytest.mark.parametrize("command,usage", [("import", "annotator import PROJECT FILE_OR_DIR…"),
                                           ("import-annotations", "annotator import-annotations PROJECT FILE…"),
                                           ("export", "annotator export PROJECT -o FILE")])
def test_the_project_named_after_a_file_says_the_project_comes_first(reports, tmp_path, capsys, command, usage):
    # `annotator import report.txt P` said only "report.txt: is not a folder"
    folder, gold = reports
    file = gold / "a.gold.jsonl"
    args = (file, "-o", folder) if command == "export" else (file, folder)
    assert_user_error(run(capsys, command, *args), f"{folder} is a project and {file} is not: the project comes "
                                                   f"first ({usage})")
    with Store.open(folder) as store:
        assert [d.name for d in store.documents()] == ["a.txt", "b.txt"] and len(store.annotations()) == 2


def test_suggest_replace_counts_the_spans_it_drops_and_their_links_apart(tmp_path, capsys):
    # "1802 open suggestion(s) dropped" on the six reports: 1,064 spans and 738 links added up
    project = tmp_path / "p"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, "new", project)[0] == 0
    assert run(capsys, "import", project, tmp_path / "a.txt")[0] == 0
    assert run(capsys, "suggest", project)[0] == 0
    with Store.open(project) as store:
        spans = len(store.annotations(statuses=["suggested"]))
        links = len([k for k in store.links() if k.status == "suggested"])
    assert spans and links
    code, out, _ = run(capsys, "suggest", project, "--replace", "--no-links")
    assert code == 0
    assert f"{spans:,} open suggestion(s) dropped (--replace), and {links:,} suggested link(s) of theirs" in out


def test_import_that_stored_nothing_new_and_failed_a_file_exits_3(tmp_path, capsys):
    # one file already in the project, one binary: "imported 0" with a failure exited 0 (then 1, and 0 when
    # another file was new); now 3, partly done, either way (README, "Exit codes")
    project = project_of_two(tmp_path, capsys)
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 40)
    code, out, err = run(capsys, "import", project, tmp_path / "a.txt", tmp_path / "bad.txt")
    assert code == 3 and out == "imported 0 document(s)\n", out
    assert err.startswith(f"skipped {tmp_path / 'a.txt'}: the same text is already in the project\n"
                          f"failed {tmp_path / 'bad.txt'}"), err
    with Store.open(project) as store:
        assert [d.name for d in store.documents()] == ["a.txt", "b.txt"]
    (tmp_path / "c.txt").write_text(ARTICLE + "c", encoding="utf-8")
    assert run(capsys, "import", project, tmp_path / "c.txt", tmp_path / "bad.txt")[0] == 3  # c is new: 3 too


def test_the_projects_database_given_where_the_project_goes_stands_for_its_folder(reports, capsys):
    """`annotator stats P/project.sqlite` (tab-completed) said "is a file, not a project folder", and
    `annotator restore P/project.sqlite --list` "no such project folder"; a database dropped on the window
    opened its project already."""
    folder, _gold = reports
    code, out, _err = run(capsys, "stats", folder / "project.sqlite")
    assert code == 0 and out.startswith("documents: 2")
    code, out, _err = run(capsys, "restore", folder / "project.sqlite", "--list")
    assert code == 0 and str(folder / "backups") in out


def test_a_report_given_where_the_project_goes_says_it_is_a_file_not_a_project_folder(reports, capsys):
    """`annotator suggest report.txt` said "report.txt: is not a folder": not what was wanted there."""
    _folder, gold = reports
    assert_user_error(run(capsys, "stats", gold / "a.txt"), f"{gold / 'a.txt'}: is a file, not a project folder")
    assert_user_error(run(capsys, "suggest", gold / "a.txt"), "is a file, not a project folder")


def test_export_does_not_write_over_a_document_named_for_no_format(reports, tmp_path, capsys):
    # -o hechi_2015.txt (.xlsx meant, or the wrong name completed): the report was written over with JSON lines
    folder, _gold = reports
    report = tmp_path / "hechi_2015.txt"
    report.write_text("政府工作报告\n", encoding="utf-8")
    assert_user_error(run(capsys, "export", folder, "-o", report), f"{report}: exists, and its name's ending names "
                      "no format", "choose --format to write over it; nothing was written")
    assert report.read_text(encoding="utf-8") == "政府工作报告\n"
    code, _out, err = run(capsys, "export", folder, "-o", report, "--format", "jsonl")  # asked for: written over
    assert code == 0 and report.read_text(encoding="utf-8").startswith("{"), err
