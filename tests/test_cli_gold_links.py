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


def _state(folder):
    """The project's spans and links as a user sees them (no ids, no times): sorted tuples."""
    with Store.open(folder) as store:
        names = {d.id: d.name for d in store.documents()}
        spans = {a.id: (names[a.document_id], a.label, a.start, a.end) for a in store.iter_annotations()}
        span_rows = sorted((*spans[i], a.status, json.dumps(a.value, sort_keys=True), a.annotator)
                           for i, a in ((a.id, a) for a in store.iter_annotations()))
        link_rows = sorted((spans[k.source_id], k.kind, spans.get(k.target_id) or ("",), json.dumps(k.value),
                            k.status, k.origin, k.annotator) for k in store.links())
    return span_rows, link_rows


def test_gold_links_named_before_the_gold_spans_end_as_spans_then_links(tmp_path, capsys):
    """The six reports after `annotator suggest`: gold spans then links (two calls), links then spans
    in one call, and links first in a call of their own (refused whole: their spans are still
    suggestions) then the spans and the links again, end in the same project."""
    import shutil

    texts = require("reports", "*.txt")
    gold, gold_links = require("reports", "*.gold.jsonl"), require("reports", "*.links.jsonl")
    base = tmp_path / "base"
    assert run(capsys, "new", base)[0] == 0
    assert run(capsys, "import", base, *texts)[0] == 0
    assert run(capsys, "suggest", base)[0] == 0
    spans_first, one_call, links_first = (tmp_path / n for n in ("spans_first", "one_call", "links_first"))
    for folder in (spans_first, one_call, links_first):
        shutil.copytree(base, folder)
    assert run(capsys, "import-annotations", spans_first, *gold)[0] == 0
    assert run(capsys, "import-annotations", spans_first, *gold_links)[0] == 0
    code, out, _ = run(capsys, "import-annotations", one_call, *gold_links, *gold)
    assert code == 0 and "still a suggestion" not in out, out
    code, out, err = run(capsys, "import-annotations", links_first, *gold_links)
    assert code == 1 and "every line was refused" in err, err  # nothing stored, each file's lines say why
    assert "is still a suggestion: import the gold spans first, then their links" in err, err
    assert _state(links_first) == _state(base)
    assert run(capsys, "import-annotations", links_first, *gold)[0] == 0
    assert run(capsys, "import-annotations", links_first, *gold_links)[0] == 0
    wanted = _state(spans_first)
    assert sum(row[4] == "accepted" for row in wanted[1]) == 738  # 717 districts, 21 projects
    assert _state(one_call) == wanted and _state(links_first) == wanted
    scores = [run(capsys, "evaluate", p, "--links", *gold_links, "--status", "accepted")[1]
              for p in (spans_first, one_call, links_first)]
    assert scores[0] == scores[1] == scores[2] and re.search(r"district right +717 / 717", scores[0]), scores[0]
