"""A Label Studio export writes two files, the tasks (``.json``) and the labeling config beside them
(``.label-config.xml``), each renamed into place when whole. The tasks went first: an export killed between the two
renames, over an earlier export, left the new tasks beside the old config, which lacked a label added since, and Label
Studio refuses tasks whose labels its config does not hold. Now both are written whole first and the config is put in
place before the tasks: stopped in between, the old tasks lie beside a config that holds their labels."""
from __future__ import annotations

import json
import re

from annotator.core.store import Store
from tests.killed_after_writes import KILLED, run_killed_after_step, steps_of

A = "厦门市湖里区投资55.1亿元建设松元产业园。"


def labels_used(tasks: str) -> set[str]:
    return {label for task in json.loads(tasks) for annotation in task.get("annotations", [])
            for result in annotation["result"] for label in result.get("value", {}).get("labels", [])}


def labels_configured(config: str) -> set[str]:
    return set(re.findall(r'<Label value="([^"]*)"', config))


def test_an_export_killed_between_its_two_files_leaves_tasks_whose_labels_the_config_beside_them_holds(
        make_project, tmp_path):
    project = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "lead"})])
    out = tmp_path / "tasks.json"
    export = ("export", project, "-o", out, "--format", "label-studio")
    assert run_killed_after_step(0, *export).returncode == 0
    earlier = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("tasks.*")}
    with Store.open(project) as store:  # a label added since, and used
        store.add_label("PLACE", "#123456", "8")
        store.add_annotation(1, 3, 6, "PLACE", annotator="lead")
    steps = steps_of(*export)
    for name, text in earlier.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    config = tmp_path / "tasks.label-config.xml"
    for n in range(1, steps + 1):
        assert run_killed_after_step(n, *export).returncode == KILLED
        tasks = out.read_text(encoding="utf-8")
        assert labels_used(tasks) <= labels_configured(config.read_text(encoding="utf-8")), n
        for name, text in earlier.items():  # the earlier export back, for the next kill
            (tmp_path / name).write_text(text, encoding="utf-8")
    assert run_killed_after_step(0, *export).returncode == 0
    assert labels_used(out.read_text(encoding="utf-8")) == {"DISTRICT", "PLACE"}
    assert labels_configured(config.read_text(encoding="utf-8")) >= {"DISTRICT", "PLACE"}
