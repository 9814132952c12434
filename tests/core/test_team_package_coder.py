"""A package handed out to its coder by name (export-package --coder li; the window's Hand out a package…):
their copy's spans under the window's other name ("Li Ming") are stored as li's at the merge, and said; a
copy bringing several names is merged as it is and said; --rename keeps the name."""
from __future__ import annotations

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.team.merge import merge
from annotator.core.team.package import export_package, open_package
from tests.cli_run import run

A = "厦门市湖里区投资55.1亿元建设松元产业园。"


def _coded(lead, tmp_path, who, *, coder="li", include=()):
    """li's package (``coder``), opened and coded under the names ``who``."""
    tmp_path.mkdir(exist_ok=True)
    with Store.open(lead) as store:
        report = export_package(store, tmp_path / "li.zip", coder=coder, include=include)
    open_package(tmp_path / "li.zip", tmp_path / "copy")
    with Store.open(tmp_path / "copy") as copy:
        doc = copy.documents()[0].id
        for i, name in enumerate(who):
            copy.label_span(doc, i * 8, i * 8 + 3, "DISTRICT", annotator=name)
    return report, tmp_path / "copy"


def test_the_copys_other_name_is_stored_as_the_coders(make_project, open_store, tmp_path, capsys):
    lead = make_project({"a.txt": A}, [("a.txt", 16, 21, "PROJECT", {"annotator": "wang"})], name="lead")
    report, copy = _coded(lead, tmp_path, ["Li Ming"], include=("annotations",))  # wang's span comes back as wang's
    assert report.line().startswith(f"wrote {tmp_path / 'li.zip'} for li: ")
    code, out, _err = run(capsys, "merge", str(lead), str(copy))
    assert code == 0 and (f'  annotator Li Ming stored as li here: {copy} was handed out to li (export-package '
                          '--coder); merged with --rename "Li Ming=Li Ming" it keeps its name') in out
    assert sorted(a.annotator for a in open_store(lead).annotations()) == ["li", "wang"]
    assert "li" in open_store(lead).coders()


def test_rename_keeps_the_name_and_several_names_are_merged_as_they_are(make_project, open_store, tmp_path):
    lead = make_project({"a.txt": A}, name="lead")
    _report, copy = _coded(lead, tmp_path, ["Li Ming"])
    report = merge(open_store(lead), [copy], rename={"Li Ming": "Li Ming"})
    assert sorted(a.annotator for a in open_store(lead).annotations()) == ["Li Ming"]
    assert not any("handed out" in line for line in report.lines())
    other = make_project({"a.txt": A}, name="other")
    _report, copy = _coded(other, tmp_path / "two", ["Li Ming", "王芳"])
    report = merge(open_store(other), [copy])
    assert sorted(a.annotator for a in open_store(other).annotations()) == ["Li Ming", "王芳"]
    assert (f"  {copy} was handed out to li, but its spans carry annotator(s) Li Ming, 王芳: merged under those "
            "names (is one of them li? merge it with --rename NAME=li)") in report.lines()


def test_a_package_for_no_one_or_for_a_blank_name(make_project, open_store, tmp_path, capsys):
    lead = make_project({"a.txt": A}, name="lead")
    _report, copy = _coded(lead, tmp_path, ["Li Ming"], coder="")
    merge(open_store(lead), [copy])
    assert [a.annotator for a in open_store(lead).annotations()] == ["Li Ming"]  # as before: nothing recorded
    with Store.open(lead) as store, pytest.raises(AnnotatorError, match="a coder needs a name"):
        export_package(store, tmp_path / "x.zip", coder=" ")
    code, out, _err = run(capsys, "export-package", str(lead), "-o", str(tmp_path / "wang.zip"), "--coder", "wang")
    assert code == 0 and out.startswith(f"wrote {tmp_path / 'wang.zip'} for wang: ")


def test_open_package_says_the_coder_it_was_handed_out_to(make_project, tmp_path, capsys):
    # it said what the package held and 'annotator gui FOLDER', not whose it is: the coder coded under
    # their window's name (or none on the command line) and the lead found another name at the merge
    lead = make_project({"a.txt": A}, name="lead")
    assert run(capsys, "export-package", str(lead), "-o", str(tmp_path / "li.zip"), "--coder", "Li Ming")[0] == 0
    code, out, _err = run(capsys, "open-package", str(tmp_path / "li.zip"), str(tmp_path / "copy"))
    copy = tmp_path / "copy"
    assert code == 0 and ('; it was handed out to Li Ming: code under that name (the window offers it; --annotator '
                          f""""Li Ming" on the command line); start coding with 'annotator gui {copy}'""") in out
    assert run(capsys, "export-package", str(lead), "-o", str(tmp_path / "any.zip"))[0] == 0  # for no one: not said
    out = run(capsys, "open-package", str(tmp_path / "any.zip"), str(tmp_path / "any"))[1]
    assert "handed out" not in out and "start coding with" in out
