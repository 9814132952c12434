"""A gold JSONL file saved in GBK, GB18030, Big5 or UTF-16 (or UTF-8 with a BOM) reads as its UTF-8 twin, as
documents in those encodings do: ``import-annotations`` stores exactly the same spans and ``evaluate --gold``
scores exactly the same (offsets count code points of the decoded text). It said "cannot read the gold
annotation file ('utf-8' codec can't decode byte 0xb1 in position 82…)", and the import rejected every line.
A file that is text in no encoding tried names the file, the line and what to do."""
from __future__ import annotations

import json

import pytest
from shared_data import require

from annotator.core.store import Store
from tests.cli_run import assert_user_error, run

ENCODINGS = ("gbk", "gb18030", "utf-16", "utf-8-sig")
ASTRAL = "𠮷野家在濱州市投資3億元建設產業園。"  # 𠮷 (U+20BB7): one code point, two UTF-16 units, four GB18030 bytes
SPANS = [(4, 7, "DISTRICT", "濱州市"), (9, 12, "AMOUNT", "3億元"), (14, 17, "PROJECT", "產業園")]


def spans(folder) -> list[tuple]:
    with Store.open(folder) as store:
        names = {d.id: d.name for d in store.documents()}
        return sorted((names[a.document_id], a.start, a.end, a.label, a.text, json.dumps(a.value, sort_keys=True),
                       a.status) for a in store.annotations())


def project(tmp_path, capsys, name: str, *texts) -> object:
    folder = tmp_path / name
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, *texts)[0] == 0
    return folder


def a_shared_report() -> tuple:
    gold = require("reports", "binzhou_2024.gold.jsonl")[0]
    return gold.with_name(gold.name.replace(".gold.jsonl", ".txt")), gold


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_shared_gold_file_in_another_encoding_gives_the_spans_and_scores_of_its_utf8_twin(tmp_path, capsys,
                                                                                              encoding):
    report, gold = a_shared_report()
    twin = tmp_path / f"{encoding}.gold.jsonl"
    twin.write_bytes(gold.read_text(encoding="utf-8").encode(encoding))
    utf8, other = project(tmp_path, capsys, "utf8", report), project(tmp_path, capsys, "other", report)

    assert run(capsys, "import-annotations", utf8, gold)[0] == 0
    code, out, err = run(capsys, "import-annotations", other, twin)
    assert code == 0 and err == "", err
    assert spans(other) == spans(utf8) and len(spans(utf8)) == sum(1 for line in gold.open(encoding="utf-8")
                                                                    if line.strip())
    scored = run(capsys, "evaluate", utf8, "--gold", gold, "--json")
    code, out, err = run(capsys, "evaluate", utf8, "--gold", twin, "--json")
    assert code == 0 and json.loads(out) == json.loads(scored[1]) and json.loads(out)["overall"]["exact"]["f1"] == 1


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "utf-16", "utf-16-le"])
def test_offsets_count_code_points_of_the_decoded_text(tmp_path, capsys, encoding):
    if encoding == "big5":  # Big5 has no 𠮷: the same report without it, the spans one character to the left
        text, lines = ASTRAL[1:], [(s - 1, e - 1, label, piece) for s, e, label, piece in SPANS]
    else:
        text, lines = ASTRAL, SPANS
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    gold = "".join(json.dumps({"doc": "r.txt", "start": s, "end": e, "label": label, "text": piece},
                              ensure_ascii=False) + "\r\n" for s, e, label, piece in lines)
    (tmp_path / "utf8.jsonl").write_text(gold, encoding="utf-8", newline="")
    (tmp_path / "other.jsonl").write_bytes(gold.encode(encoding))
    utf8, other = (project(tmp_path, capsys, name, tmp_path / "r.txt") for name in ("utf8", "other"))
    assert run(capsys, "import-annotations", utf8, tmp_path / "utf8.jsonl")[0] == 0
    code, out, err = run(capsys, "import-annotations", other, tmp_path / "other.jsonl")
    assert code == 0 and err == "", err
    assert spans(other) == spans(utf8) and [s[1:5] for s in spans(other)] == sorted(lines)
    code, out, err = run(capsys, "evaluate", other, "--gold", tmp_path / "other.jsonl", "--json")
    assert code == 0 and json.loads(out)["overall"]["exact"]["gold"] == 3


def test_a_file_that_is_text_in_no_encoding_names_the_file_the_line_and_what_to_do(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(ASTRAL, encoding="utf-8")
    folder = project(tmp_path, capsys, "p", tmp_path / "r.txt")
    good = json.dumps({"doc": "r.txt", "start": 4, "end": 7, "label": "DISTRICT", "text": "濱州市"}, ensure_ascii=False)
    broken = tmp_path / "broken.gold.jsonl"  # a UTF-8 file with a line of stray bytes: no encoding reads it whole
    broken.write_bytes(good.encode() + b'\n{"doc": "r.txt", "start": 10, "end": 13, "text": "\xff\xfe"}\n')
    why = ("not text in any encoding tried (UTF-8, GB18030, Big5, UTF-16; byte 51 of the line is not UTF-8): open "
           "the file in a text editor, save it as UTF-8 and try again")

    result = run(capsys, "evaluate", folder, "--gold", broken)
    assert_user_error(result, f"{broken} line 2: {why}")
    code, out, err = run(capsys, "import-annotations", folder, broken)
    assert code == 3 and err.splitlines()[0] == f"rejected {broken} line 2: {why}", err
    assert [s[4] for s in spans(folder)] == ["濱州市"]  # the good line stored

    tasks = tmp_path / "tasks.json"  # Label Studio's JSON: the file refused whole, its line named
    tasks.write_bytes(b'[{"data": {"text": "\xff\xfe"}}]')
    result = run(capsys, "import-annotations", folder, tasks)
    assert_user_error(result, f"{tasks}: line 1: {why.replace('byte 51', 'byte 21')}; nothing was stored from it\n")


def test_label_studios_json_in_gbk_is_read(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(ASTRAL, encoding="utf-8")
    folder = project(tmp_path, capsys, "p", tmp_path / "r.txt")
    task = {"data": {"text": ASTRAL, "name": "r.txt"}, "annotations": [{"annotator": "li", "result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 4, "end": 7, "text": "濱州市", "labels": ["DISTRICT"]}}]}]}
    (tmp_path / "tasks.json").write_bytes(json.dumps([task], ensure_ascii=False).encode("gb18030"))
    code, out, err = run(capsys, "import-annotations", folder, tmp_path / "tasks.json")
    assert code == 0 and err == "", err
    assert [s[1:5] for s in spans(folder)] == [(4, 7, "DISTRICT", "濱州市")]
