"""`annotator import-annotations` of the guide's gold links after `annotator suggest`: the six
reports end to end. The gold decides the suggested links (accepted as it has them, replaced where
it names another district), so the accepted links are the gold's: district accuracy 1.0."""
from __future__ import annotations

import json
import re

from annotator.core.store import Store
from tests.cli_run import run
from tests.shared_data import require


def test_gold_links_after_suggest_decide_the_suggested_links(tmp_path, capsys):
    texts = require("reports", "*.txt")
    gold, gold_links = require("reports", "*.gold.jsonl"), require("reports", "*.links.jsonl")
    folder = tmp_path / "P"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, *texts)[0] == 0
    assert run(capsys, "suggest", folder)[0] == 0
    assert run(capsys, "import-annotations", folder, *gold)[0] == 0
    with Store.open(folder) as store:
        open_before = sum(k.status == "suggested" for k in store.links())
    code, out, _ = run(capsys, "import-annotations", folder, *gold_links)
    assert code == 0, out
    accepted = int(re.search(r"^accepted (\d+) suggested link\(s\) as the gold has them$", out, re.M)[1])
    replaced = int(re.search(r"^replaced (\d+) suggested link\(s\) by the gold's", out, re.M)[1])
    added = int(re.search(r"^added (\d+) link\(s\)$", out, re.M)[1])
    rows = [json.loads(line) for path in gold_links for line in path.read_text(encoding="utf-8").splitlines()]
    wanted = sum(bool(r.get("district")) + bool(r.get("project")) for r in rows)
    assert accepted > 0 and replaced > 0 and accepted + replaced + added == wanted, out
    assert "already in the project" not in out, out  # no link of a user's to keep: every gold link stored
    with Store.open(folder) as store:
        stored = store.links()
        assert sum(k.status == "accepted" for k in stored) == wanted
        assert sum(k.status == "suggested" for k in stored) == open_before - accepted - replaced
    code, out, _ = run(capsys, "evaluate", folder, "--links", *gold_links, "--status", "accepted")
    assert code == 0
    assert re.search(r"district right +(\d+) / \1 +accuracy 1\.000", out), out
    assert re.search(r"project links .* F1 1\.000", out), out
