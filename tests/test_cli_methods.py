"""`annotator methods`: the methods paragraph filled in with the project's figures, in English and in
Chinese; a team's agreement as `annotator agreement --json` gives it; a project with nothing accepted
says so; no model, no claim about training."""
from __future__ import annotations

import json

from annotator import __version__
from annotator.core.store import Store
from annotator.core.suggest.model.described import seed_fingerprint
from tests.test_cli_team import ARTICLE, code_as, run


def _project(tmp_path, capsys):
    folder = tmp_path / "p"
    article = tmp_path / "report.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, article)[0] == 0
    return folder


def _add(store: Store, needle: str, label: str, **kw) -> None:
    doc = store.documents()[0].id
    start = ARTICLE.index(needle)
    store.add_annotation(doc, start, start + len(needle), label, **kw)


def _known_origins(folder) -> None:
    """8 accepted spans: 4 accepted as proposed (gazetteer 2, amount 1, model 1), 2 suggestions a coder
    changed, 1 by hand, 1 imported; and 1 open suggestion, 1 rejected one."""
    with Store.open(folder) as store:
        _add(store, "湖里区", "DISTRICT", origin="gazetteer", confidence=0.9)
        _add(store, "思明区", "DISTRICT", origin="gazetteer", confidence=0.9)
        _add(store, "55.1亿元", "AMOUNT", origin="amount", confidence=0.8)
        _add(store, "松元产业园", "PROJECT", origin="model", confidence=0.7)
        _add(store, "集美区", "DISTRICT", origin="manual", confidence=0.6)  # a suggestion a coder changed
        _add(store, "全年投资", "TARGET", origin="manual", confidence=0.5)
        _add(store, "同步推进", "TARGET", origin="manual")  # by hand
        _add(store, "政府工作报告", "PROJECT", origin="imported")
        _add(store, "厦门市", "DISTRICT", status="suggested", origin="gazetteer", confidence=0.4)
        _add(store, "建设", "PROJECT", status="rejected", origin="project", confidence=0.3)


