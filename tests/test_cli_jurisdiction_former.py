"""`annotator import P f.txt --meta jurisdiction=宜州市` and `annotator meta P jurisdiction=宜州市` warned
"'宜州市' names no division …; give the code too", as of a typo; 宜州市 is a former unit (451281 until the
code table of 2015, in resources/gazetteer_former.tsv), which the link rules compare by its code in the
document's year. Both now say so, and what the table knows of it."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import run

TEXT = "宜州市政府工作报告\n——2015年1月20日在宜州市第三届人民代表大会第五次会议上\n全年投资55.1亿元建设工业园。\n"
SAID = ("'宜州市' is a former unit, no division of today's gazetteer (the former units' table: 451281 from 2002 to "
        "2015, 452702 from 2000 to 2001): the link rules compare it by its code in the document's year, and the facts "
        "it places{} keep its name with code null, as the guide gives a former name; for a report of a later year, "
        "give today's unit with its code")


def test_import_meta_and_meta_say_a_former_unit_is_one(tmp_path, capsys):
    project = tmp_path / "p"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, tmp_path / "a.txt", "--meta", "jurisdiction=宜州市")
    assert code == 0 and out == "imported 1 document(s)\n"
    assert err == f"annotator: warning: {SAID.format('')}\n", err
    code, out, err = run(capsys, "meta", project, "jurisdiction=宜州市 ", "--all")  # as typed, a space after
    assert code == 0 and "names no division" not in err
    code, out, err = run(capsys, "meta", project, "jurisdiction=河池市", "--all")
    code, out, err = run(capsys, "meta", project, "jurisdiction=宜州市", "--all")
    assert code == 0 and err == f"annotator: warning: {SAID.format(' (a.txt)')}\n", err
    with Store.open(project) as store:
        (doc,) = store.documents()
        assert doc.metadata["jurisdiction"] == "宜州市"  # kept as given
