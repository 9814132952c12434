"""The Codebook sheet: every column of every data sheet, with its meaning, unit and type.

One row per (sheet, column), in the order of the workbook. The meaning comes from
:data:`MEANINGS` (a column the schema adds, a value field of a new label, says which field it
is), the type from the column's kind, the unit from :data:`UNITS`.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from annotator.core.export.rows import Column, _cols
from annotator.core.labels import value_fields

CODEBOOK_COLUMNS = _cols("sheet", "column", ("meaning", "wrap"), "unit", "type")

TYPES = {"text": "text", "wrap": "text", "code": "text (digits, keep as text)", "int": "integer",
         "yuan": "number", "money": "number", "yi": "number", "number": "number", "count": "number",
         "decimals2": "number",
         "date": "date-time (UTC)", "day": "date (yyyy-mm-dd)", "bool": "true/false"}
UNITS = {"yuan": "yuan", "yi": "亿元 (100,000,000 yuan)", "start_offset": "characters", "end_offset": "characters",
         "from_start": "characters", "from_end": "characters", "to_start": "characters", "to_end": "characters",
         "characters": "characters", "year": "year", "foreign_amount": "its currency (USD …)"}

MEANINGS: dict[str, str] = {
    "document": "file name of the document in the project",
    "title": "title of the document",
    "date": "document metadata 'date' (annotator import --meta date=…): a date cell when every exported "
            "document's is written YYYY-MM-DD, else text as given",
    "year": "year of the document: metadata 'year', else the year of 'date', else the first year in the title, "
            "else in the file name, else a folder named by a year alone that held the file (2019/滨州.txt)",
    "source": "document metadata 'source' (the newspaper, the government site …)",
    "jurisdiction": "document metadata 'jurisdiction': the district whose document it is (code or name); empty "
                    "when not given, and facts whose link is jurisdiction then have the one guessed from its districts",
    "label": "label of the span (DISTRICT, PROJECT, AMOUNT, TARGET …)",
    "text": "text of the span as it stands in the document",
    "start_offset": "offset of the span's first character in the document (code points, from 0)",
    "end_offset": "offset just after the span's last character (exclusive, as in Python slicing)",
    "yuan": "the amount in yuan (empty for amounts in other currencies)",
    "yi": "the amount in 亿元 (yuan / 100,000,000)",
    "qualifier": "word before the amount that qualifies it (超 over, 近 nearly, 约 about …)",
    "currency": "currency of an amount not in yuan (USD …)",
    "foreign_amount": "the amount in its own currency, when not in yuan",
    "range_end": "lower or upper: the amount is an end of a range of money (3-5亿元, 3000万至5000万元: two rows); "
                 "the sums of the Districts, Projects and Amounts sheets leave out the upper ends (drop the rows "
                 "whose range_end is upper, and the parts of part_of, then sum yuan); empty for any other amount",
    "part_of": "id of the amount this amount is a part of (the id of its row): a total stated with 其中 before it "
               "in its sentence (完成投资300亿元，其中工业投资120亿元、基础设施投资80亿元: the rows of 120 and 80 "
               "have the id of the 300's), as long as the parts add up to no more than the total; empty for any "
               "other amount. A sum leaves out a part only where it "
               "adds its total (one in yuan): document_total_yuan always, a project's sum when the total is for "
               "the same project, a district's when it is linked to the same district (全市投资300亿元，其中湖里区"
               "120亿元: 湖里区's row adds the 120). To sum as the sheets do, look each part's total up by id "
               "(pandas: t = f.set_index('id'); f['total_yuan'] = f.part_of.map(t.yuan); f['total_code'] = "
               "f.part_of.map(t.district_code)) and drop the rows whose total has a yuan value and the same "
               "district_code (project), and those whose range_end is upper",
    "report_part": "part of the report the span belongs to: review (一、2019年工作回顾, 过去五年: figures for the "
                   "years before the document's year) or plan (二、2020年工作安排, 今年…: goals for its year and "
                   "after); empty before the first part or in a text without such parts. A result the plan "
                   "recalls (去年全区完成投资65亿元, 2019年，新增企业12家) is review; 在去年基础上, 去年开工的…项目 "
                   "and 比上年增长7% stay plan; a span in the review is review (争取上级资金3亿元 was obtained)",
    "district_name": "official full name of the district",
    "district_code": "statistical division code of the district (NBS 2023; 香港 810000, 澳门 820000, 台湾 710000 "
                     "from GB/T 2260, absent from the NBS tables), text; empty when named without a code",
    "quantity": "number the target sets",
    "unit": "unit of the target's quantity (家, 亿元, 万吨 …)",
    "base_quantity": "the target's quantity with the scale of its unit (万, 亿, 万亿 …) taken in: 1.2万人 is 12000, "
                     "55亿元 5500000000, so that targets compare across reports; as written where the unit has "
                     "none, and for a scale class (千亿级: 1000, 亿级)",
    "base_unit": "the unit of base_quantity: the unit without its scale (人, 元, 亩; 家 and % as written)",
    "sentence": "the sentence that holds the span (ends at 。！？!?；; or a line break; one over 1,000 characters "
                "is shown around the span, … where it was cut)",
    "status": "review status of the span (accepted, suggested, rejected)",
    "origin": "where the span came from (manual, a suggester, an import)",
    "confidence": "the model's (or a suggester's) confidence in a span it proposed, from 0 to 1, kept once the "
                  "span is accepted; empty for a span made by hand, imported or adjudicated, or proposed by a "
                  "rule that gives none",
    "annotator": "who saved or last changed the span",
    "created_utc": "when the span was saved (UTC)",
    "updated_utc": "when the span was last changed (UTC)",
    "note": "free note on the span",
    "id": "id of the span in the project (matches rows when a workbook is imported back)",
    "project": "the project the span is for (a PROJECT row: its own name)",
    "project_key": "the project's name as a key to follow it across documents and years: full-width forms, "
                   "white space and ·“”《》（） folded away, a trailing 项目 dropped, 产业园区 / 产业园 / 园区 at the "
                   "end read as 园 (松元产业园, 松元产业园区, 松元园区: 松元园); a grouping aid: one key may "
                   "still be two projects, and a project renamed has two",
    "province": "province above the district (from the gazetteer)",
    "prefecture": "prefecture-level city above the district (a municipality is its own prefecture)",
    "county": "county-level unit above or equal to the district",
    "link": "how the district (else the project) was found. A link stored in the project, by its origin: manual "
            "(by hand), imported (gold links), or as annotator suggest-links found it; a span without one "
            "gets what the same rules give it at export: nested (a district named inside the span), project "
            "(its project's district), clause (the district that is the subject of its clause), "
            "jurisdiction (the district heading its part of the page, else the document's jurisdiction: "
            "metadata, else guessed from its districts); attribute: no district, the project link's origin",
    "district": "district as a reader names it (a name two units share is followed by the unit above)",
    "level": "level of the district: province, prefecture, county, township",
    "keyed_by": "code: one row per division code; name: a district named without a code, one row per name (to "
                "merge Facts with this sheet, key both on district_code, else district_name: an empty code matches "
                "every empty code in pandas, R and Stata)",
    "mentions": "DISTRICT spans naming it",
    "documents": "documents naming it",
    "projects": "distinct projects linked to it, one per project_key (松元产业园 and “松元产业园” are one)",
    "amounts": "amounts in yuan linked to it (a range, 3-5亿元, counts once: its upper end is left out; a part "
               "of a total linked to it too, 其中…, is left out: part_of)",
    "amount_sum_yuan": "sum of the amounts linked to it, in yuan (a range, 3-5亿元, counts once at its lower bound; "
                       "a total stated with 其中 counts without its parts linked to it too: part_of; empty, not 0, "
                       "when no amount in yuan is linked to it)",
    "amount_sum_yi": "sum of the amounts linked to it, in 亿元 (empty when none)",
    "targets": "targets linked to it",
    "project_names": "names of the projects linked to it",
    "code_guessed": "TRUE where district_code is only the first of the gazetteer's units that share the district's "
                    "name (鼓楼区 in a report naming no city; the DISTRICT suggester's reason says so): nothing in "
                    "the text or the document's jurisdiction told which, and no one has corrected it; FALSE for a "
                    "code the text or the jurisdiction decided, one typed or corrected by hand, and a row without a "
                    "code. Drop the TRUE rows before summing by code, or check their codes (a document's jurisdiction, "
                    "given before its spans are accepted, decides most)",
    "amount": "text of the amount",
    "target": "text of the target",
    "document_total_yuan": "sum in yuan of all exported amounts of the document (repeated on each row; a range, "
                           "3-5亿元, counts once at its lower bound; a total stated with 其中 without its parts: "
                           "the rows with a part_of whose total has a yuan value are left out; empty, not 0, when "
                           "none of its amounts is in yuan)",
    "document_total_yi": "the same in 亿元",
    "characters": "length of the document",
    "done": "the document is marked done",
    "sha256": "SHA-256 of the document's text (matches documents between projects)",
    "kind": "kind of link: district (the district the span concerns) or project (the project it is for)",
    "from_label": "label of the linked span", "from_text": "text of the linked span",
    "from_start": "offset of the linked span's first character", "from_end": "offset just after the linked span",
    "to_label": "label of the span it links to (empty: a district named by no span)",
    "to_text": "text of the span it links to", "to_start": "offset of the first character of the span it links to",
    "to_end": "offset just after the span it links to",
    "from_id": "id of the linked span (the id of its row in Facts and Annotations)",
    "to_id": "id of the span it links to (the id of its row in Annotations; empty: a district named by no span)",
    "reason": "why a rule or the model proposed it (the window's form shows it as Reason), kept once it is "
              "accepted or changed; empty for one made by hand",
    "section": "part of the About sheet: project, program (annotator and schema versions), export, filter, "
               "gazetteer, label, count, exported, suggesters (the rules and models that proposed spans), origins "
               "(the exported spans by where they came from), team (coders, gold layers), how to read",
    "item": "what the row describes", "value": "its value",
    "detail": "more about it", "sheet": "sheet of the workbook", "column": "column name",
    "meaning": "what the column holds", "type": "type of its cells",
}

# where a sheet's column means something else than the same name in the tables of spans
SHEET_MEANINGS: dict[str, dict[str, str]] = {
    "Links": {
        "status": "review status of the link (accepted, suggested; rejected links are left out)",
        "origin": "where the link came from: manual (by hand), imported (gold links), or the suggest-links "
                  "rule that proposed it (nested, clause, project, jurisdiction …)",
        "annotator": "who made or last changed the link",
        "id": "id of the link in the project (not a span's id)",
    },
    "Projects": {
        "amount": "text of the first amount for the project (linked as in Facts; all of them: amount_sum_yuan); "
                  "a range whole (3-5亿元), its yuan the lower bound",
        "yuan": "the first amount for the project, in yuan (not its total: amount_sum_yuan)",
        "yi": "the first amount for the project, in 亿元",
        "amounts": "amounts in yuan for the project (a range, 3-5亿元, counts once; a part of a total for the "
                   "project too, 其中…, is left out: part_of)",
        "amount_sum_yuan": "sum of the amounts for the project, in yuan (a range counts once at its lower bound, a "
                           "total stated with 其中 without its parts for the project too; empty when none is "
                           "linked): Facts' yuan by project, range_end upper and those parts left out",
        "amount_sum_yi": "the same in 亿元",
    },
    "Annotations": {
        "district_name": "a DISTRICT span's own value: the official full name of the division it names (empty on "
                         "the other labels' rows; Facts gives each fact the name of its district)",
        "district_code": "a DISTRICT span's own value: the statistical division code of what it names (NBS 2023; "
                         "香港 810000, 澳门 820000, 台湾 710000 from GB/T 2260), text; empty on the other labels' "
                         "rows (Facts gives each fact the code of its district); division_code in older workbooks",
    },
    "Districts": {"code_guessed": "TRUE where any mention of the row's code, or any fact linked to it, has the "
                                  "code only by the gazetteer tables' order (several units share the name and "
                                  "nothing in the text or the jurisdiction told which; see code_guessed on Facts, "
                                  "which tells the rows): its counts and sums may hold another unit's figures"},
    "Facts": {"annotator": "whose layer the span is in (a coding team's merged project holds a row for each "
                           "coder who marked it: keep one coder's rows, or gold's, before summing); empty when none "
                           "recorded"},
    "About": {"value": "its value (text, a count, or a date-time for when the workbook was written)"},
    "Codebook": {"unit": "unit of the column's numbers (yuan, 亿元, characters, year)"},
}
# a column whose cells are not all of its kind's type
SHEET_TYPES = {("About", "value"): "text, integer or date-time (a key-value sheet, not a table for analysis)"}


def meaning(column: str, extra: Mapping[str, str], sheet: str = "") -> str:
    if column in SHEET_MEANINGS.get(sheet, {}):
        return SHEET_MEANINGS[sheet][column]
    if column in extra:
        return extra[column]
    if column in MEANINGS:
        return MEANINGS[column]
    if column.startswith("n_"):
        rest = column[2:]
        if rest in ("suggested", "accepted", "rejected"):
            return f"spans of the document with status {rest}, all labels (whole project)"
        return f"exported {rest.upper()} spans of the document"
    for f in value_fields():
        if column.startswith(f.key) or column == f.column:
            return f"value field '{f.key}' of its label"
    return ""


def codebook_rows(sheets: Iterable[tuple[str, Iterable[Column]]], extra: Mapping[str, str]) -> list[list[Any]]:
    """One row per column of each (sheet title, columns)."""
    rows: list[list[Any]] = []
    for title, columns in sheets:
        for c in columns:
            rows.append([title, c.header, meaning(c.header, extra, title) or None,
                         UNITS.get(c.header) or UNITS.get(c.kind),
                         SHEET_TYPES.get((title, c.header)) or TYPES.get(c.kind, c.kind)])
    return rows
