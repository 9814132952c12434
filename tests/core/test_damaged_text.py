"""A document's text damaged on disk that still decodes (a page zeroed under it, another text
written over it): SQLite's checks cannot see it, so reading the text checks it against the
sha256 it was imported with, and the damage is named with the project and the document."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator import cli
from annotator.core.errors import ProjectError, ValidationError
from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from annotator.paths import DB_FILENAME
from tests.core.test_safety_corrupt import snapshot

GOOD = "湖里区计划投资55.1亿元建设松元产业园。" * 20
DAMAGED = "集美区新增10家规上工业企业，完成投资3245.7万元。" * 200  # over several overflow pages


def make(folder: Path) -> None:
    with Store.create(folder) as store:
        for name, text in (("good.txt", GOOD), ("report.txt", DAMAGED)):
            doc = store.add_document(Document(None, name, "t", text, sha256(text)))
            store.add_annotation(doc.id, 0, 3, "DISTRICT", status="accepted")
        store.checkpoint()


def damage(folder: Path, piece: str, instead: bytes | None = None) -> None:
    """Overwrite the stored bytes of ``piece`` (in the damaged report alone) with zeros or
    ``instead``: whole characters, so the text still decodes."""
    path = folder / DB_FILENAME
    data = bytearray(path.read_bytes())
    raw = piece.encode("utf-8")
    at = data.find(raw, len(data) // 2 if data.count(raw) > 1 else 0)
    assert at > 0
    data[at:at + len(raw)] = instead if instead is not None else bytes(len(raw))
    path.write_bytes(bytes(data))


@pytest.fixture(params=["zeroed", "overwritten"])
def project(tmp_path, request) -> Path:
    folder = tmp_path / "p"
    make(folder)
    piece = "规上工业企业，完成投资"
    damage(folder, piece, None if request.param == "zeroed" else "规下工业企业，完成投资".encode())
    return folder


def check_message(error: str, folder: Path) -> None:
    assert str(folder) in error and "report.txt" in error and "damaged" in error
    assert "good.txt" not in error and "\n" not in error


def test_reading_a_damaged_text_names_the_project_and_the_document(project):
    before = snapshot(project)
    with Store.open(project) as store:  # SQLite's own check passes
        good, report = (d.id for d in store.documents())
        assert store.document(good).text == GOOD
        for read in (lambda: store.document(report), lambda: list(store.document_texts()),
                     lambda: store.add_suggestions(report, [Suggestion(0, 3, "DISTRICT", "集美区")])):
            with pytest.raises(ProjectError) as info:
                read()
            check_message(str(info.value), project)
        assert [a.text for a in store.annotations(report)] == ["集美区"]  # nothing was written
    assert snapshot(project)[DB_FILENAME] == before[DB_FILENAME]


@pytest.mark.parametrize("command", [["suggest"], ["export", "-o", "out.xlsx"], ["export", "-o", "out.conll"],
                                     ["export", "-o", "out.jsonl", "--format", "doccano"]])
def test_every_command_that_reads_the_text_says_which_document_is_damaged(project, tmp_path, capsys, command):
    argv = [str(tmp_path / a) if a.startswith("out.") else a for a in command]
    assert cli.main([argv[0], str(project), *argv[1:]]) == 1
    err = capsys.readouterr().err
    assert err.startswith("annotator: error: ") and len(err.strip().splitlines()) == 1, err
    check_message(err.strip(), project)
    assert not list(tmp_path.glob("out.*"))  # no file written from a damaged text


def test_a_sha256_that_is_not_its_texts_is_refused_when_the_document_is_added(tmp_path):
    with Store.create(tmp_path / "p") as store:
        with pytest.raises(ValidationError, match="a.txt"):
            store.add_document(Document(None, "a.txt", "t", "湖里区", sha256("思明区")))
        assert store.documents() == []
