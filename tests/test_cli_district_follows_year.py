"""`annotator meta` (and `meta --from`) of a year recoded no open district suggestion, though the former units
are read by the year; one of a jurisdiction that decides nothing said the spans were "now coded in the
jurisdiction" when the tables' order had coded them again; the warning of accepted guesses counted those the
jurisdiction codes alike; `review --accept` accepted codes the tables' order chose without a word."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import run

GULOU = "鼓楼区要加快建设现代服务业集聚区，鼓楼区全年新增就业1万人。\n"
WUWEI = "无为县要加快发展，全县新增就业1万人。\n"


def project(tmp_path, capsys, text: str):
    folder = tmp_path / "p"
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "r.txt")[0] == 0
    assert run(capsys, "suggest", folder, "--label", "DISTRICT", "--model", "none")[0] == 0
    return folder


def reasons(folder) -> list[str]:
    with Store.open(folder) as store:
        return [a.reason for a in store.annotations(labels=["DISTRICT"])]


def test_meta_year_recodes_the_former_units_and_says_so(tmp_path, capsys):
    folder = project(tmp_path, capsys, WUWEI)
    assert reasons(folder) == ["former unit: 无为县 340225 (2011–2018)"]
    code, out, err = run(capsys, "meta", folder, "year=2005", "--all")
    assert code == 0 and err == "", err
    assert out == (f"set year=2005 on 1 document(s) (0 unchanged) in {folder}; "
                   "1 open district suggestion(s) coded anew for the document's year\n")
    assert reasons(folder) == ["former unit: 无为县 341422 (2000–2010)"]
    code, out, err = run(capsys, "meta", folder, "year=", "--all")
    assert out.endswith("; 1 open district suggestion(s) coded anew without a year\n"), out
    assert reasons(folder) == ["former unit: 无为县 340225 (2011–2018)"]


def test_meta_from_a_table_of_years_recodes_them_too(tmp_path, capsys):
    folder = project(tmp_path, capsys, WUWEI)
    table = tmp_path / "meta.csv"
    table.write_text("document,year\nr.txt,2005\n", encoding="utf-8")
    code, out, err = run(capsys, "meta", folder, "--from", table)
    assert code == 0, err
    assert out == (f"set 1 field(s) of 1 document(s) from meta.csv (0 already as given) in {folder}; "
                   "1 open district suggestion(s) coded anew for the document's year\n")
    assert reasons(folder) == ["former unit: 无为县 341422 (2000–2010)"]


def test_a_jurisdiction_that_decides_nothing_is_said_so(tmp_path, capsys):
    folder = project(tmp_path, capsys, GULOU)
    assert run(capsys, "meta", folder, "jurisdiction=福州市", "--all")[0] == 0
    code, out, err = run(capsys, "meta", folder, "jurisdiction=厦门市", "--all")
    assert code == 0
    assert out == (f"set jurisdiction=厦门市 on 1 document(s) (0 unchanged) in {folder}; 2 open district "
                   "suggestion(s) now coded by the tables' order: the jurisdiction does not decide\n"), out


def test_the_accepted_guess_warning_counts_only_what_the_jurisdiction_codes_otherwise(tmp_path, capsys):
    folder = project(tmp_path, capsys, GULOU)
    with Store.open(folder) as store:
        store.update_annotation(store.annotations(labels=["DISTRICT"])[0].id, status="accepted")
    code, out, err = run(capsys, "meta", folder, "jurisdiction=厦门市", "--all")  # no 鼓楼区 there: nothing to check
    assert code == 0 and err == "", err
    code, out, err = run(capsys, "meta", folder, "jurisdiction=福州市", "--all")
    assert err == ("annotator: warning: 1 accepted district span(s) keep a code the tables' order chose: "
                   "check them\n"), err


def test_review_accept_says_how_many_accepted_codes_the_tables_order_chose(tmp_path, capsys):
    folder = project(tmp_path, capsys, GULOU)
    code, out, err = run(capsys, "review", folder, "--accept", "--label", "DISTRICT")
    assert code == 0 and out == f"accepted 2 open suggestion(s) in {folder}\n", out
    assert err == ("annotator: warning: 2 accepted district span(s) keep a code the tables' order chose: "
                   "check them\n"), err


def test_review_accept_in_the_jurisdiction_says_nothing_more(tmp_path, capsys):
    folder = project(tmp_path, capsys, GULOU)
    assert run(capsys, "meta", folder, "jurisdiction=福州市", "--all")[0] == 0
    code, out, err = run(capsys, "review", folder, "--accept", "--label", "DISTRICT")
    assert code == 0 and err == "", err
