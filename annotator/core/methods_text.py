"""A methods paragraph in English or in Chinese, the figures of :mod:`annotator.core.methods` filled in:
what the data supports and nothing more (no training when no model suggested, no agreement for one
coder, no shares of nothing). The one text of ``annotator methods`` and the window's dialog.
"""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.labels import display_name
from annotator.core.methods import Agreed, Figures, figures
from annotator.core.models import ADJUDICATED, IMPORTED, MANUAL
from annotator.core.provenance import CHANGED, OTHER, PREDICTED, PROPOSED, percent
from annotator.core.store import Store
from annotator.core.team.agreement import OVERALL

LANGUAGES = ("en", "zh")
# the groups worded as the About sheet's rows and the Statistics panel's line word them
_EN_GROUPS = {PROPOSED: "accepted as proposed",
              PREDICTED: "accepted from another model's pre-annotations (Label Studio predictions)",
              CHANGED: "suggested and then changed by a coder (a boundary moved or the label changed)",
              MANUAL: "made by hand", IMPORTED: "imported from a file", ADJUDICATED: "written by adjudication",
              OTHER: "written by another program"}
_ZH_GROUPS = {PROPOSED: "按建议原样接受", PREDICTED: "采自其他模型的预标注（Label Studio 预测）",
              CHANGED: "为建议经编码员修改（调整边界或更改标签）",
              MANUAL: "为手工标注", IMPORTED: "从文件导入", ADJUDICATED: "经裁定写入", OTHER: "由其他程序写入"}
# the rules as the Chinese window names them (gui/display.py's origins, scripts/translate_ts.py)
_ZH_RULES = {"gazetteer": "地名库", "amount": "金额规则", "project": "项目规则", "target": "目标规则"}
_EN_STATUS = {"suggested": ("suggestion", "left open"), "rejected": ("span", "rejected")}
_ZH_STATUS = {"suggested": "条建议未经审阅", "rejected": "条标注被拒绝"}


def paragraph(store: Store, lang: str = "en", *, statuses: Iterable[str] = ("accepted",),
              doc_ids: Iterable[int] | None = None) -> str:
    """The methods paragraph of ``store`` in ``lang`` ("en" or "zh")."""
    f = figures(store, statuses=statuses, doc_ids=doc_ids)
    return chinese(f) if lang == "zh" else english(f)


def _f4(x: float | None) -> str:
    return "–" if x is None else f"{x:.4f}"


def english(f: Figures) -> str:
    """The paragraph in English."""
    out = [_en_suggesters(f)]
    out.append(f"These figures cover {_en_n(f.documents, 'document')} chosen by name." if f.chosen else
               f"The project holds {_en_n(f.documents, 'document')}.")
    if "accepted" in f.statuses:
        out.append(_en_spans(f))
    extra = [f"{_en_n(n, _EN_STATUS[s][0])} {'was' if n == 1 else 'were'} {_EN_STATUS[s][1]}"
             for s, n in f.others if s in _EN_STATUS]
    if extra:
        out.append("In addition, " + " and ".join(extra) + ".")
    if f.team.is_team:
        out.append(_en_team(f))
    return " ".join(out)


