"""The project's coders (``Store.coders``, ``core/store/coders.py``): the layers a coding team brought in.
``annotator merge`` records each source's coders (renamed as stored; a merged project merged again brings
its own), ``import-annotations --annotator NAME`` records NAME, a package with annotations carries them;
a solo project, a name the command line decided under, an import without a name and the demo have none."""
from __future__ import annotations

import json

import pytest

from annotator.core.errors import ValidationError
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.review import decide_open
from annotator.core.store import Store
from annotator.core.team.merge import merge
from annotator.core.team.package import export_package, open_package

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


def project(folder, coder: str = "", spans=()):
    """A project holding a.txt, with ``coder``'s accepted ``spans`` (texts of DISTRICT)."""
    with Store.create(folder) as store:
        doc = store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT))).id
        for text in spans:
            start = TEXT.index(text)
            store.add_annotation(doc, start, start + len(text), "DISTRICT", annotator=coder)
    return folder


def coders(folder):
    with Store.open(folder) as store:
        return store.coders()


def test_a_new_project_has_none_and_a_name_recorded_stays_once(store):
    assert store.coders() == ()
    assert store.add_coders(["li", "", "wang", "li"], "merge") == ["li", "wang"]
    assert store.add_coders(["wang", "zhao"], "import") == ["zhao"]
    assert store.coders() == ("li", "wang", "zhao")
    assert store.coders_by_how() == {"li": "merge", "wang": "merge", "zhao": "import"}
    with pytest.raises(ValidationError, match="unknown way a coder came in"):
        store.add_coders(["x"], "guessed")


def test_a_merge_records_each_sources_coders_renamed_as_stored(tmp_path):
    lead = project(tmp_path / "lead")
    project(tmp_path / "li", "li", ["湖里区"])
    project(tmp_path / "wang2", "li", ["厦门市"])  # wang gave li's name
    project(tmp_path / "zhao", "", ["湖里区"])  # no name: the source's (its folder's)
    with Store.open(lead) as store:
        merge(store, [tmp_path / "li", tmp_path / "zhao"])
        merge(store, [tmp_path / "wang2"], rename={"li": "wang"})
        assert store.coders() == ("li", "wang", "zhao")
        assert set(store.coders_by_how().values()) == {"merge"}


def test_a_merged_project_merged_again_brings_its_coders_along(tmp_path):
    team = project(tmp_path / "team")
    project(tmp_path / "li", "li", ["湖里区"])
    with Store.open(team) as store:
        merge(store, [tmp_path / "li"])
        store.add_coders(["wang"], "import")  # a coder of the team's who has no decided span yet
    assert coders(team) == ("li", "wang")
    lead = project(tmp_path / "lead")
    with Store.open(lead) as store:
        merge(store, [team])
        assert store.coders() == ("li", "wang")


def test_a_merge_refused_whole_records_no_one(tmp_path):
    lead = project(tmp_path / "lead")
    other = tmp_path / "other"
    with Store.create(other) as store:
        store.add_document(Document(None, "b.txt", "t", "思明区", sha256("思明区")))
        store.add_annotation(1, 0, 3, "DISTRICT", annotator="li")
    with Store.open(lead) as store:
        (report,) = merge(store, [other]).sources
        assert report.foreign and store.coders() == ()


def _jsonl(path, **line):
    spans = [{"doc": "a.txt", "start": 3, "end": 6, "label": "DISTRICT", "text": "湖里区", **line}]
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in spans), encoding="utf-8")
    return path


def test_an_import_under_a_name_records_it_and_one_without_records_no_one(tmp_path):
    folder = project(tmp_path / "p")
    with Store.open(folder) as store:
        import_annotations(store, [_jsonl(tmp_path / "plain.jsonl")])
        assert store.coders() == ()
        import_annotations(store, [_jsonl(tmp_path / "li.jsonl", status="suggested")], annotator="li")
        assert store.coders() == ("li",) and store.coders_by_how() == {"li": "import"}
        import_annotations(store, [_jsonl(tmp_path / "demo.jsonl")], annotator="demo", coder=False)
        assert store.coders() == ("li",)


def test_a_review_under_a_name_records_no_coder(tmp_path):
    """``annotator review P --accept --annotator someone`` in a solo project: someone's spans are the user's."""
    folder = project(tmp_path / "p")
    with Store.open(folder) as store:
        store.add_annotation(1, 3, 6, "DISTRICT", status="suggested")
        decide_open(store, "accepted", annotator="someone")
        assert [a.annotator for a in store.annotations()] == ["someone"] and store.coders() == ()


@pytest.mark.parametrize("include, carried", [(("annotations",), ("li",)), (("suggestions",), ())])
def test_a_package_with_annotations_carries_the_coders(tmp_path, include, carried):
    lead = project(tmp_path / "lead")
    project(tmp_path / "li", "li", ["湖里区"])
    with Store.open(lead) as store:
        merge(store, [tmp_path / "li"])
        export_package(store, tmp_path / "copy.zip", include=include)
    open_package(tmp_path / "copy.zip", tmp_path / "copy")
    assert coders(tmp_path / "copy") == carried


def test_the_demo_has_no_coders(tmp_path):
    from annotator.demo import ensure_demo

    folder = ensure_demo(tmp_path / "demo")
    with Store.open(folder) as store:
        assert "demo" in {a.annotator for a in store.annotations()} and store.coders() == ()


def test_the_coders_listed_with_their_layers_and_the_other_names(tmp_path):
    lead = project(tmp_path / "lead", "tester", ["厦门市"])  # the user's own spans: no coder's
    project(tmp_path / "li", "li", ["湖里区", "厦门市"])
    with Store.open(lead) as store:
        merge(store, [tmp_path / "li"])
        store.add_annotation(1, 0, 3, "DISTRICT", annotator="li", status="rejected")  # one li rejected
        store.add_coders(["zhao"], "added")  # a coder of no span yet
        rows = store.coder_rows()
        assert [(c.name, c.how, c.spans) for c in rows] == [("li", "merge", {"accepted": 2, "rejected": 1}),
                                                             ("zhao", "added", {})]
        assert all(c.added_at[:2] == "20" for c in rows)
        assert store.other_layers() == {"tester": {"accepted": 1}}


def test_a_coder_removed_leaves_their_spans_and_they_are_the_users_to_edit(tmp_path):
    from annotator.core.store.labelling import coders_span

    lead = project(tmp_path / "lead")
    project(tmp_path / "li", "li", ["湖里区"])
    project(tmp_path / "wang", "wang", ["湖里区"])
    with Store.open(lead) as store:
        merge(store, [tmp_path / "li", tmp_path / "wang"])
        (li,) = [a for a in store.annotations() if a.annotator == "li"]
        assert coders_span(li, "tester", store.coders())
        with pytest.raises(ValidationError, match=r"not a coder of .*lead: zhao \(its coders: li, wang\); nothing"):
            store.remove_coders(["li", "zhao"])
        assert store.coders() == ("li", "wang")  # refused whole
        assert store.remove_coders([" li "]) == ["li"]
        assert store.coders() == ("wang",) and li in store.annotations()
        assert not coders_span(li, "tester", store.coders())
        assert store.other_layers() == {"li": {"accepted": 1}}
        with pytest.raises(ValidationError, match=r"not a coder of .*: li \(its coders: wang\)"):
            store.remove_coders(["li"])
        store.remove_coders(["wang"])
        with pytest.raises(ValidationError, match=r"not a coder of .*: li, zhao \(it has none\); nothing was"):
            store.remove_coders(["zhao", "li"])
    assert coders(lead) == ()  # written at once
