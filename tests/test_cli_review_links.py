"""`annotator review P --accept --links` / `--reject --links`: the suggested links decided in bulk,
by document, kind, the label of the span they go from and origin; accepted only where both spans
are accepted; what the store holds afterwards, the one-line refusals, and the exports after it."""
from __future__ import annotations

import json

import openpyxl
import pytest

from annotator.core.store import Store
from tests.test_cli_review import ARTICLE, assert_user_error, run


@pytest.fixture
def project(tmp_path, capsys):
    """Two documents with their suggested spans and links: in each 55.1亿元 → 湖里区 (jurisdiction)
    and → 松元产业园 (attribute), 松元产业园 → 湖里区 (jurisdiction)."""
    folder = tmp_path / "proj"
    assert run(capsys, "new", folder)[0] == 0
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE + name, encoding="utf-8")
    assert run(capsys, "import", folder, tmp_path / "a.txt", tmp_path / "b.txt")[0] == 0
    assert run(capsys, "suggest", folder, "--model", "none")[0] == 0
    return folder


def links(folder) -> dict[tuple[str, str, str], str]:
    """{(document, span text, kind): status} of every link of the project."""
    with Store.open(folder) as store:
        names = {e.id: e.name for e in store.document_entries()}
        texts = {a.id: a.text for a in store.annotations()}
        return {(names[k.document_id], texts[k.source_id], k.kind): k.status for k in store.links()}


def test_links_wait_for_their_spans_then_are_accepted_by_document_and_kind(project, capsys):
    before = links(project)
    assert len(before) == 6 and set(before.values()) == {"suggested"}
    code, out, _ = run(capsys, "review", project, "--accept", "--links")
    assert code == 0 and out.startswith("accepted 0 suggested link(s)")
    assert "left 6 suggested link(s) whose span is still a suggestion" in out and "--accept'" in out
    assert links(project) == before  # a link of an undecided span is not accepted
    code, out, _ = run(capsys, "review", project, "--accept")  # the spans; the links are said to wait
    assert code == 0 and "6 suggested link(s) stay open" in out and "--accept --links" in out
    code, out, _ = run(capsys, "review", project, "--accept", "--links", "--doc", "a.txt", "--kind", "district",
                       "--annotator", "li")
    assert code == 0 and out == f"accepted 2 suggested link(s) in {project}\n"
    assert links(project) == {**before, ("a.txt", "55.1亿元", "district"): "accepted",
                              ("a.txt", "松元产业园", "district"): "accepted"}
    with Store.open(project) as store:
        assert {k.annotator for k in store.links(statuses=["accepted"])} == {"li"}
    code, out, _ = run(capsys, "review", project, "--reject", "--links", "--label", "AMOUNT", "--origin", "attribute")
    assert code == 0 and out.startswith("rejected 2 suggested link(s)")
    code, out, _ = run(capsys, "review", project, "--accept", "--links")
    assert code == 0 and out.startswith("accepted 2 suggested link(s)")
    assert links(project) == {(doc, text, kind): "rejected" if kind == "project" else "accepted"
                              for doc, text, kind in before}
    assert "stay open" not in run(capsys, "review", project, "--accept")[1]  # no link left to decide


def test_a_link_of_a_rejected_span_is_left_and_rejected_on_asking(project, capsys):
    assert run(capsys, "review", project, "--accept")[0] == 0
    with Store.open(project) as store:  # rejected by an edit: its open links rejected with it ...
        (project_span,) = [a for a in store.iter_annotations(store.document_id_by_name("b.txt"))
                           if a.label == "PROJECT"]
        store.update_annotation(project_span.id, status="rejected")
        touching = [k.id for k in store.links() if project_span.id in (k.source_id, k.target_id)]
        assert {k.status for k in store.links() if k.id in touching} == {"rejected"}
        store.set_link_status(touching, "suggested")  # ... as an earlier annotator left them: still open
    code, out, _ = run(capsys, "review", project, "--accept", "--links")
    assert code == 0 and out.startswith("accepted 4 suggested link(s)")
    assert "left 2 suggested link(s) of a rejected span" in out and "--reject --links" in out
    assert links(project)[("b.txt", "松元产业园", "district")] == "suggested"
    assert links(project)[("b.txt", "55.1亿元", "project")] == "suggested"  # its target rejected
    code, out, _ = run(capsys, "review", project, "--reject", "--links")
    assert code == 0 and out == f"rejected 2 suggested link(s) in {project}\n"
    assert sorted(links(project).values()) == ["accepted"] * 4 + ["rejected"] * 2


def sheet_rows(path, name) -> list[dict[str, object]]:
    header, *rows = [list(r) for r in openpyxl.load_workbook(path, read_only=True)[name].iter_rows(values_only=True)]
    return [dict(zip(header, r, strict=False)) for r in rows]  # a row may end before the header


def jsonl_links(path) -> list[dict[str, object]]:
    return [e for line in path.read_text(encoding="utf-8").splitlines()  # a line a span
            for e in json.loads(line).get("links", [])]


