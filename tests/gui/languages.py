"""A test run in each of the window's languages: ``from tests.gui.languages import language`` and ask
for the fixture ``language`` (English, then Chinese; English again after each)."""
from __future__ import annotations

import pytest

from annotator.gui.i18n import install_translator


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    assert install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, "en")
