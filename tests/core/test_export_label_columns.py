"""The Documents sheet counts each label's spans in a column of its own, and the Codebook names the
label of each: labels whose ASCII names meet (my label, my_label), a label named like a status
column (accepted) and Chinese names (政策, 措施: n_label_N) each keep their own count."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.export import xlsx
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from tests.sheets import table

TEXT = "实施乡村振兴战略，建设松元产业园，推进城市更新。"
SPANS = {"my label": ["乡村振兴战略"], "my_label": ["松元产业园", "城市更新"], "政策": ["乡村振兴"],
         "措施": ["建设松元产业园", "推进城市更新", "实施乡村振兴战略"], "accepted": ["战略"]}


def test_each_label_has_its_own_documents_column_and_codebook_line(tmp_path):
    out = tmp_path / "out.xlsx"
    with Store.create(tmp_path / "proj") as store:
        doc = store.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT), char_count=len(TEXT)))
        doc_id = doc.id
        for name, pieces in SPANS.items():  # my_label beside "my label": as an older project holds them
            store.add_label(name, alike=True)
            for piece in pieces:
                start = TEXT.index(piece)
                store.add_annotation(doc_id, start, start + len(piece), name, status="accepted")
        xlsx.write(store, out, statuses=["accepted"])
    wb = load_workbook(out, read_only=True)
    header = next(wb["Documents"].iter_rows(values_only=True))
    assert len(header) == len(set(header))
    counts = [c for c in header if c.startswith("n_")]
    assert counts == ["n_district", "n_project", "n_amount", "n_target", "n_my_label", "n_my_label_6",
                      "n_label_7", "n_label_8", "n_accepted_9", "n_suggested", "n_accepted", "n_rejected"]
    row = table(wb["Documents"])[0]
    assert [row[c] for c in counts[4:9]] == [1, 2, 1, 3, 1]
    assert row["n_accepted"] == 8
    meanings = {r["column"]: r["meaning"] for r in table(wb["Codebook"]) if r["sheet"] == "Documents"}
    assert meanings["n_label_7"] == "exported 政策 spans of the document"
    assert meanings["n_my_label_6"] == "exported my_label spans of the document"
    assert meanings["n_accepted_9"] == "exported accepted spans of the document"


def test_a_label_moved_in_the_list_keeps_its_documents_column(tmp_path):
    """(A label named without ASCII was counted in n_label_ and its place: moved up, 政策's column
    became n_label_2, and a Stata or R script reading n_label_7 lost it.)"""
    with Store.create(tmp_path / "proj") as store:
        doc_id = store.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT), char_count=len(TEXT))).id
        for name in ("政策", "措施"):
            store.add_label(name)
        store.add_annotation(doc_id, 0, 2, "政策", status="accepted")
        out = tmp_path / "before.xlsx"
        xlsx.write(store, out, statuses=["accepted"])
        before = next(load_workbook(out, read_only=True)["Documents"].iter_rows(values_only=True))
        store.move_label("政策", 1)
        assert store.label_names()[0] == "政策"
        out = tmp_path / "after.xlsx"
        xlsx.write(store, out, statuses=["accepted"])
    wb = load_workbook(out, read_only=True)
    after = next(wb["Documents"].iter_rows(values_only=True))
    assert "n_label_5" in before and "n_label_5" in after and after.index("n_label_5") < after.index("n_district")
    assert table(wb["Documents"])[0]["n_label_5"] == 1


def test_a_long_label_name_gives_a_documents_column_stata_reads_by_its_name(tmp_path):
    """(INFRASTRUCTURE_INVESTMENT_PROGRAMME_NAME was counted in n_infrastructure_investment_progra,
    34 characters: Stata's import and pandas' to_stata renamed it, so a script could not name it.)"""
    long = "INFRASTRUCTURE_INVESTMENT_PROGRAMME_NAME"
    with Store.create(tmp_path / "proj") as store:
        doc_id = store.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT), char_count=len(TEXT))).id
        for name in (long, long + "_PHASE_TWO"):
            store.add_label(name)
        store.add_annotation(doc_id, 0, 2, long, status="accepted")
        out = tmp_path / "out.xlsx"
        xlsx.write(store, out, statuses=["accepted"])
    wb = load_workbook(out, read_only=True)
    header = next(wb["Documents"].iter_rows(values_only=True))
    counts = [c for c in header if c.startswith("n_")]
    assert counts[4:6] == ["n_infrastructure_investment_prog", "n_infrastructure_investment_pr_6"]
    assert all(len(c) <= 32 for c in header) and len({c.lower() for c in header}) == len(header)
    assert table(wb["Documents"])[0]["n_infrastructure_investment_prog"] == 1
    meanings = {r["column"]: r["meaning"] for r in table(wb["Codebook"]) if r["sheet"] == "Documents"}
    assert meanings["n_infrastructure_investment_pr_6"] == f"exported {long}_PHASE_TWO spans of the document"