def _en_n(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"  # 4,695 documents, as a paper writes it


def _en_suggesters(f: Figures) -> str:
    rules = f"the rules of annotator {f.version} ({', '.join(f.rules)}) and the strings the project had accepted, " \
            "proposed again where they recur"
    if f.model == "seed":
        model = (f", with the CRF sequence model shipped with annotator (seed_model.zip, SHA-256 {f.seed})"
                 if f.seed else ", with the CRF sequence model shipped with annotator")
    elif f.model == "project" and f.own is not None:
        model = (f", with a CRF sequence model trained on {_en_n(f.own.spans, 'accepted span')} of this project "
                 f"({f.own.trained})")
    elif f.model == "unreadable":
        model = " (the model in use could not be read, so which model suggested is not stated)"
    else:
        model = "; no statistical model was used"
    if _rules_alone(f):  # every last run left the model out (suggest --model none)
        model = "; no statistical model was used"
    if f.unsuggested and f.groups.get(PREDICTED):  # imported as proposals, from another model
        return ("No document was run through annotator's suggesters; the spans were made by hand or imported, "
                "among them another model's pre-annotations read from Label Studio predictions.")
    if f.unsuggested:
        return "No document was run through the suggesters; every span was made by hand or imported."
    return f"Spans were suggested by {rules}{model}.{_en_runs(f)}"


def _rules_alone(f: Figures) -> bool:
    """Every document's last run used the rules alone though a model is in use: none suggested."""
    return f.runs is not None and f.runs.suggested > 0 and f.rules_alone == f.runs.suggested


def _en_runs(f: Figures) -> str:
    r = f.runs
    if r is None or not r.suggested:
        return ""
    said = " The document was" if r.documents == 1 else f" All {r.documents:,} documents were" \
        if r.suggested == r.documents else \
        f" {r.suggested:,} of the project's {r.documents:,} documents {'was' if r.suggested == 1 else 'were'}"
    said += " run through them."
    alone = () if _rules_alone(f) else (("the rules alone, no model", f.rules_alone),)
    for what, n in (("the shipped seed model", r.by_seed), *alone,
                    ("other settings (an earlier version, model or least confidence)", r.other - f.rules_alone)):
        if n:
            said += f" Its last run used {what}." if r.suggested == 1 else \
                f" For {n:,} of them the last run used {what}."
    return said


def _en_spans(f: Figures) -> str:
    total = f.accepted
    if not total:
        return "No span has been accepted yet, so nothing can be said about how the spans were made."
    labels = ("all coders' and layers' spans together; " if f.team.layered else "") + ", ".join(
        f"{name} {n:,}" for name, n in f.per_label)
    parts = [(g, n) for g, n in f.groups.items() if n]
    if len(parts) == 1:
        return (f"The one accepted span ({labels}) was {_EN_GROUPS[parts[0][0]]}." if total == 1 else
                f"All {total:,} accepted spans ({labels}) were {_EN_GROUPS[parts[0][0]]}.")
    shares = [f"{n:,} ({percent(n, total)} %) {'was' if n == 1 else 'were'} {_EN_GROUPS[g]}" for g, n in parts]
    said = ", ".join(shares[:-1]) + " and " + shares[-1]
    return f"Of the {_en_n(total, 'accepted span')} ({labels}), {said}."


def _en_team(f: Figures) -> str:
    t = f.team
    out = []
    if len(t.coders) >= 2:
        who = "; ".join(f"{c} {_en_n(t.spans[c], 'accepted span')} in {_en_n(t.documents.get(c, 0), 'document')}"
                        for c in t.coders)
        out.append(f"{len(t.coders)} coders coded the documents independently ({who}).")
        out.append(_en_agreement(f))
        out.append(_en_uncompared(f))
    for layer in t.layers:
        held = f"{_en_n(t.spans[layer], 'accepted span')} in {_en_n(t.documents.get(layer, 0), 'document')}"
        if not t.coded:  # the layer came alone (a workbook imported): no "7 of the 0 documents"
            out.append(f"The spans of the gold layer ({layer}), {held}, were adjudicated from coders' versions "
                       "that this project does not hold.")
            continue
        alone = len({a.document for a in f.uncompared}) if t.documents.get(layer, 0) < t.coded else 0
        why = f" ({alone:,} of them coded by one coder alone: no versions to adjudicate from)" if alone else ""
        out.append(f"Disagreements were adjudicated into a gold layer ({layer}) in {t.documents.get(layer, 0):,} of "
                   f"the {t.coded:,} documents the coders coded{why}; "
                   f"it holds {_en_n(t.spans[layer], 'accepted span')}.")
        out += [f"Not decided yet: {_en_n(n, 'disagreement')} of the coders in {_en_n(docs, 'document')}."
                for undecided, n, docs in f.undecided if undecided == layer]
    if not t.layers:
        out.append("No gold layer was adjudicated.")
    return " ".join(s for s in out if s)


def _en_agreement(f: Figures) -> str:
    if not f.agreement:
        return "Their agreement could not be measured" + (f" ({f.not_compared})." if f.not_compared else
                                                          ": they coded no document in common.")
    how = ("the mean of the pairs' overlap F1 and Krippendorff's α over all coders" if f.pooled else
           "overlap F1 and Krippendorff's α")
    figs = "; ".join(f"{_label_en(a)} {_f4(a.overlap_f1)} and {_f4(a.alpha)}" for a in f.agreement)
    return f"Their agreement ({how}, α per character): {figs}."


def _en_uncompared(f: Figures) -> str:
    """The documents one coder alone coded, which the agreement leaves out (``annotator agreement``'s
    "not compared"): named, so that a reader knows what the figures are of."""
    if not f.agreement or not f.uncompared:
        return ""
    n = len({a.document for a in f.uncompared})
    return f"They were compared on the documents two coders or more coded; {_en_n(n, 'document')} coded by one " \
           f"coder alone {'was' if n == 1 else 'were'} not compared ({_alone_by_coder(f, ', ')})."


def _alone_by_coder(f: Figures, comma: str, colon: str = ": ") -> str:
    by: dict[str, list[str]] = {}
    for a in f.uncompared:
        by.setdefault(a.coder, []).append(a.document)
    return "; ".join(f"{coder}{colon}{comma.join(docs)}" for coder, docs in by.items())


def _label_en(a: Agreed) -> str:
    return "overall" if a.label == OVERALL else a.label


def chinese(f: Figures) -> str:
    """The paragraph in Chinese (academic register, numbers as digits)."""
    out = [_zh_suggesters(f),
           f"以下数字涵盖所选的 {f.documents} 篇文档。" if f.chosen else f"本标注工程共有 {f.documents} 篇文档。"]
    if "accepted" in f.statuses:
        out.append(_zh_spans(f))
    extra = [f"{n} {_ZH_STATUS[s]}" for s, n in f.others if s in _ZH_STATUS]
    if extra:
        out.append("此外，" + "，".join(extra) + "。")
    if f.team.is_team:
        out.append(_zh_team(f))
    return "".join(out)


def _zh_suggesters(f: Figures) -> str:
    names = "、".join(_ZH_RULES.get(r, r) for r in f.rules)
    rules = f"annotator {f.version} 的规则（{names}）及本标注工程中已接受的字符串（在其再次出现处再次建议）"
    if f.model == "seed":
        model = (f"，以及随 annotator 发布的 CRF 序列模型（seed_model.zip，SHA-256 前缀 {f.seed}）"
                 if f.seed else "，以及随 annotator 发布的 CRF 序列模型")
    elif f.model == "project" and f.own is not None:
        model = f"，以及基于本标注工程 {f.own.spans} 条已接受标注训练的 CRF 序列模型（{f.own.trained}）"
    elif f.model == "unreadable":
        model = "（所用的模型无法读取，故不说明所用模型）"
    else:
        model = "，未使用统计模型"
    if _rules_alone(f):
        model = "，未使用统计模型"
    if f.unsuggested and f.groups.get(PREDICTED):
        return ("没有文档运行过 annotator 的自动建议；标注均为手工标注或导入，"
                "其中包括从 Label Studio 预测读入的其他模型预标注。")
    if f.unsuggested:
        return "没有文档运行过自动建议，全部标注均为手工标注或导入。"
    return f"标注建议由 {rules}{model}自动生成。{_zh_runs(f)}"


def _zh_runs(f: Figures) -> str:
    r = f.runs
    if r is None or not r.suggested:
        return ""
    said = f"全部 {r.documents} 篇文档均运行了自动建议。" if r.suggested == r.documents else \
        f"本标注工程 {r.documents} 篇文档中有 {r.suggested} 篇运行了自动建议。"
    alone = () if _rules_alone(f) else (("仅规则（未使用模型）", f.rules_alone),)
    for what, n in (("随附的种子模型", r.by_seed), *alone,
                    ("其他设置（较早的版本、模型或最低置信度）", r.other - f.rules_alone)):
        if n:
            said += f"其中 {n} 篇最近一次运行使用的是{what}。"
    return said


def _zh_spans(f: Figures) -> str:
    total = f.accepted
    if not total:
        return "目前尚无已接受的标注，因此无法说明标注的来源。"
    labels = ("各编码员与各层合计；" if f.team.layered else "") + "、".join(
        f"{display_name(name, 'zh_CN')} {n} 条" for name, n in f.per_label)
    parts = [(g, n) for g, n in f.groups.items() if n]
    if len(parts) == 1:
        return f"全部 {total} 条已接受的标注（{labels}）均{_ZH_GROUPS[parts[0][0]]}。"
    shares = "，".join(f"{n} 条（{percent(n, total)}%）{_ZH_GROUPS[g]}" for g, n in parts)
    return f"在 {total} 条已接受的标注（{labels}）中，{shares}。"


def _zh_team(f: Figures) -> str:
    t = f.team
    out = []
    if len(t.coders) >= 2:
        who = "；".join(f"{c} 在 {t.documents.get(c, 0)} 篇文档中接受 {t.spans[c]} 条标注" for c in t.coders)
        out.append(f"共有 {len(t.coders)} 名编码员独立编码（{who}）。")
        out.append(_zh_agreement(f))
        if f.agreement and f.uncompared:
            n = len({a.document for a in f.uncompared})
            out.append(f"一致性只在两名及以上编码员共同编码的文档上计算；另有 {n} 篇文档仅由一名编码员编码，"
                       f"未作比较（{_alone_by_coder(f, '、', '：')}）。")
    for layer in t.layers:
        if not t.coded:  # the layer came alone (a workbook imported)
            out.append(f"金标准层 {layer} 的标注（{t.documents.get(layer, 0)} 篇文档中 {t.spans[layer]} 条"
                       "已接受的标注）由编码员的版本裁定而来，本标注工程不含这些编码员的标注。")
            continue
        alone = len({a.document for a in f.uncompared}) if t.documents.get(layer, 0) < t.coded else 0
        why = f"（其中 {alone} 篇仅由一名编码员编码，没有可供裁定的不同版本）" if alone else ""
        out.append(f"编码分歧经裁定写入金标准层 {layer}：编码员所编码的 {t.coded} 篇文档{why}中，"
                   f"{t.documents.get(layer, 0)} 篇已裁定，共 {t.spans[layer]} 条已接受的标注。")
        out += [f"另有 {docs} 篇文档中的 {n} 处编码分歧尚未裁定。"
                for undecided, n, docs in f.undecided if undecided == layer]
    if not t.layers:
        out.append("未进行裁定，没有金标准层。")
    return "".join(out)


def _zh_agreement(f: Figures) -> str:
    if not f.agreement:
        return f"编码员之间的一致性无法计算（{f.not_compared}）。" if f.not_compared else \
            "编码员没有共同编码的文档，一致性无法计算。"
    how = "各对编码员重叠 F1 的均值及全体编码员的 Krippendorff's α" if f.pooled else "重叠 F1 及 Krippendorff's α"
    figs = "；".join(f"{_label_zh(a)} {_f4(a.overlap_f1)} 与 {_f4(a.alpha)}" for a in f.agreement)
    return f"编码员之间的一致性（{how}，α 按字符计算）：{figs}。"


def _label_zh(a: Agreed) -> str:
    return "总体" if a.label == OVERALL else display_name(a.label, "zh_CN")
