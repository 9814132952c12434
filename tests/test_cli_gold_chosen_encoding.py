"""``annotator import-annotations --encoding NAME`` reads gold and doccano JSON Lines and Label Studio's JSON in
the encoding chosen, as ``annotator import --encoding`` reads documents: the option did not exist, and a file
whose bytes tell their encoding wrongly (Western text in Windows-1252, read as GB18030: Ålesund as 儻esund) or
not at all was stored wrong or refused line by line. A file that is not text in the encoding chosen is one
error line naming the file, the encoding and the one it reads as; nothing of it is stored."""
from __future__ import annotations

import json

from annotator.core.store import Store
from tests.cli_run import assert_user_error, project_of_one, run

ASTRAL = "𠮷野家在濱州市投資3億元建設產業園。"  # 𠮷: one code point, four GB18030 bytes, two UTF-16 units
GOLD = json.dumps({"doc": "r.txt", "start": 4, "end": 7, "label": "DISTRICT", "text": "濱州市"}, ensure_ascii=False)


def stored(folder) -> list[tuple]:
    with Store.open(folder) as store:
        names = {d.id: d.name for d in store.documents()}
        return sorted((names[a.document_id], a.start, a.end, a.label, a.text) for a in store.annotations())


def test_a_file_whose_bytes_tell_another_encoding_is_read_in_the_one_chosen(tmp_path, capsys):
    folder = project_of_one(tmp_path, capsys, ASTRAL)
    western = tmp_path / "western.jsonl"  # doccano: the line brings its document
    western.write_bytes((json.dumps({"text": "Ålesund Øst", "label": [[0, 7, "PROJECT"]]}, ensure_ascii=False)
                         + "\n").encode("cp1252"))
    code, out, err = run(capsys, "import-annotations", folder, western, "--encoding", "cp1252")
    assert code == 0 and err == "", err
    assert [s[1:] for s in stored(folder)] == [(0, 7, "PROJECT", "Ålesund")]  # not 儻esund (read as GB18030)


def test_gold_lines_and_label_studios_json_in_the_encoding_chosen_give_their_utf8_twins_spans(tmp_path, capsys):
    folder = project_of_one(tmp_path, capsys, ASTRAL)
    (tmp_path / "gold.jsonl").write_bytes((GOLD + "\r\n").encode("gb18030"))
    task = {"data": {"text": ASTRAL, "name": "r.txt"}, "annotations": [{"result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 9, "end": 12, "text": "3億元", "labels": ["AMOUNT"]}}]}]}
    (tmp_path / "tasks.json").write_bytes(json.dumps([task], ensure_ascii=False).encode("utf-16-le"))
    for name, encoding in (("gold.jsonl", "gb18030"), ("tasks.json", "utf-16-le")):
        code, out, err = run(capsys, "import-annotations", folder, tmp_path / name, "--encoding", encoding)
        assert code == 0 and err == "", err
    assert [s[1:] for s in stored(folder)] == [(4, 7, "DISTRICT", "濱州市"), (9, 12, "AMOUNT", "3億元")]


def test_a_file_not_in_the_encoding_chosen_is_refused_naming_it_and_the_encoding_it_reads_as(tmp_path, capsys):
    folder = project_of_one(tmp_path, capsys, ASTRAL)
    utf8, gbk, tasks = tmp_path / "utf8.gold.jsonl", tmp_path / "gbk.gold.jsonl", tmp_path / "tasks.json"
    utf8.write_text(GOLD + "\n", encoding="utf-8")
    gbk.write_bytes((GOLD.replace("𠮷", "") + "\n").encode("gbk"))
    tasks.write_text(json.dumps([{"data": {"text": ASTRAL}}], ensure_ascii=False), encoding="utf-8")

    result = run(capsys, "import-annotations", folder, utf8, "--encoding", "big5")  # does not decode as Big5
    assert_user_error(result, f"{utf8}: is not Big5 text (--encoding big5): it does not decode as big5",
                      "it reads as UTF-8: leave out --encoding; nothing was stored from it")
    result = run(capsys, "import-annotations", folder, gbk, "--encoding", "utf-16-le")  # decodes, as nonsense
    assert_user_error(result, f"{gbk}: is not UTF-16-LE text (--encoding utf-16-le): ",
                      "of its characters other than ASCII read as characters unusual in Chinese or Latin text; "
                      "it reads as GB18030: leave out --encoding; nothing was stored from it")
    assert_user_error(run(capsys, "import-annotations", folder, tasks, "--encoding", "gb2312"),
                      f"{tasks}: is not GB2312 text (--encoding gb2312)", "it reads as UTF-8: leave out --encoding")
    assert_user_error(run(capsys, "import-annotations", folder, utf8, "--encoding", "nope"),
                      "unknown encoding 'nope' (for example utf-8, gb18030, big5, utf-16)")
    assert stored(folder) == []
