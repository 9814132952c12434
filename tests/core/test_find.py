from annotator.core.find import find_between, fold


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
