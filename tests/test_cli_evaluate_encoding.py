"""``annotator evaluate P --gold G --links L --encoding NAME`` reads the gold and links files in the encoding
chosen, as ``import-annotations --encoding`` does: evaluate had no such option and guessed, so a gold file whose
bytes tell another encoding (Western text in Windows-1252, read as GB18030: Ålesund as 儻esund) could not be
scored at all ("not the project's text"), though import-annotations --encoding had stored its spans. A file that
is not text in the encoding chosen is one error line naming the file, the encoding and the one it reads as."""
from __future__ import annotations

import json

from tests.cli_run import assert_user_error, project_of_one, run

TEXT = "Ålesund Øst kommune bygger Ørsta bru.\n"
GOLD = {"doc": "r.txt", "start": 0, "end": 11, "label": "DISTRICT", "text": "Ålesund Øst"}
LINK = {"doc": "r.txt", "start": 0, "end": 11, "label": "DISTRICT", "district": {"name": "Ålesund Øst"},
        "project": None}


def written(path, line: dict, encoding: str):
    path.write_bytes((json.dumps(line, ensure_ascii=False) + "\n").encode(encoding))
    return path


def test_gold_and_links_in_the_encoding_chosen_are_scored_as_their_utf8_twins(tmp_path, capsys):
    folder = project_of_one(tmp_path, capsys, TEXT)
    gold = written(tmp_path / "r.gold.jsonl", GOLD, "cp1252")
    links = written(tmp_path / "r.links.jsonl", LINK, "cp1252")
    assert run(capsys, "import-annotations", folder, gold, "--encoding", "cp1252")[0] == 0
    code, out, err = run(capsys, "evaluate", folder, "--gold", gold, "--links", links, "--encoding", "cp1252",
                         "--json")
    assert code == 0 and err == "", err
    result = json.loads(out)
    assert result["overall"]["exact"]["f1"] == 1.0 and result["links"]["district"]["spans"] == 1, result
    assert_user_error(run(capsys, "evaluate", folder, "--gold", gold),  # guessed: GB18030
                      "'儻esund 喒t' is not the text of r.txt at 0-11 ('Ålesund Øst')")
    twin = written(tmp_path / "twin.gold.jsonl", GOLD, "utf-8")
    assert json.loads(run(capsys, "evaluate", folder, "--gold", twin, "--json")[1])["overall"] == result["overall"]


def test_a_gold_or_links_file_not_in_the_encoding_chosen_is_one_error_line_naming_it(tmp_path, capsys):
    folder = project_of_one(tmp_path, capsys, TEXT)
    gold, links = written(tmp_path / "r.gold.jsonl", GOLD, "utf-8"), written(tmp_path / "r.links.jsonl", LINK, "utf-8")
    assert run(capsys, "import-annotations", folder, gold)[0] == 0
    assert_user_error(run(capsys, "evaluate", folder, "--gold", gold, "--encoding", "big5"),
                      f"{gold}: is not Big5 text (--encoding big5): it does not decode as big5",
                      "it reads as UTF-8: leave out --encoding")
    assert_user_error(run(capsys, "evaluate", folder, "--links", links, "--encoding", "big5"),
                      f"{links}: is not Big5 text (--encoding big5)", "it reads as UTF-8: leave out --encoding")
    assert_user_error(run(capsys, "evaluate", folder, "--gold", gold, "--encoding", "nope"),
                      "unknown encoding 'nope' (for example utf-8, gb18030, big5, utf-16)")
    assert_user_error(run(capsys, "evaluate", folder, "--cross-validate", "--encoding", "gb18030"),
                      "--cross-validate scores against the project's own accepted spans; it takes no --encoding")
