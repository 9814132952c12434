"""A coder whose copy of a document has another text: the merge adds it under a free name, and the
agreement says that coder's document was not compared (text and --json)."""
from __future__ import annotations

import json

import openpyxl

from annotator.cli import main
from annotator.core.store import Store

SHARED = "厦门市湖里区政府工作报告\n全年投资55.1亿元建设松元产业园。\n"
JINCHENG = "晋城市政府工作报告\n全年投资12亿元。\n"


def run(capsys, *args) -> tuple[int, str]:
    code = main(list(map(str, args)))
    return code, capsys.readouterr().out


def coder_project(tmp_path, capsys, coder: str, jincheng: str):
    """A coder's project of the two reports (their own text of jincheng_2020.txt), coded by them."""
    texts = tmp_path / f"{coder}-texts"
    texts.mkdir()
    (texts / "shared.txt").write_text(SHARED, encoding="utf-8")
    (texts / "jincheng_2020.txt").write_text(jincheng, encoding="utf-8")
    folder = tmp_path / coder
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, texts / "shared.txt", texts / "jincheng_2020.txt")[0] == 0
    with Store.open(folder) as store:
        for doc in store.documents():
            start = store.document(doc.id).text.index("亿元") - 2
            store.add_annotation(doc.id, start, start + 4, "AMOUNT", annotator=coder)
    return folder


def test_a_document_whose_text_differs_is_named_not_compared(tmp_path, capsys):
    li = coder_project(tmp_path, capsys, "li", JINCHENG)
    wang = coder_project(tmp_path, capsys, "wang", JINCHENG.replace("12亿元", "13亿元"))
    lead = tmp_path / "lead"
    assert run(capsys, "new", lead)[0] == 0
    code, out = run(capsys, "merge", lead, li, wang)
    assert code == 0 and "added as jincheng_2020 (2).txt" in out

    code, out = run(capsys, "agreement", lead)
    assert code == 0
    assert ("wang's jincheng_2020 (2).txt: its text differs from jincheng_2020.txt (li), not compared"
            in out), out
    assert "li's jincheng_2020.txt" not in out  # named in wang's line, not twice

    result = json.loads(run(capsys, "agreement", lead, "--json")[1])
    assert result["not_compared"] == [{"coder": "wang", "document": "jincheng_2020 (2).txt",
                                       "differs_from": "jincheng_2020.txt", "differs_from_coders": ["li"]}]
    overall = next(r for r in result["rows"] if r["label"] == "overall")
    assert overall["documents"] == 1  # the shared report alone

    book = tmp_path / "out.xlsx"  # the workbook's About sheet says so under its Agreement sheet's note
    assert run(capsys, "export", lead, "-o", book)[0] == 0
    about = openpyxl.load_workbook(book, read_only=True)["About"]
    note = next(row[2] for row in about.iter_rows(values_only=True) if row[:2] == ("how to read", "Agreement"))
    assert "wang's jincheng_2020 (2).txt: its text differs from jincheng_2020.txt (li), not compared" in note


def test_a_document_one_coder_alone_coded_is_counted(tmp_path, capsys):
    li = coder_project(tmp_path, capsys, "li", JINCHENG)
    lead = tmp_path / "lead"
    assert run(capsys, "new", lead)[0] == 0
    assert run(capsys, "merge", lead, li)[0] == 0
    with Store.open(lead) as store:  # wang coded the shared report only
        doc = next(d for d in store.documents() if d.name == "shared.txt")
        start = store.document(doc.id).text.index("亿元") - 4
        store.add_annotation(doc.id, start, start + 6, "AMOUNT", annotator="wang")
    code, out = run(capsys, "agreement", lead)
    assert "li alone coded 1 document(s), not compared: jincheng_2020.txt" in out, out
    result = json.loads(run(capsys, "agreement", lead, "--json")[1])
    assert result["not_compared"] == [{"coder": "li", "document": "jincheng_2020.txt", "differs_from": None,
                                       "differs_from_coders": []}]
