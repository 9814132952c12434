"""``annotator labels``: the project's labels on the command line, as *Project › Labels…* edits them.
A gold JSONL carrying a label the project lacks (POLICY) is refused with a note naming the command
that adds it; added, the same file imports; the label renamed carries its spans; bad values, a
schema label's rename and the deletion of a label in use are one clear error each."""
from __future__ import annotations

import json

from annotator.core.store import Store
from tests.cli_run import ARTICLE, assert_user_error, project_of_two, run

POLICY = "松元产业园"  # stands in for a named policy: the rules know no POLICY


def gold(tmp_path):
    start = ARTICLE.index(POLICY)
    path = tmp_path / "policy.gold.jsonl"
    path.write_text(json.dumps({"doc": "a.txt", "start": start, "end": start + len(POLICY), "label": "POLICY",
                                "text": POLICY}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_a_label_added_on_the_command_line_lets_its_gold_in_and_is_renamed_with_its_spans(tmp_path, capsys):
    folder, path = project_of_two(tmp_path, capsys), gold(tmp_path)
    code, out, err = run(capsys, "import-annotations", folder, path)
    # the note on standard error, as the import's other notes (it was among what was stored, on standard output)
    assert code == 1 and f"'annotator labels {folder} --add POLICY' adds it" in err and "note" not in out
    code, out, _err = run(capsys, "labels", folder, "--add", "POLICY", "--key", "5", "--color", "#E15759",
                          "--description", "a named policy")
    assert code == 0 and "added label POLICY" in out
    with Store.open(folder) as store:
        assert store.label("POLICY").color == "#e15759" and store.label("POLICY").shortcut == "5"
    assert run(capsys, "import-annotations", folder, path)[0] == 0
    code, out, _err = run(capsys, "labels", folder, "--change", "POLICY", "--rename", "政策")
    assert code == 0 and "renamed label POLICY to 政策 in " in out  # it said "rename label …", as an undo step
    assert [line.split()[:4] for line in out.splitlines() if line.startswith("政策")] == [["政策", "5", "#e15759",
                                                                                          "1/0/0"]]
    with Store.open(folder) as store:
        assert [(a.label, a.text) for a in store.annotations()] == [("政策", POLICY)]


def test_what_the_label_editor_refuses_the_command_refuses_in_one_line(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    assert run(capsys, "labels", folder, "--add", "POLICY", "--key", "5")[0] == 0
    assert_user_error(run(capsys, "labels", folder, "--change", "POLICY", "--color", "red"), "#rrggbb", "'red'")
    assert_user_error(run(capsys, "labels", folder, "--change", "POLICY", "--key", "0"), "1 to 9")
    assert_user_error(run(capsys, "labels", folder, "--add", "SECTOR", "--key", "5"),
                      f"shortcut 5 is taken by POLICY in {folder}: choose another or clear POLICY's first")
    assert_user_error(run(capsys, "labels", folder, "--change", "DISTRICT", "--rename", "PLACE"), "DISTRICT",
                      "nothing was changed")
    assert_user_error(run(capsys, "labels", folder, "--key", "6"), "--change")
    assert_user_error(run(capsys, "labels", folder, "--delete", "POLICYX"), "no label 'POLICYX'")
    with Store.open(folder) as store:
        doc = store.documents()[0].id
        store.add_annotation(doc, 0, 3, "POLICY")
    assert_user_error(run(capsys, "labels", folder, "--delete", "POLICY"),
                      "was kept: 1 span(s) in", "relabel or delete those spans first, or rename the label instead")
    with Store.open(folder) as store:  # rejected, the table hides it: the refusal says where it is
        store.add_annotation(doc, 4, 6, "POLICY", status="rejected")
    assert_user_error(run(capsys, "labels", folder, "--delete", "POLICY"),
                      "was kept: 2 span(s) in", "use it, 1 of them rejected (shown by View › Show rejected spans)")
    with Store.open(folder) as store:
        store.delete_annotation([a.id for a in store.annotations() if a.status == "rejected"][0])
    with Store.open(folder) as store:
        store.delete_annotation(store.annotations()[0].id)
    assert run(capsys, "labels", folder, "--delete", "POLICY")[0] == 0
    with Store.open(folder) as store:
        assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET"]


def test_evaluate_names_a_gold_label_the_project_does_not_have(tmp_path, capsys):
    folder, path = project_of_two(tmp_path, capsys), gold(tmp_path)
    assert run(capsys, "labels", folder, "--add", "POLICY")[0] == 0
    assert run(capsys, "import-annotations", folder, path)[0] == 0
    code, out, _err = run(capsys, "evaluate", folder, "--gold", path, "--status", "accepted")
    assert code == 0 and "note:" not in out and "1.000" in out
    assert run(capsys, "labels", folder, "--change", "POLICY", "--rename", "政策")[0] == 0
    code, out, err = run(capsys, "evaluate", folder, "--gold", path, "--status", "accepted")
    assert code == 0 and "note:" not in out  # the note on standard error: standard output holds the table alone
    assert f"note: the gold's label POLICY is no label of {folder}: its 1 gold span(s) count as missed" in err


def test_a_name_another_label_has_in_another_case_is_refused_and_spaces_inside_a_name_are_tidied(tmp_path, capsys):
    """policy beside POLICY, district beside DISTRICT: --label, the import's "did you mean" and the
    workbook's column names could not tell them apart; a tab or a run of spaces in a name is one space."""
    folder = project_of_two(tmp_path, capsys)
    assert run(capsys, "labels", folder, "--add", "POLICY")[0] == 0
    assert_user_error(run(capsys, "labels", folder, "--add", "policy"), "label POLICY exists already")
    assert_user_error(run(capsys, "labels", folder, "--add", "District"), "label DISTRICT exists already")
    code, out, _err = run(capsys, "labels", folder, "--add", "my \t label")
    assert code == 0 and "added label my label to" in out
    assert_user_error(run(capsys, "labels", folder, "--change", "my label", "--rename", "Policy"),
                      "label POLICY exists already")
    assert run(capsys, "labels", folder, "--change", "POLICY", "--rename", "Policy")[0] == 0  # its own case
    code, out, _err = run(capsys, "labels", folder, "--change", "Policy", "--color", "#123456")
    assert code == 0 and out.startswith(f"changed label Policy in {folder}\n")  # not "change label", an undo step's
    with Store.open(folder) as store:
        assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "Policy", "my label"]
        assert store.label("Policy").color == "#123456"


def test_move_puts_a_label_at_a_place_and_a_bad_place_names_the_label_and_the_range(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    assert run(capsys, "labels", folder, "--add", "POLICY", "--key", "5")[0] == 0
    code, out, _err = run(capsys, "labels", folder, "--move", "POLICY", "--to", "1")
    assert code == 0 and "moved label POLICY to place 1" in out
    assert [line.split()[0] for line in out.splitlines()[2:]] == ["POLICY", "DISTRICT", "PROJECT", "AMOUNT", "TARGET"]
    with Store.open(folder) as store:
        assert store.label_names()[0] == "POLICY" and store.label("POLICY").shortcut == "5"
    for to in ("0", "6", "first"):
        assert_user_error(run(capsys, "labels", folder, "--move", "POLICY", "--to", to),
                          "--to takes a place from 1 to 5 for label POLICY", repr(to), "nothing was changed")
    assert_user_error(run(capsys, "labels", folder, "--move", "POLICY"), "--move POLICY needs --to N", "1 to 5")
    assert_user_error(run(capsys, "labels", folder, "--move", "SECTOR", "--to", "1"), "no label 'SECTOR'")
    assert_user_error(run(capsys, "labels", folder, "--to", "2"), "--move")
    assert_user_error(run(capsys, "labels", folder, "--move", "POLICY", "--to", "2", "--key", "6"), "--change")
    with Store.open(folder) as store:
        assert store.label_names()[0] == "POLICY"


def test_the_list_keeps_its_columns_for_names_longer_than_twelve_columns(tmp_path, capsys):
    """(A QA pass: a name longer than the header's 12 columns pushed its row's key, colour and counts
    out of line with the others; a Chinese character takes two columns.)"""
    from annotator.core.text_width import columns

    folder = project_of_two(tmp_path, capsys)
    for name in ("A very long label name for policy", "政策措施与规划方案"):
        assert run(capsys, "labels", folder, "--add", name)[0] == 0
    code, out, _err = run(capsys, "labels", folder)
    header, *rows = out.splitlines()
    assert code == 0 and len(rows) == 6
    colour = columns(header[:header.index("colour")])
    assert [columns(row[:row.index("#")]) for row in rows] == [colour] * 6  # every row's colour under its header


def test_a_name_in_full_width_letters_is_the_name_another_label_has(tmp_path, capsys):
    # ＴＡＲＧＥＴ (a Chinese input method's full-width mode) was added beside TARGET: two labels that
    # read as one in the window, and --label ｔａｒｇｅｔ had no "did you mean"
    folder = project_of_two(tmp_path, capsys)
    assert run(capsys, "labels", folder, "--add", "POLICY")[0] == 0
    assert_user_error(run(capsys, "labels", folder, "--add", "ＴＡＲＧＥＴ"), "label TARGET exists already")
    assert_user_error(run(capsys, "labels", folder, "--add", "ｐｏｌｉｃｙ"), "label POLICY exists already")
    assert run(capsys, "labels", folder, "--add", "SECTOR")[0] == 0
    assert_user_error(run(capsys, "labels", folder, "--change", "SECTOR", "--rename", "Ｐｏｌｉｃｙ"),
                      "label POLICY exists already")
    assert_user_error(run(capsys, "export", folder, "-o", tmp_path / "t.csv", "--label", "ｔａｒｇｅｔ"),
                      "did you mean 'TARGET'?")
    with Store.open(folder) as store:
        assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "POLICY", "SECTOR"]


def test_a_name_the_chinese_window_gives_a_schema_label_is_no_other_labels(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    said = "would both read 项目 in the Chinese window: choose another name; nothing was changed"
    assert_user_error(run(capsys, "labels", folder, "--add", "项目"), "labels 项目 and PROJECT " + said)
    assert run(capsys, "labels", folder, "--add", "POLICY")[0] == 0
    assert_user_error(run(capsys, "labels", folder, "--change", "POLICY", "--rename", "金额"), "AMOUNT")
    assert run(capsys, "labels", folder, "--delete", "TARGET")[0] == 0
    assert run(capsys, "labels", folder, "--add", "目标")[0] == 0  # TARGET gone: no label reads 目标
    assert_user_error(run(capsys, "labels", folder, "--add", "TARGET"), "labels TARGET and 目标 would both read 目标")
    with Store.open(folder) as store:
        assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "POLICY", "目标"]


def test_a_name_with_an_underscore_for_a_space_is_the_name_another_label_has(tmp_path, capsys):
    # my_policy was added beside "my policy": a CoNLL file wrote B-my_policy for both, and Stata's
    # column names could not tell them apart
    folder = project_of_two(tmp_path, capsys)
    assert run(capsys, "labels", folder, "--add", "my policy")[0] == 0
    assert_user_error(run(capsys, "labels", folder, "--add", "my_policy"), "label my policy exists already")
    assert_user_error(run(capsys, "labels", folder, "--add", "MY＿POLICY"), "label my policy exists already")
    assert run(capsys, "labels", folder, "--add", "SECTOR")[0] == 0
    assert_user_error(run(capsys, "labels", folder, "--change", "SECTOR", "--rename", "My_Policy"),
                      "label my policy exists already")
    with Store.open(folder) as store:
        assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "my policy", "SECTOR"]
