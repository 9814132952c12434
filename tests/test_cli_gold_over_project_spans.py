"""Gold imported into a project whose overlapping spans were accepted before (suggestions reviewed, a
colleague's file) was rejected with the store's words alone, "… overlaps PROJECT '松元产业园' (…); one annotator's
spans of one label may not overlap", which read as if the gold file overlapped itself. The reason now says the
other span is one the project held before the import, and what to do; a file overlapping itself is said as before."""
from __future__ import annotations

import json

from annotator.core.store import Store
from tests.cli_run import ARTICLE, project_of_two, run

AT = ARTICLE.index("建设松元产业园")


def gold(path, *spans, annotator: str = "") -> None:
    path.write_text("".join(json.dumps({"doc": "a.txt", "start": s, "end": s + len(t), "label": "PROJECT", "text": t},
                                       ensure_ascii=False) + "\n" for s, t in spans), encoding="utf-8")


def test_the_span_the_project_held_is_named_as_the_projects_with_what_to_do(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    gold(tmp_path / "before.jsonl", (AT + 2, "松元产业园"))
    assert run(capsys, "import-annotations", folder, tmp_path / "before.jsonl")[0] == 0
    gold(tmp_path / "gold.jsonl", (AT, "建设松元产业园"))

    code, out, err = run(capsys, "import-annotations", folder, tmp_path / "gold.jsonl")
    assert code == 1 and err.splitlines()[0] == (
        f"rejected {tmp_path / 'gold.jsonl'} line 1: PROJECT '建设松元产业园' ({AT}-{AT + 7}) overlaps "
        f"PROJECT '松元产业园' ({AT + 2}-{AT + 7}), a span the project held before this import (accepted): "
        "one annotator's spans of one label may not overlap; to keep both import the file with --annotator NAME, "
        "else reject that span first"), err

    code, out, err = run(capsys, "import-annotations", folder, tmp_path / "gold.jsonl", "--annotator", "gold")
    assert code == 0, err  # as it says: both kept, each in its layer
    with Store.open(folder) as store:
        held = sorted((a.text, a.annotator) for a in store.annotations())
    assert held == [("建设松元产业园", "gold"), ("松元产业园", "")]


def test_a_file_overlapping_itself_is_said_as_the_store_says_it(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    gold(tmp_path / "gold.jsonl", (AT + 2, "松元产业园"), (AT, "建设松元产业园"))
    code, out, err = run(capsys, "import-annotations", folder, tmp_path / "gold.jsonl")
    assert code == 3 and err.splitlines()[0] == (
        f"rejected {tmp_path / 'gold.jsonl'} line 2: PROJECT '建设松元产业园' ({AT}-{AT + 7}) overlaps "
        f"PROJECT '松元产业园' ({AT + 2}-{AT + 7}); one annotator's spans of one label may not overlap"), err


def test_a_long_text_is_cut_so_the_advice_stays(tmp_path, capsys):
    folder = tmp_path / "p"
    text = "各位代表：" + "推动打造精细化工智能纺织省级集群高端铝业产业集群和新能源新材料产业基地" * 3 + "。\n"
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0 and run(capsys, "import", folder, tmp_path / "r.txt")[0] == 0
    first, second = text[5:60], text[10:100]
    for name, start, piece in (("a.jsonl", 5, first), ("b.jsonl", 10, second)):
        line = {"doc": "r.txt", "start": start, "end": start + len(piece), "label": "TARGET", "text": piece}
        (tmp_path / name).write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "import-annotations", folder, tmp_path / "a.jsonl")[0] == 0
    code, out, err = run(capsys, "import-annotations", folder, tmp_path / "b.jsonl")
    said = err.splitlines()[0]
    assert f"overlaps TARGET '{first[:12]}…{first[-11:]}' (5-60), a span the project held before" in said, said
    assert said.endswith("to keep both import the file with --annotator NAME, else reject that span first"), said
