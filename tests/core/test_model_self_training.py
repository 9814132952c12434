"""scripts/self_training.py (tried on 3 December 2026, not kept): the lines of unlabeled text a model is
sure of become documents teaching PROJECT alone, their spans where the model proposed them."""
from pathlib import Path

from annotator.core.suggest.model.choice import seed_model


def test_the_sure_lines_teach_their_projects_alone(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "scripts"))
    import self_training

    (tmp_path / "r.txt").write_text("今年要加快推进松元产业园和天水大剧院建设，确保年内投入使用。\n短句。\n"
                                    "加强生态环境保护，推动经济社会持续健康发展。\n", encoding="utf-8")
    docs = self_training.unlabeled(tmp_path)
    assert docs[0].versions == [("self", [])]
    lines = self_training.sure_lines(seed_model(), docs, 0.5)
    assert [d.text for d in lines] == ["今年要加快推进松元产业园和天水大剧院建设，确保年内投入使用。\n"]
    (line,) = lines
    assert line.done_labels == ("PROJECT",) and line.taught() == {"PROJECT"}
    assert {line.text[a.start:a.end] for a in line.versions[0][1]} >= {"松元产业园"}
    assert self_training.sure_lines(seed_model(), docs, 1.01) == []  # none that sure
