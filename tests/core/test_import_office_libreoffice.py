"""With the real LibreOffice (skipped where it is not installed, as in CI): a .doc, an .rtf and an .odt
that LibreOffice made of a short Chinese text import with exactly that text's paragraphs."""
from __future__ import annotations

import subprocess

import pytest
from libreoffice_found import soffice_or_skip

from annotator.core.imports.documents import import_files
from annotator.core.store import Store

PARAGRAPHS = ["厦门市湖里区2023年政府工作报告", "全年地区生产总值增长5.1%，投资55.1亿元建设松元产业园。",
              "新建学校12所，新增学位1.2万个。"]


@pytest.fixture
def soffice(monkeypatch):
    return soffice_or_skip(monkeypatch, "the import of .doc/.rtf/.odt through it is tested with a fake soffice in "
                                        "test_import_office.py")


def test_doc_rtf_and_odt_made_by_libreoffice_import_with_their_paragraphs(soffice, tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    made = tmp_path / "reports"
    texts = {}
    for kind in ("doc", "rtf", "odt"):
        paragraphs = [*PARAGRAPHS, f"（本文件为 {kind} 格式。）"]  # a text of its own each: none skipped as the same
        (source / f"报告-{kind}.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                        "--infilter=Text (encoded):UTF8,LF,,", "--convert-to", kind, "--outdir", str(made),
                        str(source / f"报告-{kind}.txt")], check=True, capture_output=True, timeout=300)
        texts[f"报告-{kind}.{kind}"] = "\n".join(paragraphs)
    assert sorted(p.name for p in made.iterdir()) == sorted(texts)
    with Store.create(tmp_path / "project") as store:
        report = import_files(store, [made])
        assert report.failed == [] and sorted(d.name for d in report.imported) == sorted(texts), report.lines()
        for name, text in texts.items():
            doc = store.document(store.document_id_by_name(name))
            assert doc.text == text and doc.encoding == "docx"
    assert sorted(p.name for p in made.iterdir()) == sorted(texts)  # nothing written beside them
