"""The workbook's Agreement sheet kept a row of zeros per label for a pair of coders with no document
in common (read as total disagreement in a paper's table), while ``annotator agreement`` prints one
"not compared" line and ``agreement -o`` leaves them out: now the sheet leaves them out too and names
them in its note, and its figures are rounded as the printed table's (links' shares to three decimals)."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.export import agreement_file
from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.team.agreement import project_agreement
from annotator.core.team.agreement_table import table_lines

ONE = "厦门市湖里区计划投资55.1亿元建设松元产业园。"
TWO = "翔安区新增规上工业企业20家，同安区投资3亿元。"


def test_a_pair_with_no_document_in_common_has_no_rows_but_a_line_in_the_note(tmp_path):
    with Store.create(tmp_path / "p") as store:
        one = store.add_document(Document(None, "one.txt", "one", ONE, sha256(ONE))).id
        two = store.add_document(Document(None, "two.txt", "two", TWO, sha256(TWO))).id
        for who, end in (("li", 3), ("wang", 6)):
            store.add_annotation(one, 0, end, "DISTRICT", annotator=who)
        store.add_annotation(two, 0, 3, "DISTRICT", annotator="zhao")  # zhao shares no document with wang
        store.add_annotation(two, 0, 3, "DISTRICT", annotator="li")
        export(store, tmp_path / "team.xlsx")
        result = project_agreement(store, annotators=["li", "wang", "zhao"], statuses=["accepted"])
    printed = table_lines(result)
    assert "not compared, no document coded by both: wang / zhao" in printed
    wb = load_workbook(tmp_path / "team.xlsx", read_only=True)
    header, *rows = list(wb["Agreement"].values)
    groups = {r[0] for r in rows}
    assert "wang / zhao" not in groups and {"li / wang", "li / zhao"} <= groups
    note = next(r[2] for r in wb["About"].values if r[1] == "Agreement")
    assert "not compared, no document coded by both: wang / zhao" in note
    file_rows = agreement_file.rows(result)  # what agreement -o writes: the same rows, the same figures
    padded = [list(r) + [None] * (len(header) - len(r)) for r in rows]
    assert padded == file_rows


def test_agreement_json_has_no_rows_of_zeros_for_a_pair_with_no_document_in_common(tmp_path, capsys):
    """`agreement --json` kept a row of zeros per label for wang / zhao, which a script reads as total
    disagreement; it now leaves them out as the table does and names the pair."""
    import json

    from tests.cli_run import run

    with Store.create(tmp_path / "p") as store:
        one = store.add_document(Document(None, "one.txt", "one", ONE, sha256(ONE))).id
        two = store.add_document(Document(None, "two.txt", "two", TWO, sha256(TWO))).id
        for who, doc in (("li", one), ("wang", one), ("zhao", two), ("li", two)):
            store.add_annotation(doc, 0, 3, "DISTRICT", annotator=who)
    code, out, err = run(capsys, "agreement", tmp_path / "p")
    assert code == 0 and "not compared, no document coded by both: wang / zhao" in out, err
    result = json.loads(run(capsys, "agreement", tmp_path / "p", "--json")[1])
    assert {r["group"] for r in result["rows"]} >= {"li / wang", "li / zhao"}
    assert "wang / zhao" not in {r["group"] for r in result["rows"]}
    assert result["no_shared_document"] == ["wang / zhao"]
