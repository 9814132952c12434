"""``annotator import-annotations FILES --annotator li`` killed between two of its writes never leaves li's spans in
the project with li no coder of it. The coder was recorded after each file's last batch, in a write of its own: a
kill after the first batch left li's spans as nobody's coder's, which the window then edited in place as the user's
own (store/coders.py). Each batch stays whole, and importing again adds only what is missing."""
from __future__ import annotations

import json
import shutil

import pytest

from annotator.core.errors import SaveError
from annotator.core.imports.annotations import AnnotationImportError, import_annotations
from annotator.core.store import Store
from tests.core.test_team_merge_corrected import A, B, layer
from tests.killed_after_writes import KILLED, run_killed_after, writes_of

GOLD = {"a.txt": [(0, 3, "DISTRICT"), (3, 6, "DISTRICT"), (8, 14, "AMOUNT")], "b.txt": [(0, 3, "DISTRICT")]}


def gold_files(folder) -> list:
    folder.mkdir()
    files = []
    for doc, spans in GOLD.items():
        text = {"a.txt": A, "b.txt": B}[doc]
        path = folder / f"{doc[0]}.gold.jsonl"
        path.write_text("".join(json.dumps({"doc": doc, "start": s, "end": e, "label": label, "text": text[s:e]},
                                           ensure_ascii=False) + "\n" for s, e, label in spans), encoding="utf-8")
        files.append(path)
    return files


def test_a_gold_import_killed_after_any_write_leaves_no_span_of_a_coder_not_recorded(make_project, tmp_path):
    files = gold_files(tmp_path / "gold")
    project = make_project({"a.txt": A, "b.txt": B}, name="p")
    clean = shutil.copytree(project, tmp_path / "clean")
    writes = writes_of("import-annotations", clean, *files, "--annotator", "li")
    with Store.open(clean) as store:
        whole = layer(store, "li"), store.coders()
    assert [s[:4] for s in whole[0]] == [(doc, *span) for doc, spans in GOLD.items() for span in sorted(spans)]
    for n in range(1, writes):
        killed = shutil.copytree(project, tmp_path / f"killed{n}")
        assert run_killed_after(n, "import-annotations", killed, *files, "--annotator", "li").returncode == KILLED
        with Store.open(killed) as store:
            assert store.integrity_check() == "ok"
            spans = layer(store, "li")
            assert not spans or store.coders() == ("li",), f"killed after write {n}: li's spans, li no coder"
            for doc, gold in GOLD.items():  # each file is one batch: all of its spans or none
                assert len([s for s in spans if s[0] == doc]) in (0, len(gold))
        assert run_killed_after(0, "import-annotations", killed, *files, "--annotator", "li").returncode == 0
        with Store.open(killed) as store:
            assert (layer(store, "li"), store.coders()) == whole


def test_a_file_whose_first_write_fails_leaves_no_coder_behind(make_project, tmp_path, monkeypatch):
    """The coder, now recorded before the file's first span, is taken off again when nothing of it was stored."""
    files = gold_files(tmp_path / "gold")
    with Store.open(make_project({"a.txt": A, "b.txt": B}, name="p")) as store:
        def full_disk(*_args, **_kwargs):
            raise SaveError("project.sqlite: database or disk is full; nothing was saved")
        monkeypatch.setattr(store, "add_annotations", full_disk)
        with pytest.raises(AnnotationImportError):
            import_annotations(store, files[:1], annotator="li")
        assert store.coders() == () and layer(store, "li") == []
