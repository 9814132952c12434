"""What an import of a project's export says of the metadata and done marks it brought (the gold JSONL's
``meta``, a workbook's Documents sheet: ``core/imports/line_metadata.py``, ``core/imports/xlsx_documents.py``)
is said in Chinese in the Chinese window, as the import's other lines are."""
from __future__ import annotations

from shared_data import require

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from annotator.gui import annotation_summaries, i18n


def test_the_notes_of_metadata_and_done_marks_taken_are_chinese(qapp, tmp_path):
    report_file = next(p for p in require("reports", "*.txt") if p.name == "hechi_2015.txt")
    with Store.create(tmp_path / "P") as store:
        (doc,) = import_files(store, [report_file], metadata={"source": "河池日报"}).imported
        store.add_annotation(doc.id, 13, 16, "DISTRICT")
        store.set_document_done(doc.id, True)
        export(store, tmp_path / "book.xlsx", "xlsx")
    with Store.create(tmp_path / "Q") as store:
        import_files(store, [report_file])
        notes = import_annotations(store, [tmp_path / "book.xlsx"]).notes
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        said = annotation_summaries.import_lines(notes)
    finally:
        assert i18n.install_translator(qapp, "en")
    assert said == ["book.xlsx：标注工程中已有的 1 个文档从文件中取得了它们原先没有的元数据（source）",
                    "book.xlsx：按其“Documents”工作表，将 1 个文档标记为已完成"], said
