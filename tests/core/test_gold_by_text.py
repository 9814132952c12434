"""Gold made on a report the project holds under another name (renamed, or converted to GB18030 and
stored once by its text): evaluation and the gold's import stopped at "no document named …", and
importing the report again under the gold's name was skipped ("the same text is already in the
project") — a dead end. The one document whose text holds every gold span's text at its offsets is
taken for it, and the report says so; two that fit, or none, are still named as missing."""
from __future__ import annotations

import json

import pytest

from annotator import cli
from annotator.core.errors import AnnotatorError
from annotator.core.evaluation import evaluate_project
from annotator.core.imports.annotations import import_annotations

TEXT = "滨州市投资55.1亿元建设黄河大桥。"
GOLD = [{"doc": "binzhou_2024.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "滨州市",
         "value": {"name": "滨州市", "code": "371600"}},
        {"doc": "binzhou_2024.txt", "start": 5, "end": 11, "label": "AMOUNT", "text": "55.1亿元",
         "value": {"yuan": 5510000000}}]
LINKS = [{"doc": "binzhou_2024.txt", "start": 5, "end": 11, "label": "AMOUNT",
          "district": {"name": "滨州市", "code": "371600"}, "project": None}]


def write(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_the_report_under_another_name_takes_the_gold_and_its_links(make_project, open_store, tmp_path, capsys):
    folder = make_project({"滨州2024(GB18030).txt": TEXT, "other.txt": "十堰市投资3亿元。"})
    gold, links = write(tmp_path / "b.gold.jsonl", GOLD), write(tmp_path / "b.links.jsonl", LINKS)
    store = open_store(folder)
    report = import_annotations(store, [gold, links])
    assert report.added == 2 and report.links == 1 and report.rejected == []
    assert ("b.gold.jsonl: its binzhou_2024.txt is 滨州2024(GB18030).txt in this project (its text at every "
            "line's offsets), which takes its lines") in report.lines()
    doc = store.document_id_by_name("滨州2024(GB18030).txt")
    assert sorted(a.text for a in store.annotations(doc)) == ["55.1亿元", "滨州市"]
    result = evaluate_project(store, [gold], ["accepted"])
    assert result["documents_by_text"] == {"binzhou_2024.txt": "滨州2024(GB18030).txt"}
    assert result["overall"]["exact"]["f1"] == 1.0
    store.close()
    assert cli.main(["evaluate", str(folder), "--gold", str(gold), "--links", str(links)]) == 0
    said = capsys.readouterr()  # the note on standard error: standard output holds the tables alone
    assert said.err == (f"note: the gold's binzhou_2024.txt is 滨州2024(GB18030).txt in {folder} (its text at "
                        "every gold span)\n")
    assert "note:" not in said.out and said.out.startswith("label")
    assert "district right              1 / 1" in said.out


def test_a_name_two_documents_fit_or_none_is_still_missing(make_project, open_store, tmp_path):
    folder = make_project({"a.txt": TEXT, "b.txt": TEXT + "\n另一份。"})  # both hold the gold's spans
    store = open_store(folder)
    gold = write(tmp_path / "b.gold.jsonl", GOLD)
    with pytest.raises(AnnotatorError, match="gold names 1 document"):
        evaluate_project(store, [gold], ["accepted"])
    assert import_annotations(store, [gold]).added == 0
    elsewhere = write(tmp_path / "c.gold.jsonl", [{**GOLD[0], "text": "十堰市"}])  # another report's text
    with pytest.raises(AnnotatorError, match="gold names 1 document"):
        evaluate_project(store, [elsewhere], ["accepted"])


def test_lines_without_offsets_or_text_never_match_by_text(make_project, open_store, tmp_path):
    # a null end or text, or an empty span, is no evidence of the text: the lines are rejected by
    # number (the fuzzing of hostile gold lines found the search comparing None with a number)
    folder = make_project({"doc.txt": TEXT, "other.txt": "十堰市投资3亿元。"})
    store = open_store(folder)
    gold = write(tmp_path / "h.gold.jsonl", [
        {"doc": "doc.txt", "start": 0, "end": 0, "label": "DISTRICT", "text": None},
        {"doc": "missing.txt", "start": 0, "end": None, "label": "DISTRICT", "text": "0"},
        {"doc": "missing.txt", "start": 3, "end": 3, "label": "DISTRICT", "text": "x"}])
    report = import_annotations(store, [gold])
    assert report.added == 0 and len(report.rejected) >= 1
    assert store.annotations(store.document_id_by_name("doc.txt")) == []


def test_a_name_no_document_can_have_or_a_line_without_end_is_rejected_by_number(make_project, open_store,
                                                                                 tmp_path):
    # the search by text read every line's "end" and looked every name up: a lone surrogate in a name
    # (SQLite cannot take it) or a line without "end" stopped the import with a traceback
    folder = make_project({"doc.txt": TEXT, "other.txt": "十堰市投资3亿元。"})
    store = open_store(folder)
    path = tmp_path / "h.gold.jsonl"
    path.write_text('{"doc": "\\ud800", "start": 0, "end": 0, "label": "DISTRICT", "text": null}\n'
                    '{"doc": "gone.txt", "start": 0, "label": "DISTRICT", "text": "滨州市"}\n', encoding="utf-8")
    report = import_annotations(store, [path])
    assert report.added == 0 and sorted(n for _, n, _ in report.rejected) == [1, 2]


def test_the_command_line_says_the_document_taken_by_its_text_on_standard_error(make_project, tmp_path, capsys):
    """A note to check, as ``import`` writes its warnings: it was on standard output among what was stored."""
    folder = make_project({"滨州2024(GB18030).txt": TEXT})
    gold = write(tmp_path / "b.gold.jsonl", GOLD)
    assert cli.main(["import-annotations", str(folder), str(gold)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["added 2 annotation(s)", "b.gold.jsonl: stored 2 annotation(s)"], out
    assert err == ("b.gold.jsonl: its binzhou_2024.txt is 滨州2024(GB18030).txt in this project (its text at every "
                   "line's offsets), which takes its lines\n")
