"""TARGET suggester: quantified goals for the coming period.

A report's structure comes first, found once per document: its parts (一、2019年工作回顾 /
二、2020年工作安排, 第二部分, a 【…】 or unnumbered heading line). A part headed as a review
holds no goals whatever its sentences say (预计 gives expected full-year results there); a
part headed as a plan, or the numbered part that follows a review, looks forward paragraph by
paragraph. The year a report plans for is that of its date line (——2020年1月16日在…).

Without headings the evidence is in the text itself: a review heading with no number of its own
numbers its sections 一、二、… inside the review; a line that ends with a colon leads its items
and parts its way (今年要办好十件实事： / 一年来，我们主要做了以下工作：); a report dated November
or December plans for the next year.

Within that, the text is read paragraph by paragraph and sentence by sentence, keeping track of
whether it looks forward (将, 力争, 计划, 目标, 预期, 确保, 新的一年, 展望, 明年, a later year at the
start of a clause, a 【展望…】 heading …) or back (过去一年, 这一年, 去年, 回顾, 累计, an earlier
year at the start of a clause …). A marker switches the state from where it stands, so numbers
before 将 in a sentence keep the earlier state. A paragraph with no direction of its own takes the
lean of the text around it (1,000 characters either side): forward where the words that say so
(力争, 确保, 将 …) are at least twice as many as the backward markers and result cues there, so a
plan written as bare tasks (新建美丽乡村中心村5个，改造卫生厕所4000个) keeps its goals; text with
no such words, or a review full of backward ones, proposes nothing. A sentence with a
result cue (预计全年, 同比增长, 比年初, 较2015年, 是…的2.3倍, 全市第一) states results whatever the
state, unless a forward word stands in it (预计明年) or it is an item of a list after a forward
colon (主要预期目标是：…；规上工业增加值预计增长7%); the text goes on looking back after it.
Within a forward stretch, each clause that holds a quantity (a number with a measure word, unit
or %) is a target; quantities joined by 、 or 及 are split, the later ones starting at their
number. Results (已, 累计) are skipped. Value: ``{"quantity": number, "unit": measure word or
unit}``; a minus sign on the number makes it negative (增长负0.5%: −0.5), a decrease keeps its
number (下降0.5%: 0.5). A text in traditional characters is read in simplified ones
(``suggest.traditional``: 力爭, 確保, 萬人).

``words``: the word lists and what a quantity is; ``structure``: parts, headings and the year
planned for; ``markers``: forward and backward markers; ``spans``: a goal's span around its
quantity; ``suggester``: :class:`TargetSuggester`, paragraph by paragraph, sentence by sentence.
"""
from __future__ import annotations

from annotator.core.suggest.target.suggester import TargetSuggester
from annotator.core.suggest.target.words import quantity as _quantity  # tests/core/test_numbers_colloquial.py

__all__ = ["TargetSuggester", "_quantity"]
