"""The gazetteer's generated files: the character ranking is what scripts/build_gazetteer.py
makes, and it changes the speed of the scan, never what it finds."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from shared_data import require

from annotator.core import resources
from annotator.core.suggest import gazetteer
from annotator.core.suggest.lexicon import entries

ROOT = Path(__file__).resolve().parents[2]


def build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_ranking_is_what_the_build_script_makes():
    require("corpus", "*.txt")
    build = build_script()
    files = [p for folder in build.FREQUENT_SOURCES for p in sorted(folder.glob("*.txt"))]
    ranked = build.frequent_chars(resources.read_text("gazetteer.tsv"),
                                  list(entries("district_stopwords.txt")),
                                  [p.read_text(encoding="utf-8") for p in files])
    shipped = [tuple(e.split()) for e in entries(gazetteer.FREQUENT_CHARS)]
    assert shipped == [(ch, str(n)) for ch, n in ranked]


def test_ranking_orders_by_count_then_first_occurrence():
    build = build_script()
    tsv = "U\t1\t甲乙\t1\t\nK\t甲乙\t1\nK\t丙丁\t1\nB\t戊己\n"
    ranked = build.frequent_chars(tsv, ["庚"], ["乙甲乙甲丙己己己庚庚 #\n辛辛辛"])
    assert ranked == [("己", 3), ("乙", 2), ("甲", 2), ("庚", 2)]


@pytest.mark.parametrize("text", ["厦门市湖里区和海沧区、灌口镇，福建省漳州，大理石长治久安。" * 3])
def test_the_ranking_never_changes_matches(monkeypatch, text):
    source = resources.read_text("gazetteer.tsv")
    stop = set(entries("district_stopwords.txt"))
    ranked = gazetteer.from_text(source, stop)
    monkeypatch.setattr(gazetteer, "_char_rank", lambda: {})
    plain = gazetteer.from_text(source, stop)
    assert sorted(ranked.scan(text)) == sorted(plain.scan(text))
    assert len(list(ranked.scan(text))) > 5
