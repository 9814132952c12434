"""Build the blind texts and gold from the marked sources in src/ (same markup as holdout).

Markup: ``{L:...}`` with L in D, P, A, T; spans nest. Offsets are computed here:
``python tests/data/blind/build_gold.py`` rewrites <name>.txt and <name>.gold.jsonl.

The four articles were written for this project before the suggesters were read, in styles
and places unlike the development corpus and the held-out set: a press write-up (西安 雁塔,
2023), a county report with townships and 易地扶贫搬迁 (云南 镇雄, 2020), a 新区 report
excerpt dense in money, ranges and Chinese numerals (湖南 湘江新区, 2024) and a township work
summary with villages and communities (浙江 义乌 佛堂镇, 2018).

Judgement calls: a range 3000万至5000万元 gives two AMOUNTs, 3000万 (the unit is shared)
and 5000万元; 雁塔 in 大雁塔 and 岳麓 in 岳麓山 name a pagoda and a mountain, not the district.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("holdout_build_gold", HERE.parent / "holdout" / "build_gold.py")
hb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hb)

REGION = {"xian_yanta_2023": ("6101", "61"), "yunnan_zhenxiong_2020": ("5306", "53", "52"),
          "hunan_xiangjiang_2024": ("4301", "43"), "zhejiang_fotang_2018": ("3307", "33")}
SHORT = {"雁塔": "雁塔区", "西安": "西安市", "陕西": "陕西省", "宝鸡": "宝鸡市", "汉中": "汉中市",
         "长延堡": "长延堡街道", "丈八沟": "丈八沟街道",
         "镇雄": "镇雄县", "威信": "威信县", "昭通": "昭通市", "云南": "云南省", "五德": "五德镇",
         "以勒": "以勒镇", "芒部": "芒部镇",
         "湖南": "湖南省", "长沙": "长沙市", "宁乡": "宁乡市", "望城": "望城区", "坪塘": "坪塘街道",
         "义乌": "义乌市", "佛堂": "佛堂镇", "东阳": "东阳市", "兰溪": "兰溪市", "金华": "金华市",
         "浙江": "浙江省"}
CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_number(s: str) -> int:
    total, digit = 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        else:
            total += (digit or 1) * CN_UNIT[ch]
            digit = 0
    return total + digit


def amount_value(text: str, doc: str, start: int):
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千]+)(余)?(万亿|亿|万|千|百)?(元|美元)?", text)
    assert m, text
    n = m.group(1)
    base = float(n) if n[0].isdigit() else cn_number(n)
    mult = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 1000, "百": 100, "": 1}[m.group(3) or ""]
    cur = m.group(4)
    if cur is None:  # the first bound of a range: 3000万至5000万元
        after = doc[start + len(text):start + len(text) + 12]
        rm = re.match(r"(至|到|—|-|～|~)[0-9.]+[万亿千百]*(元|美元)", after)
        assert rm, (text, after)
        cur = rm.group(2)
    num = base * mult
    before = doc[max(0, start - 2):start]
    qual = "余" if m.group(2) else None
    for q in ("高达", "超", "近", "约", "达", "逾"):
        if before.endswith(q):
            qual = "达" if q == "高达" else q
            break
    if cur == "美元":
        return {"amount": int(round(num)), "currency": "USD", "qualifier": qual}
    return {"yuan": int(round(num)), "qualifier": qual}


UNITS = ("万平方米|平方米|平方公里|万人次|人次|万人|万亩|亩|公里|亿美元|万美元|美元|亿元|万元|元|个|家|所|张|"
         "人|项|%|处|座|条|套|户|场|名|万")


def target_value(text: str):
    m = re.search(r"([0-9]+(?:\.[0-9]+)?)(多|余)?(" + UNITS + ")", text.replace("5G", "  "))
    if m is None:
        return {}
    q = m.group(1)
    return {"quantity": float(q) if "." in q else int(q), "unit": m.group(3)}


def build(name: str, codes, here: Path = HERE, region=None, short=None) -> None:
    hb.build(name, codes, here=here, region=REGION if region is None else region,
             short=SHORT if short is None else short, amount=amount_value, target=target_value)


def main(argv) -> None:
    codes = hb.gazetteer()
    names = argv or sorted(p.stem for p in (HERE / "src").glob("*.marked"))
    for n in names:
        build(n, codes)


if __name__ == "__main__":
    main(sys.argv[1:])