def test_the_paragraph_gives_the_projects_figures_in_english(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    _known_origins(folder)
    code, out, err = run(capsys, "methods", folder)
    assert code == 0, err
    assert f"the rules of annotator {__version__} (gazetteer, amount, project, target)" in out
    assert f"the CRF sequence model shipped with annotator (seed_model.zip, SHA-256 {seed_fingerprint()})" in out
    assert len(seed_fingerprint()) == 12
    assert "trained on" not in out  # the seed: no training of the project's claimed
    assert "The project holds 1 document." in out
    assert "Of the 8 accepted spans (DISTRICT 3, PROJECT 2, AMOUNT 1, TARGET 2), " in out
    # the groups worded as the About sheet's rows and the Statistics panel's line ("as proposed", "made by hand")
    assert ("4 (50.0 %) were accepted as proposed, 2 (25.0 %) were suggested and then changed by a coder (a "
            "boundary moved or the label changed), 1 (12.5 %) was made by hand and 1 (12.5 %) was imported "
            "from a file.") in out
    assert "coders" not in out and "agreement" not in out  # one coder: no team, no agreement
    code, out, _ = run(capsys, "methods", folder, "--status", "accepted,suggested,rejected")
    assert "In addition, 1 suggestion was left open and 1 span was rejected." in out


def test_the_paragraph_in_chinese_has_the_same_figures(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    _known_origins(folder)
    code, out, err = run(capsys, "methods", folder, "--lang", "zh")
    assert code == 0, err
    # the rules named as the Chinese window names them, not by their English codes
    assert f"annotator {__version__} 的规则（地名库、金额规则、项目规则、目标规则）及本标注工程中已接受的字符串" in out
    assert f"SHA-256 前缀 {seed_fingerprint()}" in out
    assert "本标注工程共有 1 篇文档。" in out  # the window's word for a project: 项目 is the label PROJECT
    assert "本项目" not in out and "及项目中" not in out
    assert "在 8 条已接受的标注（地区 3 条、项目 2 条、金额 1 条、目标 2 条）中，" in out
    assert ("4 条（50.0%）按建议原样接受，2 条（25.0%）为建议经编码员修改（调整边界或更改标签），"
            "1 条（12.5%）为手工标注，1 条（12.5%）从文件导入。") in out
    assert "编码员独立编码" not in out


def test_no_model_no_training_claimed_and_nothing_accepted_said_plainly(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    assert run(capsys, "model-settings", folder, "--model", "none")[0] == 0
    code, out, _ = run(capsys, "methods", folder)
    assert code == 0
    assert "No span has been accepted yet, so nothing can be said about how the spans were made." in out
    assert "%" not in out and "trained" not in out and "CRF" not in out
    assert "No document was run through the suggesters; every span was made by hand or imported." in out
    assert run(capsys, "suggest", folder)[0] == 0
    out = run(capsys, "methods", folder)[1]
    assert "; no statistical model was used. The document was run through them." in out
    assert "No span has been accepted yet" in out and "%" not in out and "trained" not in out
    out = run(capsys, "methods", folder, "--lang", "zh")[1]
    assert "目前尚无已接受的标注，因此无法说明标注的来源。" in out and "%" not in out and "未使用统计模型" in out


def test_a_project_model_is_named_with_the_spans_it_learned_from(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    _known_origins(folder)
    assert run(capsys, "train", folder)[0] == 0
    with Store.open(folder) as store:
        from annotator.core.suggest.model.described import project_model

        own = project_model(store)
    assert own is not None
    out = run(capsys, "methods", folder)[1]
    assert f"a CRF sequence model trained on {own.spans} accepted spans of this project ({own.trained})" in out
    assert "seed_model.zip" not in out
    assert f"基于本标注工程 {own.spans} 条已接受标注训练的" in run(capsys, "methods", folder, "--lang", "zh")[1]


def _team(tmp_path, capsys):
    lead = _project(tmp_path, capsys)
    for coder in ("li", "wang"):
        assert run(capsys, "export-package", lead, "-o", tmp_path / f"{coder}.zip")[0] == 0
        assert run(capsys, "open-package", tmp_path / f"{coder}.zip", tmp_path / coder)[0] == 0
    code_as(tmp_path / "li", "li", [("湖里区", "DISTRICT"), ("55.1亿元", "AMOUNT"), ("思明区", "DISTRICT")])
    code_as(tmp_path / "wang", "wang", [("厦门市湖里区", "DISTRICT"), ("55.1亿元", "AMOUNT"), ("集美区", "DISTRICT")])
    assert run(capsys, "merge", lead, tmp_path / "li", tmp_path / "wang")[0] == 0
    return lead


def test_a_team_gets_its_coders_and_the_agreement_annotator_agreement_gives(tmp_path, capsys):
    lead = _team(tmp_path, capsys)
    rows = json.loads(run(capsys, "agreement", lead, "--json")[1])["rows"]
    got = {r["label"]: (r["overlap_f1"], r["alpha"]) for r in rows if r["overlap_f1"] is not None}
    assert set(got) == {"DISTRICT", "AMOUNT", "overall"}
    code, out, err = run(capsys, "methods", lead)
    assert code == 0, err
    assert "2 coders coded the documents independently (li 3 accepted spans in 1 document; wang 3 accepted " \
           "spans in 1 document)." in out
    figures = "; ".join(f"{label} {f1:.4f} and {alpha:.4f}" for label, (f1, alpha) in
                        (("DISTRICT", got["DISTRICT"]), ("AMOUNT", got["AMOUNT"]), ("overall", got["overall"])))
    assert f"Their agreement (overlap F1 and Krippendorff's α, α per character): {figures}." in out
    assert "No gold layer was adjudicated." in out
    zh = run(capsys, "methods", lead, "--lang", "zh")[1]
    assert "共有 2 名编码员独立编码" in zh
    assert f"地区 {got['DISTRICT'][0]:.4f} 与 {got['DISTRICT'][1]:.4f}" in zh
    assert f"总体 {got['overall'][0]:.4f} 与 {got['overall'][1]:.4f}" in zh
    assert "未进行裁定，没有金标准层。" in zh

    assert run(capsys, "adjudicate", lead, "--coders", "li", "wang")[0] == 0
    out = run(capsys, "methods", lead)[1]
    assert ("Disagreements were adjudicated into a gold layer (gold) in 1 of the 1 documents the coders coded; "
            "it holds 1 accepted span.") in out


def test_a_run_with_the_rules_alone_claims_no_model(tmp_path, capsys):
    """`annotator suggest --model none` while the project's setting names the seed: the paragraph says
    no model suggested (not the seed's CRF), and a later run of one document with the seed is told apart."""
    folder = _project(tmp_path, capsys)
    second = tmp_path / "second.txt"
    second.write_text(ARTICLE.replace("湖里区", "思明区"), encoding="utf-8")
    assert run(capsys, "import", folder, second)[0] == 0
    assert run(capsys, "suggest", folder, "--model", "none")[0] == 0
    out = run(capsys, "methods", folder)[1]
    assert "proposed again where they recur; no statistical model was used. All 2 documents were run" in out
    assert "CRF" not in out and "other settings" not in out
    assert "未使用统计模型" in run(capsys, "methods", folder, "--lang", "zh")[1]
    assert run(capsys, "suggest", folder, "--doc", "second.txt", "--model", "seed", "--replace")[0] == 0
    out = run(capsys, "methods", folder)[1]
    assert "the CRF sequence model shipped with annotator" in out
    assert "For 1 of them the last run used the rules alone, no model." in out and "other settings" not in out
    assert "其中 1 篇最近一次运行使用的是仅规则（未使用模型）。" in run(capsys, "methods", folder, "--lang", "zh")[1]


def test_one_documents_last_run_is_said_of_it(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    assert run(capsys, "suggest", folder, "--min-confidence", "0.95")[0] == 0  # not the setting's least confidence
    out = run(capsys, "methods", folder)[1]
    assert "The document was run through them. Its last run used other settings" in out
    assert "of them" not in out


def test_disagreements_left_undecided_are_said(tmp_path, capsys):
    """Take all agreed (annotator adjudicate) alone, the paragraph said "Disagreements were adjudicated into a
    gold layer", for a paper, while the coders' three disagreements were not decided at all."""
    from annotator.core.team.adjudication import disagreements, take

    lead = _team(tmp_path, capsys)
    assert run(capsys, "adjudicate", lead)[0] == 0
    out, zh = run(capsys, "methods", lead)[1], run(capsys, "methods", lead, "--lang", "zh")[1]
    assert out.rstrip().endswith("it holds 1 accepted span. Not decided yet: 3 disagreements of the coders in "
                                 "1 document."), out
    assert zh.rstrip().endswith("共 1 条已接受的标注。另有 1 篇文档中的 3 处编码分歧尚未裁定。"), zh
    with Store.open(lead) as store:
        doc = store.documents()[0].id
        for region in disagreements(store, doc, ["li", "wang"]):
            take(store, region, "li")
    out = run(capsys, "methods", lead)[1]
    assert "Not decided yet" not in out and out.rstrip().endswith("it holds 3 accepted spans."), out
