"""Gold made on a report's simplified form, the project holding it in traditional characters (a Big5
file), or the other way: before, `annotator import-annotations` rejected every line whose text had a
character written otherwise (湖里区 for 湖裡區: 297 of tianshui_2020's and 000_d4e49717995bf1b3's 358
lines, the rest stored), and `annotator evaluate` scored nothing ("was the gold made on another version
of the text?"). The offsets are the same text's: the spans are stored as the document writes them, the
scores are those of gold in the document's own writing, and a note on standard error says so."""
from __future__ import annotations

import json

from annotator.core.store import Store
from annotator.core.suggest.traditional import same_writing
from tests.cli_run import run

SIMPLIFIED = "湖里区将加快推进松元产业园二期建设，海沧区后溪镇完成投资55.1亿元，力争新增80家企业。\n"
WRITTEN = "湖裡區將加快推進松元產業園二期建設，海滄區後溪鎮完成投資55.1億元，力爭新增80家企業。\n"
SPANS = (("湖里区", "DISTRICT"), ("松元产业园", "PROJECT"), ("海沧区", "DISTRICT"), ("55.1亿元", "AMOUNT"),
         ("力争新增80家企业", "TARGET"))


def gold(tmp_path, text: str, name: str) -> str:
    path = tmp_path / name
    lines = []
    for piece, label in SPANS:
        start = SIMPLIFIED.index(piece)
        lines.append({"doc": "r.txt", "start": start, "end": start + len(piece), "label": label,
                      "text": text[start:start + len(piece)]})
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return str(path)


def test_one_text_in_two_writings_is_the_same_text():
    assert same_writing("后溪镇", "後溪鎮") and same_writing("湖里区", "湖裡區") and same_writing("55亿元", "55億元")
    assert same_writing("以后", "以後")  # alone too: compared character by character
    assert not same_writing("湖里区", "湖里镇") and not same_writing("湖里区", "湖里")


def test_gold_in_the_other_writing_is_imported_and_scored_as_the_documents_text(tmp_path, capsys):
    simple_gold, written_gold = gold(tmp_path, SIMPLIFIED, "s.gold.jsonl"), gold(tmp_path, WRITTEN, "t.gold.jsonl")
    (tmp_path / "r.txt").write_text(WRITTEN, encoding="utf-8")
    folder = tmp_path / "P"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "r.txt")[0] == 0
    assert run(capsys, "suggest", folder)[0] == 0
    code, out, err = run(capsys, "evaluate", folder, "--gold", written_gold)
    assert code == 0 and "note" not in err, err
    code, same, err = run(capsys, "evaluate", folder, "--gold", simple_gold)
    assert code == 0 and same == out
    assert "note: 5 gold span(s) give the text of" in err and "(湖里区 for 湖裡區 in r.txt)" in err, err
    code, out, err = run(capsys, "import-annotations", folder, simple_gold)
    assert code == 0 and "rejected" not in err, (out, err)  # the suggestions it has decided (accepted)
    assert "s.gold.jsonl: 5 line(s) give the text of their document in other characters (湖里区 for 湖裡區" in err
    with Store.open(folder) as store:
        assert sorted((a.text, a.label) for a in store.iter_annotations(statuses=["accepted"])) == sorted(
            (WRITTEN[SIMPLIFIED.index(p):SIMPLIFIED.index(p) + len(p)], label) for p, label in SPANS)
    code, out, _err = run(capsys, "import-annotations", folder, simple_gold)  # again: nothing new
    assert code == 0 and "5 already in the project" in out, out


def test_another_text_is_still_refused(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(WRITTEN, encoding="utf-8")
    wrong = tmp_path / "w.gold.jsonl"
    wrong.write_text(json.dumps({"doc": "r.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "思明区"},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    folder = tmp_path / "P"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "r.txt")[0] == 0
    code, _out, err = run(capsys, "evaluate", folder, "--gold", wrong)
    assert code != 0 and "'思明区' is not the text of r.txt at 0-3 ('湖裡區')" in err, err
    code, _out, err = run(capsys, "import-annotations", folder, wrong)
    assert code != 0 and "span text '思明区' does not match the document at 0-3 ('湖裡區')" in err, err


def test_a_workbook_of_the_simplified_form_is_imported_into_the_traditional_one(tmp_path, capsys):
    """Before, each row whose text had a character written otherwise was refused (169 of tianshui_2020's
    210 rows, exported from a project holding its simplified form)."""
    simple_gold = gold(tmp_path, SIMPLIFIED, "s.gold.jsonl")
    for folder, text in ((tmp_path / "S", SIMPLIFIED), (tmp_path / "T", WRITTEN)):
        (tmp_path / "r.txt").write_text(text, encoding="utf-8")
        assert run(capsys, "new", folder)[0] == 0
        assert run(capsys, "import", folder, tmp_path / "r.txt")[0] == 0
    assert run(capsys, "import-annotations", tmp_path / "S", simple_gold)[0] == 0
    assert run(capsys, "export", tmp_path / "S", "-o", tmp_path / "s.xlsx")[0] == 0
    code, out, err = run(capsys, "import-annotations", tmp_path / "T", tmp_path / "s.xlsx")
    assert code == 0 and "5 added" in out and "0 row(s) refused" in out, (out, err)
    assert "s.xlsx: 5 row(s) give the text of their document in other characters (湖里区 for 湖裡區" in err, err
    code, out, err = run(capsys, "import-annotations", tmp_path / "T", tmp_path / "s.xlsx")  # again: unchanged
    assert code == 0 and "0 added" in out and "0 row(s) refused" in out, (out, err)
    with Store.open(tmp_path / "T") as store:
        assert sorted(a.text for a in store.iter_annotations()) == sorted(
            WRITTEN[SIMPLIFIED.index(p):SIMPLIFIED.index(p) + len(p)] for p, _label in SPANS)
