"""*Import again* kept an accepted span only where the new reading held its text AT THE SAME OFFSETS:
one paragraph added near the top of the file shifted every span after it, and all of them went. Now
the old text is mapped onto the new one through a diff (``core/spans_moved.py``): a span whose text
the new reading holds where its place maps to moves there, with its value, note, annotator and
links; a span whose text the edit changed goes. What the question counts is what the write keeps."""
from __future__ import annotations

import random
import time

from annotator.core.imports.again import import_again, read_again
from annotator.core.imports.documents import import_files
from annotator.core.spans_moved import text_moves
from annotator.core.store import Store

TEXT = ("厦门市湖里区2024年政府工作报告\n\n"
        "一、过去一年工作回顾\n\n"
        "湖里区完成固定资产投资120亿元，同比增长8%。\n\n"
        "松元产业园二期开工建设，总投资15亿元。\n\n"
        "二、今年主要目标\n\n"
        "地区生产总值增长6.5%左右。\n")
ADDED = "（2024年1月5日在湖里区第二届人民代表大会第四次会议上）\n\n"
EDITED = TEXT.replace("总投资15亿元", "总投资18亿元").replace("地区生产总值", "地区生产\n总值")


def _span(store, doc_id, text, label, **more):
    start = store.document(doc_id).text.index(text)
    store.add_annotation(doc_id, start, start + len(text), label, **more)
    return next(a for a in store.annotations(doc_id) if a.start == start and a.label == label)


def test_a_paragraph_added_above_moves_the_spans_and_an_edited_one_goes(tmp_path):
    path = tmp_path / "huli_2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path]).imported
        assert store.document(doc.id).text == TEXT
        district = _span(store, doc.id, "湖里区", "DISTRICT", annotator="li", note="the district itself")
        amount = _span(store, doc.id, "120亿元", "AMOUNT", annotator="li", value={"yuan": 12_000_000_000})
        project = _span(store, doc.id, "松元产业园二期", "PROJECT", annotator="wang")
        _span(store, doc.id, "15亿元", "AMOUNT", annotator="wang")  # its sentence edited: 18亿元
        _span(store, doc.id, "地区生产总值", "TARGET")  # cut by a line break
        _span(store, doc.id, "6.5%左右", "TARGET", status="suggested")  # a suggestion: goes, as before
        store.add_link(amount.id, "district", district.id)
        store.add_link(project.id, "district", district.id)
        fifteen = next(a for a in store.annotations(doc.id) if a.text == "15亿元")
        store.add_link(fifteen.id, "project", project.id)  # goes with its span
        path.write_text(ADDED + EDITED, encoding="utf-8")

        reread = read_again(store, doc.id, path, None)
        assert (reread.accepted, reread.kept) == (5, 3)  # what the question says before anything is written
        done = import_again(store, reread)
        assert done.kept == reread.kept

        (new,) = store.documents()
        text = store.document(new.id).text
        assert text == ADDED + EDITED
        kept = store.annotations(new.id)
        assert [(a.text, a.label, a.annotator) for a in kept] == [
            ("湖里区", "DISTRICT", "li"), ("120亿元", "AMOUNT", "li"), ("松元产业园二期", "PROJECT", "wang")]
        assert all(text[a.start:a.end] == a.text and a.start > len(ADDED) - 1 for a in kept)
        assert [a.start - len(ADDED) for a in kept] == [district.start, amount.start, project.start]
        assert kept[0].note == "the district itself" and kept[1].value == {"yuan": 12_000_000_000}
        assert [a.id for a in kept] == [district.id, amount.id, project.id]  # the same spans, moved
        assert sorted((link.source_id, link.kind, link.target_id) for link in store.links(new.id)) == sorted(
            [(amount.id, "district", district.id), (project.id, "district", district.id)])


def _long_text(paragraphs: int, seed: int = 7) -> str:
    """About 100 characters a paragraph of hanzi, digits and punctuation, each paragraph its own."""
    rng = random.Random(seed)
    hanzi = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    return "".join(f"（{i}）" + "".join(rng.choice(hanzi) for _ in range(40)) + f"{rng.randrange(10**6)}亿元，"
                   + "".join(rng.choice(hanzi) for _ in range(45)) + "。\n\n" for i in range(paragraphs))


def test_a_400000_character_document_is_mapped_quickly_and_every_run_kept_reads_alike():
    old = _long_text(3900)
    assert len(old) > 400_000
    middle = old.index("。", len(old) // 2)
    new = "新增一段文字。\n\n" + old[:middle - 8] + "改过" + old[middle - 6:]
    began = time.perf_counter()
    moves = text_moves(old, new)
    took = time.perf_counter() - began
    assert took < 5  # about 0.03 s here; benchmarks/bench_import_again.py times harder edits
    assert all(old[i:i + n] == new[j:j + n] for i, j, n in zip(moves.old_starts, moves.new_starts, moves.sizes,
                                                               strict=True))
    assert moves.kept() == len(old) - 2
    assert moves.place(middle - 8, middle - 6) is None  # the two characters replaced
    assert moves.place(middle - 20, middle - 10) == (middle - 20 + 9, middle - 10 + 9)


def test_every_run_of_the_map_reads_alike_whatever_the_edits():
    rng = random.Random(3)
    old = _long_text(60, seed=1)
    for _ in range(30):
        new = list(old)
        for _edit in range(rng.randrange(1, 12)):
            at = rng.randrange(len(new))
            new[at:at + rng.randrange(4)] = rng.choice(["", "\n", " ", "，", "改动", "\n\n新的段落。\n"])
        joined = "".join(new)
        moves = text_moves(old, joined)
        assert all(old[i:i + n] == joined[j:j + n] for i, j, n in zip(moves.old_starts, moves.new_starts,
                                                                        moves.sizes, strict=True))
        assert list(moves.old_starts) == sorted(moves.old_starts) and list(moves.new_starts) == sorted(moves.new_starts)
    assert text_moves(old, old).place(0, len(old)) == (0, len(old))
    assert text_moves("", "新").sizes == () and text_moves("旧", "").sizes == ()


def test_a_document_is_read_from_its_own_file_with_its_own_encoding_else_guessed(tmp_path):
    """``read_source``: the file the document was imported from, read with the encoding it was read with
    (GB18030, chosen, though the guess may differ); a file saved since in UTF-8 is read as the guess reads it;
    a file that reads as the document is says so (ReadsTheSame) and nothing changes."""
    import pytest

    from annotator.core.imports.again import ReadsTheSame, read_source

    path = tmp_path / "huli_2024.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path], encoding="gb18030").imported
        _span(store, doc.id, "松元产业园二期", "PROJECT")
        with pytest.raises(ReadsTheSame, match="reads the same with gb18030"):
            read_source(store, doc.id)
        path.write_bytes((ADDED + TEXT).encode("gb18030"))
        reread = read_source(store, doc.id)
        assert (reread.document.encoding, reread.kept, reread.document.text) == ("gb18030", 1, ADDED + TEXT)
        path.write_text(ADDED + TEXT, encoding="utf-8")  # saved in another encoding since
        reread = read_source(store, doc.id)
        assert (reread.document.encoding, reread.kept) == ("utf-8", 1)
        other = tmp_path / "elsewhere.txt"  # the file given (its own gone)
        other.write_text(EDITED, encoding="utf-8")
        reread = read_source(store, doc.id, other)
        assert reread.document.source_path == str(other.resolve()) and reread.kept == 1
        assert import_again(store, reread).kept == 1
        assert store.documents()[0].source_path == str(other.resolve())
