"""Agreement of two (and three) synthetic coders with known disagreements: κ and α against a
hand computation, span F1 against a plain script, α against the krippendorff package as it is
documented (one row per coder, one column per unit)."""
from __future__ import annotations

import random
from itertools import permutations

import krippendorff
import numpy as np
import pytest

from annotator.core.team.adjudication import regions, take
from annotator.core.team.agreement import ALL, OVERALL, Span, agreement, project_agreement
from annotator.core.team.agreement_table import table_lines
from annotator.core.team.matching import overlap_matches

LABELS = ["DISTRICT", "AMOUNT"]
# One document of 20 characters (doc 1), and one only li coded (doc 2: not compared).
#   characters   0-3   4-9  10-11  12   13   14   15-17  18-19
#   li           D     O    D      O    O    A    A      O
#   wang         D     O    D      D    O    O    A      O
LI = [Span(1, 0, 4, "DISTRICT", {"code": "350206"}), Span(1, 10, 12, "DISTRICT", {}),
      Span(1, 14, 18, "AMOUNT", {"yuan": 5e9}), Span(2, 0, 3, "DISTRICT", {})]
WANG = [Span(1, 0, 4, "DISTRICT", {"code": "350203"}), Span(1, 10, 13, "DISTRICT", {}),
        Span(1, 15, 18, "AMOUNT", {"yuan": 5e9})]
LENGTHS = {1: 20, 2: 10}


@pytest.fixture(scope="module")
def two():
    return agreement({"li": LI, "wang": WANG}, LENGTHS, LABELS)


def test_kappa_and_alpha_per_character_equal_the_hand_computation(two):
    """Unit: one character of doc 1 (20 units; doc 2 has spans of li only and is not compared)."""
    d = two.row(("li", "wang"), "DISTRICT")
    assert (d.documents, d.characters) == (1, 20)
    # DISTRICT or O: both D 6 (0-3, 10-11), li O / wang D 1 (12), both O 13.
    # p_o = 19/20; p_e = (6/20)(7/20) + (14/20)(13/20) = 224/400; kappa = (0.95 - 0.56) / 0.44
    assert d.kappa == pytest.approx((19 / 20 - 224 / 400) / (1 - 224 / 400))
    # alpha: 40 values, n_D = 13, n_O = 27; o_DO = o_OD = 1: 1 - (n - 1) * 2 / (2 * 13 * 27) = 8/9
    assert d.alpha == pytest.approx(1 - 39 * 2 / (2 * 13 * 27)) == pytest.approx(8 / 9)
    # overall: categories D, A, O. Both D 6, both A 3 (15-17), both O 9; li O / wang D at 12, li A / wang O at 14
    o = two.row(("li", "wang"))
    p_o, p_e = 18 / 20, (6 * 7 + 4 * 3 + 10 * 10) / 400
    assert o.kappa == pytest.approx((p_o - p_e) / (1 - p_e))
    # n_D = 13, n_A = 7, n_O = 20; four off-diagonal coincidences
    assert o.alpha == pytest.approx(1 - 39 * 4 / (2 * (13 * 7 + 13 * 20 + 7 * 20)))


def plain_f1(a, b, label):
    """F1 of b against a: exact by (start, end), overlap by trying every one-to-one pairing."""
    sa = [(s.doc, s.start, s.end) for s in a if s.label == label or label == OVERALL and s.label in LABELS]
    sb = [(s.doc, s.start, s.end) for s in b if s.label == label or label == OVERALL and s.label in LABELS]
    exact = len(set(sa) & set(sb))
    best = 0
    small, big = sorted((sa, sb), key=len)
    for chosen in permutations(big, len(small)):
        best = max(best, sum(x[0] == y[0] and x[1] < y[2] and y[1] < x[2] for x, y in zip(small, chosen, strict=True)))
    n = len(sa) + len(sb)
    return 2 * exact / n, 2 * best / n


