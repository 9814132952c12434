"""CSV (BOM, formula-safe) and CoNLL/BIO (one character a line, outer span wins), also from the command line."""
from __future__ import annotations

import csv as pycsv
import io

import pytest
from openpyxl import load_workbook

from annotator.cli import main
from annotator.core.export import conll, csv
from annotator.core.export.meta import MetaColumns
from annotator.core.export.rows import annotation_columns
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

A = "厦门市计划投资5亿元。\n=1+1 与@SUM(A1)，-2+3 +A1"
B = "集美区 新增80家企业。"
C = "没有标注的文章。"


def add(store, doc_id, text, needle, label, value=None, status="accepted"):
    start = text.index(needle)
    store.add_annotation(doc_id, start, start + len(needle), label, value=value or {}, status=status)


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "proj")
    ids = [s.add_document(Document(None, name, name, t, sha256(t), char_count=len(t))).id
           for name, t in (("a.txt", A), ("b.txt", B), ("c.txt", C))]
    add(s, ids[0], A, "厦门市", "DISTRICT", {"name": "厦门市", "code": "350200"})
    add(s, ids[0], A, "计划投资5亿元", "TARGET", {"quantity": 5, "unit": "亿元"})
    add(s, ids[0], A, "5亿元", "AMOUNT", {"yuan": 500_000_000, "qualifier": None})
    add(s, ids[0], A, "=1+1", "PROJECT")
    add(s, ids[0], A, "@SUM(A1)", "PROJECT")
    add(s, ids[0], A, "-2+3", "PROJECT")
    add(s, ids[0], A, "+A1", "PROJECT")
    add(s, ids[1], B, "集美区 新增", "PROJECT", status="suggested")
    add(s, ids[1], B, "集美区", "DISTRICT", {"name": "集美区"})
    add(s, ids[1], B, "新增80家企业", "TARGET", {"quantity": 80, "unit": "家"})
    yield s
    s.close()


