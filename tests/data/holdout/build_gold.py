"""Build the held-out texts and gold from the marked sources in src/.

Markup: ``{L:...}`` with L in D (DISTRICT), P (PROJECT), A (AMOUNT), T (TARGET); spans nest
(a DISTRICT inside a PROJECT, an AMOUNT inside a TARGET). Offsets are computed here, never
by hand: ``python tests/data/holdout/build_gold.py`` rewrites <name>.txt and <name>.gold.jsonl.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
LABELS = {"D": "DISTRICT", "P": "PROJECT", "A": "AMOUNT", "T": "TARGET"}
# the region of each document: gazetteer codes are looked up under these prefixes first
REGION = {"chengdu_wenjiang_2021": ("5101", "51"), "henan_zhongmou_2019": ("4101", "41"),
          "guangzhou_panyu_2025": ("4401", "44"), "jiangsu_jiangyin_2022": ("3202", "32", "3212")}
SHORT = {"成都": "成都市", "温江": "温江区", "四川": "四川省", "双流": "双流区", "中牟": "中牟县",
         "郑州": "郑州市", "新郑": "新郑市", "官渡": "官渡镇", "广州": "广州市", "番禺": "番禺区",
         "沙湾": "沙湾街道", "江阴": "江阴市", "无锡": "无锡市", "靖江": "靖江市", "河南": "河南省",
         "广东": "广东省", "江苏": "江苏省"}
UNIT = {"亿": 10**8, "万": 10**4, "千": 1000, "百": 100, "": 1}
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
RE_QTY = re.compile(r"([0-9]+(?:\.[0-9]+)?)(多|余)?(万平方米|平方米|万人次|万人|万亩|亩|公里|亿元|万元|元|"
                    r"亿美元|个|家|所|张|人|项|%|处|座|条|套)")


def gazetteer():
    codes: dict[str, list[str]] = {}
    for line in open(ROOT / "resources" / "gazetteer.tsv", encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0] == "U":
            codes.setdefault(p[2], []).append(p[1])
    return codes


def parse(marked: str):
    out, spans, stack = [], [], []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "{" and marked[i + 1:i + 3][1:] == ":" and marked[i + 1] in LABELS:
            stack.append((LABELS[marked[i + 1]], len(out)))
            i += 3
            continue
        if ch == "}":
            label, start = stack.pop()
            spans.append((start, len(out), label))
            i += 1
            continue
        out.append(ch)
        i += 1
    assert not stack, stack
    return "".join(out), sorted(spans)


def amount_value(text: str, doc: str, start: int):
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)(余)?(亿|万|千|百)?(元|美元)", text)
    assert m, text
    num = float(m.group(1)) * UNIT[m.group(3) or ""]
    before = doc[max(0, start - 2):start]
    qual = "余" if m.group(2) else None
    for q in ("高达", "超", "近", "约", "达", "逾"):
        if before.endswith(q):
            qual = "达" if q == "高达" else q
            break
    if m.group(4) == "美元":
        return {"amount": int(round(num)), "currency": "USD", "qualifier": qual}
    return {"yuan": int(round(num)), "qualifier": qual}


def target_value(text: str):
    m = RE_QTY.search(re.sub(r"5G", "  ", text))
    if m is None:
        c = re.search(r"([一二两三四五六七八九])?(十)?([一二三四五六七八九])?(件|个|家|项)", text)
        assert c and (c.group(1) or c.group(2)), text
        n = (CN[c.group(1)] if c.group(1) else 1) * (10 if c.group(2) else 1)
        n = n + (CN[c.group(3)] if c.group(3) else 0) if c.group(2) else n
        return {"quantity": n, "unit": c.group(4)}
    q = m.group(1)
    return {"quantity": float(q) if "." in q else int(q), "unit": m.group(3)}


def district_value(text: str, region, codes, short=None):
    name = (SHORT if short is None else short).get(text, text)
    cands = codes.get(name, [])
    code = None
    for pre in region:
        hits = [c for c in cands if c.startswith(pre)]
        if hits:
            code = hits[0]
            break
    if code is None and len(cands) == 1:
        code = cands[0]
    value = {"name": name}
    if code:
        value["code"] = code
    return value


def build(name: str, codes, *, here: Path = HERE, region=None, short=None,
          amount=None, target=None) -> None:
    """Rewrite ``here``/<name>.txt and <name>.gold.jsonl from ``here``/src/<name>.marked.

    The other sets (blind, blind2) pass their own folder, regions, short forms and, where
    their articles need more, their own value functions.
    """
    region = REGION if region is None else region
    amount = amount or amount_value
    target = target or target_value
    doc, spans = parse((here / "src" / f"{name}.marked").read_text(encoding="utf-8"))
    rows = []
    for s, e, label in spans:
        t = doc[s:e]
        assert t and t == t.strip(), (name, t)
        if label == "AMOUNT":
            value = amount(t, doc, s)
        elif label == "TARGET":
            assert not any(c in t for c in "。；;\n"), t
            value = target(t)
        elif label == "DISTRICT":
            value = district_value(t, region[name], codes, short)
            assert "code" in value or value["name"].endswith(("街道", "镇", "乡")), (t, value)
        else:
            value = {}
        rows.append({"doc": f"{name}.txt", "start": s, "end": e, "label": label, "text": t,
                     "value": value})
    by_label: dict[str, list] = {}
    for r in rows:
        by_label.setdefault(r["label"], []).append(r)
    for label, rs in by_label.items():
        for a, b in zip(rs, rs[1:], strict=False):
            assert a["end"] <= b["start"], (name, label, a["text"], b["text"])
    (here / f"{name}.txt").write_text(doc, encoding="utf-8")
    with open(here / f"{name}.gold.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            assert doc[r["start"]:r["end"]] == r["text"]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {lab: len(v) for lab, v in sorted(by_label.items())}
    print(f"{name}: {len(doc)} chars, {counts}")


def main(argv) -> None:
    codes = gazetteer()
    names = argv or sorted(p.stem for p in (HERE / "src").glob("*.marked"))
    for n in names:
        build(n, codes)


if __name__ == "__main__":
    main(sys.argv[1:])
