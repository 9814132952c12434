"""A document only one coder coded (the agreement's "not compared"): adjudication counted each of that
coder's spans as a disagreement (Li Ming against —, 132 of them in jincheng_2020.txt), with no word that
the other coder never coded it. Now its regions are that coder's alone: no disagreement, nothing agreed
(*Take all agreed* and ``annotator adjudicate`` leave them, and say so), taken as they are on request;
"coded" is the agreement's one definition (:func:`annotator.core.team.uncompared.coded_documents`)."""
from __future__ import annotations

from annotator.core.models import ALONE_STEP
from annotator.core.team.adjudication import (
    GOLD,
    disagreements,
    regions,
    take_agreed,
    take_alone,
)
from annotator.core.team.agreement import project_agreement
from annotator.core.team.uncompared import alone_in, coded_documents, coded_in, summary
from annotator.core.undo import UndoHistory

TEXT = "湖里区投资55.1亿元建设松元产业园。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"annotator": "A"}), ("a.txt", 0, 3, "DISTRICT", {"annotator": "B"}),
         ("a.txt", 5, 11, "AMOUNT", {"annotator": "A"}), ("a.txt", 5, 10, "AMOUNT", {"annotator": "B"}),
         ("b.txt", 0, 3, "DISTRICT", {"annotator": "A"}), ("b.txt", 13, 18, "PROJECT", {"annotator": "A"}),
         ("b.txt", 5, 11, "AMOUNT", {"annotator": "B", "status": "rejected"})]  # B's "not this": no code of B's


def _project(make_project, open_store):
    store = open_store(make_project({"a.txt": TEXT, "b.txt": TEXT + "\n又一份。"}, spans=SPANS))
    docs = {d.name: d.id for d in store.documents()}
    return store, docs


def test_a_document_one_coder_alone_coded_holds_no_disagreement(make_project, open_store):
    store, docs = _project(make_project, open_store)
    found = regions(store, docs["b.txt"], ["A", "B"])
    assert [(r.start, r.end, r.alone, r.agreed, r.disagreement) for r in found] == [
        (0, 3, "A", False, False), (13, 18, "A", False, False)]
    assert disagreements(store, docs["b.txt"], ["A", "B"]) == []
    assert [(r.start, r.alone) for r in disagreements(store, docs["a.txt"], ["A", "B"])] == [(5, None)]


def test_take_all_agreed_leaves_it_and_take_alone_copies_the_coders_spans_in_one_step(make_project, open_store):
    store, docs = _project(make_project, open_store)
    assert take_agreed(store, docs["b.txt"], ["A", "B"]).changes == ()
    history = UndoHistory(store)
    step = take_alone(store, docs["b.txt"], ["A", "B"])
    assert history.push(step) and step.description == f"take 2 span(s) of A{ALONE_STEP}"
    held = sorted((a.start, a.end, a.label, a.status, a.reason) for a in store.annotations(docs["b.txt"])
                  if a.annotator == GOLD)
    assert held == [(0, 3, "DISTRICT", "accepted", "from A"), (13, 18, "PROJECT", "accepted", "from A")]
    assert take_alone(store, docs["b.txt"], ["A", "B"]).changes == ()  # decided: nothing left to take
    assert take_alone(store, docs["a.txt"], ["A", "B"]).changes == ()  # two coders: not the one's alone
    history.undo()
    assert not [a for a in store.annotations(docs["b.txt"]) if a.annotator == GOLD]


def test_coded_is_one_definition_for_the_agreement_and_adjudication(make_project, open_store):
    store, docs = _project(make_project, open_store)
    assert coded_in(store, ["A", "B"]) == {"A": {docs["a.txt"], docs["b.txt"]}, "B": {docs["a.txt"]}}
    assert coded_documents([("A", 1), ("A", 1)], ["A", "B"]) == {"A": {1}, "B": set()}
    said = project_agreement(store).alone
    assert said == alone_in(store, ["A", "B"]) and [(a.coder, a.document) for a in said] == [("A", "b.txt")]
    assert summary(said, ["A", "B"]) == "A alone coded b.txt; B did not"


def test_the_command_line_says_what_it_left_and_takes_it_when_asked_and_the_about_sheet_says_why(
        make_project, tmp_path, capsys):
    from openpyxl import load_workbook

    from annotator.cli import main

    folder = make_project({"a.txt": TEXT, "b.txt": TEXT + "\n又一份。"}, spans=SPANS)
    assert main(["adjudicate", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "took 1 agreed span(s) of A, B" in out
    assert "  not adjudicated: A alone coded b.txt; B did not (nothing to compare there); --take-alone" in out

    def about() -> str:
        assert main(["export", str(folder), "-o", str(tmp_path / "gold.xlsx"), "--annotator", GOLD]) == 0
        rows = load_workbook(tmp_path / "gold.xlsx")["About"].iter_rows(values_only=True)
        row = next(r for r in rows if r[0] == "team" and r[1] == f"gold layer {GOLD}")
        return f"{row[2]} | {row[3]}"

    said = about()
    assert said.startswith("adjudicated in 1 of 2 document(s)")
    assert said.endswith("; 1 of them one coder alone coded, with no other version to adjudicate from (A alone "
                         "coded b.txt; B did not): not adjudicated (annotator adjudicate --take-alone takes them)")
    assert main(["adjudicate", str(folder), "--take-alone"]) == 0
    out = capsys.readouterr().out
    assert "took 0 agreed span(s)" in out and "  and 2 span(s) as coded where one coder alone coded" in out
    said = about()
    assert said.startswith("adjudicated in 2 of 2 document(s)")
    assert said.endswith("that coder's spans taken as coded in 1")
    assert main(["adjudicate", str(folder)]) == 0
    assert "alone" not in capsys.readouterr().out  # taken: nothing left to say


def test_the_methods_paragraph_says_which_documents_were_not_compared_and_why_gold_misses_them(
        make_project, open_store):
    """The agreement's figures are of the documents two coders coded, and the gold layer is missing
    where one coder alone coded: the paragraph said "in 1 of the 2 documents the coders coded" and
    gave the figures without a word of either."""
    from annotator.core.methods_text import paragraph

    store, docs = _project(make_project, open_store)
    take_agreed(store, docs["a.txt"], ["A", "B"])
    en, zh = paragraph(store, "en"), paragraph(store, "zh")
    assert "1 document coded by one coder alone was not compared (A: b.txt)" in en
    assert "in 1 of the 2 documents the coders coded (1 of them coded by one coder alone: no versions" in en
    assert "另有 1 篇文档仅由一名编码员编码，未作比较（A：b.txt）" in zh
    assert "（其中 1 篇仅由一名编码员编码，没有可供裁定的不同版本）" in zh
    take_alone(store, docs["b.txt"], ["A", "B"])  # taken as coded: the layer is in both, nothing to explain
    assert "no versions to adjudicate from" not in paragraph(store, "en")
