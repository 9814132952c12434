"""The command line's tables line up when a label is named in Chinese (政策 takes four columns)."""
from __future__ import annotations

from annotator.core.evaluation import format_table
from annotator.core.text_width import columns, pad


def _kinds() -> dict:
    s = {"gold": 3, "pred": 2, "tp": 2, "p": 1.0, "r": 0.667, "f1": 0.8}
    return {"exact": s, "overlap": s, "value": {"compared": 2, "correct": 2, "accuracy": 1.0}}


def test_a_chinese_label_lines_up_in_the_evaluate_table():
    table = format_table({"labels": {"政策": _kinds(), "PROJECT": _kinds()}, "overall": _kinds()})
    rows = [r for r in table.splitlines() if r.split() and r.split()[0] in ("政策", "PROJECT", "overall")]
    assert len(rows) == 9  # exact and overlap of each, then the values
    assert len({columns(r) for r in rows[:6]}) == 1  # the span rows: each as wide as the others
    assert len({columns(r) for r in rows[6:]}) == 1


def test_pad_counts_a_wide_character_as_two_columns():
    assert pad("政策", 6) == "政策  " and pad("ＡＢ", 5, left=False) == " ＡＢ" and columns("GDP增长") == 7
