"""The label schema: every label the program knows, one entry each.

An entry says, for one label:

- ``name``, ``color``, ``key`` (its shortcut) and ``description``: what a new project starts
  with (the v1 migration seeds the labels table from :func:`defaults`; the user may edit the
  colour, key and description per project afterwards, in *Project › Labels…* — not the name:
  a label's name is its meaning, the entry found by :func:`spec`, so ``Store.update_label``
  refuses to rename a label the schema knows);
- ``fields``: the normalised value of its spans, one :class:`ValueField` per key, each with its
  type (``fields.py``: how it is parsed, shown, written to and read from a table cell), its
  column in the Annotations table of the exports and its caption in the window's form;
- ``sheet``: the xlsx sheet that lists its spans (``export/label_sheets.py`` builds the four
  sheets that relate labels — Districts, Projects, Amounts, Targets; any other title gets a
  sheet of one row per span with the label's value columns);
- ``compare``: what ``annotator evaluate`` compares of the value of a matched span: groups of
  field keys, the first group the gold value fills in is compared (an AMOUNT in dollars has no
  yuan: its currency and amount);
- ``names`` and ``descriptions``: what the window shows for it in another interface language
  (:func:`display_name`: DISTRICT is 地区 in Chinese); the stored name stays, and a label the
  schema does not know shows its own name.

Adding a label is one entry in :data:`LABELS`. The window's form, the exports (jsonl, doccano,
csv, conll, xlsx), the importers (JSON Lines, workbook corrections) and evaluation read it
when they run. Labels a user adds to a project without an entry here are plain labels: no
value fields, no sheet of their own.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from annotator.core.fields import CODE, MONEY, NUMBER, TEXT, YUAN, FieldType, choice

QUALIFIERS = ("超", "近", "约", "达", "逾", "余", "多")  # stand before an amount: kept outside its span


class ValueField(NamedTuple):
    """One field of a label's value: its key, type, column and caption."""

    key: str  # the key in the stored value ({"yuan": 5510000000})
    type: FieldType
    column: str  # header of its column in the Annotations table (xlsx, csv)
    caption: str = ""  # in the window's form (default: the column, capitalised)
    form: bool = True  # editable in the form (else only in a workbook)
    nullable: bool = False  # a cleared workbook cell stores null instead of dropping the key

    @property
    def form_caption(self) -> str:
        return self.caption or self.column[:1].upper() + self.column[1:]


class LabelSpec(NamedTuple):
    """A label as shipped: its colour, key, description, value fields and translations."""

    name: str
    color: str
    key: str  # the shortcut key in the window
    description: str
    fields: tuple[ValueField, ...] = ()
    sheet: str | None = None  # title of the xlsx sheet listing its spans (None: only the Annotations sheet)
    compare: tuple[tuple[str, ...], ...] = ()  # evaluate: the first group of keys the gold value fills in
    default: bool = True  # a new project starts with it
    names: tuple[tuple[str, str], ...] = ()  # (language, name shown in that interface language)
    descriptions: tuple[tuple[str, str], ...] = ()  # (language, the default description, translated)


LABELS: tuple[LabelSpec, ...] = (
    LabelSpec(
        "DISTRICT", "#4e79a7", "1", "Administrative area at township level or above (湖里区, 厦门, 灌口镇)",
        fields=(ValueField("name", TEXT, "district name", "Full name"),
                ValueField("code", CODE, "district code", "Division code")),  # district_code, as in every sheet
        sheet="Districts", compare=(("code",), ("name",)),
        names=(("zh_CN", "地区"),), descriptions=(("zh_CN", "乡镇级及以上的行政区（湖里区、厦门、灌口镇）"),)),
    LabelSpec(
        "PROJECT", "#59a14f", "2", "Named project, park, facility, platform or event (松元产业园)",
        sheet="Projects",
        names=(("zh_CN", "项目"),), descriptions=(("zh_CN", "有名称的项目、园区、设施、平台或活动（松元产业园）"),)),
    LabelSpec(
        "AMOUNT", "#f28e2b", "3", "A sum of money: number and currency unit (55.1亿元)",
        fields=(ValueField("yuan", YUAN, "yuan"),
                ValueField("qualifier", choice(*QUALIFIERS), "qualifier", nullable=True),
                ValueField("currency", TEXT, "currency", form=False),
                ValueField("amount", MONEY, "foreign amount", form=False)),
        sheet="Amounts", compare=(("yuan",), ("currency", "amount")),
        names=(("zh_CN", "金额"),), descriptions=(("zh_CN", "一笔钱：数字和货币单位（55.1亿元）"),)),
    LabelSpec(
        "TARGET", "#b07aa1", "4", "A quantified goal for the coming period (力争新增80家…)",
        fields=(ValueField("quantity", NUMBER, "quantity"), ValueField("unit", TEXT, "unit")),
        sheet="Targets", compare=(("quantity", "unit"),),
        names=(("zh_CN", "目标"),), descriptions=(("zh_CN", "下一阶段的量化目标（力争新增80家…）"),)),
)

