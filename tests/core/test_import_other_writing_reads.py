"""A gold file or workbook imported line by line: each line's text was compared with its document's in
other characters (湖里区 for 湖裡區) by a query of SQLite per line, which walks a long text from its start
(0.4 ms a line in a 200,000-character report: 5.3 s of a 12 s import of 40,000 lines over 100 reports).
A document's text is now read once per batch, as the batch's store reads it anyway."""
from __future__ import annotations

import json

from annotator.core.export.xlsx import write
from annotator.core.imports.annotations import import_annotations
from tests.core.conftest import build_project

SIMPLIFIED = "湖里区将加快推进松元产业园二期建设，海沧区后溪镇完成投资55.1亿元。\n"
WRITTEN = "湖裡區將加快推進松元產業園二期建設，海滄區後溪鎮完成投資55.1億元。\n"
REPEATS, DOCS = 60, 3


def _texts(text: str) -> dict[str, str]:
    return {f"r{d}.txt": text * REPEATS + f"第{d}页\n" for d in range(DOCS)}


def _lines() -> list[dict]:
    at = SIMPLIFIED.index("松元产业园")
    return [{"doc": f"r{d}.txt", "start": i * len(SIMPLIFIED) + at, "end": i * len(SIMPLIFIED) + at + 5,
             "label": "PROJECT", "text": "松元产业园"} for d in range(DOCS) for i in range(REPEATS)]


def _text_reads(store) -> list[str]:
    reads: list[str] = []
    store.conn.set_trace_callback(lambda sql: reads.append(sql) if "FROM documents" in sql and "text" in sql
                                  else None)
    return reads


def test_a_gold_file_reads_each_documents_text_once_not_once_a_line(tmp_path, open_store):
    gold = tmp_path / "s.gold.jsonl"
    gold.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in _lines()), encoding="utf-8")
    store = open_store(build_project(tmp_path / "T", _texts(WRITTEN)))
    reads = _text_reads(store)
    report = import_annotations(store, [gold])
    store.conn.set_trace_callback(None)
    assert report.added == DOCS * REPEATS and report.other_writing == DOCS * REPEATS
    assert {a.text for a in store.iter_annotations()} == {"松元產業園"}
    assert len(reads) <= 2 * DOCS, reads[:5]  # was one a line (180)


def test_a_workbook_reads_each_documents_text_once_not_once_a_row(tmp_path, open_store):
    simple = open_store(build_project(tmp_path / "S", _texts(SIMPLIFIED)))
    gold = tmp_path / "s.gold.jsonl"
    gold.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in _lines()), encoding="utf-8")
    import_annotations(simple, [gold])
    write(simple, tmp_path / "s.xlsx")
    store = open_store(build_project(tmp_path / "T", _texts(WRITTEN)))
    reads = _text_reads(store)
    report = import_annotations(store, [tmp_path / "s.xlsx"])
    store.conn.set_trace_callback(None)
    assert report.added == DOCS * REPEATS and not report.rejected, report.rejected[:3]
    assert {a.text for a in store.iter_annotations()} == {"松元產業園"}
    assert len(reads) <= 2 * DOCS, reads[:5]  # was one a row (180)


def test_a_file_named_with_braces_is_said_as_named(tmp_path, open_store):
    """The note on such lines was filled in with str.format after the file's name: gold{1}.jsonl (or a
    workbook so named) stopped the import at its end with a ValueError (a traceback), its lines stored."""
    gold = tmp_path / "gold{1}.jsonl"
    gold.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in _lines()), encoding="utf-8")
    simple = open_store(build_project(tmp_path / "S", _texts(SIMPLIFIED)))
    import_annotations(simple, [gold])
    write(simple, tmp_path / "s{x}.xlsx")
    store = open_store(build_project(tmp_path / "T", _texts(WRITTEN)))
    for path in (gold, tmp_path / "s{x}.xlsx"):
        report = import_annotations(store, [path])
        assert any(note.startswith(f"{path.name}: {DOCS * REPEATS} ") and "(松元产业园 for 松元產業園 in r0.txt)"
                   in note for note in report.notes), report.notes
        store.delete_annotations([a.id for a in store.iter_annotations()])
