"""A file whose encoding cannot be told is marked as such in the import's report, and its readings
(each encoding that decodes it whole, with its first line) are what the window offers to choose from."""
from __future__ import annotations

from annotator.core.imports.documents import import_files
from annotator.core.imports.readings import readings
from annotator.core.store import Store

LATIN = "caf\xe9 na\xefve r\xe9sum\xe9 " * 20


def test_an_undecided_file_is_named_and_imports_with_the_reading_chosen(tmp_path):
    path = tmp_path / "western.txt"
    path.write_bytes(LATIN.encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path, tmp_path / "empty.txt"])
        assert report.undecided == [str(path)]  # the empty file failed too, for another reason
        assert len(report.failed) == 2
        found = readings(path)
        assert "cp1252" in [r.encoding for r in found] and "utf-8" not in [r.encoding for r in found]
        assert "latin-1" not in [r.encoding for r in found]  # Windows-1252 reads it already
        western = next(r for r in found if r.encoding == "cp1252")
        assert western.first_line == LATIN.strip()[:60] + "…"
        assert found == sorted(found, key=lambda r: -r.share)
        again = import_files(store, [path], encoding=western.encoding)
        assert not again.undecided and len(again.imported) == 1
        assert store.document(again.imported[0].id).text == LATIN


def test_a_gb18030_file_reads_first_as_chinese(tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes("厦门市湖里区计划投资55.1亿元。\n第二行".encode("gb18030"))
    found = readings(path)
    assert found[0].encoding == "gb18030" and found[0].first_line == "厦门市湖里区计划投资55.1亿元。"
