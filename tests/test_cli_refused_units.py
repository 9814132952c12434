"""What `annotator import-annotations` says of what it refused counts each file in its own unit: a Label
Studio file's tasks (its every task refused said `every row was refused`, one refused `1 line(s) rejected`),
a workbook's rows (its rows were called lines), a JSON Lines file's lines."""
from __future__ import annotations

import json

from cli_run import ARTICLE, assert_user_error_after_refusals, project_of_two, run
from openpyxl import load_workbook


def tasks(tmp_path, *ends: int):
    """A Label Studio file of one task per end: a DISTRICT over 思明区 to that end (9: outside the text)."""
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([{"data": {"text": "思明区"}, "annotations": [{"result": [
        {"id": f"r{i}", "type": "labels", "value": {"start": 0, "end": end, "labels": ["DISTRICT"]}}]}]}
        for i, end in enumerate(ends)], ensure_ascii=False), encoding="utf-8")
    return path


def test_a_label_studio_file_whose_every_task_is_refused_says_tasks(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    path = tasks(tmp_path, 9, 9)
    result = run(capsys, "import-annotations", folder, path)
    refused = assert_user_error_after_refusals(result, f"{path}: every task was refused, nothing was imported")
    assert refused[0].startswith(f"rejected {path} task 1: region 'r0'") and len(refused) == 2


def test_a_label_studio_file_partly_refused_says_tasks_and_a_jsonl_beside_it_lines(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    path = tasks(tmp_path, 3, 9)
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "厦门市"}\n{broken\n',
                    encoding="utf-8")
    code, _out, err = run(capsys, "import-annotations", folder, path)
    assert code == 3 and err.splitlines()[-1] == ("annotator: partly done: 1 task(s) rejected, the rest stored (a "
                                                  "'rejected' line above names each)")
    code, _out, err = run(capsys, "import-annotations", folder, tasks(tmp_path, 9), gold)
    assert code == 3 and err.splitlines()[-1].startswith(
        "annotator: partly done: 1 task(s) and 1 line(s) rejected, the rest stored")


def test_a_workbooks_refused_rows_are_rows(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    gold = tmp_path / "gold.jsonl"
    start = ARTICLE.index("思明区")
    gold.write_text(json.dumps({"doc": "a.txt", "start": start, "end": start + 3, "label": "DISTRICT",
                                "text": "思明区"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(capsys, "import-annotations", folder, gold)[0] == 0
    book = tmp_path / "book.xlsx"
    assert run(capsys, "export", folder, "-o", book)[0] == 0
    wb = load_workbook(book)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    ws.append([{"document": "nowhere.txt", "label": "DISTRICT", "text": "湖里区", "start_offset": 3,
                "end_offset": 6, "status": "accepted"}.get(h) for h in header])
    wb.save(book)
    code, out, err = run(capsys, "import-annotations", folder, book)
    assert f"rejected {book} row 3: Annotations sheet: " in err and f"rejected {book}" not in out, (out, err)
    assert code == 3 and err.splitlines()[-1].startswith("annotator: partly done: 1 row(s) rejected, the rest "
                                                         "stored"), err