@pytest.mark.parametrize("label", [OVERALL, *LABELS])
def test_span_f1_equals_a_plain_script(two, label):
    docs = {1}  # the documents both coded
    a, b = [s for s in LI if s.doc in docs], [s for s in WANG if s.doc in docs]
    if label != OVERALL:  # the overall row counts each label's matches on its own
        exact, overlap = plain_f1(a, b, label)
        row = two.row(("li", "wang"), label)
        assert (row.exact_f1, row.overlap_f1) == (pytest.approx(exact), pytest.approx(overlap))
    row = two.row(("li", "wang"), label)
    expected = {OVERALL: (2 / 6, 1.0), "DISTRICT": (0.5, 1.0), "AMOUNT": (0.0, 1.0)}[label]
    assert (row.exact_f1, row.overlap_f1) == (pytest.approx(expected[0]), pytest.approx(expected[1]))


def test_values_of_exactly_matched_spans(two):
    d = two.row(("li", "wang"), "DISTRICT")
    assert (d.values_compared, d.values_same) == (1, 0)  # 350206 and 350203; the other has no value
    assert two.row(("li", "wang"), "AMOUNT").values_compared == 0  # not matched exactly


def test_values_of_foreign_amounts_are_compared_by_currency_and_sum():
    """A sum in dollars has no yuan: its currency and amount are what two coders agree on."""
    li = [Span(1, 0, 5, "AMOUNT", {"currency": "USD", "amount": 5e8}), Span(1, 6, 10, "AMOUNT", {"currency": "EUR",
                                                                                               "amount": 3e7})]
    wang = [Span(1, 0, 5, "AMOUNT", {"currency": "USD", "amount": 500000000}),
            Span(1, 6, 10, "AMOUNT", {"currency": "USD", "amount": 3e7})]
    row = agreement({"li": li, "wang": wang}, {1: 20}, ["AMOUNT"]).row(("li", "wang"), "AMOUNT")
    assert (row.values_compared, row.values_same) == (2, 1)


def test_the_pair_is_symmetric():
    ab = agreement({"li": LI, "wang": WANG}, LENGTHS, LABELS, coders=["li", "wang"])
    ba = agreement({"li": LI, "wang": WANG}, LENGTHS, LABELS, coders=["wang", "li"])
    for label in (OVERALL, *LABELS):
        x, y = ab.row(("li", "wang"), label), ba.row(("li", "wang"), label)
        assert (x.exact_f1, x.overlap_f1, x.kappa, x.alpha) == pytest.approx((y.exact_f1, y.overlap_f1, y.kappa,
                                                                                y.alpha))


def test_three_coders_alpha_with_a_document_one_did_not_code():
    zhao = [Span(2, 0, 3, "DISTRICT", {}), Span(2, 5, 7, "AMOUNT", {})]  # doc 2 only, with li
    result = agreement({"li": LI, "wang": WANG, "zhao": zhao}, LENGTHS, LABELS)
    group = result.row((ALL,))
    assert (group.documents, group.characters) == (2, 30)
    # the package's own input: one row per coder, one column per character, nan where not coded
    li = [2 if 14 <= i < 18 else 1 if i < 4 or 10 <= i < 12 else 0 for i in range(20)] + \
         [1 if i < 3 else 0 for i in range(10)]
    wang = [2 if 15 <= i < 18 else 1 if i < 4 or 10 <= i < 13 else 0 for i in range(20)] + [np.nan] * 10
    zh = [np.nan] * 20 + [1 if i < 3 else 2 if 5 <= i < 7 else 0 for i in range(10)]
    expected = krippendorff.alpha(reliability_data=[li, wang, zh], level_of_measurement="nominal")
    assert group.alpha == pytest.approx(expected)
    pairs = [r for r in result.rows if r.label == OVERALL and len(r.coders) == 2]
    assert group.kappa == pytest.approx(np.mean([r.kappa for r in pairs if r.kappa is not None]))
    assert result.row(("wang", "zhao")).documents == 0  # they coded no document in common
    lines = table_lines(result)
    assert any("all" in line for line in lines)
    # a row of zeros per label for wang / zhao: now one line says they were not compared
    assert not any(line.startswith("wang / zhao") for line in lines)
    assert lines[-1] == "not compared, no document coded by both: wang / zhao"
    assert sum(line.startswith("li / wang") for line in lines) == len(LABELS) + 1


def random_layer(rng, length, n):
    """Spans of one coder and one label that do not overlap."""
    cuts = sorted(rng.sample(range(length + 1), 2 * n))
    return [(cuts[i], cuts[i + 1]) for i in range(0, 2 * n, 2) if cuts[i] < cuts[i + 1]]


