"""A researcher's batch (5,000 reports) gave counts of thousands, and some lines wrote them bare beside
others with separators: "accepted 62,947 open suggestion(s)" then "69297 suggested link(s) of these spans
stay open", an export's "62947 amount(s)", the methods paragraph's "All 4695 documents", "All 62947
accepted spans". Each is now written as the rest are (4,695), on one document of a thousand sentences."""
from __future__ import annotations

from tests.test_cli_review import run

SENTENCE = "湖里区投资55亿元。"
TIMES = 1_000


def test_counts_of_thousands_have_separators_in_review_export_and_methods(tmp_path, capsys):
    folder, report = tmp_path / "p", tmp_path / "report.txt"
    report.write_text(SENTENCE * TIMES, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, report)[0] == 0
    assert run(capsys, "suggest", folder, "--model", "none")[0] == 0
    code, out, _ = run(capsys, "review", folder, "--accept", "--label", "AMOUNT")
    assert code == 0 and out.splitlines()[0] == f"accepted 1,000 open suggestion(s) in {folder}"
    assert out.splitlines()[1].startswith("1,000 suggested link(s) of these spans stay open")  # was 1000
    code, out, _ = run(capsys, "export", folder, "-o", tmp_path / "out.xlsx")
    assert code == 0 and "1,000 amount(s) totalling 55,000.00 亿元" in out  # was 1000 amount(s)
    code, out, _ = run(capsys, "methods", folder)
    assert code == 0
    assert "All 1,000 accepted spans (DISTRICT 0, PROJECT 0, AMOUNT 1,000, TARGET 0)" in out  # was 1000
