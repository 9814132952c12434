"""`annotator suggest --replace` while the window reviews the same project: each document's open
suggestions are read and dropped in the write that stores its new ones, so a span the window
accepted, rejected or deleted while the command proposed stays as the window left it (it deleted
accepted spans, and a deleted one stopped the command)."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from annotator.core.suggest import runner

TEXT = "湖里区建设松元产业园，思明区总投资55.1亿元，集美区新增10家。"


class Districts:
    name = "gazetteer"  # a rule's origin: --replace drops what it proposed
    labels = ("DISTRICT",)

    def suggest(self, text):
        return [Suggestion(i, i + 3, "DISTRICT", text[i:i + 3], {}, 0.9, "fake", "gazetteer")
                for i in range(len(text) - 2) if text[i + 2] == "区"]


@pytest.fixture
def stores(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "default_suggesters", lambda: [Districts()])
    command = Store.create(tmp_path / "p")
    command.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT)))
    runner.suggest_documents(command)
    window = Store.open(tmp_path / "p")
    yield command, window
    window.close()
    command.close()


def while_proposing(monkeypatch, edit) -> None:
    """``edit`` runs once, while the command proposes (after it began, before its write)."""
    suggest = Districts.suggest
    edited: list[bool] = []

    def proposing(self, text):
        if not edited:
            edited.append(True)
            edit()
        return suggest(self, text)

    monkeypatch.setattr(Districts, "suggest", proposing)


def test_replace_keeps_what_the_window_decided_while_the_command_proposed(stores, monkeypatch):
    command, window = stores
    doc_id = window.document_id_by_name("a.txt")
    first, second, third = window.annotations(doc_id)
    assert {first.status, second.status, third.status} == {"suggested"}

    def review() -> None:  # the window: A, X and Delete, each saved at once
        window.set_status([first.id], "accepted", "coder")
        window.set_status([second.id], "rejected", "coder")
        window.delete_annotation(third.id)

    while_proposing(monkeypatch, review)
    report = runner.suggest_documents(command, replace=True)
    assert report.removed == 0  # the three were decided before the write
    kept = {a.id: a.status for a in window.annotations(doc_id)}
    assert kept[first.id] == "accepted" and kept[second.id] == "rejected" and third.id not in kept
    assert [a.text for a in window.annotations(doc_id, statuses=["suggested"])] == ["集美区"]  # made again


def test_delete_annotations_open_only_leaves_decided_and_gone_spans(stores):
    command, window = stores
    doc_id = window.document_id_by_name("a.txt")
    spans = window.annotations(doc_id)
    window.set_status([spans[0].id], "accepted", "coder")
    window.delete_annotation(spans[1].id)
    dropped = command.delete_annotations([a.id for a in spans], open_only=True)
    assert [c.before.id for c in dropped.annotation_changes] == [spans[2].id]
    assert [(a.id, a.status) for a in window.annotations(doc_id)] == [(spans[0].id, "accepted")]
