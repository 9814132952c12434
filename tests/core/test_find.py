from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.find import find_all, find_between, fold


def test_fold_keeps_the_length_and_joins_the_widths_and_cases():
    text = "ＡＢＣ１２３　ａｂｃ，GDP增长５％"
    assert fold(text) == "abc123 abc,gdp增长5%"
    assert len(fold(text)) == len(text)


def test_find_between_gives_text_offsets_also_at_the_pieces_edges():
    text = "𠀀ＡＢＣ１２３在前，ABC123在后"
    assert find_between(text, "abc123", 0, len(text)) == [(1, 7), (10, 16)]
    assert find_between(text, "ABC123", 0, 5) == [(1, 7)]  # starts in the piece, ends after it
    assert find_between(text, "ABC123", 5, len(text)) == [(10, 16)]
    assert find_between("aaa", "aa", 0, 3) == [(0, 2), (1, 3)]
    assert find_between("abc", "", 0, 3) == []


def test_a_name_broken_over_two_lines_or_by_a_space_is_found_whole():
    text = "建设松元产\n    业园一期，省妇幼保健 院扩建，松元产业园二期"
    wrapped, spaced, plain = text.index("松元"), text.index("省妇"), text.rindex("松元")
    assert find_between(text, "松元产业园", 0, len(text)) == [(wrapped, wrapped + 10), (plain, plain + 5)]
    assert find_between(text, "省妇幼保健院", 0, len(text)) == [(spaced, spaced + 7)]
    assert find_between(text, "松元 产业园", 0, len(text))[1] == (plain, plain + 5)  # a space sought: none needed
    assert find_between(text, "松元产业园", wrapped + 1, len(text)) == [(plain, plain + 5)]  # starts in the piece only
    assert find_between(text, "松元产业园", 0, wrapped + 1) == [(wrapped, wrapped + 10)]  # ends after it
    assert find_between("  \n ", " ", 0, 4) == []
    assert find_between("一" + " " * 40 + "二", "一二", 0, 42) == []  # a gap of 40 is no longer one name


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="松元产业园aAｂＢ \n\u3000.", max_size=40), st.text(alphabet="松元产业园aAbＢ .", max_size=5))
def test_find_all_in_the_unfolded_text_finds_what_find_between_finds(text, needle):
    """Search all documents matches each text as it is (no folded copy): the same hits as Find."""
    assert find_all(text, needle) == find_between(text, needle, 0, len(text))
    assert find_all(text, needle, 1) == find_between(text, needle, 0, len(text))[:1]
