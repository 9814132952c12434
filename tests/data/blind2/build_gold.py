"""Build the second blind set (texts and gold) from the marked sources in src/.

Same markup and value rules as tests/data/blind (``{L:...}``, L in D, P, A, T; spans nest);
this script reuses that builder and only supplies its own regions and short names:
``python tests/data/blind2/build_gold.py`` rewrites <name>.txt and <name>.gold.jsonl.

The three articles were written for this project before the suggesters were read, in styles
and places not covered before: a 2022 press write-up on a 县级市 report (福建 晋江) with many
named projects of varied kinds, a 2021 district report in the north-east (哈尔滨 南岗区) with
五年回顾, 展望 and 主要预期目标, and a 2024 prefecture report excerpt in the west (四川 凉山州)
with county and township names, 万元/亿元 sums and 、-joined targets.

Judgement calls: 安宁 in 安宁河流域 names the river, 大桥 in 大桥水库 a reservoir, not the
towns of those names; 凉山州 is tagged whole (the usual short form of 凉山彝族自治州); the
abbreviations in 福厦高铁, 渝长厦高铁, 成昆铁路, 乐西高速 are not district mentions; 西滨 in
实验幼儿园西滨园 is the town 西滨镇.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("blind_build_gold", HERE.parent / "blind" / "build_gold.py")
bb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bb)

REGION = {"fujian_jinjiang_2022": ("350582", "3505", "35"),
          "harbin_nangang_2021": ("230103", "2301", "23"),
          "sichuan_liangshan_2024": ("513401", "5134", "51", "53")}
SHORT = {"晋江": "晋江市", "泉州": "泉州市", "福建": "福建省", "陈埭": "陈埭镇", "西滨": "西滨镇",
         "哈尔滨": "哈尔滨市", "南岗": "南岗区", "王岗": "王岗镇",
         "凉山": "凉山彝族自治州", "凉山州": "凉山彝族自治州", "西昌": "西昌市", "会理": "会理市",
         "香格里拉": "香格里拉市", "禄劝": "禄劝彝族苗族自治县", "马边": "马边彝族自治县",
         "昭觉": "昭觉县", "冕宁": "冕宁县", "宁南": "宁南县", "会东": "会东县", "德昌": "德昌县",
         "盐源": "盐源县", "布拖": "布拖县"}


def main(argv) -> None:
    codes = bb.hb.gazetteer()
    names = argv or sorted(p.stem for p in (HERE / "src").glob("*.marked"))
    for n in names:
        bb.build(n, codes, here=HERE, region=REGION, short=SHORT)


if __name__ == "__main__":
    main(sys.argv[1:])
