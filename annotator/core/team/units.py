"""Agreement per character: Cohen's κ and Krippendorff's α (nominal) over code points.

**The unit is one character** (one code point) of a document that the coders compared both
coded; its category, for one label, is whether a span of that label covers it (the label, or
"O"); for all labels together, the set of labels whose spans cover it ("O" for none,
"DISTRICT", "PROJECT+DISTRICT" for a district named inside a project's name …), so nested
spans of different labels are one category of their own and never a disagreement.

A coder's categories of one document are one integer per character: bit ``i`` set when a span
of the ``i``-th label covers it (:func:`label_bits`). A coder who did not code a document has
none there (missing, -1): Krippendorff's α takes such units as they are, Cohen's κ is only
ever computed on the characters both coders coded.

α comes from the ``krippendorff`` package, fed with the units' value counts. A unit all of whose
coders agree adds its number of coders to the diagonal of the coincidence matrix, however many
they are, so the agreeing units of one category are passed as one row holding their sum (exactly
the same α): memory grows with the characters the coders disagree on, not with the text.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import krippendorff
import numpy as np
import numpy.typing as npt

Codes = npt.NDArray[np.int64]
MISSING = -1


def label_bits(length: int, spans: Iterable[tuple[int, int, int]]) -> Codes:
    """One code per character of a text of ``length``: the bits ``1 << i`` of the labels (by
    position ``i``) of the ``spans`` (start, end, i) that cover it; 0 where none does."""
    codes = np.zeros(length, dtype=np.int64)
    for start, end, i in spans:
        codes[start:end] |= 1 << i
    return codes


def category_name(code: int, labels: Sequence[str]) -> str:
    """"O", a label, or "A+B" for the labels whose bits ``code`` has (in label order)."""
    names = [label for i, label in enumerate(labels) if code >> i & 1]
    return "+".join(names) if names else "O"


def one_label(codes: Codes, i: int) -> Codes:
    """1 where the ``i``-th label covers the character, 0 where not (missing stays missing)."""
    out = (codes >> i) & 1
    out[codes == MISSING] = MISSING
    return out


def cohen_kappa(a: Codes, b: Codes) -> float | None:
    """Cohen's κ of two coders' categories of the same units (None when undefined: both put every
    unit in one and the same category, so chance agreement is 1)."""
    n = len(a)
    if n == 0 or len(b) != n:
        return None
    values, inverse = np.unique(np.concatenate([a, b]), return_inverse=True)
    k = len(values)
    table = np.bincount(inverse[:n] * k + inverse[n:], minlength=k * k).reshape(k, k)
    observed = float(np.trace(table)) / n
    expected = float(table.sum(axis=1) @ table.sum(axis=0)) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def value_counts(matrix: Codes) -> npt.NDArray[np.int64]:
    """The value counts (units × categories) of a coders × units matrix of codes (MISSING where a
    coder has none) as :func:`krippendorff.alpha` takes them, the agreeing units of each
    category folded into one row (see the module's docstring); units with fewer than two codes
    pair with nothing and are left out."""
    present = matrix != MISSING
    coders = present.sum(axis=0)
    pairable = coders >= 2
    matrix, present, coders = matrix[:, pairable], present[:, pairable], coders[pairable]
    if matrix.shape[1] == 0:
        return np.zeros((0, 0), dtype=np.int64)
    values = np.unique(matrix[present])
    first = np.where(present, matrix, np.iinfo(np.int64).max).min(axis=0)
    last = np.where(present, matrix, np.iinfo(np.int64).min).max(axis=0)
    agree = first == last
    index = np.searchsorted(values, first[agree])
    sums = np.bincount(index, weights=coders[agree], minlength=len(values)).astype(np.int64)
    folded = np.diag(sums)[sums > 0]  # one row per category: the codes of its agreeing units
    split = matrix[:, ~agree]
    disagree = np.zeros((split.shape[1], len(values)), dtype=np.int64)  # one row per unit
    for coder in split:
        has = coder != MISSING
        np.add.at(disagree, (np.nonzero(has)[0], np.searchsorted(values, coder[has])), 1)
    counts: npt.NDArray[np.int64] = np.vstack([folded, disagree])
    return counts


def krippendorff_alpha(matrix: Codes) -> float | None:
    """Krippendorff's α (nominal) of a coders × units matrix of codes (MISSING: not coded); None
    when undefined (fewer than two categories among the pairable units)."""
    counts = value_counts(matrix)
    if counts.shape[0] == 0 or counts.shape[1] < 2:
        return None
    alpha = float(krippendorff.alpha(value_counts=counts, level_of_measurement="nominal"))
    return None if np.isnan(alpha) else alpha
