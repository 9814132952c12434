"""What a document's suggestions were made with, as one digest (``runner.suggest_documents`` records
it with them, ``store/suggest_runs.py``): a second run passes over the documents whose record has
today's digest. The rules' part (annotator's version, the suggesters' code, the word lists and the
gazetteer) is read once a process; the model's (its layers, what they learned from, its minimum
confidence) at each run. Not in it: the project's accepted strings that the learned suggester
proposes elsewhere (each accept would make every document due again): ``suggest/resume.py`` looks
for those accepted since in the documents skipped.
"""
from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources as package_files
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import __version__
from annotator.core import resources

if TYPE_CHECKING:
    from annotator.core.suggest.model.suggester import ModelSuggester


@cache
def _rules_digest() -> str:
    """The rules' part of :func:`settings_digest`: annotator's version, the suggesters' code and the
    word lists and gazetteer they read (3 MB: 10 ms, once a process)."""
    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).parent
    for path in sorted(here.rglob("*.py")):  # a frozen build may ship none: the version says it
        digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    try:
        shipped = list(package_files.files(resources.PACKAGE).iterdir())
    except ModuleNotFoundError:  # the suggesters say which file is missing
        shipped = []
    for item in sorted(shipped, key=lambda f: f.name):
        if item.is_file() and item.name.endswith((".txt", ".tsv", ".gz")):
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()


def settings_digest(model: ModelSuggester | None) -> str:
    """What a document's suggestions depend on besides its text and the project's reviewed spans:
    the rules (:func:`_rules_digest`) and the model (its layers, what they were trained on, its
    minimum confidence). A retrained model, another minimum or a new annotator gives another digest."""
    digest = hashlib.sha256(_rules_digest().encode())
    if model is not None:
        digest.update(json.dumps([model.min_confidence, sorted(model.model_only), model.model.info],
                                 sort_keys=True, default=str).encode())
        every = model.model.all_layers()  # a label's layer, and its stacked one (the seed's PROJECT)
        for key in sorted(every):
            digest.update(key.encode() + b"\0" + every[key])
    return digest.hexdigest()
