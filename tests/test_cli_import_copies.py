"""A folder holding a report and a copy of it in a subfolder (2016/dup/hechi_2015_4928.txt beside
2016/hechi_2015_4928.txt): one document, under the file's plain name. It was "dup/hechi_2015_4928.txt",
named by its folder before the top-level copy was found to be the same text and skipped."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import ARTICLE, run


def test_a_copy_in_a_subfolder_leaves_the_document_its_plain_name(tmp_path, capsys):
    project, folder = tmp_path / "p", tmp_path / "2016"
    (folder / "dup").mkdir(parents=True)
    for path in (folder / "hechi_2015_4928.txt", folder / "dup" / "hechi_2015_4928.txt"):
        path.write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, folder)
    assert code == 0 and out == "imported 1 document(s)\n", (out, err)
    assert err.endswith("hechi_2015_4928.txt: the same text is already in the project\n") and "named" not in err
    with Store.open(project) as store:
        assert [e.name for e in store.document_entries()] == ["hechi_2015_4928.txt"]
