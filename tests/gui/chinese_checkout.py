"""A fixture: the window's strings in Chinese from the .qm of the checkout imported (conftest.py imports it)."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def chinese_of_checkout(qapp, monkeypatch):
    """The window's strings in Chinese from the .qm of the checkout imported (an editable install maps
    annotator.resources to its own checkout); English again after the test."""
    import annotator
    from annotator.gui import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS", Path(annotator.__file__).resolve().parents[1] / "resources" /
                        "translations")
    assert i18n.install_translator(qapp, "zh_CN")
    yield
    assert i18n.install_translator(qapp, "en")
