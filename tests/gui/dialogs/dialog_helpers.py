"""What several dialog tests share beside their fixtures (conftest.py)."""
from __future__ import annotations

from annotator.core.imports.text import sha256, title_of
from annotator.core.models import Document
from annotator.core.store import Store


def add_doc(store: Store, name: str, text: str) -> int:
    return store.add_document(Document(None, name, title_of(text), text, sha256(text))).id