# the colours a label added to a project takes, the first one no label has (the window's label
# editor, annotator labels --add)
PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6", "#bcf60c",
           "#008080", "#9a6324", "#800000", "#808000")


def in_order(names: Iterable[str], order: Sequence[str]) -> list[str]:
    """``names`` (each once) in ``order``, a project's labels as its window lists them; any other
    (a label the project no longer has) after them by name."""
    found = set(names)
    return [name for name in dict.fromkeys(order) if name in found] + sorted(found - set(order))


def free_color(used: list[str]) -> str:
    """The first colour of :data:`PALETTE` none of ``used`` is (any case), else one in turn."""
    taken = {c.lower() for c in used}
    return next((c for c in PALETTE if c not in taken), PALETTE[len(used) % len(PALETTE)])


def new_label_look(name: str, colors: list[str], keys: list[str]) -> tuple[str, str, str]:
    """(colour, key, description) of a label ``name`` added to a project whose labels have ``colors``
    and ``keys``: a label of the schema (TARGET deleted, then added again) its own where no other label
    has them, any other a free colour and no key or description."""
    s = spec(name)
    if s is None:
        return free_color(colors), "", ""
    color = s.color if s.color.lower() not in {c.lower() for c in colors} else free_color(colors)
    return color, s.key if s.key not in keys else "", s.description


# the value columns of these labels come first in the Annotations table, in this order (as the
# exports have always had them: amounts first); those of any other label follow in schema order
VALUE_COLUMNS_FIRST = ("AMOUNT", "DISTRICT", "TARGET")


def specs() -> tuple[LabelSpec, ...]:
    """The schema as it is now (read at each use, so a test may extend :data:`LABELS`)."""
    return LABELS


def defaults() -> list[LabelSpec]:
    """The labels a new project starts with, in their order."""
    return [s for s in LABELS if s.default]


def spec(name: str) -> LabelSpec | None:
    """The schema entry of the label called ``name``; None for a label the schema does not know."""
    return next((s for s in LABELS if s.name == name), None)


def _in_language(pairs: tuple[tuple[str, str], ...], language: str) -> str | None:
    """The text for ``language`` ("zh_CN"; "zh" or "zh_Hans_CN" find it too), else None."""
    base = language.split("_")[0]
    return next((text for code, text in pairs if code == language), None) or next(
        (text for code, text in pairs if base and code.split("_")[0] == base), None)


def display_name(name: str, language: str = "") -> str:
    """What the interface shows for the label stored as ``name`` in ``language`` (DISTRICT: 地区 in
    "zh_CN"); the stored name itself in English and for a label the schema does not know."""
    s = spec(name)
    return (_in_language(s.names, language) if s is not None and language else None) or name


def display_description(name: str, description: str, language: str = "") -> str:
    """A label's description in ``language``: the schema's translation while the project keeps the
    default text, else the project's own text as written."""
    s = spec(name)
    if s is None or not language or description.strip() != s.description:
        return description
    return _in_language(s.descriptions, language) or description


def fields_of(name: str) -> tuple[ValueField, ...]:
    s = spec(name)
    return s.fields if s is not None else ()


def names_a_division(name: str) -> bool:
    """Whether the label's value names an administrative division by its name and code (DISTRICT)."""
    return {"name", "code"} <= {f.key for f in fields_of(name)}


def compare_groups(name: str) -> tuple[tuple[str, ...], ...]:
    s = spec(name)
    return s.compare if s is not None else ()


_cache: list[Any] = [None, ()]  # (the LABELS it was made from, value_fields()): one export asks per row


def _table_order() -> Iterator[LabelSpec]:
    first = [s for name in VALUE_COLUMNS_FIRST for s in LABELS if s.name == name]
    yield from first
    yield from (s for s in LABELS if s not in first)


def value_fields() -> tuple[ValueField, ...]:
    """Every value field once (by key), in the order of the Annotations table's columns.
    Two labels may share a key; they must then give it the same type."""
    if _cache[0] is not LABELS:
        seen: dict[str, ValueField] = {}
        for s in _table_order():
            for f in s.fields:
                if f.key in seen and seen[f.key].type != f.type:
                    raise ValueError(f"value field {f.key!r} of {s.name} has another type than "
                                     f"{seen[f.key].type!r} of an earlier label")
                seen.setdefault(f.key, f)
        _cache[:] = [LABELS, tuple(seen.values())]
    fields: tuple[ValueField, ...] = _cache[1]
    return fields


def value_cells(value: dict[str, Any]) -> dict[str, Any]:
    """The typed table cells of a stored value, by key, for every value field of the schema
    (None where the value has no such key or it is unreadable)."""
    value = value if isinstance(value, dict) else {}
    return {f.key: f.type.cell(value.get(f.key)) for f in value_fields()}

