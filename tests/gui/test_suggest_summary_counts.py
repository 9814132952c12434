"""The window says a suggesting run's counts in its language also when they are written with
thousands separators ("13,398 new suggestion(s)"), as the command line prints them."""
from __future__ import annotations

from annotator.core.suggest.links import LinkReport
from annotator.core.suggest.runner import SuggestReport


def test_counts_with_thousands_separators_are_said_in_chinese(window):
    from annotator.gui.summaries import summary_lines

    spans = SuggestReport(documents=1200, added=13398, by_label={"AMOUNT": 13398, "DISTRICT": 7})
    links = LinkReport(documents=1200, added=45058, by_origin={})
    window.commands.set_language("zh_CN")
    try:
        said = summary_lines(spans.lines() + links.lines())
    finally:
        window.commands.set_language("en")
    assert said[0].startswith("1,200 篇文档：新增 13,398 条建议（") and "13,398" in said[0].split("（")[1]
    assert "AMOUNT" not in said[0] and said[1].startswith("1,200 篇文档：新增 45,058 条关联建议")
