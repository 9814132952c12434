"""Rough edges of the command line, each a mistake said in one line before anything is done, or
the way mature commands behave: ``--jobs 0``, ``-o -`` (standard output), a typed metadata key
(``year=abc``), one wording for a label the project lacks, a folder given to ``open-package``."""
from __future__ import annotations

import csv
import io
import json

import pytest

from annotator.core.store import Store
from tests.cli_run import ARTICLE, assert_user_error, project_of_two, run


@pytest.fixture
def project(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    return folder


def spans(folder) -> list[tuple[str, str]]:
    with Store.open(folder) as store:
        return sorted((a.label, a.status) for a in store.annotations())


# ---------------------------------------------------------------- suggest --jobs
@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_suggest_refuses_jobs_below_one_and_suggests_nothing(project, capsys, jobs):
    # --jobs 0 was taken as 1 without a word
    assert_user_error(run(capsys, "suggest", project, "--jobs", jobs, "--model", "none"),
                      f"--jobs takes a whole number of worker processes from 1, not {jobs}")
    assert spans(project) == []


def test_suggest_with_one_job_still_suggests(project, capsys):
    assert run(capsys, "suggest", project, "--jobs", "1", "--model", "none", "--no-links")[0] == 0
    assert ("DISTRICT", "suggested") in spans(project)


# ---------------------------------------------------------------- export -o -
def accepted_project(folder, capsys) -> None:
    assert run(capsys, "suggest", folder, "--model", "none", "--no-links")[0] == 0
    assert run(capsys, "review", folder, "--accept")[0] == 0


def test_export_to_standard_output_writes_the_file_s_bytes_there_and_no_file(project, tmp_path, capsys,
                                                                            monkeypatch):
    # -o - wrote a file named '-' in the current folder
    accepted_project(project, capsys)
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "export", project, "-o", tmp_path / "file.jsonl")[0] == 0
    code, out, err = run(capsys, "export", project, "-o", "-")
    assert code == 0 and not (tmp_path / "-").exists()
    assert out == (tmp_path / "file.jsonl").read_text(encoding="utf-8")  # jsonl, the default
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines and {line["doc"] for line in lines} == {"a.txt", "b.txt"}
    assert err == f"wrote {len(lines)} line(s) to standard output\n"  # what it did: on standard error


@pytest.mark.parametrize("args,first", [(("--format", "csv"), "document,"), (("--format", "conll"), "# doc: a.txt"),
                                        (("--table", "facts"), "document,year,label"),
                                        (("--format", "doccano"), '{"')])
def test_export_to_standard_output_in_each_text_format(project, capsys, args, first):
    accepted_project(project, capsys)
    code, out, err = run(capsys, "export", project, "-o", "-", *args)
    assert code == 0 and out.startswith(first), out[:80]  # no byte-order mark before a CSV table's header
    assert err.startswith("wrote ") and err.endswith(" standard output\n") and err.count("\n") == 1
    if "csv" in args or "facts" in args:
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) > 1 and all(len(row) == len(rows[0]) for row in rows)


def test_a_note_on_open_suggestions_goes_to_standard_error_too(project, capsys):
    assert run(capsys, "suggest", project, "--model", "none", "--no-links")[0] == 0
    code, out, err = run(capsys, "export", project, "-o", "-")
    assert code == 0 and out == ""
    assert err.startswith("wrote 0 line(s) to standard output\nnote: ") and "open suggestion(s)" in err


@pytest.mark.parametrize("args", [("--format", "xlsx"), ()])
def test_a_workbook_is_refused_on_standard_output(project, tmp_path, capsys, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "export", project, "-o", "-", *args)
    if not args:  # without --format, - is the default format (jsonl), not a workbook
        assert code == 0
        return
    assert_user_error((code, out, err), "-o - writes to standard output, which takes text; xlsx is a binary file",
                      "-o FILE.xlsx", "nothing was written")
    assert out == "" and not (tmp_path / "-").exists()


def test_a_file_named_dash_is_still_written_as_dot_slash_dash(project, tmp_path, capsys, monkeypatch):
    accepted_project(project, capsys)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "export", project, "-o", "./-", "--format", "csv")
    assert code == 0 and "to -" in out and (tmp_path / "-").read_text(encoding="utf-8-sig").startswith("document,")


# ---------------------------------------------------------------- meta year=
@pytest.mark.parametrize("value", ["abc", "2024.5", "20240", "1700", "2100", "-2020", "二〇二四"])
def test_meta_refuses_a_year_that_is_not_one_and_changes_nothing(project, capsys, value):
    assert_user_error(run(capsys, "meta", project, f"year={value}", "--all"),
                      f"metadata year takes a year in digits from 1800 to 2099, not {value!r}")
    with Store.open(project) as store:
        assert [d.metadata.get("year") for d in store.documents()] == [None, None]


def test_meta_takes_a_year_in_full_width_digits_as_ascii_ones_and_clears_it(project, capsys):
    code, out, _ = run(capsys, "meta", project, "year= ２０２４ ", "--doc", "a.txt")
    assert code == 0 and "set year=2024 on 1 document(s)" in out
    with Store.open(project) as store:
        assert [d.metadata.get("year") for d in store.documents()] == ["2024", None]
    assert run(capsys, "meta", project, "year=", "--all")[0] == 0  # clearing is always fine
    with Store.open(project) as store:
        assert [d.metadata.get("year") for d in store.documents()] == [None, None]


