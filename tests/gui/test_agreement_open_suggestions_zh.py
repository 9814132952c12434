"""What the agreement says of the program's open suggestions in no coder's layer (not a coder's work, no
advice to import them under a name: tests/test_cli_agreement_open_suggestions.py), beside a coder's work
imported without a name, in the Chinese window: each note in Chinese, the error short of two coders with
either or both, and the Agreement dialog's lines."""
from __future__ import annotations

from annotator.core.team.agreement import Agreement
from annotator.gui import i18n
from annotator.gui.dialogs.agreement_dialog import AgreementDialog
from annotator.gui.summaries import summary_lines

UNNAMED = ("not compared: 2 span(s) (accepted, suggested) in no coder's layer, with no annotator name (made or "
           "imported without one, as a Label Studio export naming its coder by number alone: import it with "
           "--annotator NAME)")
SUGGESTIONS = "437 open suggestion(s) of the program are not a coder's work: not compared"
SHORT = "agreement needs two coders; the spans (accepted, suggested) in /p are by 'A'; "



def english_left(said: str) -> bool:
    return any(word in said for word in ("coder", "program", "suggestion", "compared", "layer"))


def test_the_notes_in_chinese(chinese_of_checkout):
    (said,) = summary_lines([SUGGESTIONS])
    assert said == "程序的 437 条待审建议不是编码员的工作：未参与比较", said
    (said,) = summary_lines([SHORT + SUGGESTIONS])
    assert said == ("计算一致性需要两名编码员；/p 中（已接受、待审）的标注来自：A；"
                    "程序的 437 条待审建议不是编码员的工作：未参与比较"), said
    (said,) = summary_lines([SHORT + UNNAMED + "; " + SUGGESTIONS])
    assert said.startswith("计算一致性需要两名编码员；/p 中（已接受、待审）的标注来自：A；"
                           "未参与比较：2 条（已接受、待审）"), said
    assert said.endswith("请在“标注工程 › 导入标注…”中填写标注者姓名重新导入"
                         "）；程序的 437 条待审建议不是编码员的工作：未参与比较"), said
    assert not english_left(said), said


def test_the_agreement_dialog_names_the_suggestions_apart(qapp, chinese_of_checkout):
    result = Agreement(("A", "B"), ("DISTRICT",), ("accepted", "suggested"), (), unnamed=2, suggestions=437)
    dialog = AgreementDialog(result)
    try:
        lines = dialog.alone.text().splitlines()
        assert len(lines) == 2 and lines[0].startswith("未参与比较：2 条（已接受、待审）"), lines
        assert lines[1].startswith("程序的 437 条待审建议不是编码员的工作"), lines
    finally:
        dialog.deleteLater()
    i18n.install_translator(qapp, "en")
    dialog = AgreementDialog(replace_unnamed(result))
    try:
        assert dialog.alone.text().splitlines() == [
            "437 open suggestion(s) of the program are not a coder's work: not compared"], dialog.alone.text()
    finally:
        dialog.deleteLater()


def replace_unnamed(result: Agreement) -> Agreement:
    from dataclasses import replace

    return replace(result, unnamed=0)
