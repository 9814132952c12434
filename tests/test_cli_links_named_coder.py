"""`annotator import-annotations P hechi_2015.links.jsonl --annotator B` after A's and B's spans, B's differing
from A's at four places (tests/hechi_two_coders.py): the lines there joined A's spans ("already in the
project", or B's link on A's span), exit 0. Now they are refused, each named on standard error, exit 3."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import run
from tests.hechi_two_coders import b_rows, hechi, write
from tests.shared_data import require


def test_a_coders_links_lines_without_their_span_are_refused_by_name(tmp_path, capsys):
    _text, rows, gold_links = hechi()
    folder = tmp_path / "P"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, require("reports", "hechi_2015.txt")[0])[0] == 0
    assert run(capsys, "import-annotations", folder, write(tmp_path / "a.jsonl", rows), "--annotator", "A")[0] == 0
    assert run(capsys, "import-annotations", folder, write(tmp_path / "b.jsonl", b_rows(rows)),
               "--annotator", "B")[0] == 0
    assert run(capsys, "import-annotations", folder, gold_links, "--annotator", "A")[0] == 0
    code, out, err = run(capsys, "import-annotations", folder, gold_links, "--annotator", "B")
    assert code == 3, err
    assert f"rejected {gold_links} lines 26–27: " not in err  # two places, two reasons
    for line in (f"rejected {gold_links} line 26: B has no PROJECT span at 2096-2116 to link",
                 f"rejected {gold_links} line 27: B has no PROJECT span at 2096-2116 to link to",
                 f"rejected {gold_links} line 40: B has no AMOUNT span at 2426-2430 to link",
                 f"rejected {gold_links} line 61: B has no TARGET span at 3637-3645 to link"):
        assert line in err.splitlines(), err
    assert err.splitlines()[-1] == ("annotator: partly done: 4 line(s) rejected, the rest stored (a 'rejected' "
                                    "line above names each)"), err
    assert "already in the project" not in out + err, out
    with Store.open(folder) as store:
        spans = {a.id: a.annotator for a in store.annotations()}
        assert all(spans[k.source_id] == k.annotator and (k.target_id is None or spans[k.target_id] == k.annotator)
                   for k in store.links())
