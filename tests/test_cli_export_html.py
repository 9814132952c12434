"""`annotator export P --format html`: the annotated documents to read and print, in one file (.html or
.htm choose it) or one file per document in a folder (-o DIR/), with the filters every export takes."""
from __future__ import annotations

import json
from html.parser import HTMLParser

from tests.cli_run import assert_user_error, run

A = "厦门市湖里区政府工作报告\n全年投资55.1亿元建设松元产业园。\n"
B = "集美区 <新增> 80家企业 & 更多\n"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self._in = 0

    def handle_starttag(self, tag, attrs):
        self._in += any(k == "data-ids" for k, _v in attrs)

    def handle_endtag(self, tag):
        self._in = max(0, self._in - 1) if tag == "span" and self._in else self._in

    def handle_data(self, data):
        if self._in:
            self.pieces.append(data)


def spans_read(path) -> list[str]:
    p = _Text()
    p.feed(path.read_text(encoding="utf-8"))
    return p.pieces


def _project(tmp_path, capsys):
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "hechi_2015.txt").write_text(A, encoding="utf-8")
    (docs / "集美 报告.txt").write_text(B, encoding="utf-8")
    assert run(capsys, "import", folder, docs)[0] == 0
    gold = tmp_path / "gold.jsonl"
    lines = [("hechi_2015.txt", A, "湖里区", "DISTRICT", {"name": "湖里区"}, "accepted"),
             ("hechi_2015.txt", A, "55.1亿元", "AMOUNT", {"yuan": 5510000000}, "accepted"),
             ("集美 报告.txt", B, "集美区", "DISTRICT", {}, "accepted"),
             ("集美 报告.txt", B, "<新增>", "PROJECT", {}, "suggested")]
    gold.write_text("".join(json.dumps({"doc": doc, "start": t.index(s), "end": t.index(s) + len(s), "text": s,
                                        "label": label, "value": value, "status": status}, ensure_ascii=False) + "\n"
                            for doc, t, s, label, value, status in lines), encoding="utf-8")
    assert run(capsys, "import-annotations", folder, gold)[0] == 0
    return folder


def test_export_html_to_a_file_and_one_file_per_document(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    out = tmp_path / "read.html"
    code, said, err = run(capsys, "export", folder, "-o", out)  # the ending chooses the format
    assert code == 0 and said == f"wrote 2 document(s), 3 span(s) to {out}\n", err
    page = out.read_text(encoding="utf-8")
    assert spans_read(out) == ["湖里区", "55.1亿元", "集美区"]
    assert 'title="AMOUNT: 5,510,000,000 · accepted"' in page and "&lt;新增&gt;" in page
    assert "note: 1 open suggestion(s) were left out" in err

    htm = tmp_path / "one.htm"
    assert run(capsys, "export", folder, "-o", htm, "--doc", "集美 报告.txt", "--status", "accepted,suggested")[0] == 0
    assert spans_read(htm) == ["集美区", "<新增>"]

    each = tmp_path / "每篇"
    code, said, _err = run(capsys, "export", folder, "--format", "html", "-o", f"{each}/")
    assert code == 0 and said == f"wrote 2 document(s), 3 span(s) to {each}, one file per document\n"
    assert sorted(p.name for p in each.iterdir()) == ["hechi_2015.html", "集美 报告.html"]
    assert spans_read(each / "hechi_2015.html") == ["湖里区", "55.1亿元"]
    assert "<h1>集美 报告" not in (each / "hechi_2015.html").read_text(encoding="utf-8")

    assert run(capsys, "export", folder, "--format", "html", "-o", each, "--label", "AMOUNT")[0] == 0  # exists
    assert spans_read(each / "hechi_2015.html") == ["55.1亿元"]


def test_a_folder_for_another_format_or_a_file_for_each_is_refused(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    assert_user_error(run(capsys, "export", folder, "-o", f"{tmp_path / 'sub'}/"),
                      "a folder only with --format html", "nothing was written")
    assert not (tmp_path / "sub").exists()
    assert_user_error(run(capsys, "export", folder, "--format", "csv", "-o", f"{tmp_path / 'sub'}/"), "export.csv")
    assert_user_error(run(capsys, "export", folder, "--format", "html", "-o", tmp_path / "read.xlsx"),
                      "is named for xlsx")