def test_meta_takes_the_field_after_the_options_too(project, capsys):
    """argparse fills a command's positionals at once: `meta P --all year=2024` said "unrecognized
    arguments: year=2024" where `meta P year=2024 --all` worked."""
    code, out, _ = run(capsys, "meta", project, "--all", "year=2024")
    assert code == 0 and "set year=2024 on 2 document(s)" in out
    assert run(capsys, "meta", project, "--doc", "a.txt", "year=2023")[0] == 0
    with Store.open(project) as store:
        assert [d.metadata.get("year") for d in store.documents()] == ["2023", "2024"]
    with pytest.raises(SystemExit) as stop:  # what is left over is still refused, nothing stored
        run(capsys, "meta", project, "--all", "year=2020", "more")
    assert stop.value.code == 2 and "unrecognized arguments: more" in capsys.readouterr().err
    with Store.open(project) as store:
        assert [d.metadata.get("year") for d in store.documents()] == ["2023", "2024"]


def test_other_keys_stay_free_text(project, capsys):
    assert run(capsys, "meta", project, "date=二〇二四年一月", "--all")[0] == 0
    assert run(capsys, "meta", project, "yearbook=abc", "--all")[0] == 0
    with Store.open(project) as store:
        assert [d.metadata for d in store.documents()] == [{"date": "二〇二四年一月", "yearbook": "abc"}] * 2


def test_import_refuses_a_meta_year_that_is_not_one_before_importing(tmp_path, capsys):
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert_user_error(run(capsys, "import", folder, tmp_path / "a.txt", "--meta", "year=abc"),
                      "metadata year takes a year in digits from 1800 to 2099, not 'abc'")
    with Store.open(folder) as store:
        assert store.documents() == []


def test_a_standard_key_in_another_case_is_that_key_and_checked_as_it(project, tmp_path, capsys):
    # Year=2020 was a free-text key of its own: a meta_year column beside an empty year
    assert_user_error(run(capsys, "meta", project, "Year=abc", "--all"),
                      "metadata year takes a year in digits from 1800 to 2099, not 'abc'")
    assert run(capsys, "meta", project, "YEAR=2020", "--all")[0] == 0
    assert run(capsys, "meta", project, " Jurisdiction =湖里区", "--doc", "a.txt")[0] == 0
    with Store.open(project) as store:
        assert [d.metadata for d in store.documents()] == [{"year": "2020", "jurisdiction": "湖里区"},
                                                           {"year": "2020"}]
    folder = tmp_path / "q"
    assert run(capsys, "new", folder)[0] == 0
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, "import", folder, tmp_path / "b.txt", "--meta", "Source=人民网")[0] == 0
    with Store.open(folder) as store:
        assert [d.metadata for d in store.documents()] == [{"source": "人民网"}]


# ---------------------------------------------------------------- a label the project lacks
@pytest.mark.parametrize("command", [("suggest", "--model", "none"), ("review", "--accept"),
                                     ("export", "-o", "out.jsonl"), ("agreement",)])
def test_a_label_the_project_lacks_is_said_alike_by_every_command(project, capsys, tmp_path, monkeypatch, command):
    # suggest and review said "unknown label 'CITY' (this project has …)", export "no label 'CITY' in …"
    monkeypatch.chdir(tmp_path)
    assert_user_error(run(capsys, command[0], project, *command[1:], "--label", "CITY"),
                      f"no label 'CITY' in {project} (its labels: DISTRICT, PROJECT, AMOUNT, TARGET)")
    assert spans(project) == [] and not (tmp_path / "out.jsonl").exists()


def test_a_label_in_the_wrong_case_is_named_back(project, capsys):
    assert_user_error(run(capsys, "suggest", project, "--label", "district"),
                      "no label 'district' in", "; did you mean 'DISTRICT'?")
    assert spans(project) == []


# ---------------------------------------------------------------- open-package FOLDER
def test_open_package_of_a_folder_says_it_is_one_and_what_a_package_is(project, tmp_path, capsys):
    # said "no such package file" of a folder that is there
    plain = tmp_path / "plain"
    plain.mkdir()
    assert_user_error(run(capsys, "open-package", plain, tmp_path / "new"),
                      f"{plain}: is a folder, not a package; a package is the .zip file "
                      "'annotator export-package PROJECT -o NAME.zip' makes")
    assert_user_error(run(capsys, "open-package", project, tmp_path / "new"),
                      f"{project}: is a project folder, not a package", "annotator gui FOLDER")
    assert not (tmp_path / "new").exists()
    assert_user_error(run(capsys, "open-package", tmp_path / "gone.zip", tmp_path / "new"), "no such package file")


def test_an_option_given_once_for_several_values_says_how_to_give_them(project, capsys):
    """`remove P --doc a.txt b.txt` said only "unrecognized arguments: b.txt" (--doc takes one value a
    time; --gold takes several): the message now shows the command as it is meant, and nothing goes."""
    with pytest.raises(SystemExit) as stop:
        run(capsys, "remove", project, "--doc", "a.txt", "b.txt")
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert ("unrecognized arguments: b.txt (--doc takes one value: give it once for each, --doc a.txt --doc b.txt)"
            in err)
    with Store.open(project) as store:
        assert len(store.documents()) == 2
