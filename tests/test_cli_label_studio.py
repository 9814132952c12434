"""`annotator export -o tasks.json` writes Label Studio's JSON and its labeling config beside it,
`-o -` the JSON alone, and `annotator import-annotations P tasks.json` reads it back, a task whole or
refused by its number."""
from __future__ import annotations

import json

from cli_run import ARTICLE, assert_user_error, project_of_two, run


def test_export_to_json_writes_label_studio_tasks_and_the_config_and_import_reads_them(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    start = ARTICLE.index("湖里区")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": start, "end": start + 3, "label": "DISTRICT",
                                "text": "湖里区"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(capsys, "import-annotations", folder, gold)[0] == 0
    out = tmp_path / "tasks.json"
    code, said, _ = run(capsys, "export", folder, "-o", out)  # chosen by its suffix
    assert code == 0 and said.startswith(f"wrote 2 task(s) to {out}\n")
    assert f"labeling config for them: {tmp_path / 'tasks.label-config.xml'}" in said
    assert (tmp_path / "tasks.label-config.xml").read_text(encoding="utf-8").startswith("<View>")
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert [t["data"]["name"] for t in tasks] == ["a.txt", "b.txt"]
    assert tasks[0]["annotations"][0]["result"][0]["value"]["labels"] == ["DISTRICT"]

    code, said, told = run(capsys, "export", folder, "-o", "-", "--format", "label-studio")
    assert code == 0 and json.loads(said) == tasks and "wrote 2 task(s) to standard output" in told
    assert "labeling config" not in told  # nothing is beside standard output

    fresh = tmp_path / "fresh"
    assert run(capsys, "new", fresh)[0] == 0
    code, said, _ = run(capsys, "import-annotations", fresh, out, "--annotator", "wang")
    assert code == 0 and "added 1 annotation(s)" in said and "added 2 document(s)" in said


def test_a_refused_task_is_named_by_its_number_and_the_rest_is_stored(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([
        {"data": {"text": "思明区"}, "annotations": [{"result": [
            {"id": "a", "type": "labels", "value": {"start": 0, "end": 3, "labels": ["DISTRICT"]}}]}]},
        {"data": {"text": "集美区"}, "annotations": [{"result": [
            {"id": "b", "type": "labels", "value": {"start": 0, "end": 9, "labels": ["DISTRICT"]}}]}]}],
        ensure_ascii=False), encoding="utf-8")
    code, said, err = run(capsys, "import-annotations", folder, path)
    assert code == 3 and "added 1 annotation(s)" in said
    assert f"rejected {path} task 2: region 'b': offsets 0-9 are outside the text (3 characters)" in err
    assert "1 task(s) rejected" in said


def test_a_file_that_is_no_json_is_refused_naming_it(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    path = tmp_path / "tasks.json"
    path.write_text("[{\"data\": ", encoding="utf-8")
    assert_user_error(run(capsys, "import-annotations", folder, path), str(path), "not valid JSON",
                      "nothing was stored")
