"""A jurisdiction given by a former unit's name (宜州市: 451281 until the code table of 2015, 宜州区 since)
was warned of as a name of no division, as a typo is ("'宜州市' names no division …; give the code too"),
though the link rules compare it by the code it had in the document's year. The warning now says what the
former units' table knows of it (its codes and the years of the tables that list them), and no more."""
from __future__ import annotations

from annotator.core.jurisdiction import unclear
from annotator.core.metadata import jurisdiction_checked


def test_a_former_unit_is_said_to_be_one_with_its_codes_and_years():
    said = unclear("宜州市")
    assert said is not None and [(r.code, r.first, r.last) for r in said.former] == [
        ("451281", 2002, 2015), ("452702", 2000, 2001)]  # the latest first, as the table lists them
    value, (warning,) = jurisdiction_checked("jurisdiction", "宜州市")
    assert value == "宜州市"  # kept as given: the guide's former name, code null
    assert warning == ("'宜州市' is a former unit, no division of today's gazetteer (the former units' table: 451281 "
                       "from 2002 to 2015, 452702 from 2000 to 2001): the link rules compare it by its code in the "
                       "document's year, and the facts it places keep its name with code null, as the guide gives a "
                       "former name; for a report of a later year, give today's unit with its code"), warning
    assert "names no division" not in warning and "give the code too" not in warning


def test_a_typo_and_a_name_of_several_units_are_said_as_before():
    assert unclear("湖里县") is not None and unclear("湖里县").former == ()
    (warning,) = jurisdiction_checked("jurisdiction", "湖里县")[1]
    assert warning.startswith("'湖里县' names no division the gazetteer or the document's districts know, so the facts "
                              "placed by it get no district code unless a document's districts name it;"), warning
    (warning,) = jurisdiction_checked("jurisdiction", "鼓楼区")[1]
    assert warning.startswith("'鼓楼区' names 4 divisions ("), warning
    assert unclear("宜州区") is None and unclear("宜州市 451281") is None  # today's unit; a code given
