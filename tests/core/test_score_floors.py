"""Every suggester on every gold folder stays at or above its floor (one table: holdout_scores.FLOORS)."""
from __future__ import annotations

import pytest
from holdout_scores import FLOORS, measure


@pytest.mark.parametrize("which, label, what, floor", FLOORS, ids=[f"{w}-{lab}-{m}" for w, lab, m, _ in FLOORS])
def test_score_stays_at_or_above_its_floor(which, label, what, floor):
    assert measure(which, label, what) >= floor
