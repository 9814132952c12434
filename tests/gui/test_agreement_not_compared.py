"""The window's agreement names the documents it could not compare: a coder's copy whose text
differs (a merge added it under a free name) and the documents one coder alone coded, in English
and in Chinese."""
from __future__ import annotations

from annotator.core.team.agreement import Agreement
from annotator.core.team.uncompared import Alone
from annotator.gui.dialogs.agreement_dialog import AgreementDialog

RESULT = Agreement(("li", "wang"), ("AMOUNT",), ("accepted",), (),
                   alone=(Alone("wang", "jincheng_2020 (2).txt", "jincheng_2020.txt", ("li",)),
                          Alone("li", "a.txt"), Alone("li", "b.txt")))


def test_the_dialog_names_the_documents_not_compared(window, qtbot):
    dialog = AgreementDialog(RESULT, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.alone.isVisible()
    assert dialog.alone.text().splitlines() == [
        "Not compared: documents one coder alone coded.",
        "wang's jincheng_2020 (2).txt: its text differs from jincheng_2020.txt (li), not compared",
        "li alone coded 2 document(s), not compared: a.txt, b.txt"]

    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() == "标注工程(&P)")
        chinese = AgreementDialog(RESULT, window)
        qtbot.addWidget(chinese)
        assert chinese.alone.text().splitlines() == [
            "未比较：仅一位编码员编码过的文档。",
            "wang 的 jincheng_2020 (2).txt：文本与 jincheng_2020.txt（li）不同，未比较",
            "仅 li 编码过 2 篇文档，未比较：a.txt、b.txt"]
    finally:
        window.commands.set_language("en")


def test_nothing_is_said_when_every_document_was_compared(window, qtbot):
    dialog = AgreementDialog(Agreement(("li", "wang"), ("AMOUNT",), ("accepted",), ()), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.alone.isVisible() and dialog.alone.text() == ""
