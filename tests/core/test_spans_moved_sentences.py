"""*Import again* kept the spans of a sentence only where it stayed in order: an editor who swapped two
sentences of a paragraph lost the accepted spans of one of them, though its text was all there (the diff keeps
the text in one order). Now a whole sentence (to 。！？；) the diff left unmatched that each reading holds once
(of ten characters or more) maps to where it is now, and its spans move with it."""
from __future__ import annotations

from annotator.core.imports.again import import_again, read_again
from annotator.core.imports.documents import import_files
from annotator.core.spans_moved import MOVED_LINE, moved_spans, text_moves
from annotator.core.store import Store

TITLE = "滨州市2024年政府工作报告\n\n"
FIRST = "京博动能转换综合体建成投产，总投资120亿元。"
SECOND = "邹平省级高新区成功获批，滨州港5万吨级航道工程开工建设。"
LAST = "\n\n（四）民生福祉持续改善。新建各类公园34处。\n"
SPANS = ["京博动能转换综合体", "120亿元", "邹平", "滨州港5万吨级航道工程"]


def _moved(old: str, new: str) -> dict[int, tuple[int, int]]:
    spans = [(k, old.index(text), old.index(text) + len(text), text) for k, text in enumerate(SPANS)]
    return moved_spans(text_moves(old, new), new, spans)


def _texts(new: str, found: dict[int, tuple[int, int]]) -> dict[int, str]:
    return {k: new[s:e] for k, (s, e) in found.items()}


def test_two_sentences_of_a_paragraph_swapped_keep_their_spans_where_they_are_now():
    old = TITLE + "（一）产业转型取得突破性成效。" + FIRST + SECOND + LAST
    new = TITLE + "（一）产业转型取得突破性成效。" + SECOND + FIRST + LAST
    found = _moved(old, new)
    assert _texts(new, found) == dict(enumerate(SPANS))
    assert found[0][0] > found[3][0]  # 京博… now after 滨州港…


def test_sentences_swapped_at_the_start_and_end_of_a_paragraph_keep_their_spans():
    old = TITLE + FIRST + "产业转型取得突破性成效。" + SECOND + LAST
    new = TITLE + SECOND + "产业转型取得突破性成效。" + FIRST + LAST
    assert _texts(new, _moved(old, new)) == dict(enumerate(SPANS))


def test_a_sentence_rewritten_as_it_moved_loses_its_own_span():
    old = TITLE + FIRST + SECOND + LAST
    new = TITLE + SECOND + "京博动能转换综合体全面建成，总投资120亿元。" + LAST
    found = _moved(old, new)
    assert 2 in found and 3 in found  # the sentence moved whole
    assert 0 not in found and 1 not in found  # the rewritten one: its spans go


def test_a_short_sentence_is_not_moved():
    short = "邹平获批。"  # under MOVED_LINE: such a sentence recurs by chance
    assert len(short) < MOVED_LINE
    old = TITLE + "总投资120亿元。" + short + FIRST + LAST
    new = TITLE + short + "总投资120亿元。" + FIRST + LAST
    spans = [(k, old.index(text), old.index(text) + len(text), text) for k, text in enumerate(["邹平", "120亿元"])]
    found = moved_spans(text_moves(old, new), new, spans)
    assert len(found) == 1  # the diff keeps one of the two; the other is not found moved


def test_a_sentence_held_twice_is_not_moved():
    old = TITLE + FIRST + SECOND + LAST + SECOND + "\n"
    new = TITLE + SECOND + FIRST + LAST + SECOND + "\n"
    found = _moved(old, new)
    assert 0 in found  # 京博… kept by the diff
    assert 2 not in found and 3 not in found  # 邹平… is in either text twice: which one moved is not told


def test_the_question_counts_the_spans_of_sentences_swapped_and_the_write_keeps_them(tmp_path):
    path = tmp_path / "binzhou_2024.txt"
    path.write_text(TITLE + FIRST + SECOND + LAST, encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path]).imported
        text = store.document(doc.id).text
        for span, label in zip(SPANS, ["PROJECT", "AMOUNT", "DISTRICT", "PROJECT"], strict=True):
            store.add_annotation(doc.id, text.index(span), text.index(span) + len(span), label)
        path.write_text(TITLE + SECOND + FIRST + LAST, encoding="utf-8")
        reread = read_again(store, doc.id, path, None)
        assert (reread.accepted, reread.kept) == (4, 4)
        assert import_again(store, reread).kept == 4
        (new,) = store.documents()
        text = store.document(new.id).text
        assert sorted(a.text for a in store.annotations(new.id)) == sorted(SPANS)
        assert all(text[a.start:a.end] == a.text for a in store.annotations(new.id))
