"""Opening a project of today's schema imports no sqlite-utils (about 70 ms of every start): only a
schema step needs it."""
from __future__ import annotations

import subprocess
import sys

from annotator.core.store import Store

CHECK = ("import sys; from annotator.core.store import Store; Store.open(sys.argv[1]).close(); "
         "print('sqlite_utils' in sys.modules)")


def test_opening_a_current_project_does_not_import_sqlite_utils(tmp_path):
    Store.create(tmp_path / "p").close()
    out = subprocess.run([sys.executable, "-c", CHECK, str(tmp_path / "p")], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_a_nested_write_rolls_back_alone(tmp_path):
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    with Store.create(tmp_path / "q") as store:
        with store.transaction():
            store.add_document(Document(None, "a.txt", "", "甲", sha256("甲")))
            try:
                with store.transaction():  # a savepoint
                    store.add_document(Document(None, "b.txt", "", "乙", sha256("乙")))
                    raise RuntimeError("the inner step fails")
            except RuntimeError:
                pass
        assert [d.name for d in store.documents()] == ["a.txt"]
