"""Word clusters of unlabeled reports as features of the sequence labeller
(:mod:`annotator.core.suggest.model.clusters`, ``scripts/build_word_clusters.py``): tried on 3 December,
not kept; off unless training asks for them, made when tagging only where a model knows them."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from annotator.core.suggest.model import clusters, features

TEXT = "加快推进机场和码头建设。"
ROOT = Path(__file__).resolve().parents[2]
REPORTS = ["加快建设机场项目", "推进建设高铁项目", "启动建设码头项目",
           "发展数字产业", "发展绿色产业", "发展文旅产业", "推进机场和码头建设"]


@pytest.fixture
def script(monkeypatch):
    """scripts/build_word_clusters.py, with few clusters of few dimensions for a small text."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import build_word_clusters

    monkeypatch.setattr(build_word_clusters, "SIZES", (2, 3))
    monkeypatch.setattr(build_word_clusters, "DIMENSIONS", 3)
    return build_word_clusters


@pytest.fixture
def table(script, tmp_path):
    """A table the script made of a small CSV file (a report a row, as the provincial reports come), loaded;
    training forgets the templates after."""
    texts = tmp_path / "reports.csv"
    with texts.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["province", "full_text"], *(["省", report] for report in REPORTS * 3)])
    out = tmp_path / "clusters.tsv"
    limit = csv.field_size_limit()
    assert script.main([str(texts), "-o", str(out), "--min-count", "3"]) == 0
    assert csv.field_size_limit() == limit  # the process's limit as it was (other CSV readers' errors depend on it)
    yield clusters.load(out)
    features.learn_clusters("")
    (tmp_path / "none.tsv").write_text("")
    clusters.load(tmp_path / "none.tsv")


def cluster_features(rows: list[list[str]]) -> list[list[str]]:
    return [[f for f in row if f.startswith("x")] for row in rows]


def test_the_script_gives_words_used_alike_one_cluster(script):
    lines = [[a, "建设", b, "项目"] for a in ("推进", "加快", "启动") for b in ("机场", "高铁", "码头")] * 3
    lines += [["发展", x, "产业"] for x in ("数字", "绿色", "文旅")] * 3
    found = script.clusters(lines, min_count=3)
    assert found["机场"][0] == found["高铁"][0] == found["码头"][0]
    assert found["数字"][0] == found["绿色"][0]


def test_training_makes_no_cluster_feature_unless_asked(table):
    assert "机场" in table
    assert not any(cluster_features(features.document_features(TEXT)))


def test_own_gives_each_character_its_words_clusters_and_near_those_either_side(table):
    features.learn_clusters("own")
    own = cluster_features(features.document_features(TEXT))
    small, large = table["机场"]
    at = TEXT.index("机场")
    assert own[at] == own[at + 1] == [f"xa{small}", f"xb{large}"]
    features.learn_clusters("near")
    near = cluster_features(features.document_features(TEXT))
    assert f"xl{table['推进'][0]}" in near[at] and f"xr{table['和'][0]}" in near[at + 1]


def test_a_model_that_knows_them_has_them_made_and_one_that_does_not_reads_nothing(table):
    small = table["机场"][0]
    knowing = features.Vocabulary(frozenset({f"xa{small}", "c机"}), None)
    made = features.document_features(TEXT, vocabulary=knowing)
    assert f"xa{small}".encode() in made[TEXT.index("机场")]
    plain = features.Vocabulary(frozenset({"c机"}), None)
    assert plain.clusters == "" and knowing.clusters == "own"
    assert not any(cluster_features([[f.decode() for f in row] for row in
                                     features.document_features(TEXT, vocabulary=plain)]))
