"""A project holding one report twice, in simplified characters and in traditional ones (a UTF-8 copy and
a Big5 one): gold made on the simplified form under another name was found by its text in the simplified
copy, until a text in other characters fitted too (湖里区 for 湖裡區): then both copies fitted, and evaluation
and the gold's import stopped at "no document named …". The copy whose text is the gold's as written is
taken; the other writing only where no copy holds it so."""
from __future__ import annotations

import json

from annotator.core.evaluation import evaluate_project
from annotator.core.imports.annotations import import_annotations

SIMPLIFIED = "湖里区将加快推进松元产业园二期建设，海沧区后溪镇完成投资55.1亿元。"
WRITTEN = "湖裡區將加快推進松元產業園二期建設，海滄區後溪鎮完成投資55.1億元。"
GOLD = [{"doc": "huli_2020.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "湖里区"},
        {"doc": "huli_2020.txt", "start": 8, "end": 13, "label": "PROJECT", "text": "松元产业园"}]


def test_the_copy_in_the_golds_own_writing_takes_it(make_project, open_store, tmp_path):
    folder = make_project({"huli(big5).txt": WRITTEN, "huli(utf8).txt": SIMPLIFIED})
    gold = tmp_path / "h.gold.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD), encoding="utf-8")
    store = open_store(folder)
    assert evaluate_project(store, [gold], ["accepted"])["documents_by_text"] == {"huli_2020.txt": "huli(utf8).txt"}
    report = import_annotations(store, [gold])
    assert report.added == 2 and report.rejected == [] and report.other_writing == 0
    assert sorted(a.text for a in store.annotations(store.document_id_by_name("huli(utf8).txt"))) == [
        "松元产业园", "湖里区"]


def test_the_other_writing_still_fits_where_no_copy_holds_the_golds(make_project, open_store, tmp_path):
    folder = make_project({"huli(big5).txt": WRITTEN, "other.txt": "十堰市投资3亿元。"})
    gold = tmp_path / "h.gold.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD), encoding="utf-8")
    store = open_store(folder)
    assert evaluate_project(store, [gold], ["accepted"])["documents_by_text"] == {"huli_2020.txt": "huli(big5).txt"}
