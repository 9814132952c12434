"""Labels in the project's order (as the window lists them, after *Move up/down*) wherever the
command line lists them: stats, evaluate against gold, train, cross-validation. They were
listed by name (AMOUNT, DISTRICT, …, a lab's own label wherever its letters put it)."""
from __future__ import annotations

import json

from annotator.core.imports.text import sha256
from annotator.core.labels import in_order
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest.model.crossval import format_cross_validation
from annotator.core.suggest.model.scoring import SYSTEMS, f1_lines
from annotator.core.suggest.model.training import TrainReport
from annotator.core.suggest.runner import SuggestReport
from tests.cli_run import run

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园，力争新增80家企业。"
SPANS = [("a.txt", 3, 6, "DISTRICT", {"status": "accepted"}), ("a.txt", 8, 14, "AMOUNT", {"status": "accepted"}),
         ("a.txt", 16, 21, "PROJECT", {"status": "accepted"}), ("a.txt", 22, 31, "TARGET", {"status": "accepted"}),
         ("a.txt", 0, 3, "POLICY", {"status": "accepted"})]
ORDER = ["POLICY", "DISTRICT", "PROJECT", "AMOUNT", "TARGET"]


def made(tmp_path):
    """A project whose own label POLICY was moved first."""
    folder = tmp_path / "p"
    with Store.create(folder) as store:
        store.add_label("POLICY")
        store.move_label("POLICY", 1)
        doc = store.add_document(_document())
        for _name, start, end, label, extra in SPANS:
            store.add_annotation(doc.id, start, end, label, **extra)
        assert store.label_names() == ORDER
    return folder


def _document():
    return Document(None, "a.txt", "a.txt", TEXT, sha256(TEXT))


def test_in_order_puts_a_project_s_labels_first_and_any_other_after_by_name():
    assert in_order({"TARGET", "ZED", "AMOUNT", "OLD"}, ["TARGET", "DISTRICT", "AMOUNT"]) == \
        ["TARGET", "AMOUNT", "OLD", "ZED"]


def test_stats_lists_labels_in_the_project_s_order_in_text_and_json(tmp_path, capsys):
    folder = made(tmp_path)
    code, out, _err = run(capsys, "stats", folder)
    assert code == 0
    listed = [line.strip().split("/")[0] for line in out.splitlines() if line.startswith("  ") and "/accepted" in line]
    assert listed == ORDER, out
    code, out, _err = run(capsys, "stats", folder, "--json")
    assert [key.split("/")[0] for key in json.loads(out)["annotations"]] == ORDER
    assert [key.split("/")[0] for key in json.loads(out)["annotators"][""]] == ORDER


def test_evaluate_against_gold_lists_labels_in_the_project_s_order(tmp_path, capsys):
    folder = made(tmp_path)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"doc": "a.txt", "start": s, "end": e, "label": label, "text": TEXT[s:e]},
                                       ensure_ascii=False) + "\n" for _n, s, e, label, _x in SPANS), encoding="utf-8")
    code, out, _err = run(capsys, "evaluate", folder, "--gold", gold, "--json")
    assert code == 0, out
    assert list(json.loads(out)["labels"]) == ORDER
    code, out, _err = run(capsys, "evaluate", folder, "--gold", gold)
    rows = [line.split()[0] for line in out.splitlines() if line.split() and line.split()[0] in ORDER]
    assert list(dict.fromkeys(rows)) == ORDER, out


def test_train_and_cross_validation_lines_follow_the_given_order():
    report = TrainReport(2, {"AMOUNT": 3, "POLICY": 1, "DISTRICT": 5}, 0.5, ["AMOUNT", "DISTRICT", "POLICY"])
    assert "(POLICY 1, DISTRICT 5, AMOUNT 3)" in report.lines(ORDER)[0]
    kinds = {"overlap": {"gold": 1, "pred": 1, "p": 1.0, "r": 1.0, "f1": 1.0}, "exact": {"f1": 1.0}}
    result = {name: {"labels": {label: kinds for label in ("AMOUNT", "POLICY")}, "overall": kinds}
              for name in SYSTEMS}
    assert [line.split()[0] for line in f1_lines(result, ORDER)] == ["POLICY", "AMOUNT"]
    table = format_cross_validation({**result, "documents": ["a", "b"], "seconds": 1}, ORDER)
    assert [line.split()[0] for line in table.splitlines() if line.split()[:1] in (["POLICY"], ["AMOUNT"])] == \
        ["POLICY"] * len(SYSTEMS) + ["AMOUNT"] * len(SYSTEMS)


def test_suggest_counts_its_new_suggestions_in_the_project_s_order(tmp_path, capsys):
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    (tmp_path / "a.txt").write_text("湖里区计划投资55.1亿元建设松元产业园，力争新增80家企业。", encoding="utf-8")
    assert run(capsys, "import", folder, tmp_path / "a.txt")[0] == 0
    assert run(capsys, "labels", folder, "--move", "TARGET", "--to", "1")[0] == 0
    code, out, _err = run(capsys, "suggest", folder, "--model", "none")
    line = next(line for line in out.splitlines() if "new suggestion(s) (" in line)
    listed = [part.split()[0] for part in line[line.rindex("(") + 1:line.rindex(")")].split(", ")]
    assert code == 0 and listed == ["TARGET", "DISTRICT", "PROJECT", "AMOUNT"], line
    assert "(B 1, A 2)" in SuggestReport(1, 3, by_label={"A": 2, "B": 1}, order=["B", "A"]).lines()[0]
