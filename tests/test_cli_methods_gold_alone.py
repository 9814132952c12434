"""The methods paragraph and the About sheet of a team's project say true things: a colleague's
project seeded with the lead's gold workbook (the gold layer without its coders) said "adjudicated in 7
of the 0 documents the coders coded"; `methods --doc` counted the coders' spans over the whole project
beside figures of the chosen document; the gold layer's own spans were not counted."""
from __future__ import annotations

import openpyxl

from annotator.core.store import Store
from tests.test_cli_team import ARTICLE, code_as, run

OTHER = "集美区政府工作报告\n集美区投资8亿元。\n"


def _team(tmp_path, capsys):
    """Two documents; li and wang code both (wang marks one span of report.txt otherwise), merged,
    adjudicated: gold takes what they agree on."""
    lead = tmp_path / "lead"
    files = [tmp_path / "report.txt", tmp_path / "other.txt"]
    for f, text in zip(files, (ARTICLE, OTHER), strict=True):
        f.write_text(text, encoding="utf-8")
    assert run(capsys, "new", lead)[0] == 0
    assert run(capsys, "import", lead, *files)[0] == 0
    for coder, district in (("li", "湖里区"), ("wang", "厦门市湖里区")):
        assert run(capsys, "export-package", lead, "-o", tmp_path / f"{coder}.zip")[0] == 0
        assert run(capsys, "open-package", tmp_path / f"{coder}.zip", tmp_path / coder)[0] == 0
        code_as(tmp_path / coder, coder, [(district, "DISTRICT"), ("55.1亿元", "AMOUNT")])
        with Store.open(tmp_path / coder) as store:
            doc = store.document_id_by_name("other.txt")
            assert doc is not None
            store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    assert run(capsys, "merge", lead, tmp_path / "li", tmp_path / "wang")[0] == 0
    assert run(capsys, "adjudicate", lead)[0] == 0
    return lead, files


def _about(path) -> dict[tuple[str, str], tuple[object, object]]:
    rows = openpyxl.load_workbook(path, read_only=True)["About"].iter_rows(values_only=True)
    return {(r[0], r[1]): (*r[2:4], None, None)[:2] for r in rows}


def test_a_gold_workbook_imported_alone_is_not_said_adjudicated_in_7_of_0_documents(tmp_path, capsys):
    lead, files = _team(tmp_path, capsys)
    assert run(capsys, "export", lead, "-o", tmp_path / "gold.xlsx", "--annotator", "gold")[0] == 0
    colleague = tmp_path / "colleague"
    assert run(capsys, "new", colleague)[0] == 0
    assert run(capsys, "import", colleague, *files)[0] == 0
    assert run(capsys, "import-annotations", colleague, tmp_path / "gold.xlsx")[0] == 0

    out = run(capsys, "methods", colleague)[1]
    assert "of the 0 documents" not in out
    assert ("The spans of the gold layer (gold), 2 accepted spans in 2 documents, were adjudicated from coders' "
            "versions that this project does not hold.") in out
    assert "all coders' and layers' spans together" not in out  # one layer: nothing counted twice
    zh = run(capsys, "methods", colleague, "--lang", "zh")[1]
    assert "0 篇文档中" not in zh and "本标注工程不含这些编码员的标注" in zh

    assert run(capsys, "export", colleague, "-o", tmp_path / "again.xlsx")[0] == 0
    about = _about(tmp_path / "again.xlsx")
    assert about[("team", "gold layer gold")][0] == "in 2 document(s)"
    assert "not in this project" in str(about[("team", "gold layer gold")][1])
    assert about[("team", "coders")][0] == 0 and "came without them" in str(about[("team", "coders")][1])


def test_the_team_figures_of_methods_doc_are_those_of_the_chosen_documents(tmp_path, capsys):
    lead, _files = _team(tmp_path, capsys)
    whole = run(capsys, "methods", lead)[1]
    assert "(li 3 accepted spans in 2 documents; wang 3 accepted spans in 2 documents)" in whole
    assert "in 2 of the 2 documents the coders coded; it holds 2 accepted spans." in whole
    out = run(capsys, "methods", lead, "--doc", "other.txt")[1]
    assert "These figures cover 1 document chosen by name." in out
    assert "(li 1 accepted span in 1 document; wang 1 accepted span in 1 document)" in out
    assert "in 1 of the 1 documents the coders coded; it holds 1 accepted span." in out

    assert run(capsys, "export", lead, "-o", tmp_path / "all.xlsx")[0] == 0
    about = _about(tmp_path / "all.xlsx")
    assert about[("export", "annotators")][0] == "gold, li, wang"  # sorted, not in the order first met
    assert run(capsys, "export", lead, "-o", tmp_path / "other.xlsx", "--doc", "other.txt")[0] == 0
    assert _about(tmp_path / "other.xlsx")[("team", "gold layer gold")][0] == "adjudicated in 1 of 1 document(s)"