def test_the_exports_show_the_accepted_links_and_drop_the_rejected(project, tmp_path, capsys):
    assert run(capsys, "review", project, "--accept")[0] == 0
    jsonl, out = tmp_path / "out.jsonl", tmp_path / "out.xlsx"
    assert run(capsys, "export", project, "-o", jsonl)[0] == 0
    assert jsonl_links(jsonl) == []  # the accepted spans' export: no link was accepted yet
    assert run(capsys, "review", project, "--reject", "--links", "--doc", "b.txt", "--kind", "project")[0] == 0
    assert run(capsys, "review", project, "--accept", "--links")[0] == 0
    assert run(capsys, "export", project, "-o", out)[0] == 0
    cells = sheet_rows(out, "Links")
    assert len(cells) == 5 and {c["status"] for c in cells} == {"accepted"}
    assert {(c["document"], c["from_text"], c["kind"], c["to_text"]) for c in cells} == {
        (doc, source, kind, "湖里区" if kind == "district" else "松元产业园")
        for (doc, source, kind), status in links(project).items() if status == "accepted"}
    facts = {(f["document"], f["text"]): f for f in sheet_rows(out, "Facts")}
    assert facts[("a.txt", "55.1亿元")]["project"] == "松元产业园"
    assert facts[("b.txt", "55.1亿元")]["project"] is None  # its project link rejected
    assert facts[("b.txt", "55.1亿元")]["district_name"] == "湖里区"
    assert run(capsys, "export", project, "-o", jsonl)[0] == 0
    entries = jsonl_links(jsonl)
    assert len(entries) == 5 and {e["status"] for e in entries} == {"accepted"}


@pytest.mark.parametrize(("args", "words"), [
    (("--links", "--below", "0.5"), ("--below", "a link has none")),
    (("--kind", "district"), ("--kind chooses links", "--links")),
    (("--links", "--kind", "county"), ("'county'", "district, project")),
    (("--links", "--label", "DISTRICT"), ("DISTRICT span", "AMOUNT, PROJECT, TARGET")),
    (("--links", "--label", "COUNTY"), ("COUNTY",)),
    (("--links", "--origin", "model"), ("no link of", "'model'", "attribute, jurisdiction")),
    (("--links", "--doc", "c.txt"), ("no document named 'c.txt'",)),
])
def test_a_review_of_links_that_cannot_be_done_is_one_line_and_changes_nothing(project, capsys, args, words):
    before = links(project)
    assert_user_error(run(capsys, "review", project, "--accept", *args), *words)
    assert links(project) == before


def test_the_six_reports_links_all_decided_from_the_command_line(tmp_path, capsys):
    """The QA pass's case: after `review --accept` every suggested link of the six reports stayed
    suggested, with no command to decide them."""
    from tests.shared_data import require

    folder = tmp_path / "six"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, *require("reports", "*.txt"))[0] == 0
    assert run(capsys, "suggest", folder, "--model", "none")[0] == 0
    with Store.open(folder) as store:
        counts = store.count_links()
    suggested = sum(counts.values())
    assert suggested > 500 and {s for (_kind, s) in counts} == {"suggested"}
    assert f"{suggested} suggested link(s) stay open" in run(capsys, "review", folder, "--accept")[1]
    code, out, _ = run(capsys, "review", folder, "--accept", "--links")
    assert code == 0 and out == f"accepted {suggested} suggested link(s) in {folder}\n"
    with Store.open(folder) as store:
        assert {s for (_kind, s) in store.count_links()} == {"accepted"}


def test_rejecting_spans_counts_the_spans_and_names_their_links_apart(project, capsys):
    # `review --reject --label AMOUNT` said "rejected 3 open suggestion(s)" for one span: the count
    # took in the two link suggestions rejected with it, while `documents` showed 1 rejected
    code, out, _ = run(capsys, "review", project, "--reject", "--label", "AMOUNT", "--doc", "a.txt")
    assert code == 0
    assert out.splitlines()[0] == f"rejected 1 open suggestion(s) in {project}, and 2 suggested link(s) of theirs"
    assert statuses_of(project, "AMOUNT") == ["rejected", "suggested"]
    assert links(project)[("a.txt", "55.1亿元", "project")] == "rejected"
    code, out, _ = run(capsys, "review", project, "--accept", "--label", "DISTRICT")
    assert code == 0 and out.splitlines()[0].endswith(" open suggestion(s) in " + str(project))


def statuses_of(folder, label: str) -> list[str]:
    with Store.open(folder) as store:
        return sorted(a.status for a in store.iter_annotations(labels=[label]))


def test_after_a_chosen_review_the_hint_counts_the_links_of_the_spans_reviewed(project, capsys):
    # `review --accept --label PROJECT --doc a.txt` said "6 suggested link(s) stay open": the project's,
    # where the two of 松元产业园 in a.txt were meant, and the command it gave decided the project's
    from annotator.paths import as_argument

    code, out, _ = run(capsys, "review", project, "--accept", "--label", "PROJECT", "--doc", "a.txt")
    assert code == 0 and out.splitlines()[1] == (
        f"2 suggested link(s) of these spans stay open: 'annotator review {as_argument(project)} --accept --links "
        "--doc a.txt' (or --reject --links) decides them and the other suggested links of a.txt")
    code, out, _ = run(capsys, "review", project, "--accept", "--label", "DISTRICT")  # 湖里区 in both, 2 links each
    assert code == 0 and out.splitlines()[1] == (
        f"4 suggested link(s) of these spans stay open: 'annotator review {as_argument(project)} --accept --links' "
        "(or --reject --links) decides them and the other suggested links of the project")
    code, out, _ = run(capsys, "review", project, "--accept")  # every span: the project's links, as before
    assert code == 0 and out.splitlines()[1].startswith("6 suggested link(s) stay open: ")
