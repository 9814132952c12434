"""The suggesters' word lists: one format, one loader, read once, loud when missing."""
from __future__ import annotations

import pickle
import re

import pytest

from annotator.core import resources
from annotator.core.resources import MissingResource
from annotator.core.suggest import lexicon
from annotator.core.suggest.lexicon import Lexicon, parse

WORD_FILES = ["project_words.txt", "project_heads.txt", "project_stoplist.txt", "target_words.txt",
              "amount_words.txt", "gazetteer_words.txt", "gazetteer_frequent_chars.txt",
              "district_stopwords.txt"]


def test_format_comments_sections_and_order():
    text = "# a list\n甲  # first\n\n乙\n[second_list]\n# its comment\nb|c\na\n"
    assert parse(text) == {None: ("甲", "乙"), "second_list": ("b|c", "a")}


def test_a_section_twice_is_refused():
    with pytest.raises(ValueError, match=r"\[x\] appears twice"):
        parse("[x]\na\n[x]\nb\n")


def test_lexicon_is_a_frozen_set_that_keeps_file_order():
    lex = Lexicon(["项目", "平台", "工程"])
    assert lex == {"工程", "平台", "项目"} and "平台" in lex and "园区" not in lex
    assert lex.words == ("项目", "平台", "工程")
    assert lex.ends("智慧平台") and not lex.ends("平台建设")
    assert lex.starts("工程建设") and lex.starts("重点项目", 2) and not lex.starts("重点项目")
    assert re.fullmatch(lex.pattern(), "工程") and not re.fullmatch(lex.pattern(), "工")
    assert pickle.loads(pickle.dumps(lex)).words == lex.words
    with pytest.raises(AttributeError):
        lex.add("x")  # type: ignore[attr-defined]


def test_charset_reads_runs_of_characters():
    assert Lexicon(["的地", "得"]).chars() == frozenset("的地得")


def test_table_gives_values_and_defaults():
    heads = lexicon.table("project_heads.txt", default="weak")
    assert heads["产业园"] == "strong" and set(heads.values()) <= {"strong", "weak"}


@pytest.mark.parametrize("name", WORD_FILES)
def test_every_word_file_ships_and_parses(name):
    found = lexicon.sections(name)
    assert sum(map(len, found.values())) > 0
    for entries in found.values():
        assert all(e == e.strip() and "#" not in e for e in entries)


def test_a_missing_file_or_list_is_a_missing_resource():
    with pytest.raises(MissingResource, match="missing resource file annotator/resources/nope.txt"):
        lexicon.entries("nope.txt")
    with pytest.raises(MissingResource, match=r"project_words.txt has no list \[nope\]"):
        lexicon.entries("project_words.txt", "nope")


def test_files_are_read_once(monkeypatch):
    lexicon.sections("project_words.txt")
    monkeypatch.setattr(resources, "read_text", lambda name: pytest.fail("read again"))
    assert lexicon.entries("project_words.txt", "governing")
