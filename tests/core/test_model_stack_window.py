"""The stacked PROJECT layer's window on stage 1 (:mod:`annotator.core.suggest.model.stackfeatures`): what the
characters either side on the line make of the text (``l``, ``r``) and the mean of the character's own word (``w``)."""
from __future__ import annotations

import math

import numpy as np

from annotator.core.suggest.model import stackfeatures


def listed(found: np.ndarray) -> list[float | None]:
    return [None if math.isnan(p) else round(p, 12) for p in found.tolist()]


WORDS = ["推进", "庆章", "高速", "\n", "建设"]  # 推进庆章高速 \n 建设
PROBS = np.array([0.0, 0.125, 0.75, 0.875, 0.5, 0.25, 1.0, 0.375, 0.625])


def test_the_two_characters_either_side_on_the_line_and_none_across_a_line_break():
    before = listed(stackfeatures.neighbours(WORDS, PROBS, -1))
    after = listed(stackfeatures.neighbours(WORDS, PROBS, 1))
    assert before == [None, 0.0, 0.125, 0.75, 0.875, 0.875, None, None, 0.375]
    assert after == [0.75, 0.875, 0.875, 0.5, 0.25, None, None, 0.625, None]


def test_the_mean_of_the_characters_own_word_of_two_or_more():
    found = listed(stackfeatures.own_word([*WORDS, "和"], np.append(PROBS, 0.9)))
    assert found == [0.0625, 0.0625, 0.8125, 0.8125, 0.375, 0.375, None, 0.5, 0.5, None]


def test_a_variant_with_the_window_adds_its_columns_in_order():
    found = stackfeatures.columns(WORDS, PROBS, "alrw")
    assert found.shape == (9, 4)
    assert found[:, 0].tolist() == [stackfeatures.bucket(p) for p in PROBS]
    assert found[6].tolist() == [4, -1, -1, -1]  # the line break: its own P only
    assert found[2].tolist() == [4, 1, 4, 4]  # 庆 (0.75): 0.125 before, 0.875 after, 庆章 0.8125
