"""Take all agreed (`annotator adjudicate`) on spans the coders marked alike but linked differently: the
gold took the first coder's links whatever the others said (li's 湖里区 over wang's and zhao's 思明区), and
nothing said so. It takes the links most coders gave, and `annotator adjudicate` counts such regions; a
fact left unlinked and one linked to the document's jurisdiction agree, as in the agreement."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.links import resolve
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.team.adjudication import links_differ, take_agreed
from tests.test_cli_team import run

TEXT = "湖里区、思明区今年投资55.1亿元。厦门市新增30家企业。"
HULI, SIMING, XIAMEN = (0, 3), (4, 7), (TEXT.index("厦门市"), TEXT.index("厦门市") + 3)
SUM, GOAL = (TEXT.index("55.1亿元"), TEXT.index("55.1亿元") + 6), (TEXT.index("新增30家企业"), TEXT.index("。", 20))
VALUES = {HULI: {"name": "湖里区", "code": "350206"}, SIMING: {"name": "思明区", "code": "350203"},
          XIAMEN: {"name": "厦门市", "code": "350200"}}


def build(folder, sum_in: dict[str, tuple[int, int]], goal_in: dict[str, tuple[int, int] | None]) -> tuple[Store, int]:
    """li, wang and zhao mark the same spans; 55.1亿元 and the goal linked to the district each is given
    (None: left unlinked). The jurisdiction is 厦门市."""
    store = Store.create(folder)
    doc = store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT), metadata={"jurisdiction": "厦门市"})).id
    for coder in ("li", "wang", "zhao"):
        ids = {where: store.add_annotation(doc, *where, "DISTRICT", value=v, annotator=coder).changes[0].after.id
               for where, v in VALUES.items()}
        amount = store.add_annotation(doc, *SUM, "AMOUNT", value={"yuan": 5_510_000_000}, annotator=coder)
        goal = store.add_annotation(doc, *GOAL, "TARGET", value={"quantity": 30, "unit": "家"}, annotator=coder)
        store.add_link(amount.changes[0].after.id, "district", ids[sum_in[coder]], annotator=coder)
        if goal_in[coder] is not None:
            store.add_link(goal.changes[0].after.id, "district", ids[goal_in[coder]], annotator=coder)
    return store, doc


def gold_districts(store: Store, doc: int) -> dict[str, str | None]:
    gold = {a.id: a for a in store.annotations(doc) if a.annotator == "gold" and a.status == "accepted"}
    resolved = resolve([k for k in store.links(doc) if k.annotator == "gold"], gold)
    return {a.label: (resolved[i].district.name if i in resolved and resolved[i].district else None)
            for i, a in gold.items() if a.label != "DISTRICT"}


def test_the_links_most_coders_gave_are_taken_and_the_region_is_counted(tmp_path):
    store, doc = build(tmp_path / "p", {"li": HULI, "wang": SIMING, "zhao": SIMING},
                       {"li": XIAMEN, "wang": None, "zhao": XIAMEN})
    with store:
        differ = links_differ(store, doc, ["li", "wang", "zhao"])
        assert [(r.start, r.end) for r in differ] == [SUM]  # the goal: unlinked is the jurisdiction, 厦门市
        take_agreed(store, doc, ["li", "wang", "zhao"])
        assert gold_districts(store, doc) == {"AMOUNT": "思明区", "TARGET": "厦门市"}
        assert links_differ(store, doc, ["li", "wang", "zhao"]) == []  # decided now


def test_a_tie_takes_the_first_coders_links(tmp_path):
    store, doc = build(tmp_path / "p", {"li": HULI, "wang": SIMING, "zhao": XIAMEN},
                       {"li": None, "wang": None, "zhao": None})
    with store:
        take_agreed(store, doc, ["li", "wang", "zhao"])
        assert gold_districts(store, doc)["AMOUNT"] == "湖里区"


def test_annotator_adjudicate_says_how_many_agreed_regions_were_linked_differently(tmp_path, capsys):
    store, _doc = build(tmp_path / "p", {"li": HULI, "wang": SIMING, "zhao": SIMING},
                        {"li": XIAMEN, "wang": None, "zhao": XIAMEN})
    store.close()
    code, out, err = run(capsys, "adjudicate", tmp_path / "p")
    assert code == 0, err
    assert "1 of the agreed regions the coders linked differently: the links most of them gave were taken" in out
