"""`annotator adjudicate P --layer li si`, a coder's name given as the layer, is refused as such: it
said "adjudicate needs two coders or more; P has 张三", as if li si had no spans, and never that the
layer was the problem; `--coders` naming one coder is told so, not what the project has."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import ARTICLE, assert_user_error, project_of_two, run


def test_a_coders_name_as_the_layer_is_refused_by_name(tmp_path, capsys):
    project = project_of_two(tmp_path, capsys)
    with Store.open(project) as store:
        doc = store.document_id_by_name("a.txt")
        start = ARTICLE.index("55.1亿元")
        for coder in ("li si", "张三"):
            store.add_annotation(doc, start, start + 6, "AMOUNT", annotator=coder)
    assert_user_error(run(capsys, "adjudicate", project, "--layer", "li si"),
                      "the layer 'li si'", "holds spans not written by adjudication", "--layer NAME")
    assert_user_error(run(capsys, "adjudicate", project, "--coders", "张三"),
                      "adjudicate needs two coders or more; --coders names 张三 (name another with --coders)")
    with Store.open(project) as store:
        assert [a.annotator for a in store.iter_annotations(doc)] == ["li si", "张三"]  # nothing taken
