"""Several documents read again (``core/imports/again_many.py``): what the command line did for each
document lived in cli_again.py alone, so the window could not read several again without its own copy.
Now one core function goes through the documents, each replaced in its own write, holding those that
would lose accepted spans for the caller to decide, stopping between documents when cancelled, and a
tally says what was done; a held document removed meanwhile is refused, not an error."""
from __future__ import annotations

from annotator.core.imports.again_many import LOSES, MISSING, REPLACED, SAME, Tally, import_each_again, replace_held
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

REPORT = "湖里区2024年政府工作报告\n\n松元产业园二期开工建设，总投资15亿元。\n\n思明区推进旧城改造。\n"
ADDED = "（2024年1月5日）\n\n"


def _project(tmp_path):
    """a.txt .. d.txt imported, each with 湖里区 and 松元产业园二期 accepted."""
    paths = []
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        path = tmp_path / name
        path.write_text(REPORT + name, encoding="utf-8")
        paths.append(path)
    store = Store.create(tmp_path / "p")
    for doc in import_files(store, paths).imported:
        for text, label in (("湖里区", "DISTRICT"), ("松元产业园二期", "PROJECT")):
            store.add_annotation(doc.id, REPORT.index(text), REPORT.index(text) + len(text), label)
    return store, paths


def test_each_document_replaced_in_its_own_write_the_losing_one_held(tmp_path):
    store, (a, b, c, d) = _project(tmp_path)
    with store:
        a.write_text(ADDED + REPORT + "a.txt", encoding="utf-8")  # moved: both kept
        b.write_text(REPORT.replace("二期", "三期") + "b.txt", encoding="utf-8")  # 松元产业园二期 would go
        d.unlink()
        said = []
        tally = import_each_again(store, store.documents(), Tally(), said=lambda r: said.append((r.name, r.verdict)))
        assert said == [("a.txt", REPLACED), ("b.txt", LOSES), ("c.txt", SAME), ("d.txt", MISSING)]
        assert (tally.replaced, tally.kept, tally.accepted, tally.same) == (["a.txt"], 2, 2, ["c.txt"])
        assert [r.name for r in tally.missing] == ["d.txt"] and tally.left == 1
        ids = [doc.id for doc in store.documents()]
        assert tally.replaced_ids == [ids[0]]  # a.txt, under its own id
        assert [s.start for s in store.annotations(ids[0])] == [len(ADDED), len(ADDED) + REPORT.index("松元")]
        assert store.document(ids[1]).text == REPORT + "b.txt"  # held: as it was

        replace_held(store, tally)
        assert tally.replaced == ["a.txt", "b.txt"] and (tally.kept, tally.accepted) == (3, 4) and not tally.held
        assert tally.replaced_ids == ids[:2] and [doc.id for doc in store.documents()] == ids
        assert store.document(ids[1]).text.startswith(REPORT.replace("二期", "三期"))
        assert [s.text for s in store.annotations(ids[1])] == ["湖里区"]


def test_cancelled_between_documents_the_ones_before_stay_replaced(tmp_path):
    store, paths = _project(tmp_path)
    with store:
        for path in paths:
            path.write_text(ADDED + path.read_text(encoding="utf-8"), encoding="utf-8")
        asked = []

        def progress(done, total, _current):
            asked.append((done, total))

        tally = import_each_again(store, store.documents(), Tally(), progress=progress,
                                  cancelled=lambda: len(asked) >= 2)  # Cancel as the second document starts
        assert asked == [(0, 4), (1, 4)]
        assert tally.replaced == ["a.txt"] and tally.unread == 3 and tally.cancelled
        assert [store.document(store.document_id_by_name(n)).text.startswith(ADDED) for n in
                ("a.txt", "b.txt", "c.txt", "d.txt")] == [True, False, False, False]


def test_a_held_document_removed_meanwhile_is_refused_and_the_others_replaced(tmp_path):
    store, (a, b, c, _d) = _project(tmp_path)
    with store:
        for path in (a, b, c):
            path.write_text(REPORT.replace("二期", "三期") + path.name, encoding="utf-8")
        tally = import_each_again(store, store.documents()[:3], Tally())
        assert [r.name for r in tally.held] == ["a.txt", "b.txt", "c.txt"]
        store.delete_documents([store.document_id_by_name("b.txt")])  # by another program, before the answer
        replace_held(store, tally)
        assert tally.replaced == ["a.txt", "c.txt"]
        ((name, why),) = tally.refused
        assert (name, why) == ("b.txt", "the document was removed meanwhile in another window or program")
