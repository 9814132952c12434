"""`annotator import P folder` of .ofd reports beside .txt ones, as a user types it: each report read and
re-flowed, the suggesters finding its names and amounts; an .ofd it cannot read named in one line."""
from __future__ import annotations

import json

from tests.cli_run import ARTICLE, run
from tests.core.test_import_ofd import BYLINE, PARAGRAPHS, TITLE
from tests.ofd_files import report_ofd


def test_a_folder_of_ofd_reports_beside_text_files_is_imported(tmp_path, capsys):
    folder = tmp_path / "proj"
    assert run(capsys, "new", folder)[0] == 0
    reports = tmp_path / "reports"
    (reports / "2024").mkdir(parents=True)
    report_ofd(reports / "2024" / "某市2024.ofd", TITLE, BYLINE, PARAGRAPHS, per_page=9)
    (reports / "湖里区.txt").write_text(ARTICLE, encoding="utf-8")
    (reports / "cut.ofd").write_bytes((reports / "2024" / "某市2024.ofd").read_bytes()[:500])
    code, out, err = run(capsys, "import", folder, reports)
    lines = out.splitlines()
    assert code == 3 and err.splitlines()[-1].startswith("annotator: partly done: ") and "failed" not in out, err
    assert lines[0] == "imported 2 document(s): 1 OFD, 1 text"
    assert lines[1] == "re-flowed 8 wrapped line(s) and removed 2 page-number or header line(s) in 1 document(s) " \
                       "laid out in pages (PDF, OFD)"
    assert err.splitlines()[0] == f"failed {reports / 'cut.ofd'}: is a damaged OFD document: its zip archive is " \
                                  "cut off or corrupt; download or save it again and import that"
    assert err.splitlines()[1].startswith("  (to keep a file's line breaks as they are")  # a hint, not a result
    assert run(capsys, "suggest", folder)[0] == 0
    out_file = tmp_path / "out.jsonl"
    assert run(capsys, "export", folder, "-o", out_file, "--status", "suggested")[0] == 0
    spans = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    found = {(s["label"], s["text"]) for s in spans if s["doc"] == "某市2024.ofd"}
    assert ("AMOUNT", "55.1亿元") in found, sorted(found)
    assert {s["doc"] for s in spans} >= {"某市2024.ofd", "湖里区.txt"}
