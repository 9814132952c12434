"""``annotator import-again``: a document read again from the file it was imported from (fixed since, or
read better by a newer annotator) replaced only the encoding dialog's way, in the window; the command
line had no way but remove + import, every span lost. Now each document is read again and replaced,
its accepted spans kept where the new reading holds their text (moved with it), one line a document;
a document that would lose accepted spans is left as it is without --force; --dry-run writes nothing."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import run

REPORT = "湖里区2024年政府工作报告\n\n松元产业园二期开工建设，总投资15亿元。\n\n思明区推进旧城改造。\n"
ADDED = "（2024年1月5日）\n\n"


def suggest_again(folder) -> str:
    """The line after documents were read again: their open suggestions went with the old texts."""
    return f"  (open suggestions went with the old texts: 'annotator suggest {folder}' proposes on the new ones)"


def again(folder, name: str, kept: int, accepted: int, would: bool = False) -> str:
    """The line of a document replaced (``would``: by a dry run), naming the file it was read from, as
    ``annotator import`` names the file of a document it named otherwise; it said only how many spans were kept."""
    return (f"{name} {'would be imported' if would else 'imported'} again from {folder / name}: {kept} of {accepted} "
            "accepted span(s) kept")


def _project(tmp_path, capsys):
    """a.txt with two accepted spans linked (湖里区, 松元产业园二期) and a suggestion; b.txt; c.txt, whose file
    is gone since."""
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(REPORT + name, encoding="utf-8")
    assert run(capsys, "import", folder, *(tmp_path / n for n in ("a.txt", "b.txt", "c.txt")))[0] == 0
    (tmp_path / "c.txt").unlink()
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        for text, label in (("湖里区", "DISTRICT"), ("松元产业园二期", "PROJECT")):
            start = REPORT.index(text)
            store.add_annotation(doc, start, start + len(text), label, annotator="li")
        store.add_annotation(doc, REPORT.index("思明区"), REPORT.index("思明区") + 3, "DISTRICT", status="suggested")
        district, project = (a.id for a in store.annotations(doc, statuses=["accepted"]))
        store.add_link(project, "district", district)
    return folder


def _spans(folder, name="a.txt"):
    with Store.open(folder) as store:
        doc = store.document_id_by_name(name)
        return store.document(doc).text, [(a.text, a.start, a.status) for a in store.annotations(doc)], \
            len(store.links(doc))


def test_every_document_whose_file_is_there_is_read_again_its_spans_moved(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    (tmp_path / "a.txt").write_text(ADDED + REPORT + "a.txt", encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder)
    assert code == 0, err
    assert out.splitlines() == [again(tmp_path, "a.txt", 2, 2),
                                "b.txt: reads the same", suggest_again(folder)]  # the file named, as import names it
    assert err.splitlines() == [f"c.txt: source file missing ({tmp_path / 'c.txt'})"]
    text, spans, links = _spans(folder)
    assert text == ADDED + REPORT + "a.txt"
    moved = len(ADDED)
    assert spans == [("湖里区", moved, "accepted"), ("松元产业园二期", moved + REPORT.index("松元"), "accepted")]
    assert links == 1


def test_a_document_that_would_lose_accepted_spans_is_kept_without_force(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    before = _spans(folder)
    (tmp_path / "a.txt").write_text(ADDED + REPORT.replace("松元产业园二期", "松元产业园三期") + "a.txt",
                                    encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder, "--doc", "a.txt")
    assert code == 1 and out == ""
    assert err.splitlines()[0] == (f"a.txt: 1 of its 2 accepted span(s) would be lost (their text changed in the "
                                   f"file); it was not replaced — 'annotator import-again {folder} --doc a.txt "
                                   "--force' replaces it, removing them")
    assert err.splitlines()[-1].startswith("annotator: error: no document was imported again")
    assert _spans(folder) == before

    code, out, err = run(capsys, "import-again", folder, "--doc", "a.txt", "--force", "--dry-run")
    assert code == 0 and err == ""
    assert out.splitlines() == [again(tmp_path, "a.txt", 1, 2, would=True),
                                "(dry run: nothing was written)"]
    assert _spans(folder) == before

    code, out, err = run(capsys, "import-again", folder, "--doc", "a.txt", "--force")
    assert (code, err) == (0, "")
    assert out == again(tmp_path, "a.txt", 1, 2) + f"\n{suggest_again(folder)}\n"
    text, spans, links = _spans(folder)
    assert spans == [("湖里区", len(ADDED), "accepted")] and links == 0  # the suggestion went too, as before


def test_one_document_refused_beside_one_replaced_is_partly_done(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    (tmp_path / "a.txt").write_text(ADDED + REPORT + "a.txt", encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder, "--doc", "a.txt", "--doc", "c.txt")
    assert code == 3
    assert out == again(tmp_path, "a.txt", 2, 2) + f"\n{suggest_again(folder)}\n"
    assert err.splitlines()[0] == f"c.txt: source file missing ({tmp_path / 'c.txt'})"
    assert err.splitlines()[-1].startswith("annotator: partly done: 1 document(s) not imported again")


def test_a_file_that_no_longer_reads_is_said_and_nothing_changes(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    before = _spans(folder)
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02" * 50)
    code, out, err = run(capsys, "import-again", folder, "--doc", "a.txt")
    assert code == 1 and out == ""
    assert err.startswith(f"a.txt: not read again: {tmp_path / 'a.txt'}: ")
    assert _spans(folder) == before
    assert run(capsys, "import-again", folder, "--encoding", "klingon")[0] == 1


def test_a_dry_run_exits_0_when_every_document_could_be_read_though_spans_would_go(tmp_path, capsys):
    """A dry run writes nothing by design: it exited 3 ("partly done") when a document would lose accepted spans,
    as if it had been refused; now 0, and 3 or 1 only for a document it could not read."""
    folder = _project(tmp_path, capsys)
    before = _spans(folder)
    (tmp_path / "a.txt").write_text(REPORT.replace("松元产业园二期", "松元产业园三期") + "a.txt", encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder, "--dry-run")
    assert code == 0, err
    assert out.splitlines() == ["a.txt: 1 of 2 accepted span(s) kept, 1 lost (their text changed in the file): "
                                "replaced only with --force (dry run: not replaced)",  # not "it was not replaced"
                                "b.txt: reads the same", "(dry run: nothing was written)"]
    assert [line for line in err.splitlines() if not line.startswith("c.txt: source file missing")] == []

    code, out, err = run(capsys, "import-again", folder, "--dry-run", "--doc", "a.txt", "--doc", "c.txt")
    assert code == 3  # c.txt's file, named, is missing
    assert err.splitlines()[-1].startswith("annotator: partly done: 1 document(s) could not be read again")

    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02" * 50)
    code, out, err = run(capsys, "import-again", folder, "--dry-run", "--doc", "a.txt")
    assert code == 1 and err.startswith(f"a.txt: not read again: {tmp_path / 'a.txt'}: ")
    assert err.splitlines()[-1].startswith("annotator: error: no document could be read again")
    assert _spans(folder) == before
