"""What the import and the agreement say of a Label Studio coder named by number alone (their spans in
no coder's layer: tests/test_cli_coder_by_number.py), in the Chinese window."""
from __future__ import annotations

from annotator.gui.annotation_summaries import import_lines
from annotator.gui.summaries import summary_lines


def test_in_chinese(chinese_of_checkout):
    (said,) = import_lines([
        "ls.json: its annotations name their coder by number alone (completed_by 1), so their spans are in no coder's "
        "layer, which agreement and adjudication compare with no one; to make them a coder's, take this import back "
        "(annotator restore) and import the file again with --annotator NAME"])
    assert said.startswith("ls.json：其中的标注只用编号标明编码员（completed_by 1）") and "coder" not in said, said
    (said,) = summary_lines([
        "agreement needs two coders; the spans (accepted) in /p are by 'li'; not compared: 2 span(s) (accepted) in no "
        "coder's layer, with no annotator name (made or imported without one, as a Label Studio export naming its "
        "coder by number alone: import it with --annotator NAME)"])
    assert said.startswith("计算一致性需要两名编码员；/p 中（已接受）的标注来自："), said
    assert "未参与比较：2 条（已接受）" in said, said
    assert "coder" not in said and "layer" not in said, said
