"""`annotator meta P jurisdiction=…` and `meta P --from TABLE` after `annotator suggest` left the open DISTRICT
suggestions with the tables' first unit (南京's 鼓楼区 in a report of 福州) although their reason said to give the
jurisdiction; now they follow it in the same write, and the command says how many, on standard output."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import run

TEXT = "鼓楼区要加快建设现代服务业集聚区，鼓楼区全年新增就业1万人。\n"


def project(tmp_path, capsys, accept: bool = False):
    folder = tmp_path / "p"
    (tmp_path / "fz.txt").write_text(TEXT, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "fz.txt")[0] == 0
    assert run(capsys, "suggest", folder, "--label", "DISTRICT", "--model", "none")[0] == 0
    if accept:
        with Store.open(folder) as store:
            store.update_annotation(store.annotations(labels=["DISTRICT"])[0].id, status="accepted")
    return folder


def codes(folder) -> list[tuple[str, str]]:
    with Store.open(folder) as store:
        return [(a.status, a.value.get("code")) for a in store.annotations(labels=["DISTRICT"])]


def test_meta_codes_the_open_district_suggestions_in_the_jurisdiction_and_says_so(tmp_path, capsys):
    folder = project(tmp_path, capsys)
    assert codes(folder) == [("suggested", "320106")] * 2
    code, out, err = run(capsys, "meta", folder, "jurisdiction=福州市", "--all")
    assert code == 0, err
    assert out == (f"set jurisdiction=福州市 on 1 document(s) (0 unchanged) in {folder}; "
                   "2 open district suggestion(s) now coded in the jurisdiction\n")
    assert codes(folder) == [("suggested", "350102")] * 2
    code, out, err = run(capsys, "meta", folder, "jurisdiction=福州市", "--doc", "fz.txt")  # as it is: no word
    assert out == f"set jurisdiction=福州市 on 0 document(s) (1 unchanged) in {folder}\n"


def test_accepted_spans_stay_and_are_named_to_check_on_standard_error(tmp_path, capsys):
    folder = project(tmp_path, capsys, accept=True)
    code, out, err = run(capsys, "meta", folder, "jurisdiction=福州市", "--doc", "fz.txt")
    assert code == 0 and out.endswith("; 1 open district suggestion(s) now coded in the jurisdiction\n"), out
    assert err == ("annotator: warning: 1 accepted district span(s) keep a code the tables' order chose: "
                   "check them\n"), err
    assert codes(folder) == [("accepted", "320106"), ("suggested", "350102")]


def test_meta_from_a_table_codes_them_too(tmp_path, capsys):
    folder = project(tmp_path, capsys)
    table = tmp_path / "meta.csv"
    table.write_text("document,jurisdiction\nfz.txt,开封市\n", encoding="utf-8")
    code, out, err = run(capsys, "meta", folder, "--from", table)
    assert code == 0, err
    assert out == (f"set 1 field(s) of 1 document(s) from meta.csv (0 already as given) in {folder}; "
                   "2 open district suggestion(s) now coded in the jurisdiction\n")
    assert codes(folder) == [("suggested", "410204")] * 2


def test_import_with_the_jurisdiction_suggests_in_it_already(tmp_path, capsys):
    folder = tmp_path / "p"
    (tmp_path / "fz.txt").write_text(TEXT, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "fz.txt", "--meta", "jurisdiction=福州市")[0] == 0
    assert run(capsys, "suggest", folder, "--label", "DISTRICT", "--model", "none")[0] == 0
    assert codes(folder) == [("suggested", "350102")] * 2