# ---------------------------------------------------------------------- csv
def test_csv_has_a_bom_the_annotation_columns_and_quoted_formulas(store, tmp_path):
    out = tmp_path / "a.csv"
    assert csv.write(store, out) == 9
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(pycsv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [c.header for c in annotation_columns(MetaColumns([]))]
    col = {name: i for i, name in enumerate(rows[0])}
    texts = [r[col["text"]] for r in rows[1:]]
    assert "'=1+1" in texts and "'@SUM(A1)" in texts and "'-2+3" in texts and "'+A1" in texts
    assert "厦门市" in texts
    amount = next(r for r in rows[1:] if r[col["text"]] == "5亿元")
    assert amount[col["yuan"]] == "500000000" and amount[col["district_code"]] == ""
    district = next(r for r in rows[1:] if r[col["text"]] == "厦门市")
    assert district[col["district_code"]] == "350200" and len(district[col["created_utc"]]) == 19
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_csv_safe_leaves_numbers_and_plain_text_alone():
    assert csv.safe(-3) == -3 and csv.safe("湖里区") == "湖里区" and csv.safe("\t=x") == "'\t=x"


def test_csv_follows_the_filters(store, tmp_path):
    out = tmp_path / "b.csv"
    assert csv.write(store, out, statuses=["suggested"]) == 1
    assert csv.write(store, out, labels=["DISTRICT"], doc_ids=[store.document_id_by_name("b.txt")]) == 1


# -------------------------------------------------------------------- conll
def blocks(path):
    return path.read_text(encoding="utf-8").split("\n\n")


def test_conll_tags_one_character_a_line_one_sentence_a_block_and_the_outer_span_wins(store, tmp_path):
    out = tmp_path / "a.conll"
    written = conll.write(store, out)
    assert written == 2  # c.txt has no spans and is not done
    assert (written.sentences, written.dropped) == (3, 1)  # 5亿元 inside 计划投资5亿元
    first, first_rest, second = blocks(out)
    lines = first.split("\n")
    assert lines[0] == "# doc: a.txt"
    pairs = [tuple(line.split(" ")) for line in lines[1:]]
    assert all(len(p) == 2 and len(p[0]) == 1 for p in pairs)
    assert pairs[:3] == [("厦", "B-DISTRICT"), ("门", "I-DISTRICT"), ("市", "I-DISTRICT")]
    # TARGET 计划投资5亿元 holds AMOUNT 5亿元: the outer span wins whole
    assert pairs[3:10] == [("计", "B-TARGET"), ("划", "I-TARGET"), ("投", "I-TARGET"), ("资", "I-TARGET"),
                           ("5", "I-TARGET"), ("亿", "I-TARGET"), ("元", "I-TARGET")]
    assert pairs[10:] == [("。", "O")]  # the sentence ends here
    rest = [tuple(line.split(" ")) for line in first_rest.split("\n")]
    assert "".join(p[0] for p in pairs + rest) == "".join(A.split())  # whitespace is skipped
    assert ("=", "B-PROJECT") in rest and ("@", "B-PROJECT") in rest
    second_pairs = [tuple(line.split(" ")) for line in second.strip("\n").split("\n")[1:]]
    assert second_pairs[:4] == [("集", "B-DISTRICT"), ("美", "I-DISTRICT"), ("区", "I-DISTRICT"),
                                ("新", "B-TARGET")]
    assert out.read_text(encoding="utf-8").endswith("O\n")


def test_conll_without_comments_and_with_done_documents(store, tmp_path):
    store.set_document_done(store.document_id_by_name("c.txt"), True)
    out = tmp_path / "b.bio"
    assert conll.write(store, out, labels=["DISTRICT"], doc_comments=False) == 3
    parts = blocks(out)
    assert len(parts) == 4 and all(not p.startswith("#") for p in parts)
    assert parts[3].strip().split("\n")[0] == "没 O"
    assert "计 O" in parts[0]


def test_conll_never_breaks_a_sentence_inside_a_span():
    from annotator.core.models import Annotation

    text = "甲乙。丙丁；戊"
    spans = [Annotation(1, 1, 1, 5, "X", "乙。丙丁")]
    blocks_, dropped = conll.document_blocks("d", text, spans, doc_comments=False)
    assert dropped == 0
    assert blocks_ == [["甲 O", "乙 B-X", "。 I-X", "丙 I-X", "丁 I-X", "； O"], ["戊 O"]]


def test_conll_from_the_command_line_without_doc_lines_and_with_a_warning(store, tmp_path, capsys):
    out = tmp_path / "spacy.conll"
    assert main(["export", str(store.folder), "-o", str(out), "--no-doc-comments"]) == 0
    said = capsys.readouterr().out
    # the file's name came after the warning: "…; warning: 1 span(s) … left out (BIO has …) to spacy.conll"
    assert said.splitlines()[0] == (f"wrote 2 document(s), 3 sentence(s) to {out}; warning: 1 span(s) inside or "
                                    "across a longer one left out (BIO has one tag a character)")
    assert not any(line.startswith("#") for line in out.read_text(encoding="utf-8").splitlines())
    assert main(["export", str(store.folder), "-o", str(tmp_path / "x.csv"), "--no-doc-comments"]) == 1
    assert "conll" in capsys.readouterr().err


def test_conll_tags_leave_out_a_span_that_crosses_a_longer_one():
    from annotator.core.models import Annotation

    text = "abcdef"
    spans = [Annotation(1, 1, 0, 4, "X", "abcd"), Annotation(2, 1, 3, 6, "Y", "def")]
    assert conll.tags(text, spans) == ["B-X", "I-X", "I-X", "I-X", "O", "O"]


def test_conll_writes_a_space_inside_a_labels_name_as_an_underscore():
    # B-my policy 🎉 made a line of four fields: readers that split on whitespace broke on it
    from annotator.core.models import Annotation

    text = "实施乡村振兴战略。"
    blocks_, _dropped = conll.document_blocks("d", text, [Annotation(1, 1, 2, 8, "my policy 🎉", "乡村振兴战略")],
                                              doc_comments=False)
    assert blocks_[0][2:4] == ["乡 B-my_policy_🎉", "村 I-my_policy_🎉"]
    assert all(len(line.split()) == 2 for line in blocks_[0])


# ---------------------------------------------------------------------- cli
@pytest.mark.parametrize("suffix,expect", [(".xlsx", "annotation(s)"), (".csv", "9 row(s)"),
                                           (".conll", "2 document(s)")])
def test_export_command_picks_the_format_from_the_suffix(store, tmp_path, capsys, suffix, expect):
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(store.folder), "-o", str(out)]) == 0
    assert expect in capsys.readouterr().out
    assert out.exists()
    if suffix == ".xlsx":
        assert load_workbook(out).sheetnames[:3] == ["About", "Facts", "Annotations"]
