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
