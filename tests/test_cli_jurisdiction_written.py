"""`annotator meta P jurisdiction=厦门市湖里区` (or 福建厦门湖里区, 湖里, 厦门湖里) warned that it named no
division, on standard output, and the facts it placed had no district code; `jurisdiction=鼓楼区` said
nothing of the four 鼓楼区. Now such a name is the one unit it names, and the warnings, on standard
error, name the units a name may be and how to say which."""
from __future__ import annotations

import csv

import pytest

from annotator.core.store import Store
from tests.cli_run import run

TEXT = "政府工作报告\n全年投资55.1亿元建设松元产业园。\n"  # no district named: the jurisdiction places its facts


@pytest.fixture
def project(tmp_path, capsys):
    folder = tmp_path / "p"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "a.txt")[0] == 0
    return folder


def facts(capsys, project, tmp_path) -> list[dict[str, str]]:
    out = tmp_path / "facts.csv"
    code, _out, err = run(capsys, "export", project, "-o", out, "--table", "facts", "--status", "accepted,suggested")
    assert code == 0, err
    with open(out, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("typed", ["厦门市湖里区", "福建省厦门市湖里区", "福建厦门湖里区", "厦门市 湖里区", "湖里",
                                   "厦门湖里"])
def test_a_jurisdiction_written_with_the_units_above_it_or_short_places_facts_with_its_code(
        project, capsys, tmp_path, typed):
    code, out, err = run(capsys, "meta", project, f"jurisdiction={typed}", "--all")
    assert code == 0 and out == f"set jurisdiction={typed} on 1 document(s) (0 unchanged) in {project}\n"
    assert "warning" not in err, err
    with Store.open(project) as store:
        assert store.documents()[0].metadata["jurisdiction"] == typed  # kept as written
    assert run(capsys, "suggest", project)[0] == 0
    rows = facts(capsys, project, tmp_path)
    assert rows and {(r["district_code"], r["district_name"], r["link"]) for r in rows} == {
        ("350206", "湖里区", "jurisdiction")}, rows


def test_a_jurisdiction_several_units_are_called_is_warned_of_naming_them_on_standard_error(project, capsys):
    code, out, err = run(capsys, "meta", project, "jurisdiction=鼓楼区", "--all")
    assert code == 0 and out == f"set jurisdiction=鼓楼区 on 1 document(s) (0 unchanged) in {project}\n"
    assert err == ("annotator: warning: '鼓楼区' names 4 divisions (南京市鼓楼区 320106, 徐州市鼓楼区 320302, "
                   "福州市鼓楼区 350102, 开封市鼓楼区 410204), so the facts placed by it get no district code "
                   '(a.txt); write the city before it, as jurisdiction=南京市鼓楼区, or give the code, '
                   'as jurisdiction="鼓楼区 320106"\n'), err
    code, out, err = run(capsys, "meta", project, "jurisdiction=福州市鼓楼区", "--all")  # as the warning says
    assert code == 0 and err == "", err


def test_import_meta_and_a_table_warn_of_it_too(project, capsys, tmp_path):
    (tmp_path / "b.txt").write_text(TEXT + "b", encoding="utf-8")
    code, out, err = run(capsys, "import", project, tmp_path / "b.txt", "--meta", "jurisdiction=朝阳区")
    assert code == 0 and out == "imported 1 document(s)\n"
    assert "annotator: warning: '朝阳区' names 2 divisions (北京市朝阳区 110105, 长春市朝阳区 220104)" in err, err
    table = tmp_path / "t.csv"
    table.write_text("document,jurisdiction\na.txt,鼓楼区\nb.txt,北京朝阳\n", encoding="utf-8")
    code, out, err = run(capsys, "meta", project, "--from", table)
    assert code == 0 and "warning" not in out, out
    assert err.startswith("annotator: warning: row 2: '鼓楼区' names 4 divisions (南京市鼓楼区 320106,"), err
    assert err.count("\n") == 1, err  # b.txt's 北京朝阳 is 朝阳区 110105: no word


def test_import_meta_and_a_table_warn_of_a_name_of_no_division_as_meta_does(project, capsys, tmp_path):
    (tmp_path / "c.txt").write_text(TEXT + "c", encoding="utf-8")
    code, out, err = run(capsys, "import", project, tmp_path / "c.txt", "--meta", "jurisdiction=湖里县")
    assert code == 0 and out == "imported 1 document(s)\n"
    assert err == ("annotator: warning: '湖里县' names no division the gazetteer or the document's districts know, "
                   "so the facts placed by it get no district code unless a document's districts name it; "
                   "give the code too, as jurisdiction=\"湖里区 350206\"\n"), err
    table = tmp_path / "t.csv"
    table.write_text("document,jurisdiction\nc.txt,湖里县\n", encoding="utf-8")
    code, out, err = run(capsys, "meta", project, "--from", table)
    assert code == 0 and err.startswith("annotator: warning: row 2: '湖里县' names no division"), err