def test_random_coders_against_plain_computations():
    rng = random.Random(7)
    for _ in range(30):
        length = rng.randint(5, 40)
        coders = {c: [Span(1, s, e, label, {}) for label in LABELS
                      for s, e in random_layer(rng, length, rng.randint(0, 3))] for c in ("a", "b")}
        if not coders["a"] or not coders["b"]:
            continue
        result = agreement(coders, {1: length}, LABELS)
        for label in LABELS:
            row = result.row(("a", "b"), label)
            n = sum(s.label == label for c in coders.values() for s in c)
            if n == 0:
                assert row.exact_f1 is None
                continue
            exact, overlap = plain_f1(coders["a"], coders["b"], label)
            assert (row.exact_f1, row.overlap_f1) == (pytest.approx(exact), pytest.approx(overlap))
            cats = [[int(any(s.label == label and s.start <= i < s.end for s in coders[c])) for i in range(length)]
                    for c in ("a", "b")]
            assert row.kappa == pytest.approx(plain_kappa(*cats)) if row.kappa is not None else \
                len(set(cats[0] + cats[1])) == 1
            if len(set(cats[0] + cats[1])) > 1:
                assert row.alpha == pytest.approx(krippendorff.alpha(reliability_data=cats,
                                                                     level_of_measurement="nominal"))


def plain_kappa(a, b):
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    p_e = sum(a.count(c) * b.count(c) for c in set(a) | set(b)) / n / n
    return (p_o - p_e) / (1 - p_e)


def test_overlap_matching_is_the_largest():
    # greedy by first overlap would pair (0,10) with (0,2) and leave (5,7) unmatched
    assert overlap_matches([(0, 10), (1, 3)], [(0, 2), (5, 7)]) == 2
    assert overlap_matches([(0, 2), (5, 7)], [(0, 10), (1, 3)]) == 2


def test_from_a_project(make_project, open_store):
    text = "厦门市湖里区投资55.1亿元建设松元产业园。"
    store = open_store(make_project(text, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"}),
                                           ("a.txt", 0, 3, "DISTRICT", {"annotator": "wang"}),
                                           ("a.txt", 3, 6, "DISTRICT", {"annotator": "wang"}),
                                           ("a.txt", 8, 14, "AMOUNT", {"annotator": "wang", "status": "suggested"})]))
    result = project_agreement(store)
    row = result.row(("li", "wang"), "DISTRICT")
    assert (row.spans, row.exact) == ((1, 2), 1)
    assert result.row(("li", "wang"), "AMOUNT").spans == (0, 0)  # suggested spans do not count by default
    with_suggested = project_agreement(store, statuses=["accepted", "suggested"], labels=["AMOUNT"])
    assert with_suggested.labels == ("AMOUNT",)
    assert with_suggested.row(("li", "wang"), "AMOUNT").spans == (0, 1)


def test_the_adjudicated_layer_is_no_coder_unless_named(make_project, open_store):
    """After adjudication the project holds a ``gold`` layer made from the coders' spans: by
    default it is left out (it agreed with each coder it was taken from); named, it is compared."""
    text = "厦门市湖里区投资55.1亿元建设松元产业园。"
    store = open_store(make_project(text, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"}),
                                           ("a.txt", 3, 6, "DISTRICT", {"annotator": "wang"})]))
    doc_id = store.documents()[0].id
    assert project_agreement(store).coders == ("li", "wang")
    for region in regions(store, doc_id, ["li", "wang"]):
        take(store, region, "li")
    assert {a.annotator for a in store.annotations(doc_id)} == {"li", "wang", "gold"}
    assert project_agreement(store).coders == ("li", "wang")
    named = project_agreement(store, annotators=["li", "gold"])
    assert named.row(("gold", "li"), "DISTRICT").exact == 1


def test_the_table_keeps_its_columns_under_chinese_coder_names():
    # 王 takes two columns in a terminal: 'li / 王' pushed its row one column right of the header
    import unicodedata

    def width(text):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    lines = table_lines(agreement({"li": LI, "王小明": WANG}, LENGTHS, LABELS))[2:]
    header, rows = lines[0], lines[1:]
    label_at = width(header[:header.index("label")])
    assert all(width(row[:row.index(label)]) == label_at
               for row, label in zip(rows, ("overall", *LABELS), strict=True))
    assert {width(row) for row in rows} == {width(header)}  # the right-aligned figures end under theirs
