from annotator.core.suggest.project import ProjectSuggester


def spans(text):
    out = ProjectSuggester().suggest(text)
    for s in out:
        assert s.text == text[s.start:s.end]
        assert s.label == "PROJECT" and s.origin == "project" and s.reason
    return out


def texts(text):
    return [s.text for s in spans(text)]


def test_head_word_project():
    t = "今年将加快建设滨江数字产业园，推动龙湾科技小镇落地。"
    got = texts(t)
    assert any("数字产业园" in g for g in got)
    assert any(g.endswith("科技小镇") for g in got)


def test_verb_not_swallowed():
    t = "区里将加快建设滨江数字产业园。"
    got = spans(t)
    assert got
    assert all(not s.text.startswith(("加快", "建设")) for s in got)


def test_quoted_name_includes_quotes():
    t = "上线运行“智慧江城”平台，提升治理效能。"
    got = texts(t)
    assert "“智慧江城”平台" in got


def test_stoplisted_generic_phrases_never_proposed():
    t = "全力推进城中村改造，启动老旧小区改造，谋划一批PPP项目和重大项目，推进6个市级医院扩建项目。"
    assert spans(t) == []


def test_companies_not_proposed():
    t = "深度对接龙腾集团、海丰公司等知名企业，与省实验室开展合作。"
    assert spans(t) == []


def test_listed_items_are_projects():
    t = "推动青山电子、蓝海新材料等12个产业项目开工建设。"
    got = texts(t)
    assert "青山电子" in got and "蓝海新材料" in got


def test_no_overlaps_and_offsets_with_astral_chars():
    prefix = "😀𠀀测试。"
    t = prefix + "今年将加快建设滨江数字产业园。"
    got = spans(t)
    assert got
    for s in got:
        assert t[s.start:s.end] == s.text
    ordered = sorted(got, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:]):
        assert a.end <= b.start


def test_empty_text():
    assert spans("") == []
