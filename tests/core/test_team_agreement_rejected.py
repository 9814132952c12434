"""A rejected span is a coder saying "not this": it is never a coder's code in the agreement. The
workbook exported with --status accepted,rejected counted wang's rejected 湖里区 as wang's DISTRICT,
so li and wang, who disagree there, showed kappa 1."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from annotator.core.errors import AnnotatorError
from annotator.core.export.formats import export
from annotator.core.team.agreement import project_agreement

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园，新增企业20家。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"}), ("a.txt", 3, 6, "DISTRICT", {"annotator": "li"}),
         ("a.txt", 0, 3, "DISTRICT", {"annotator": "wang"}),
         ("a.txt", 3, 6, "DISTRICT", {"annotator": "wang", "status": "rejected"})]


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT, SPANS))


def test_the_agreement_sheet_of_an_export_with_rejected_spans_compares_only_what_coders_marked(store, tmp_path):
    accepted = project_agreement(store).row(["li", "wang"])
    assert accepted.spans == (2, 1) and accepted.kappa is not None and accepted.kappa < 1
    export(store, tmp_path / "全部 状态.xlsx", statuses=["accepted", "rejected"])
    header, *rows = list(load_workbook(tmp_path / "全部 状态.xlsx", read_only=True)["Agreement"].values)
    overall = dict(zip(header, rows[0], strict=False))  # the empty link cells at the end are not read
    assert (overall["label"], overall["spans"], overall["kappa"]) == ("overall", "2/1", round(accepted.kappa, 4))


def test_the_agreement_of_rejected_spans_is_refused_in_one_sentence(store):
    with pytest.raises(AnnotatorError, match="rejected spans .* never compared"):
        project_agreement(store, statuses=["accepted", "rejected"])


def test_a_coder_named_with_only_rejected_spans_leaves_the_sheet_out_not_the_export(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT, [SPANS[0], ("a.txt", 0, 3, "DISTRICT", {"annotator": "zhao",
                                                                               "status": "rejected"})]))
    out = tmp_path / "two.xlsx"
    export(store, out, statuses=["accepted", "rejected"], annotators=["li", "zhao"])
    assert "Agreement" not in load_workbook(out, read_only=True).sheetnames
