"""Two imports of the same files at once (a Makefile run with -j, a cron job that overlaps the
last one): a file the other import stored between this one's check and its write is skipped, as it
is when the imports run one after the other — it was "failed … the same text is already in the
project" and exit 3, as if the file were bad."""
from __future__ import annotations

from annotator.core.store import Store
from annotator.core.store.documents import DocumentQueries
from tests.cli_run import ARTICLE, run


def test_a_file_the_other_import_stored_meanwhile_is_skipped_not_failed(tmp_path, capsys, monkeypatch):
    project, reports = tmp_path / "p", tmp_path / "reports"
    reports.mkdir()
    for name in ("a.txt", "b.txt"):
        (reports / name).write_text(ARTICLE + name, encoding="utf-8")
    assert run(capsys, "new", project)[0] == 0
    add, beside = DocumentQueries.add_document, []

    def the_other_import_first(self, doc, file_key=None):
        if not beside:  # the other process stores a.txt's text after this one found it absent
            beside.append(doc.name)
            with Store.open(project) as other:
                add(other, doc)
        return add(self, doc, file_key)

    monkeypatch.setattr(DocumentQueries, "add_document", the_other_import_first)
    code, out, err = run(capsys, "import", project, reports)
    assert beside == ["a.txt"] and code == 0, (out, err)
    assert (out, err) == ("imported 1 document(s)\n",
                          f"skipped {reports / 'a.txt'}: the same text is already in the project\n")
    with Store.open(project) as store:
        assert sorted(e.name for e in store.document_entries()) == ["a.txt", "b.txt"]
