"""Place names as OpenCC writes them in traditional characters: it writes 澄江 as 澂江 (a phrase of its
STPhrases.txt), 浚县 as 濬縣, 七迳镇 as 七逕鎮 and, for Taiwan (s2tw), 鲇鱼山 as 鯰魚山; but its
TSCharacters.txt, whence the reading of traditional characters comes, reads 澂 and 濬 as themselves, 逕 as
径 and 鯰 as 鲶, so none of the four was found as a district. They are now read as the gazetteer writes them
(``suggest/traditional.py``: PLACE_FORMS), and a simplified text that holds none is still left as it is."""
from __future__ import annotations

import pytest

from annotator.core.suggest.runner import propose
from annotator.core.suggest.traditional import PLACE_FORMS, simplified

# (the simplified text, as OpenCC s2t / s2tw writes it, the unit it names)
TEXTS = [("云南省澄江市加快建设抚仙湖保护工程。", "雲南省澂江市加快建設撫仙湖保護工程。", ("澄江市", "530481")),
         ("河南省浚县完成投资3.5亿元。", "河南省濬縣完成投資3.5億元。", ("浚县", "410621")),
         ("茂名市电白区七迳镇推进乡村振兴。", "茂名市電白區七逕鎮推進鄉村振興。", ("七迳镇", "440904103")),
         ("信阳市固始县鲇鱼山街道新增就业岗位。", "信陽市固始縣鯰魚山街道新增就業崗位。", ("鲇鱼山街道", "411524002"))]


def districts(text: str) -> list[tuple[int, int, dict]]:
    return [(s.start, s.end, s.value) for s in propose(text) if s.label == "DISTRICT"]


@pytest.mark.parametrize(("simple", "written", "unit"), TEXTS)
def test_a_place_name_opencc_writes_so_is_read_as_the_gazetteer_writes_it(simple, written, unit):
    assert simplified(written) == simple
    name, code = unit
    start = simple.index(name)
    assert (start, start + len(name), {"name": name, "code": code}) in districts(written)
    assert districts(written) == districts(simple)


def test_the_place_forms_never_change_a_simplified_text():
    for written, simple in PLACE_FORMS.items():
        with pytest.raises(UnicodeEncodeError):
            written.encode("gb2312")  # so a text GB2312 writes holds none of them
        simple.encode("gb2312")
    assert simplified("澄江市、浚县、七迳镇、鲇鱼山街道") == "澄江市、浚县、七迳镇、鲇鱼山街道"


# names the gazetteer writes with a character of the reading's table (濛, 鮀): a text holding any character
# outside GB2312 (濛 itself) is read with 濛 as 蒙, so 濛江乡 was found in no writing and 濛阳街道 was taken
# for 蒙阳街道 alone (彭州市's 濛阳街道 now, by its context)
AS_READ = [("吉林省靖宇县濛江乡发展特色产业。", "吉林省靖宇縣濛江鄉發展特色產業。", ("濛江乡", "220622201")),
           ("成都市彭州市濛阳街道推进建设。", "成都市彭州市濛陽街道推進建設。", ("濛阳街道", "510182003")),
           ("汕头市龙湖区鮀江街道推进建设。", "汕頭市龍湖區鮀江街道推進建設。", ("鮀江街道", "440511016"))]


@pytest.mark.parametrize(("simple", "written", "unit"), AS_READ)
def test_a_name_holding_a_character_the_reading_changes_is_found_in_both_writings(simple, written, unit):
    name, code = unit
    start = simple.index(name)
    for text in (simple, written):
        assert (start, start + len(name), {"name": name, "code": code}) in districts(text), text


def test_every_name_of_the_gazetteer_is_found_as_the_suggest_run_reads_it():
    from annotator.core.suggest.gazetteer import load_gazetteer

    automaton = load_gazetteer().automaton
    read_otherwise = [(key, simplified(key)) for key in automaton.keys() if simplified(key) != key]
    assert len(read_otherwise) >= 30  # (濛江乡, 垌塚镇, 鮀江街道 …: all read with a table character)
    assert all(automaton.exists(reading) for _key, reading in read_otherwise), read_otherwise
