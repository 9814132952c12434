"""A report in traditional characters (a Big5 file, a Hong Kong paper's write-up of a district's report)
gets the DISTRICT and PROJECT suggestions of its simplified form, not only its targets and amounts: the
suggest run reads it one character for one (``suggest.traditional``), each span's text as written. On
the four development reports converted so, DISTRICT recall had fallen to 0.56 and PROJECT to 0.30."""
from __future__ import annotations

from shared_data import require

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest.learned import LearnedSuggester
from annotator.core.suggest.links import suggest_document_links
from annotator.core.suggest.runner import propose, suggest_documents
from annotator.core.suggest.traditional import pairs
from annotator.core.suggest.values import value_in_paragraph, values_in_document

SIMPLIFIED = ("湖里区将加快推进松元产业园二期建设，海沧区完成投资55.1亿元。"
              "灌口镇力争新增80家国家级高新技术企业。")
WRITTEN = "湖裡區將加快推進松元產業園二期建設，海滄區完成投資55.1億元。灌口鎮力爭新增80家國家級高新技術企業。"


def traditional(text: str) -> str:
    """``text`` in traditional characters, one for one, crudely (the table's first traditional form of each
    character, 鬆 for 松 too): every character the table knows is changed."""
    back: dict[str, str] = {}
    for written, simple in pairs().items():
        back.setdefault(simple, written)
    return "".join(back.get(c, c) for c in text)


def found(text: str) -> list[tuple[int, int, str, str, dict]]:
    return [(s.start, s.end, s.label, s.text, s.value) for s in propose(text)]


def test_the_traditional_form_gets_the_simplified_forms_spans_and_values_its_text_as_written():
    written = WRITTEN
    simple, spans = found(SIMPLIFIED), found(written)
    assert {c for _a, _b, c, _t, _v in simple} >= {"DISTRICT", "PROJECT", "AMOUNT", "TARGET"}
    assert [(a, b, c, v) for a, b, c, _t, v in spans] == [(a, b, c, v) for a, b, c, _t, v in simple]
    assert all(t == written[a:b] for a, b, _c, t, _v in spans)  # 湖裡區, as the report writes it
    district = next(v for a, b, c, t, v in spans if c == "DISTRICT" and t == "湖裡區")
    assert district == {"name": "湖里区", "code": "350206"}  # the unit's official name


def test_a_span_labelled_by_hand_in_traditional_text_gets_its_unit():
    written = WRITTEN
    start = written.index("海滄區")
    assert value_in_paragraph("DISTRICT", written, start, start + 3) == {"name": "海沧区", "code": "350205"}
    assert values_in_document([("DISTRICT", start, start + 3)], written) == [{"name": "海沧区", "code": "350205"}]


def test_a_real_report_in_traditional_characters_reads_as_its_simplified_form():
    (path,) = require("reports", "tianshui_2020.txt")
    text = path.read_text(encoding="utf-8")
    simple, written = found(text), found(traditional(text))
    assert len(simple) > 100
    assert [(a, b, c, v) for a, b, c, _t, v in written] == [(a, b, c, v) for a, b, c, _t, v in simple]


def test_a_span_accepted_in_one_writing_is_proposed_in_the_other():
    learned = LearnedSuggester({("DISTRICT", "湖裡區"): {"name": "湖里区", "code": "350206"},
                                ("PROJECT", "松元产业园"): {}})
    text = "湖里区和湖裡區的松元產業園"
    assert [(s.start, s.end, s.label, s.text) for s in learned.suggest(text)] == [
        (0, 3, "DISTRICT", "湖里区"), (4, 7, "DISTRICT", "湖裡區"), (8, 13, "PROJECT", "松元產業園")]
    by_run = [(s.start, s.end, s.text) for s in propose(text, learned) if s.label == "PROJECT"]
    assert by_run == [(8, 13, "松元產業園")]  # the suggest run too, its text as written


def test_the_links_of_a_traditional_text_are_those_of_its_simplified_form(tmp_path):

    text = ("湖里区：加快推进松元产业园二期建设，计划完成投资55.1亿元，力争新增80家国家级高新技术企业。\n"
            "海沧区将建设海沧新城商务中心项目，总投资45亿元。\n") * 2
    with Store.create(tmp_path / "p") as store:
        ids = [store.add_document(Document(None, name, name, t, sha256(t))).id
               for name, t in (("s.txt", text), ("t.txt", traditional(text)))]
        suggest_documents(store)
        suggest_document_links(store)
        spans = {a.id: (a.start, a.end, a.label) for a in store.iter_annotations()}
        found = [sorted((spans[k.source_id], spans.get(k.target_id), k.origin) for k in store.links(doc))
                 for doc in ids]
    assert found[0] and found[1] == found[0]
    assert {origin for *_, origin in found[0]} >= {"nested", "project"}


def test_a_jurisdiction_typed_in_traditional_characters_is_the_unit_the_gazetteer_names():
    from annotator.core.jurisdiction import parse

    assert parse("湖裡區") == parse("湖里区") == ("湖里区", "350206")
    assert parse("鼓樓區") == ("鼓樓區", None)  # four units are 鼓楼区: no code, the name as typed
